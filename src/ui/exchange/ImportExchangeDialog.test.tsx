// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../testing/renderWithProviders';
import { listMemoryUnits } from '../../db/memoryRepository';
import { createProjectFromText, getProject } from '../../db/projectRepository';
import { listDocuments } from '../../db/segmentRepository';
import { openTestDatabase } from '../../db/testing/openTestDatabase';
import { readAllRows } from '../../db/testing/readAllRows';
import type { WorkbenchDatabase } from '../../db/WorkbenchDatabase';
import { writeTmx } from '../../domain/exchange/writeTmx';
import type { ProjectId } from '../../domain/ids';
import { ImportExchangeDialog } from './ImportExchangeDialog';

let database: WorkbenchDatabase;
let projectId: ProjectId;

beforeEach(async () => {
  database = openTestDatabase();
  projectId = await createProjectFromText(database, { name: 'P', text: '第一句。' });
});
afterEach(async () => {
  cleanup();
  await database.delete();
});

const tmx = writeTmx({
  sourceLang: 'zh-CN',
  targetLang: 'en-US',
  units: [
    { source: '山西。', target: 'Shanxi.', status: 'translated', note: '' },
    { source: '太原。', target: '', status: 'new', note: '' },
  ],
});

function choose(text: string, name: string) {
  return userEvent.upload(
    screen.getByLabelText('File'),
    new File([text], name, { type: 'application/octet-stream' }),
  );
}

describe('ImportExchangeDialog', () => {
  it('previews the file and stores nothing until Import, then a new document', async () => {
    const onImported = vi.fn();
    renderWithProviders(
      <ImportExchangeDialog
        projectId={projectId}
        onClose={() => undefined}
        onImported={onImported}
      />,
      { database },
    );
    const before = await readAllRows(database);
    await choose(tmx, 'shanxi.tmx');
    expect(await screen.findByText('2 (1 with a translation)')).toBeTruthy();
    expect(screen.getByText('zh-CN → en-US')).toBeTruthy();
    expect(screen.getByText('山西。')).toBeTruthy();
    expect(await readAllRows(database)).toEqual(before);

    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Imported.');
    const documents = await listDocuments(database, projectId);
    expect(documents.map((document) => document.name)).toEqual(['P', 'shanxi']);
    expect(onImported).toHaveBeenCalledWith(projectId, documents[1]?.id);
  });

  it('reads a TMX saved as UTF-16 with a byte-order mark', async () => {
    renderWithProviders(<ImportExchangeDialog projectId={projectId} onClose={() => undefined} />, {
      database,
    });
    await userEvent.upload(
      screen.getByLabelText('File'),
      new File([Buffer.from(`\uFEFF${tmx}`, 'utf16le')], 'utf16.tmx'),
    );
    expect(await screen.findByText('2 (1 with a translation)')).toBeTruthy();
    expect(screen.getByText('山西。')).toBeTruthy();
  });

  it('adds the pairs to the memory when asked', async () => {
    renderWithProviders(<ImportExchangeDialog projectId={projectId} onClose={() => undefined} />, {
      database,
    });
    await choose(tmx, 'shanxi.tmx');
    await userEvent.click(await screen.findByLabelText(/Pairs of the translation memory/));
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(/1 pairs added to the memory/);
    expect((await listMemoryUnits(database)).map((unit) => unit.target)).toEqual(['Shanxi.']);
  });

  it.each([
    [
      'malformed XML',
      '<tmx version="1.4">\n<header srclang="zh-CN"/>\n<body>\n</tmx>',
      'a.tmx',
      /^Line 4, column \d+: the file is not well-formed XML\.$/,
    ],
    [
      'a DOCTYPE',
      '<?xml version="1.0"?>\n<!DOCTYPE tmx>\n<tmx/>',
      'a.tmx',
      /^Line 2: the file has a DOCTYPE/,
    ],
    ['Traditional Chinese', tmx.replaceAll('zh-CN', 'zh-TW'), 'a.tmx', /the file has no zh/],
    ['one side of a Moses pair', '一。\n', 'news.zh', /choose NAME.zh and NAME.en together/],
  ])('refuses %s with a message and offers no Import', async (_, text, name, message) => {
    renderWithProviders(<ImportExchangeDialog projectId={projectId} onClose={() => undefined} />, {
      database,
    });
    const before = await readAllRows(database);
    await choose(text, name);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(message));
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(await readAllRows(database)).toEqual(before);
  });

  it('restores a project bundle as a new project after its preview', async () => {
    const onImported = vi.fn();
    renderWithProviders(
      <ImportExchangeDialog onClose={() => undefined} onImported={onImported} />,
      {
        database,
      },
    );
    const bundle = readFileSync(
      join(process.cwd(), 'test/fixtures/bundle/version1.bitext.json'),
      'utf8',
    );
    await choose(bundle, 'backup.json');
    expect(await screen.findByText('山西 bundle v1')).toBeTruthy();
    expect(
      screen.getByText(/1 documents, 3 segments, 1 glossary entries, 2 memory units/),
    ).toBeTruthy();
    expect(screen.queryByLabelText(/A new document of this project/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Imported.');
    const importedId = onImported.mock.calls[0]?.[0] as ProjectId;
    expect((await getProject(database, importedId))?.name).toBe('山西 bundle v1');
  });

  it('refuses a file over the limit from its size, before reading it', async () => {
    renderWithProviders(<ImportExchangeDialog projectId={projectId} onClose={() => undefined} />, {
      database,
    });
    const huge = new File([new Uint8Array(100 * 1024 * 1024)], 'huge.tmx');
    const read = vi.spyOn(huge, 'arrayBuffer');
    await userEvent.upload(screen.getByLabelText('File'), huge);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'huge.tmx is too large (100.0 MB); files of up to 50 MB can be imported.',
      ),
    );
    expect(read).not.toHaveBeenCalled();
  });

  it('speaks Chinese in a Chinese UI', async () => {
    renderWithProviders(<ImportExchangeDialog projectId={projectId} onClose={() => undefined} />, {
      database,
      language: 'zh',
    });
    await userEvent.upload(
      screen.getByLabelText('文件'),
      new File(['<?xml version="1.0"?>\n<!DOCTYPE tmx>\n<tmx/>'], 'a.tmx'),
    );
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/^第 2 行：文件含有 DOCTYPE/),
    );
  });
});

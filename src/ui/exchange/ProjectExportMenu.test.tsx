// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../testing/renderWithProviders';
import { createProjectFromText, getProject } from '../../db/projectRepository';
import { listDocuments, saveSegmentTarget } from '../../db/segmentRepository';
import { itemAt } from '../../db/testing/itemAt';
import { listProjectSegments } from '../../db/testing/listProjectSegments';
import { openTestDatabase } from '../../db/testing/openTestDatabase';
import type { WorkbenchDatabase } from '../../db/WorkbenchDatabase';
import { readProjectBundle } from '../../domain/bundle/readProjectBundle';
import { addAnnotations } from '../../db/annotationRepository';
import { readTmx } from '../../domain/exchange/readTmx';
import { readXliff2 } from '../../domain/exchange/readXliff2';
import type { DocumentId, ProjectId, SegmentId } from '../../domain/ids';
import { richTextFromPlainText } from '../../domain/richText';
import { readZipWithPython } from '../../domain/zip/testing/readZipWithPython';
import { ProjectExportMenu } from './ProjectExportMenu';

const downloads = vi.hoisted(() => [] as { fileName: string; content: unknown }[]);
vi.mock('../app/downloadFile', () => ({
  downloadFile: (fileName: string, content: unknown) => downloads.push({ fileName, content }),
}));

const DOCUMENT_NAME = 'Shanxi';
let database: WorkbenchDatabase;
let projectId: ProjectId;
let documentId: DocumentId;

beforeEach(async () => {
  downloads.length = 0;
  database = openTestDatabase();
  projectId = await createProjectFromText(database, { name: 'Shanxi', text: '山西。太原。' });
  documentId = itemAt(await listDocuments(database, projectId), 0).id;
  const first = itemAt(await listProjectSegments(database, projectId), 0);
  await saveSegmentTarget(database, first.id, {
    target: richTextFromPlainText('Shanxi.'),
    event: 'confirm',
  });
});
afterEach(async () => {
  cleanup();
  await database.delete();
});

function renderMenu(filteredSegmentIds?: ReadonlySet<SegmentId>) {
  const beforeExport = vi.fn(() => Promise.resolve());
  renderWithProviders(
    <ProjectExportMenu
      projectId={projectId}
      documentId={documentId}
      documentName={DOCUMENT_NAME}
      documentCount={1}
      beforeExport={beforeExport}
      filteredSegmentIds={filteredSegmentIds}
    />,
    { database },
  );
  return beforeExport;
}

async function exportAs(format: string) {
  const item = document.querySelector(`[data-format="${format}"]`);
  if (!(item instanceof HTMLElement)) throw new Error(`no item ${format}`);
  await userEvent.click(item);
  await screen.findByText(/is downloaded|no segment to export/);
}

describe('ProjectExportMenu', () => {
  it('offers every format as an item of the export control', async () => {
    renderMenu();
    await userEvent.click(await screen.findByRole('button', { name: 'Export' }));
    const formats = [...document.querySelectorAll('[data-format]')].map((item) =>
      item.getAttribute('data-format'),
    );
    expect(formats).toEqual([
      'tmx',
      'xliff2',
      'xliff12',
      'tsv',
      'csv',
      'moses',
      'jsonl',
      'docx',
      'html',
      'bundle',
    ]);
    expect(document.querySelector('[data-action="export"]')?.getAttribute('aria-expanded')).toBe(
      'true',
    );
  });

  it('exports only what the segment filter shows when asked, and offers it only with a filter', async () => {
    const second = itemAt(await listProjectSegments(database, projectId), 1);
    renderMenu(new Set([second.id]));
    await userEvent.click(await screen.findByRole('button', { name: 'Export' }));
    await userEvent.click(screen.getByLabelText('The segment the filter shows'));
    await exportAs('tmx');
    const tmx = await readTmx(String(itemAt(downloads, 0).content));
    expect(tmx.units.map((unit) => unit.source)).toEqual(['太原。']);
    cleanup();
    renderMenu();
    await userEvent.click(await screen.findByRole('button', { name: 'Export' }));
    expect(document.querySelector('[data-scope="filter"]')).toBeNull();
  });

  it('writes the language tags chosen, keeps them for the project, and saves typing first', async () => {
    const beforeExport = renderMenu();
    await userEvent.click(await screen.findByRole('button', { name: 'Export' }));
    const chinese = screen.getByLabelText('Chinese');
    await userEvent.clear(chinese);
    await userEvent.type(chinese, 'zh_hans');
    await exportAs('tmx');
    expect(beforeExport).toHaveBeenCalled();
    const tmx = await readTmx(String(itemAt(downloads, 0).content));
    expect(tmx.sourceLang).toBe('zh-Hans');
    expect(tmx.units.map((unit) => unit.target)).toEqual(['Shanxi.', '']);
    expect(await getProject(database, projectId)).toMatchObject({
      languageTags: { source: 'zh-Hans', target: 'en' },
    });
  });

  it('writes the annotations into XLIFF 2.0 as linked comment markers with notes', async () => {
    const first = itemAt(await listProjectSegments(database, projectId), 0);
    await addAnnotations(
      database,
      [
        {
          segmentId: first.id,
          side: 'source',
          text: '山西。',
          start: 0,
          end: 2,
          category: 'term',
          comment: '',
          author: 'Li',
        },
        {
          segmentId: first.id,
          side: 'target',
          text: 'Shanxi.',
          start: 0,
          end: 6,
          category: 'mistranslation',
          severity: 'major',
          comment: 'a province',
          author: 'Li',
        },
      ],
      { isLinked: true },
    );
    renderMenu();
    await userEvent.click(await screen.findByRole('button', { name: 'Export' }));
    await exportAs('xliff2');
    const text = String(itemAt(downloads, 0).content);
    expect(text).toContain('<source><mrk id="m1" type="comment" ref="#n=n1">山西</mrk>。</source>');
    const [unit] = (await readXliff2(text)).units;
    expect(unit?.annotations).toMatchObject([
      { side: 'source', start: 0, end: 2, category: 'term', author: 'Li', linkedIndex: 1 },
      {
        side: 'target',
        start: 0,
        end: 6,
        category: 'mistranslation',
        severity: 'major',
        comment: 'a province',
        linkedIndex: 0,
      },
    ]);
  });

  it('leaves untranslated segments out when asked, and downloads a Moses pair as one zip', async () => {
    renderMenu();
    await userEvent.click(await screen.findByRole('button', { name: 'Export' }));
    await userEvent.click(screen.getByLabelText('Include segments without a translation'));
    await exportAs('moses');
    expect(downloads.map((file) => file.fileName)).toEqual(['Shanxi.zip']);
    const archive = readZipWithPython(itemAt(downloads, 0).content as Uint8Array);
    expect(archive.firstBadEntry).toBeNull();
    expect(
      archive.entries.map((entry) => [entry.name, Buffer.from(entry.content, 'base64').toString()]),
    ).toEqual([
      ['Shanxi.zh', '山西。\n'],
      ['Shanxi.en', 'Shanxi.\n'],
    ]);
  });

  it('refuses a language tag that is none', async () => {
    renderMenu();
    await userEvent.click(await screen.findByRole('button', { name: 'Export' }));
    await userEvent.clear(screen.getByLabelText('English'));
    await userEvent.type(screen.getByLabelText('English'), 'English!');
    expect(screen.getByLabelText('English')).toHaveProperty('value', 'English!');
    const item = document.querySelector('[data-format="tmx"]') as HTMLElement;
    await userEvent.click(item);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(/is not a language tag/),
    );
    expect(downloads).toEqual([]);
  });

  it('downloads the whole project as a bundle that reads back', async () => {
    renderMenu();
    await userEvent.click(await screen.findByRole('button', { name: 'Export' }));
    await exportAs('bundle');
    const [file] = downloads;
    expect(file?.fileName).toBe('Shanxi.bitext.json');
    expect(readProjectBundle(String(file?.content)).stores.segments).toHaveLength(2);
  });
});

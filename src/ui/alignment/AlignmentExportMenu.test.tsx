// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BeadList } from '../../domain/alignmentEditing/beadListTypes';
import { readTmx } from '../../domain/exchange/readTmx';
import { readXliff12 } from '../../domain/exchange/readXliff12';
import { createI18n } from '../../i18n/createI18n';
import { AlignmentExportMenu } from './AlignmentExportMenu';

const downloads = vi.hoisted(() => [] as { fileName: string; content: unknown }[]);
vi.mock('../app/downloadFile', () => ({
  downloadFile: (fileName: string, content: unknown) => downloads.push({ fileName, content }),
}));

const NAME = 'Shanxi / news';
const LANGUAGE = 'en';
const list: BeadList = {
  source: [
    { text: '山西。', paragraphStart: true },
    { text: '太原。', paragraphStart: false },
  ],
  target: [
    { text: 'Shanxi.', paragraphStart: true },
    { text: 'Taiyuan.', paragraphStart: false },
  ],
  beads: [
    { sourceCount: 1, targetCount: 1, confidence: 0.99, confirmed: true },
    { sourceCount: 1, targetCount: 1, confidence: 0.4, confirmed: false },
  ],
};

beforeEach(() => {
  downloads.length = 0;
});
afterEach(() => cleanup());

async function exportAs(format: string) {
  render(
    <I18nextProvider i18n={createI18n(LANGUAGE)}>
      <AlignmentExportMenu name={NAME} list={list} />
    </I18nextProvider>,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Export' }));
  const item = document.querySelector(`[data-format="${format}"]`);
  if (!(item instanceof HTMLElement)) throw new Error(`no item ${format}`);
  await userEvent.click(item);
  await screen.findByText(/is downloaded/);
  return downloads[0];
}

describe('AlignmentExportMenu', () => {
  it('offers TMX, XLIFF 2.0, XLIFF 1.2 and TSV', async () => {
    await exportAs('tsv');
    expect(
      [...document.querySelectorAll('[data-format]')].map((item) =>
        item.getAttribute('data-format'),
      ),
    ).toEqual(['tmx', 'xliff2', 'xliff12', 'tsv']);
  });

  it('writes the beads as TMX, confirmed ones translated', async () => {
    const file = await exportAs('tmx');
    expect(file?.fileName).toBe('Shanxi _ news.tmx');
    const document = await readTmx(String(file?.content));
    expect(document.units.map(({ source, target, status }) => [source, target, status])).toEqual([
      ['山西。', 'Shanxi.', 'translated'],
      ['太原。', 'Taiyuan.', 'draft'],
    ]);
  });

  it('writes XLIFF 1.2 that reads back', async () => {
    const file = await exportAs('xliff12');
    expect((await readXliff12(String(file?.content))).units).toHaveLength(2);
  });
});

// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryIndex } from '../../../domain/memory/createMemoryIndex';
import type { MemoryUnit, MemoryUnitId } from '../../../domain/memory/memoryUnit';
import { createI18n } from '../../../i18n/createI18n';
import type { UiLanguage } from '../../../i18n/resources';
import { MemoryPanel } from './MemoryPanel';

afterEach(() => {
  cleanup();
});

const unit = (id: string, source: string, target: string): MemoryUnit => ({
  id: id as MemoryUnitId,
  source,
  target,
  origin: 'imported',
  projectId: null,
  segmentId: null,
  createdAt: 0,
  updatedAt: 0,
});

const sentence = '山西省今年完成投资35亿元。';
const index = createMemoryIndex([
  unit('near', '山西省去年完成投资35亿元。', 'Shanxi invested 3.5 billion yuan last year.'),
  unit('same', sentence, 'Shanxi invested 3.5 billion yuan this year.'),
]);

function renderPanel(language: UiLanguage = 'en') {
  const onInsert = vi.fn();
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <MemoryPanel
        memory={{ index, version: 0 }}
        sentence={sentence}
        matches={index.lookup(sentence)}
        onInsert={onInsert}
      />
    </I18nextProvider>,
  );
  return { onInsert, items: screen.getAllByRole('listitem') };
}

describe('MemoryPanel', () => {
  it('shows the exact match first, then the fuzzy one with its score and differences', () => {
    const { items } = renderPanel();
    expect(items.map((item) => item.getAttribute('data-match-score'))).toEqual(['100', '91']);
    const [exact, fuzzy] = items;
    if (exact === undefined || fuzzy === undefined) throw new Error('Two matches expected.');
    expect(within(exact).getByText('Exact match')).toBeInTheDocument();
    expect(within(fuzzy).getByText('91 % match')).toBeInTheDocument();
    expect(fuzzy.querySelector('ins')?.textContent).toBe('去');
    expect(fuzzy.querySelector('del')?.textContent).toBe('今');
    expect(within(fuzzy).getByText('Ctrl+Alt+2')).toBeInTheDocument();
  });

  it('hands the chosen match to onInsert', async () => {
    const { items, onInsert } = renderPanel();
    const fuzzy = items[1];
    if (fuzzy === undefined) throw new Error('Two matches expected.');
    await userEvent.click(within(fuzzy).getByRole('button', { name: 'Use' }));
    expect(onInsert).toHaveBeenCalledWith(expect.objectContaining({ score: 91 }));
  });

  it('finds a phrase on either side with the concordance search, in Chinese too', async () => {
    renderPanel('zh');
    await userEvent.type(screen.getByLabelText('搜索记忆库'), 'last year');
    const hits = await screen.findByRole('list', { name: '包含该短语的句对' });
    expect(within(hits).getAllByRole('listitem')).toHaveLength(1);
    expect(hits.querySelector('mark')?.textContent).toBe('last year');
  });
});

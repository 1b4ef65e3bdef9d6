// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { PartOfSpeech, TermRendering } from '../../domain/glossary/glossaryEntry';
import { newId, type GlossaryEntryId, type GlossaryId } from '../../domain/ids';
import type { StoredGlossaryEntry } from '../../domain/model';
import { createI18n } from '../../i18n/createI18n';
import type { UiLanguage } from '../../i18n/resources';
import { GlossaryPanel } from './GlossaryPanel';

afterEach(() => {
  cleanup();
});

const entry = (
  partOfSpeech: PartOfSpeech | undefined,
  renderings: TermRendering[] = [{ text: 'overseas warehouse', status: 'preferred', note: '' }],
): StoredGlossaryEntry => ({
  id: newId<GlossaryEntryId>(),
  glossaryId: newId<GlossaryId>(),
  term: '海外仓',
  variants: [],
  renderings,
  partOfSpeech,
  definition: '',
  note: '',
  domain: '',
  source: '',
  createdAt: 0,
  changedAt: 0,
});

function renderPanel(language: UiLanguage, entries: StoredGlossaryEntry[]) {
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <GlossaryPanel
        entries={entries}
        onInsert={() => undefined}
        onAddTermPressed={() => undefined}
        onAddTerm={() => undefined}
      />
    </I18nextProvider>,
  );
}

describe('GlossaryPanel', () => {
  it.each([
    { language: 'en', partOfSpeech: 'noun', shown: 'Part of speech: noun' },
    { language: 'en', partOfSpeech: 'properNoun', shown: 'Part of speech: proper noun' },
    { language: 'zh', partOfSpeech: 'noun', shown: '词性：名词' },
    { language: 'zh', partOfSpeech: 'properNoun', shown: '词性：专有名词' },
    { language: 'zh', partOfSpeech: 'phrase', shown: '词性：短语' },
    { language: 'zh', partOfSpeech: 'other', shown: '词性：其他' },
  ] satisfies { language: UiLanguage; partOfSpeech: PartOfSpeech; shown: string }[])(
    'shows the part of speech “$partOfSpeech” in $language as “$shown”',
    ({ language, partOfSpeech, shown }) => {
      renderPanel(language, [entry(partOfSpeech)]);
      expect(screen.getByText(shown)).toBeTruthy();
    },
  );

  it('lists the renderings preferred first with their statuses, and inserts the preferred one', () => {
    renderPanel('en', [
      entry(undefined, [
        { text: 'overseas depot', status: 'forbidden', note: '' },
        { text: 'foreign warehouse', status: 'admitted', note: '' },
        { text: 'overseas warehouse', status: 'preferred', note: '' },
      ]),
    ]);
    const items = [...document.querySelectorAll('.rendering-list li')];
    expect(items.map((item) => item.textContent)).toEqual([
      'overseas warehousepreferred',
      'foreign warehouseadmitted',
      'overseas depotforbidden',
    ]);
    expect(
      screen.getByRole('button', { name: 'Insert “overseas warehouse” into the translation' }),
    ).toBeTruthy();
  });
});

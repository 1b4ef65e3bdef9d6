// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { newId, type ProjectId, type TermId } from '../../domain/ids';
import type { Term } from '../../domain/model';
import { createI18n } from '../../i18n/createI18n';
import type { UiLanguage } from '../../i18n/resources';
import { GlossaryPanel } from './GlossaryPanel';

afterEach(() => {
  cleanup();
});

const termWithPartOfSpeech = (partOfSpeech: string): Term => ({
  id: newId<TermId>(),
  projectId: newId<ProjectId>(),
  source: '海外仓',
  target: 'overseas warehouse',
  partOfSpeech,
  note: '',
  createdAt: 0,
  updatedAt: 0,
});

function renderPanel(language: UiLanguage, partOfSpeech: string) {
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <GlossaryPanel
        terms={[termWithPartOfSpeech(partOfSpeech)]}
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
    { language: 'en', partOfSpeech: 'proper noun', shown: 'Part of speech: proper noun' },
    { language: 'zh', partOfSpeech: 'noun', shown: '词性：名词' },
    { language: 'zh', partOfSpeech: 'proper noun', shown: '词性：专有名词' },
    { language: 'zh', partOfSpeech: 'Phrase', shown: '词性：短语' },
    { language: 'zh', partOfSpeech: 'adjective', shown: '词性：形容词' },
    { language: 'zh', partOfSpeech: 'verb', shown: '词性：动词' },
    { language: 'zh', partOfSpeech: 'measure word', shown: '词性：measure word' },
  ] satisfies { language: UiLanguage; partOfSpeech: string; shown: string }[])(
    'shows the part of speech “$partOfSpeech” in $language as “$shown”',
    ({ language, partOfSpeech, shown }) => {
      renderPanel(language, partOfSpeech);
      expect(screen.getByText(shown)).toBeTruthy();
    },
  );
});

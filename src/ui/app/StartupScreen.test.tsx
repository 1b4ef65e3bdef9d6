// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/createI18n';
import type { UiLanguage } from '../../i18n/resources';
import type { StartupFailure } from './describeStartupFailure';
import { StartupScreen } from './StartupScreen';

afterEach(cleanup);

function renderScreen(language: UiLanguage, failure?: StartupFailure, details?: string) {
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <StartupScreen failure={failure} details={details} />
    </I18nextProvider>,
  );
}

describe('StartupScreen', () => {
  it('says the workbench is opening while it starts', () => {
    renderScreen('en');
    expect(screen.getByRole('status')).toHaveTextContent('Opening your workbench…');
  });

  const failures: {
    language: UiLanguage;
    failure: StartupFailure;
    text: RegExp;
    reload: string;
  }[] = [
    { language: 'en', failure: 'unavailable', text: /IndexedDB is unavailable/, reload: 'Reload' },
    { language: 'en', failure: 'blocked', text: /Another Bitext Workbench tab/, reload: 'Reload' },
    { language: 'zh', failure: 'unavailable', text: /IndexedDB 不可用/, reload: '重新加载' },
    { language: 'zh', failure: 'quota', text: /存储空间/, reload: '重新加载' },
  ];

  it.each(failures)(
    'explains $failure in $language with a Reload button',
    ({ language, failure, text, reload }) => {
      renderScreen(language, failure, 'DOMException: x');
      const alert = screen.getByRole('alert');
      expect(alert).toHaveTextContent(text);
      expect(alert).toHaveTextContent('DOMException: x');
      expect(screen.getByRole('button', { name: reload })).toBeInTheDocument();
    },
  );
});

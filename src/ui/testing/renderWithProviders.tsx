// Dexie's liveQuery (useLiveQuery) only runs if a global indexedDB existed when dexie was loaded,
// even for a database opened on an explicit fake-indexeddb instance: a test file that loads src/db
// before this module must itself import 'fake-indexeddb/auto' first.
import 'fake-indexeddb/auto';
import { render, type RenderOptions, type RenderResult } from '@testing-library/react';
import type { i18n } from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { WorkbenchDatabase } from '../../db/WorkbenchDatabase';
import { createI18n } from '../../i18n/createI18n';
import type { UiLanguage } from '../../i18n/resources';
import { DatabaseProvider } from '../DatabaseContext';

export interface RenderWithProvidersOptions extends Omit<RenderOptions, 'wrapper'> {
  readonly database: WorkbenchDatabase;
  readonly language?: UiLanguage;
}

export interface RenderWithProvidersResult extends RenderResult {
  readonly i18n: i18n;
  readonly database: WorkbenchDatabase;
}

/**
 * Renders a UI element inside a fresh i18next instance and the given database.
 * Tests open their own database (fake-indexeddb, a unique name per test) and pass it in.
 */
export function renderWithProviders(
  element: ReactElement,
  { database, language = 'en', ...options }: RenderWithProvidersOptions,
): RenderWithProvidersResult {
  const i18nInstance = createI18n(language);
  const result = render(element, {
    ...options,
    wrapper: ({ children }) => (
      <I18nextProvider i18n={i18nInstance}>
        <DatabaseProvider database={database}>{children}</DatabaseProvider>
      </I18nextProvider>
    ),
  });
  return { ...result, i18n: i18nInstance, database };
}

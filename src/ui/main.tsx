import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { initialLanguage } from '../i18n/initialLanguage';
import { loadI18n } from '../i18n/loadI18n';
import { HTML_LANGUAGE_TAGS } from '../i18n/resources';
import { App } from './App';
import './app/app.css';
import { createUpdateStore } from './app/createUpdateStore';
import { describeStartupFailure, type StartupFailure } from './app/describeStartupFailure';
import { registerServiceWorker } from './app/registerServiceWorker';
import { startWorkbench } from './app/startWorkbench';
import { StartupScreen } from './app/StartupScreen';
import { DatabaseProvider } from './DatabaseContext';

const BLOCKED: StartupFailure = 'blocked';

function readableLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

const language = initialLanguage(readableLocalStorage(), navigator.languages);
document.documentElement.lang = HTML_LANGUAGE_TAGS[language];

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element.');
const root = createRoot(container);

// The database opens while the interface language downloads; nothing renders before the strings,
// and every render waits for them, so renders keep the order in which they were asked for.
const i18nLoaded = loadI18n(language);

function show(content: ReactNode): void {
  void i18nLoaded.then((i18n) =>
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>{content}</I18nextProvider>
      </StrictMode>,
    ),
  );
}

show(<StartupScreen />);

const updates = createUpdateStore();

startWorkbench({ onBlocked: () => show(<StartupScreen failure={BLOCKED} />) })
  .then(({ database, journalRecovery }) =>
    show(
      <DatabaseProvider database={database}>
        <App journalRecovery={journalRecovery} updates={updates} />
      </DatabaseProvider>,
    ),
  )
  .catch((error: unknown) => {
    const failure = describeStartupFailure(error, typeof indexedDB !== 'undefined');
    show(
      <StartupScreen
        failure={failure}
        details={error instanceof Error ? error.message : String(error)}
      />,
    );
  })
  .finally(() => {
    // Only the production build has a service worker; it registers once the first screen is up.
    if (import.meta.env.PROD && 'serviceWorker' in navigator) {
      registerServiceWorker({
        updates,
        container: navigator.serviceWorker,
        scriptUrl: `${import.meta.env.BASE_URL}sw.js`,
        scope: import.meta.env.BASE_URL,
        reload: () => window.location.reload(),
        visibility: document,
      }).catch((error: unknown) => console.warn('The service worker did not register:', error));
    }
  });

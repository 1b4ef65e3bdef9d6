import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n, initialLanguage } from '../i18n/createI18n';
import { HTML_LANGUAGE_TAGS } from '../i18n/resources';
import { App } from './App';
import './app/app.css';
import { describeStartupFailure, type StartupFailure } from './app/describeStartupFailure';
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
const i18n = createI18n(language);
document.documentElement.lang = HTML_LANGUAGE_TAGS[language];

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element.');
const root = createRoot(container);

function show(content: ReactNode): void {
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>{content}</I18nextProvider>
    </StrictMode>,
  );
}

show(<StartupScreen />);

startWorkbench({ onBlocked: () => show(<StartupScreen failure={BLOCKED} />) })
  .then(({ database, journalRecovery }) =>
    show(
      <DatabaseProvider database={database}>
        <App journalRecovery={journalRecovery} />
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
  });

import { useTranslation } from 'react-i18next';
import { changeUiLanguage } from '../../i18n/changeUiLanguage';
import { SUPPORTED_LANGUAGES } from '../../i18n/resources';

/** English / 中文 toggle; the choice persists across reloads. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('common');
  return (
    <div className="language-switcher" role="group" aria-label={t('language.label')}>
      {SUPPORTED_LANGUAGES.map((language) => {
        const isCurrent = i18n.resolvedLanguage === language;
        return (
          <button
            key={language}
            type="button"
            className="language-switcher__option"
            aria-pressed={isCurrent}
            lang={language}
            onClick={() => void changeUiLanguage(i18n, language, globalThis.localStorage)}
          >
            {t(`language.${language}`)}
          </button>
        );
      })}
    </div>
  );
}

import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AnnotationTypologyError } from '../../../domain/annotation/AnnotationTypologyError';
import { mqmTypology } from '../../../domain/annotation/mqmTypology';
import { parseAnnotationTypology } from '../../../domain/annotation/parseAnnotationTypology';
import { writeAnnotationTypology } from '../../../domain/annotation/writeAnnotationTypology';
import { ANNOTATION_SEVERITIES } from '../../../domain/annotation/annotation';
import { downloadFile } from '../../app/downloadFile';
import { useAnnotationSettings } from '../../hooks/useAnnotationSettings';

/** The signing name, the MQM penalties and the typology (import from JSON, export, back to MQM). */
export function AnnotationSettingsSection() {
  const { t } = useTranslation('annotation');
  const { settings, isLoaded, change } = useAnnotationSettings();
  const [author, setAuthor] = useState<string | undefined>(undefined);
  const [penalties, setPenalties] = useState<Record<string, string> | undefined>(undefined);
  const [message, setMessage] = useState<{ text: string; isProblem: boolean } | undefined>(
    undefined,
  );
  if (!isLoaded) return null;
  const shownAuthor = author ?? settings.author;
  const shownPenalties =
    penalties ??
    Object.fromEntries(
      ANNOTATION_SEVERITIES.map((severity) => [severity, String(settings.penalties[severity])]),
    );

  const savePenalties = async () => {
    const numbers = ANNOTATION_SEVERITIES.map((severity) => Number(shownPenalties[severity]));
    if (numbers.some((value) => !Number.isFinite(value) || value < 0)) {
      setMessage({ text: t('settings.badPenalty'), isProblem: true });
      return;
    }
    const [minor = 1, major = 5, critical = 25] = numbers;
    await change({ penalties: { minor, major, critical } });
    setPenalties(undefined);
    setMessage(undefined);
  };

  const importTypology = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    try {
      const typology = parseAnnotationTypology(await file.text());
      await change({ typology });
      setMessage({
        text: t('settings.typologyImported', { name: typology.name }),
        isProblem: false,
      });
    } catch (error) {
      setMessage({
        text:
          error instanceof AnnotationTypologyError
            ? t(`settings.typologyError.${error.code}`, { subject: error.subject })
            : t('settings.typologyError.unreadable'),
        isProblem: true,
      });
    }
  };

  return (
    <details className="annotation-settings">
      <summary>{t('settings.title')}</summary>
      <form
        className="annotation-settings__row"
        onSubmit={(event) => {
          event.preventDefault();
          void change({ author: shownAuthor }).then(() => setAuthor(undefined));
        }}
      >
        <label>
          {t('settings.author')}
          <input
            value={shownAuthor}
            maxLength={100}
            onChange={(event) => setAuthor(event.target.value)}
          />
        </label>
        <button type="submit" className="button button--small">
          {t('settings.saveAuthor')}
        </button>
      </form>
      <form
        className="annotation-settings__row"
        onSubmit={(event) => {
          event.preventDefault();
          void savePenalties();
        }}
      >
        <fieldset>
          <legend>{t('settings.penalties')}</legend>
          {ANNOTATION_SEVERITIES.map((severity) => (
            <label key={severity}>
              {t(`severities.${severity}`)}
              <input
                type="number"
                min={0}
                step="any"
                value={shownPenalties[severity] ?? ''}
                onChange={(event) =>
                  setPenalties({ ...shownPenalties, [severity]: event.target.value })
                }
              />
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button button--small">
          {t('settings.savePenalties')}
        </button>
      </form>
      <p>
        {t('settings.typology', {
          name: settings.typology.name,
          count: settings.typology.categories.length,
        })}
      </p>
      <div className="annotation-settings__row">
        <label className="button button--small">
          {t('settings.importTypology')}
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            onChange={(event) => void importTypology(event)}
          />
        </label>
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            downloadFile(
              'typology.json',
              writeAnnotationTypology(settings.typology),
              'application/json',
            )
          }
        >
          {t('settings.exportTypology')}
        </button>
        {settings.typology !== mqmTypology && settings.typology.name !== mqmTypology.name ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => void change({ typology: mqmTypology })}
          >
            {t('settings.resetTypology')}
          </button>
        ) : null}
      </div>
      {message !== undefined ? (
        <p
          className={message.isProblem ? 'annotation-settings__problem' : undefined}
          role={message.isProblem ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
    </details>
  );
}

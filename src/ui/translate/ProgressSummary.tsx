import { useTranslation } from 'react-i18next';
import type { Progress } from '../../domain/progress/computeProgress';

/** Segments and Chinese characters translated so far, with a bar for the segments. */
export function ProgressSummary({ progress }: { progress: Progress }) {
  const { t, i18n } = useTranslation('translate');
  const format = new Intl.NumberFormat(i18n.language);
  return (
    <div className="progress-summary">
      <progress
        className="progress-summary__bar"
        aria-label={t('progress.label')}
        max={Math.max(progress.segments, 1)}
        value={progress.translatedSegments}
      />
      <span className="progress-summary__text">
        {t('progress.summary', {
          translatedSegments: format.format(progress.translatedSegments),
          segments: format.format(progress.segments),
          translatedCharacters: format.format(progress.translatedCharacters),
          characters: format.format(progress.characters),
        })}
      </span>
    </div>
  );
}

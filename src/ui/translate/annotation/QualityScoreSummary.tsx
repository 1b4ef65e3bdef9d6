import { useTranslation } from 'react-i18next';
import type { MqmPenalties } from '../../../domain/annotation/mqmPenalties';
import type { DocumentQuality } from '../../../domain/annotation/scoreDocumentQuality';

/** A document's MQM score with the formula that gives it. */
export function QualityScoreSummary({
  quality,
  penalties,
}: {
  readonly quality: DocumentQuality;
  readonly penalties: MqmPenalties;
}) {
  const { t, i18n } = useTranslation('annotation');
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const value = (count: number | undefined) =>
    count === undefined ? t('score.noText') : number.format(count);
  const penalty = number.format(quality.penalty);
  return (
    <section
      className="quality-score"
      aria-labelledby="quality-score-title"
      data-role="quality-score"
    >
      <h3 id="quality-score-title">{t('score.title')}</h3>
      <p className="quality-score__value">
        {t('score.perWords', {
          value: value(quality.perThousandTargetWords),
          penalty,
          words: number.format(quality.targetWords),
        })}
      </p>
      <p className="quality-score__value">
        {t('score.perCharacters', {
          value: value(quality.perThousandSourceCharacters),
          penalty,
          characters: number.format(quality.sourceCharacters),
        })}
      </p>
      <p className="quality-score__formula">
        {t('score.penalty', {
          penalty,
          minor: quality.errors.minor,
          major: quality.errors.major,
          critical: quality.errors.critical,
          minorWeight: number.format(penalties.minor),
          majorWeight: number.format(penalties.major),
          criticalWeight: number.format(penalties.critical),
        })}
      </p>
      <p className="side-panel__empty">{t('score.help')}</p>
    </section>
  );
}

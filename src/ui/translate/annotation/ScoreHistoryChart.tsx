import { useTranslation } from 'react-i18next';
import type { QualityScoreRecord } from '../../../domain/annotation/qualityScoreRecord';

const WIDTH = 560;
const HEIGHT = 160;
const LEFT = 44;
const BOTTOM = 22;
const TOP = 10;
const RIGHT = 10;

/** The document's MQM penalty per 1,000 target words at each recorded change, over time. */
export function ScoreHistoryChart({
  scores,
  title,
}: {
  readonly scores: readonly QualityScoreRecord[];
  readonly title: string;
}) {
  const { t, i18n } = useTranslation('annotation');
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const formatTime = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'short',
    timeStyle: 'short',
  });
  const points = scores.map((score) => ({ score, value: score.perThousandTargetWords ?? 0 }));
  if (points.length === 0)
    return (
      <figure className="score-chart">
        <figcaption>{title}</figcaption>
        <p className="side-panel__empty">{t('progress.noScores')}</p>
      </figure>
    );
  const first = points[0]?.score.recordedAt ?? 0;
  const last = points[points.length - 1]?.score.recordedAt ?? first;
  const span = Math.max(last - first, 1);
  const maximum = Math.max(...points.map(({ value }) => value), 1);
  const xOf = (time: number) =>
    points.length === 1
      ? LEFT + (WIDTH - LEFT - RIGHT) / 2
      : LEFT + ((time - first) / span) * (WIDTH - LEFT - RIGHT);
  const yOf = (value: number) => TOP + (1 - value / maximum) * (HEIGHT - TOP - BOTTOM);
  // A step line: the score holds until the next change.
  const path = points
    .map(({ score, value }, index) => {
      const x = xOf(score.recordedAt);
      const y = yOf(value);
      if (index === 0) return `M${x},${y}`;
      const previous = points[index - 1];
      return `L${x},${yOf(previous?.value ?? value)} L${x},${y}`;
    })
    .join(' ');
  return (
    <figure className="score-chart" data-chart="score">
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={title}
        className="score-chart__svg"
      >
        <line
          x1={LEFT}
          y1={HEIGHT - BOTTOM}
          x2={WIDTH - RIGHT}
          y2={HEIGHT - BOTTOM}
          stroke="#c3c9d2"
        />
        <line x1={LEFT} y1={TOP} x2={LEFT} y2={HEIGHT - BOTTOM} stroke="#c3c9d2" />
        <text x={LEFT - 6} y={TOP + 4} textAnchor="end" fontSize={11} fill="#5f6b7a">
          {number.format(maximum)}
        </text>
        <text x={LEFT - 6} y={HEIGHT - BOTTOM} textAnchor="end" fontSize={11} fill="#5f6b7a">
          0
        </text>
        <text x={LEFT} y={HEIGHT - 6} fontSize={11} fill="#5f6b7a">
          {formatTime.format(first)}
        </text>
        {points.length > 1 ? (
          <text x={WIDTH - RIGHT} y={HEIGHT - 6} textAnchor="end" fontSize={11} fill="#5f6b7a">
            {formatTime.format(last)}
          </text>
        ) : null}
        <path d={path} fill="none" stroke="#2f6fdf" strokeWidth={2} />
        {points.map(({ score, value }) => (
          <circle key={score.id} cx={xOf(score.recordedAt)} cy={yOf(value)} r={3.5} fill="#2f6fdf">
            <title>
              {t('progress.scorePoint', {
                time: formatTime.format(score.recordedAt),
                value: number.format(value),
                penalty: number.format(score.penalty),
              })}
            </title>
          </circle>
        ))}
      </svg>
      <p className="score-chart__axis">{t('progress.scoreAxis')}</p>
    </figure>
  );
}

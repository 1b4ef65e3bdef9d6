import { useTranslation } from 'react-i18next';
import type { StatusCount } from '../../../domain/progress/computeStatusBreakdown';
import { statusChartColour } from './statusChartColour';

export interface StatusBarRow {
  readonly id: string;
  readonly name: string;
  readonly breakdown: readonly StatusCount[];
}

const WIDTH = 400;
const HEIGHT = 18;

/** One stacked bar a row (a document, the project): its segments or its Chinese characters per status. */
export function StatusBarChart({
  rows,
  measure,
  title,
}: {
  readonly rows: readonly StatusBarRow[];
  readonly measure: 'segments' | 'characters';
  readonly title: string;
}) {
  const { t, i18n } = useTranslation('annotation');
  const { t: tTranslate } = useTranslation('translate');
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <figure className="status-chart" data-chart={measure}>
      <figcaption>{title}</figcaption>
      <table className="status-chart__rows">
        <tbody>
          {rows.map((row) => {
            const total = row.breakdown.reduce((sum, count) => sum + count[measure], 0);
            let x = 0;
            const summary = row.breakdown
              .filter((count) => count[measure] > 0)
              .map((count) =>
                t('progress.barPart', {
                  status: tTranslate(`status.${count.status}`),
                  count: number.format(count[measure]),
                }),
              )
              .join(', ');
            return (
              <tr key={row.id} data-chart-row={row.id}>
                <th scope="row">{row.name}</th>
                <td>
                  <svg
                    className="status-chart__bar"
                    viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
                    preserveAspectRatio="none"
                    role="img"
                    aria-label={t('progress.bar', { name: row.name, summary })}
                  >
                    <rect x={0} y={0} width={WIDTH} height={HEIGHT} fill="#f0f2f5" />
                    {row.breakdown.map((count) => {
                      const width = total === 0 ? 0 : (count[measure] / total) * WIDTH;
                      const rect = (
                        <rect
                          key={count.status}
                          data-status={count.status}
                          x={x}
                          y={0}
                          width={width}
                          height={HEIGHT}
                          fill={statusChartColour(count.status)}
                        >
                          <title>
                            {t('progress.barPart', {
                              status: tTranslate(`status.${count.status}`),
                              count: number.format(count[measure]),
                            })}
                          </title>
                        </rect>
                      );
                      x += width;
                      return rect;
                    })}
                  </svg>
                </td>
                <td className="status-chart__total">{number.format(total)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}

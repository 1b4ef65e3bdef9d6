import { memo, useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BeadList } from '../../domain/alignmentEditing/beadListTypes';
import type { BeadSentenceRange } from '../../domain/alignmentEditing/beadSentenceRanges';
import { isLowConfidenceBead } from '../../domain/alignmentEditing/isLowConfidenceBead';

const SIZE = 240;
const PADDING = 8;

interface AlignmentPlotProps {
  readonly list: BeadList;
  readonly ranges: readonly BeadSentenceRange[];
  readonly cursorBead: number;
  readonly onPick: (beadIndex: number) => void;
}

/**
 * The ladder plot: source sentence position across, target position down, the alignment's path
 * through them. Low-confidence stretches are drawn in red and confirmed ones in green, so a
 * derailed stretch shows as a red bend before a row is read; sentences with no counterpart are
 * drawn in amber. A click picks the nearest bead.
 */
export const AlignmentPlot = memo(function AlignmentPlot({
  list,
  ranges,
  cursorBead,
  onPick,
}: AlignmentPlotProps) {
  const { t } = useTranslation('alignment');
  const sourceTotal = Math.max(1, list.source.length);
  const targetTotal = Math.max(1, list.target.length);
  const scaleX = (SIZE - 2 * PADDING) / sourceTotal;
  const scaleY = (SIZE - 2 * PADDING) / targetTotal;

  const { path, lowStretches, confirmedStretches, oneSidedStretches } = useMemo(() => {
    const point = (source: number, target: number) =>
      `${(PADDING + source * scaleX).toFixed(1)},${(PADDING + target * scaleY).toFixed(1)}`;
    const segments = ranges.map(
      (range) =>
        `M${point(range.sourceStart, range.targetStart)}L${point(range.sourceEnd, range.targetEnd)}`,
    );
    const pick = (keep: (beadIndex: number) => boolean) =>
      segments.filter((_segment, beadIndex) => keep(beadIndex)).join('');
    return {
      path: `M${point(0, 0)}${ranges.map((range) => `L${point(range.sourceEnd, range.targetEnd)}`).join('')}`,
      lowStretches: pick((beadIndex) => {
        const bead = list.beads[beadIndex];
        return bead !== undefined && isLowConfidenceBead(bead);
      }),
      confirmedStretches: pick((beadIndex) => list.beads[beadIndex]?.confirmed === true),
      // Sentences without a counterpart (an omission, an addition, material on one side only).
      oneSidedStretches: pick((beadIndex) => {
        const bead = list.beads[beadIndex];
        return (
          bead !== undefined &&
          !bead.confirmed &&
          (bead.sourceCount === 0) !== (bead.targetCount === 0)
        );
      }),
    };
  }, [list.beads, ranges, scaleX, scaleY]);

  const cursor = ranges[cursorBead];

  function handleClick(event: MouseEvent<SVGSVGElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * SIZE;
    const y = ((event.clientY - box.top) / box.height) * SIZE;
    const source = (x - PADDING) / scaleX;
    const target = (y - PADDING) / scaleY;
    let best = 0;
    let bestDistance = Infinity;
    ranges.forEach((range, beadIndex) => {
      const distance =
        Math.abs((range.sourceStart + range.sourceEnd) / 2 - source) * scaleX +
        Math.abs((range.targetStart + range.targetEnd) / 2 - target) * scaleY;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = beadIndex;
      }
    });
    onPick(best);
  }

  return (
    <figure className="align-plot">
      <svg
        data-role="alignment-plot"
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="img"
        aria-label={t('plot.label', { source: list.source.length, target: list.target.length })}
        onClick={handleClick}
      >
        <rect
          className="align-plot__frame"
          x={PADDING}
          y={PADDING}
          width={SIZE - 2 * PADDING}
          height={SIZE - 2 * PADDING}
        />
        <line
          className="align-plot__diagonal"
          x1={PADDING}
          y1={PADDING}
          x2={SIZE - PADDING}
          y2={SIZE - PADDING}
        />
        <path className="align-plot__path" d={path} />
        <path className="align-plot__confirmed" d={confirmedStretches} data-role="plot-confirmed" />
        <path className="align-plot__one-sided" d={oneSidedStretches} data-role="plot-one-sided" />
        <path className="align-plot__low" d={lowStretches} data-role="plot-low-confidence" />
        {cursor !== undefined ? (
          <circle
            className="align-plot__cursor"
            cx={PADDING + ((cursor.sourceStart + cursor.sourceEnd) / 2) * scaleX}
            cy={PADDING + ((cursor.targetStart + cursor.targetEnd) / 2) * scaleY}
            r={4}
          />
        ) : null}
      </svg>
      <figcaption className="align-plot__legend">
        <span className="align-plot__key align-plot__key--path">{t('plot.path')}</span>
        <span className="align-plot__key align-plot__key--low">{t('plot.low')}</span>
        <span className="align-plot__key align-plot__key--one-sided">{t('plot.oneSided')}</span>
        <span className="align-plot__key align-plot__key--confirmed">{t('plot.confirmed')}</span>
      </figcaption>
    </figure>
  );
});

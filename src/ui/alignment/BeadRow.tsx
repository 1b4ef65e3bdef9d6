import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlignedSentence, EditableBead } from '../../domain/alignmentEditing/beadListTypes';
import { isLowConfidenceBead } from '../../domain/alignmentEditing/isLowConfidenceBead';
import type { AlignmentSide } from './alignmentCursor';

interface BeadRowProps {
  readonly beadIndex: number;
  readonly bead: EditableBead;
  readonly sourceStart: number;
  readonly targetStart: number;
  readonly source: readonly AlignedSentence[];
  readonly target: readonly AlignedSentence[];
  readonly isCursor: boolean;
  /** The cursor's side, when the cursor is on this bead. */
  readonly cursorSide: AlignmentSide | undefined;
  /** The picked sentence of that side (its index in the side's text), if any. */
  readonly selectedSentence: number | undefined;
  readonly onSelect: (beadIndex: number, side: AlignmentSide, sentence: number | undefined) => void;
}

const SOURCE = 'source';
const TARGET = 'target';

function indices(start: number, count: number): number[] {
  return Array.from({ length: count }, (_value, offset) => start + offset);
}

/** How a row is coloured: by the engine's confidence, or as confirmed, set by hand or one-sided. */
export function confidenceBand(
  bead: EditableBead,
): 'confirmed' | 'manual' | 'one-sided' | 'high' | 'medium' | 'low' {
  if (bead.confirmed) return 'confirmed';
  if ((bead.sourceCount === 0) !== (bead.targetCount === 0)) return 'one-sided';
  if (bead.confidence === null) return 'manual';
  if (isLowConfidenceBead(bead)) return 'low';
  return bead.confidence < 0.9 ? 'medium' : 'high';
}

/** One bead: its shape and confidence, the Chinese sentences beside the English ones. */
export const BeadRow = memo(function BeadRow({
  beadIndex,
  bead,
  sourceStart,
  targetStart,
  source,
  target,
  isCursor,
  cursorSide,
  selectedSentence,
  onSelect,
}: BeadRowProps) {
  const { t } = useTranslation('alignment');
  const sourceIndices = indices(sourceStart, bead.sourceCount);
  const targetIndices = indices(targetStart, bead.targetCount);
  const band = confidenceBand(bead);
  const confidenceText =
    bead.confidence === null ? t('grid.manual') : `${Math.round(bead.confidence * 100)}%`;

  function cell(
    side: AlignmentSide,
    sentenceIndices: readonly number[],
    sentences: readonly AlignedSentence[],
  ) {
    return (
      <div
        className={cursorSide === side ? 'bead-row__cell bead-row__cell--cursor' : 'bead-row__cell'}
        data-side={side}
        lang={side === 'source' ? 'zh-CN' : 'en'}
        onClick={(event) => {
          if (event.target === event.currentTarget) onSelect(beadIndex, side, undefined);
        }}
      >
        {sentenceIndices.length === 0 ? (
          <span className="bead-row__empty">{t('grid.emptySide')}</span>
        ) : (
          sentenceIndices.map((sentenceIndex) => {
            const sentence = sentences[sentenceIndex];
            const isSelected = cursorSide === side && selectedSentence === sentenceIndex;
            return (
              <span
                key={sentenceIndex}
                className={isSelected ? 'bead-sentence bead-sentence--selected' : 'bead-sentence'}
                data-sentence-index={sentenceIndex}
                data-paragraph-start={sentence?.paragraphStart === true ? 'true' : undefined}
                onClick={() => onSelect(beadIndex, side, sentenceIndex)}
              >
                {sentence?.text}
              </span>
            );
          })
        )}
      </div>
    );
  }

  return (
    <div
      className={`bead-row bead-row--${band}${isCursor ? ' bead-row--cursor' : ''}`}
      role="row"
      aria-selected={isCursor}
      data-bead-index={beadIndex}
      data-source-sentences={sourceIndices.join(',')}
      data-target-sentences={targetIndices.join(',')}
      data-confidence={bead.confidence === null ? '' : bead.confidence.toFixed(3)}
      data-confirmed={bead.confirmed ? 'true' : 'false'}
    >
      <div
        className="bead-row__meta"
        onClick={() => onSelect(beadIndex, cursorSide ?? 'source', undefined)}
      >
        <span className="bead-row__number">{beadIndex + 1}</span>
        <span className="bead-row__shape" title={t('grid.shapeTitle')}>
          {bead.sourceCount}-{bead.targetCount}
        </span>
        <span className="bead-row__confidence" title={t(`grid.band.${band}`)}>
          {bead.confirmed ? t('grid.confirmed') : confidenceText}
        </span>
      </div>
      {cell(SOURCE, sourceIndices, source)}
      {cell(TARGET, targetIndices, target)}
    </div>
  );
});

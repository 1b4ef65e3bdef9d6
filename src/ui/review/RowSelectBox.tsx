import { useTranslation } from 'react-i18next';
import type { SegmentId } from '../../domain/ids';
import { useIsRowSelected, useRowSelection } from './RowSelectionContext';

/**
 * A row's box for picking it for a bulk change; Shift picks the rows between. From the keyboard,
 * Ctrl+A picks the rows the filter shows.
 */
export function RowSelectBox({
  segmentId,
  number,
}: {
  readonly segmentId: SegmentId;
  readonly number: number;
}) {
  const { t } = useTranslation('review');
  const selection = useRowSelection();
  const isSelected = useIsRowSelected(segmentId);
  if (selection === undefined) return null;
  return (
    <input
      type="checkbox"
      className="row-select-box"
      data-role="select-row"
      checked={isSelected}
      // Not a Tab stop: Tab goes source → translation → status → Annotate → next row, as translators expect.
      tabIndex={-1}
      aria-label={t('selection.row', { number })}
      // React puts the box back to `checked` after the click, which the store has changed.
      onClick={(event) => selection.toggle(segmentId, { isRange: event.shiftKey })}
      onChange={() => undefined}
    />
  );
}

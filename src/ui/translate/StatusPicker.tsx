import { useTranslation } from 'react-i18next';
import { SEGMENT_STATUSES, type SegmentStatus } from '../../domain/model';
import { STATUS_ICONS } from './statusIcons';

export interface StatusPickerProps {
  readonly status: SegmentStatus;
  readonly segmentNumber: number;
  readonly onChange: (status: SegmentStatus) => void;
}

/**
 * The focused segment's status as a badge that opens a choice of every status. The badge is drawn
 * like StatusBadge (so it fits the same column) and a transparent `<select>` over it takes the
 * pointer and the keyboard; its list opens above the page, not clipped by the segment list.
 */
export function StatusPicker({ status, segmentNumber, onChange }: StatusPickerProps) {
  const { t } = useTranslation('translate');
  const label = t(`status.${status}`);
  return (
    <span
      className={`status-badge status-badge--${status} status-picker`}
      title={label}
      data-role="status"
    >
      <span className="status-badge__icon" aria-hidden="true">
        {STATUS_ICONS[status]}
      </span>
      <span className="status-badge__label" aria-hidden="true">
        {label}
      </span>
      <span className="status-picker__chevron" aria-hidden="true" />
      <select
        className="status-picker__select"
        value={status}
        aria-label={t('status.pickerLabel', { number: segmentNumber })}
        onChange={(event) => {
          const chosen = SEGMENT_STATUSES.find((candidate) => candidate === event.target.value);
          if (chosen !== undefined && chosen !== status) onChange(chosen);
        }}
      >
        {SEGMENT_STATUSES.map((candidate) => (
          <option key={candidate} value={candidate}>
            {t(`status.${candidate}`)}
          </option>
        ))}
      </select>
    </span>
  );
}

import { useTranslation } from 'react-i18next';
import { SEGMENT_STATUSES, type SegmentStatus } from '../../domain/model';
import { STATUS_ICONS } from './statusIcons';

export interface StatusPickerProps {
  readonly status: SegmentStatus;
  readonly segmentNumber: number;
  readonly onChange: (status: SegmentStatus) => void;
}

/** The focused segment's status as a badge that opens a choice of every status. */
export function StatusPicker({ status, segmentNumber, onChange }: StatusPickerProps) {
  const { t } = useTranslation('translate');
  return (
    <span className={`status-badge status-badge--${status} status-picker`}>
      <span className="status-badge__icon" aria-hidden="true">
        {STATUS_ICONS[status]}
      </span>
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

import { useTranslation } from 'react-i18next';
import type { SegmentStatus } from '../../domain/model';
import { STATUS_ICONS } from './statusIcons';

/** A segment's status as an icon and a word, coloured by status. */
export function StatusBadge({ status }: { status: SegmentStatus }) {
  const { t } = useTranslation('translate');
  const label = t(`status.${status}`);
  return (
    <span className={`status-badge status-badge--${status}`} title={label} data-role="status">
      <span className="status-badge__icon" aria-hidden="true">
        {STATUS_ICONS[status]}
      </span>
      <span className="status-badge__label">{label}</span>
    </span>
  );
}

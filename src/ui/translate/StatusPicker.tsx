import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SEGMENT_STATUSES, type SegmentStatus } from '../../domain/model';
import { STATUS_ICONS } from './statusIcons';

export interface StatusPickerProps {
  readonly status: SegmentStatus;
  readonly segmentNumber: number;
  readonly onChange: (status: SegmentStatus) => void;
  /** Takes the focus and opens the list as it appears (the badge of an unfocused row was clicked). */
  readonly isOpenedOnMount?: boolean;
}

/** Keys that change a closed select's value at once; here they open the list instead. */
const OPENING_KEYS = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Enter',
  ' ',
]);

function openList(select: HTMLSelectElement): void {
  select.focus();
  try {
    select.showPicker();
  } catch {
    // showPicker needs a user gesture and a browser that has it; the select is focused anyway.
  }
}

/**
 * The focused segment's status as a badge that opens a choice of every status. The badge is drawn
 * like StatusBadge (so it fits the same column) and a transparent `<select>` over it takes the
 * pointer and the keyboard; its list opens above the page, not clipped by the segment list.
 */
export function StatusPicker({
  status,
  segmentNumber,
  onChange,
  isOpenedOnMount = false,
}: StatusPickerProps) {
  const { t } = useTranslation('translate');
  const label = t(`status.${status}`);
  const selectRef = useRef<HTMLSelectElement>(null);
  const shouldOpenOnMount = useRef(isOpenedOnMount);
  useEffect(() => {
    if (shouldOpenOnMount.current && selectRef.current !== null) openList(selectRef.current);
  }, []);
  const keepClosedListFromChanging = (event: KeyboardEvent<HTMLSelectElement>) => {
    const select = event.currentTarget;
    const isOpen = typeof select.matches === 'function' && safeMatches(select, ':open');
    if (isOpen || !OPENING_KEYS.has(event.key) || event.altKey || event.ctrlKey || event.metaKey)
      return;
    event.preventDefault();
    openList(select);
  };
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
        ref={selectRef}
        className="status-picker__select"
        value={status}
        onKeyDown={keepClosedListFromChanging}
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

function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    // Browsers without :open do not know the selector; their lists close on every choice.
    return false;
  }
}

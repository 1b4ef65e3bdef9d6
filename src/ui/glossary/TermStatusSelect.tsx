import { useTranslation } from 'react-i18next';
import { TERM_STATUSES, type TermStatus } from '../../domain/glossary/glossaryEntry';

export interface TermStatusSelectProps {
  readonly value: TermStatus | undefined;
  /** Undefined only when the empty choice (`emptyLabel`) is picked. */
  readonly onChange: (value: TermStatus | undefined) => void;
  /** Offers an empty choice first with this label (a filter's "any status"). */
  readonly emptyLabel?: string;
  readonly className?: string;
  readonly 'aria-label'?: string;
}

/** A choice of a rendering's status (preferred, admitted, deprecated, forbidden) in the UI language. */
export function TermStatusSelect({
  value,
  onChange,
  emptyLabel,
  ...attributes
}: TermStatusSelectProps) {
  const { t } = useTranslation('glossary');
  return (
    <select
      {...attributes}
      value={value ?? ''}
      onChange={(event) => onChange(TERM_STATUSES.find((status) => status === event.target.value))}
    >
      {emptyLabel === undefined ? null : <option value="">{emptyLabel}</option>}
      {TERM_STATUSES.map((status) => (
        <option key={status} value={status}>
          {t(`status.${status}`)}
        </option>
      ))}
    </select>
  );
}

import { useTranslation } from 'react-i18next';
import { TERM_STATUSES, type TermStatus } from '../../domain/glossary/glossaryEntry';
import { ChoiceSelect } from '../app/ChoiceSelect';

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
export function TermStatusSelect(props: TermStatusSelectProps) {
  const { t } = useTranslation('glossary');
  return (
    <ChoiceSelect {...props} choices={TERM_STATUSES} labelOf={(status) => t(`status.${status}`)} />
  );
}

import type { SelectHTMLAttributes } from 'react';

export interface ChoiceSelectProps<Choice extends string> extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'onChange'
> {
  /** Undefined shows the empty choice (with `emptyLabel`). */
  readonly value: Choice | undefined;
  readonly choices: readonly Choice[];
  /** Each choice as the UI language names it. */
  readonly labelOf: (choice: Choice) => string;
  /** Undefined only when the empty choice is picked. */
  readonly onChange: (value: Choice | undefined) => void;
  /** Offers an empty choice first with this label ("any status", "none"). */
  readonly emptyLabel?: string;
  /** Marks a select for tests (`data-role`). */
  readonly 'data-role'?: string;
}

/**
 * A choice of one value from a fixed list, each named in the UI language: the only values it ever
 * reports are the list's (or undefined for the empty choice), never the option text.
 */
export function ChoiceSelect<Choice extends string>({
  value,
  choices,
  labelOf,
  onChange,
  emptyLabel,
  ...attributes
}: ChoiceSelectProps<Choice>) {
  return (
    <select
      {...attributes}
      value={value ?? ''}
      onChange={(event) => onChange(choices.find((choice) => choice === event.target.value))}
    >
      {emptyLabel === undefined ? null : <option value="">{emptyLabel}</option>}
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {labelOf(choice)}
        </option>
      ))}
    </select>
  );
}

import { useTranslation } from 'react-i18next';
import { PARTS_OF_SPEECH, type PartOfSpeech } from '../../domain/glossary/glossaryEntry';

export interface PartOfSpeechSelectProps {
  readonly value: PartOfSpeech | undefined;
  readonly onChange: (value: PartOfSpeech | undefined) => void;
  readonly id?: string;
  readonly className?: string;
  readonly 'aria-label'?: string;
}

/** A choice of one part of speech from the fixed list, named in the UI language, or none. */
export function PartOfSpeechSelect({ value, onChange, ...attributes }: PartOfSpeechSelectProps) {
  const { t } = useTranslation('glossary');
  return (
    <select
      {...attributes}
      value={value ?? ''}
      onChange={(event) => onChange(PARTS_OF_SPEECH.find((part) => part === event.target.value))}
    >
      <option value="">{t('partOfSpeech.none')}</option>
      {PARTS_OF_SPEECH.map((part) => (
        <option key={part} value={part}>
          {t(`partOfSpeech.${part}`)}
        </option>
      ))}
    </select>
  );
}

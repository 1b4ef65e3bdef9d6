import { useTranslation } from 'react-i18next';
import { PARTS_OF_SPEECH, type PartOfSpeech } from '../../domain/glossary/glossaryEntry';
import { ChoiceSelect } from '../app/ChoiceSelect';

export interface PartOfSpeechSelectProps {
  readonly value: PartOfSpeech | undefined;
  readonly onChange: (value: PartOfSpeech | undefined) => void;
  readonly id?: string;
  readonly className?: string;
  readonly 'aria-label'?: string;
}

/** A choice of one part of speech from the fixed list, named in the UI language, or none. */
export function PartOfSpeechSelect(props: PartOfSpeechSelectProps) {
  const { t } = useTranslation('glossary');
  return (
    <ChoiceSelect
      {...props}
      choices={PARTS_OF_SPEECH}
      labelOf={(part) => t(`partOfSpeech.${part}`)}
      emptyLabel={t('partOfSpeech.none')}
    />
  );
}

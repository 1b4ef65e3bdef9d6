import type { AlignedSentence } from '../../domain/alignmentEditing/beadListTypes';
import type { LanguageCode } from '../../domain/model';
import { segmentText } from '../../domain/segmentation/segmentText';

/** A side's text split by the engine's rules into sentences, each paragraph's first marked. */
export function sentencesFromText(text: string, language: LanguageCode): AlignedSentence[] {
  return segmentText(text, language).flatMap((paragraph) =>
    paragraph.map((sentence, index) => ({ text: sentence, paragraphStart: index === 0 })),
  );
}

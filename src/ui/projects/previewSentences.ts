import { segmentText } from '../../domain/segmentation/segmentText';

const PREVIEW_WINDOW_CHARACTERS = 4000;

/** The first sentences of a text, looking only at its beginning so large texts stay cheap. */
export function previewSentences(text: string, count: number): string[] {
  return segmentText(text.slice(0, PREVIEW_WINDOW_CHARACTERS), 'zh').flat().slice(0, count);
}

import type { LanguageCode } from '../model';
import { iterateSentences } from './iterateSentences';
import type { SegmentationRules } from './segmentationRules';

export interface SegmentedSentence {
  /** Index of the sentence's paragraph (a non-blank line), 0-based. */
  readonly paragraph: number;
  readonly source: string;
}

interface SegmentTextStreamOptions {
  readonly rules?: SegmentationRules;
  /** The most sentences one yielded batch holds. */
  readonly batchSize?: number;
}

const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Segments a text that arrives in pieces exactly as segmentText segments the whole text, holding
 * only the current line: yields its sentences in order, in batches of at most `batchSize` (and at
 * the end of every piece that completed one), each with the index of its paragraph.
 */
export async function* segmentTextStream(
  pieces: AsyncIterable<string> | Iterable<string>,
  lang: LanguageCode,
  { rules, batchSize = 1000 }: SegmentTextStreamOptions = {},
): AsyncGenerator<SegmentedSentence[], void, undefined> {
  let paragraph = 0;
  let batch: SegmentedSentence[] = [];
  let unfinishedLine: string[] = [];

  function* sentencesOf(line: string): Generator<SegmentedSentence[], void, undefined> {
    if (line.trim() === '') return;
    for (const sentence of iterateSentences(line, lang, rules)) {
      const source = sentence.trim();
      if (source === '') continue;
      batch.push({ paragraph, source });
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    paragraph += 1;
  }

  for await (const piece of pieces) {
    const lines = piece.split(LINE_BREAK);
    for (let index = 0; index < lines.length - 1; index += 1) {
      unfinishedLine.push(lines[index] ?? '');
      const line = unfinishedLine.join('');
      unfinishedLine = [];
      yield* sentencesOf(line);
    }
    unfinishedLine.push(lines[lines.length - 1] ?? '');
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
  }
  yield* sentencesOf(unfinishedLine.join(''));
  if (batch.length > 0) yield batch;
}

import { BeadListFormatError } from './BeadListFormatError';
import type { AlignedSentence } from './beadListTypes';
import { recordFields } from './recordFields';

/** Checks a stored sentence; `where` names it in the error. */
export function parseAlignedSentence(value: unknown, where: string): AlignedSentence {
  const fields = recordFields(value);
  if (fields === undefined) throw new BeadListFormatError(`${where} is not a sentence.`);
  const text = fields.get('text');
  const paragraphStart = fields.get('paragraphStart');
  if (typeof text !== 'string' || text === '')
    throw new BeadListFormatError(`${where} has no text.`);
  if (typeof paragraphStart !== 'boolean')
    throw new BeadListFormatError(`${where} has no paragraph flag.`);
  return { text, paragraphStart };
}

import { BeadListFormatError } from './BeadListFormatError';
import type { BeadListChange, BeadListSplice } from './beadListTypes';
import { parseAlignedSentence } from './parseAlignedSentence';
import { parseEditableBead } from './parseEditableBead';
import { recordFields } from './recordFields';

/** Reads a change back from storage (an undo or redo step). Throws BeadListFormatError when it is not one. */
export function parseBeadListChange(value: unknown): BeadListChange {
  const splices = recordFields(value)?.get('splices');
  if (!Array.isArray(splices)) throw new BeadListFormatError('The change has no splices.');
  return { splices: splices.map((splice: unknown, index) => parseSplice(splice, index)) };
}

function parseSplice(value: unknown, index: number): BeadListSplice {
  const where = `Splice ${index}`;
  const fields = recordFields(value);
  if (fields === undefined) throw new BeadListFormatError(`${where} is not a splice.`);
  const part = fields.get('part');
  const at = fields.get('at');
  if (typeof at !== 'number' || !Number.isInteger(at) || at < 0)
    throw new BeadListFormatError(`${where} has no position.`);
  if (part === 'confirmation') {
    const count = fields.get('count');
    const confirmed = fields.get('confirmed');
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1)
      throw new BeadListFormatError(`${where} confirms no beads.`);
    if (typeof confirmed !== 'boolean')
      throw new BeadListFormatError(`${where} has no confirmed flag.`);
    return { part, at, count, confirmed };
  }
  const removed = fields.get('removed');
  const inserted = fields.get('inserted');
  if (!Array.isArray(removed) || !Array.isArray(inserted))
    throw new BeadListFormatError(`${where} has no removed and inserted items.`);
  if (part === 'beads')
    return {
      part,
      at,
      removed: removed.map((bead: unknown) => parseEditableBead(bead, `${where}, a removed bead`)),
      inserted: inserted.map((bead: unknown) =>
        parseEditableBead(bead, `${where}, an inserted bead`),
      ),
    };
  if (part === 'source' || part === 'target')
    return {
      part,
      at,
      removed: removed.map((item: unknown) =>
        parseAlignedSentence(item, `${where}, a removed sentence`),
      ),
      inserted: inserted.map((item: unknown) =>
        parseAlignedSentence(item, `${where}, an inserted sentence`),
      ),
    };
  throw new BeadListFormatError(`${where} edits no known part of the alignment.`);
}

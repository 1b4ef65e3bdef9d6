import { BeadListFormatError } from './BeadListFormatError';
import type { BeadList } from './beadListTypes';
import { parseAlignedSentence } from './parseAlignedSentence';
import { parseEditableBead } from './parseEditableBead';
import { recordFields } from './recordFields';

/**
 * Reads a bead list back from storage: checks every bead and sentence, and that the beads' counts
 * add up to each side's sentences. Throws BeadListFormatError saying what is wrong.
 */
export function parseBeadList(value: unknown): BeadList {
  const fields = recordFields(value);
  if (fields === undefined) throw new BeadListFormatError('The alignment is not a bead list.');
  const listOf = <Item>(name: string, parse: (item: unknown, where: string) => Item): Item[] => {
    const items = fields.get(name);
    if (!Array.isArray(items)) throw new BeadListFormatError(`The alignment has no ${name}.`);
    return items.map((item: unknown, index) => parse(item, `${name} ${index}`));
  };
  const source = listOf('source', parseAlignedSentence);
  const target = listOf('target', parseAlignedSentence);
  const beads = listOf('beads', parseEditableBead);
  const total = (key: 'sourceCount' | 'targetCount'): number =>
    beads.reduce((sum, bead) => sum + bead[key], 0);
  if (total('sourceCount') !== source.length || total('targetCount') !== target.length)
    throw new BeadListFormatError('The beads do not hold exactly the sentences of the alignment.');
  return { source, target, beads };
}

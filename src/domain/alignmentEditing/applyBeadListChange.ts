import type { AlignedSentence, BeadList, BeadListChange, EditableBead } from './beadListTypes';

export class BeadListChangeError extends Error {
  override readonly name = 'BeadListChangeError';
}

/**
 * Applies a change to a bead list and returns the new list; the old one is not touched, and every
 * bead and sentence outside the spliced regions keeps its identity. Throws BeadListChangeError when
 * the change does not fit the list (its removed items are not the ones found there): a stale change.
 */
export function applyBeadListChange(list: BeadList, change: BeadListChange): BeadList {
  let beads: EditableBead[] | undefined;
  let source: AlignedSentence[] | undefined;
  let target: AlignedSentence[] | undefined;
  for (const splice of change.splices) {
    if (splice.part === 'beads') {
      beads ??= [...list.beads];
      spliceChecked(beads, splice.at, splice.removed, splice.inserted, 'beads');
    } else if (splice.part === 'source') {
      source ??= [...list.source];
      spliceChecked(source, splice.at, splice.removed, splice.inserted, 'source');
    } else {
      target ??= [...list.target];
      spliceChecked(target, splice.at, splice.removed, splice.inserted, 'target');
    }
  }
  return {
    source: source ?? list.source,
    target: target ?? list.target,
    beads: beads ?? list.beads,
  };
}

function spliceChecked<Item extends object>(
  items: Item[],
  at: number,
  removed: readonly Item[],
  inserted: readonly Item[],
  part: string,
): void {
  if (!Number.isInteger(at) || at < 0 || at + removed.length > items.length)
    throw new BeadListChangeError(
      `The change removes ${part} ${at}…${at + removed.length - 1} of ${items.length}.`,
    );
  removed.forEach((item, offset) => {
    const found = items[at + offset];
    if (found === undefined || !haveSameFields(found, item))
      throw new BeadListChangeError(`The change does not match ${part} ${at + offset}.`);
  });
  items.splice(at, removed.length, ...inserted);
}

function haveSameFields(first: object, second: object): boolean {
  const firstEntries = Object.entries(first);
  if (firstEntries.length !== Object.keys(second).length) return false;
  const secondValues = new Map(Object.entries(second));
  return firstEntries.every(
    ([key, value]) => secondValues.has(key) && secondValues.get(key) === value,
  );
}

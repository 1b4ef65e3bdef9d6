import type {
  AlignedSentence,
  BeadList,
  BeadListChange,
  BeadListSplice,
  EditableBead,
} from './beadListTypes';

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
    if (splice.part === 'confirmation') {
      beads ??= [...list.beads];
      setConfirmations(beads, splice);
    } else if (splice.part === 'beads') {
      beads = spliceChecked(
        beads ?? [...list.beads],
        splice.at,
        splice.removed,
        splice.inserted,
        'beads',
      );
    } else if (splice.part === 'source') {
      source = spliceChecked(
        source ?? [...list.source],
        splice.at,
        splice.removed,
        splice.inserted,
        'source',
      );
    } else {
      target = spliceChecked(
        target ?? [...list.target],
        splice.at,
        splice.removed,
        splice.inserted,
        'target',
      );
    }
  }
  return {
    source: source ?? list.source,
    target: target ?? list.target,
    beads: beads ?? list.beads,
  };
}

/** Splices `items` (a copy this change owns), in place when `inserted` is small enough to spread. */
function spliceChecked<Item extends object>(
  items: Item[],
  at: number,
  removed: readonly Item[],
  inserted: readonly Item[],
  part: string,
): Item[] {
  checkRange(items.length, at, removed.length, part);
  removed.forEach((item, offset) => {
    const found = items[at + offset];
    if (found === undefined || !haveSameFields(found, item))
      throw new BeadListChangeError(`The change does not match ${part} ${at + offset}.`);
  });
  if (inserted.length <= 10_000) {
    items.splice(at, removed.length, ...inserted);
    return items;
  }
  return [...items.slice(0, at), ...inserted, ...items.slice(at + removed.length)];
}

function setConfirmations(
  beads: EditableBead[],
  { at, count, confirmed }: Extract<BeadListSplice, { part: 'confirmation' }>,
): void {
  checkRange(beads.length, at, count, 'beads');
  for (let index = at; index < at + count; index += 1) {
    const bead = beads[index];
    if (bead === undefined || bead.confirmed === confirmed)
      throw new BeadListChangeError(`The change does not match beads ${index}.`);
    beads[index] = { ...bead, confirmed };
  }
}

function checkRange(length: number, at: number, count: number, part: string): void {
  if (
    !Number.isInteger(at) ||
    !Number.isInteger(count) ||
    at < 0 ||
    count < 0 ||
    at + count > length
  )
    throw new BeadListChangeError(
      `The change removes ${part} ${at}…${at + count - 1} of ${length}.`,
    );
}

function haveSameFields(first: object, second: object): boolean {
  const firstEntries = Object.entries(first);
  if (firstEntries.length !== Object.keys(second).length) return false;
  const secondValues = new Map(Object.entries(second));
  return firstEntries.every(
    ([key, value]) => secondValues.has(key) && secondValues.get(key) === value,
  );
}

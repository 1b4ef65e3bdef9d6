import type { ExchangeUnit } from './exchangeUnit';

const NMTOKEN = /^[\p{L}\p{N}._:-]+$/u;

/**
 * The ids to write for a file's units: each unit's own when it is an XML name token and not
 * taken, else `u` and its position. `isOwn` says which units kept theirs (the others' ids go in
 * metadata where the format has a place for it).
 */
export function uniqueUnitIds(units: readonly ExchangeUnit[]): { ids: string[]; isOwn: boolean[] } {
  const own = units.map((unit) => unit.id ?? '');
  const taken = new Set<string>();
  const ids: string[] = [];
  const isOwn: boolean[] = [];
  own.forEach((id, index) => {
    if (NMTOKEN.test(id) && !taken.has(id) && !/^u\d+$/.test(id)) {
      taken.add(id);
      ids.push(id);
      isOwn.push(true);
      return;
    }
    ids.push(`u${index + 1}`);
    isOwn.push(id === '');
  });
  return { ids, isOwn };
}

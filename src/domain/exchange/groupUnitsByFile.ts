import type { ExchangeUnit } from './exchangeUnit';

/** Units grouped by the document they belong to, documents in the order they first appear. */
export function groupUnitsByFile(
  units: readonly ExchangeUnit[],
): { file: string | undefined; units: ExchangeUnit[] }[] {
  const groups = new Map<string | undefined, ExchangeUnit[]>();
  for (const unit of units) {
    const group = groups.get(unit.file);
    if (group === undefined) groups.set(unit.file, [unit]);
    else group.push(unit);
  }
  return [...groups].map(([file, grouped]) => ({ file, units: grouped }));
}

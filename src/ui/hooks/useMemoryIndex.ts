import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { listMemoryUnits, listMemoryUnitsChangedAfter } from '../../db/memoryRepository';
import { createMemoryIndex, type MemoryIndex } from '../../domain/memory/createMemoryIndex';
import type { MemoryUnit } from '../../domain/memory/memoryUnit';
import { useDatabase } from '../DatabaseContext';

export interface LoadedMemory {
  readonly index: MemoryIndex;
  /** Grows each time units are added to the index, so that lookups can be memoised on it. */
  readonly version: number;
}

interface MemoryState extends LoadedMemory {
  readonly latest: number;
}

function latestUpdate(units: readonly MemoryUnit[], after: number): number {
  return units.reduce((latest, unit) => Math.max(latest, unit.updatedAt), after);
}

/**
 * The whole translation memory, indexed for lookup: read once, then kept up to date with the units
 * stored or changed since (confirmed segments, imports, other tabs). Undefined while it loads.
 */
export function useMemoryIndex(): LoadedMemory | undefined {
  const database = useDatabase();
  const [state, setState] = useState<MemoryState | undefined>(undefined);
  useEffect(() => {
    let isCurrent = true;
    void listMemoryUnits(database).then((units) => {
      if (isCurrent)
        setState({ index: createMemoryIndex(units), version: 0, latest: latestUpdate(units, 0) });
    });
    return () => {
      isCurrent = false;
    };
  }, [database]);
  const latest = state?.latest;
  const changed = useLiveQuery(
    () => (latest === undefined ? undefined : listMemoryUnitsChangedAfter(database, latest)),
    [database, latest],
  );
  useEffect(() => {
    if (changed === undefined || changed.length === 0) return;
    setState((current) => {
      if (current === undefined) return current;
      current.index.add(changed);
      return {
        index: current.index,
        version: current.version + 1,
        latest: latestUpdate(changed, current.latest),
      };
    });
  }, [changed]);
  return state;
}

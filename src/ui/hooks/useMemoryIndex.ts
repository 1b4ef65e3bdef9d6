import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import {
  countMemoryUnitsChangedAfter,
  getMemoryUnits,
  listMemoryUnitIdsChangedAfter,
} from '../../db/memoryRepository';
import type { WorkbenchDatabase } from '../../db/WorkbenchDatabase';
import { createMemoryIndex, type MemoryIndex } from '../../domain/memory/createMemoryIndex';
import type { Timestamp } from '../../domain/model';
import { useDatabase } from '../DatabaseContext';

export interface LoadedMemory {
  readonly index: MemoryIndex;
  /** Grows each time units are added to the index, so that lookups can be memoised on it. */
  readonly version: number;
}

interface MemoryState {
  readonly database: WorkbenchDatabase;
  readonly index: MemoryIndex;
  readonly version: number;
  /** The latest change indexed; undefined until the whole memory has been read once. */
  readonly latest: Timestamp | undefined;
}

/** How many units are read and indexed between two turns of the event loop. */
const UNITS_A_TURN = 2000;

/**
 * The whole translation memory, indexed for lookup: read once, then kept up to date with the units
 * stored or changed since (confirmed segments, imports, other tabs). Units are read and indexed a
 * few thousand at a time, the page handling input in between, so that a memory of 100,000 units
 * (or an import of as many) never holds it up for long. Undefined while it loads.
 */
export function useMemoryIndex(): LoadedMemory | undefined {
  const database = useDatabase();
  const [state, setState] = useState<MemoryState>(() => freshState(database));
  if (state.database !== database) setState(freshState(database));
  const { index, latest } = state;
  // Watching a count observes one range; watching the ids would record 100,000 keys at once.
  const changed = useLiveQuery(
    () => countMemoryUnitsChangedAfter(database, latest),
    [database, latest],
  );
  useEffect(() => {
    if (changed === undefined || (changed === 0 && latest !== undefined)) return;
    let isCurrent = true;
    void (async () => {
      const changedIds = await listMemoryUnitIdsChangedAfter(database, latest);
      if (!isCurrent) return;
      let newest = latest ?? 0;
      for (let start = 0; start < changedIds.length; start += UNITS_A_TURN) {
        const units = await getMemoryUnits(database, changedIds.slice(start, start + UNITS_A_TURN));
        if (!isCurrent) return;
        index.add(units);
        for (const unit of units) newest = Math.max(newest, unit.updatedAt);
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (!isCurrent) return;
      }
      setState((previous) =>
        previous.index === index
          ? { ...previous, version: previous.version + 1, latest: newest }
          : previous,
      );
    })();
    return () => {
      isCurrent = false;
    };
  }, [changed, database, index, latest]);
  return state.latest === undefined ? undefined : state;
}

function freshState(database: WorkbenchDatabase): MemoryState {
  return { database, index: createMemoryIndex(), version: 0, latest: undefined };
}

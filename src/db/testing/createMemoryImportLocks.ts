/** Import locks held in memory, as Web Locks would be within one tab; for tests. */
import type { ImportLocks } from '../createImportLocks';

export function createMemoryImportLocks(): ImportLocks & { readonly held: ReadonlySet<string> } {
  const held = new Set<string>();
  return {
    held,
    hold: async (importId, work) => {
      held.add(importId);
      try {
        return await work();
      } finally {
        held.delete(importId);
      }
    },
    ifFree: async (importId, work) => {
      if (held.has(importId)) return false;
      held.add(importId);
      try {
        await work();
        return true;
      } finally {
        held.delete(importId);
      }
    },
  };
}

import type { JournalStorage } from '../createSaveJournal';

/** A localStorage stand-in held in a Map, for tests of the save journal. */
export function createMemoryStorage(): JournalStorage & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importMemoryPairs } from '../../db/memoryRepository';
import { openTestDatabase } from '../../db/testing/openTestDatabase';
import type { WorkbenchDatabase } from '../../db/WorkbenchDatabase';
import { DatabaseProvider } from '../DatabaseContext';
import { useMemoryIndex } from './useMemoryIndex';

let database: WorkbenchDatabase;
beforeEach(() => {
  database = openTestDatabase();
});
afterEach(async () => {
  cleanup();
  await database.delete();
});

function renderIndex() {
  return renderHook(() => useMemoryIndex(), {
    wrapper: ({ children }: { children: ReactNode }) => (
      <DatabaseProvider database={database}>{children}</DatabaseProvider>
    ),
  });
}

const pairs = (count: number, from = 0) =>
  Array.from({ length: count }, (_, index) => ({
    source: `山西省第${index + from}号项目今年完成投资。`,
    target: `Project ${index + from} of Shanxi invested this year.`,
  }));

describe('useMemoryIndex', () => {
  it('indexes the stored memory, read a few thousand units at a time', async () => {
    await importMemoryPairs(database, pairs(4500));
    const { result } = renderIndex();
    await waitFor(() => expect(result.current?.index.size).toBe(4500));
    expect(result.current?.index.lookup('山西省第4499号项目今年完成投资。')[0]?.score).toBe(100);
  });

  it('adds an import of many units made while it is mounted, in every slice', async () => {
    await importMemoryPairs(database, pairs(1));
    const { result } = renderIndex();
    await waitFor(() => expect(result.current?.index.size).toBe(1));
    const version = result.current?.version ?? 0;
    await importMemoryPairs(database, pairs(5000, 1));
    await waitFor(() => expect(result.current?.version).toBeGreaterThan(version));
    expect(result.current?.index.size).toBe(5001);
    expect(result.current?.index.lookup('山西省第5000号项目今年完成投资。')[0]?.unit.target).toBe(
      'Project 5000 of Shanxi invested this year.',
    );
  });
});

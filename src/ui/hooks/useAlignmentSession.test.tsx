// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createAlignment,
  loadAlignment,
  recordAlignmentChange,
} from '../../db/alignmentRepository';
import { openTestDatabase } from '../../db/testing/openTestDatabase';
import type { WorkbenchDatabase } from '../../db/WorkbenchDatabase';
import { beadListFixture } from '../../domain/alignmentEditing/beadListFixture';
import type { BeadOperationResult } from '../../domain/alignmentEditing/beadListTypes';
import { mergeWithNext } from '../../domain/alignmentEditing/mergeWithNext';
import { summarizeBeadList } from '../../domain/alignmentEditing/summarizeBeadList';
import type { AlignmentId } from '../../domain/ids';
import { DatabaseProvider } from '../DatabaseContext';
import { useAlignmentSession, type AlignmentSession } from './useAlignmentSession';

const LIST = beadListFixture('1-1 1-1 1-1 1-1');

function changeOf(result: BeadOperationResult) {
  if (!result.ok) throw new Error(result.reason);
  return result.change;
}

let database: WorkbenchDatabase;
let id: AlignmentId;
beforeEach(async () => {
  database = openTestDatabase();
  id = await createAlignment(database, {
    name: 'A',
    sourceFileName: 'zh.txt',
    targetFileName: 'en.txt',
    list: LIST,
    summary: summarizeBeadList(LIST),
  });
});
afterEach(async () => {
  await database.delete();
});

function renderSession() {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DatabaseProvider database={database}>{children}</DatabaseProvider>
  );
  return renderHook(() => useAlignmentSession(id), { wrapper });
}

function ready(session: AlignmentSession) {
  if (session.status !== 'ready') throw new Error(`session is ${session.status}`);
  return session;
}

describe('useAlignmentSession', () => {
  it('applies an edit at once, stores it, and undoes and redoes it in storage too', async () => {
    const { result } = renderSession();
    await waitFor(() => expect(result.current.status).toBe('ready'));
    act(() => ready(result.current).apply(changeOf(mergeWithNext(LIST, 0))));
    expect(ready(result.current).list.beads).toHaveLength(3);
    await waitFor(async () =>
      expect((await loadAlignment(database, id))?.alignment.position).toBe(1),
    );
    act(() => ready(result.current).undo());
    expect(ready(result.current).list).toEqual(LIST);
    expect(ready(result.current).canRedo).toBe(true);
    await waitFor(async () =>
      expect((await loadAlignment(database, id))?.alignment).toMatchObject({
        position: 0,
        changeCount: 1,
      }),
    );
    act(() => ready(result.current).redo());
    expect(ready(result.current).list.beads).toHaveLength(3);
    await waitFor(async () =>
      expect((await loadAlignment(database, id))?.alignment.position).toBe(1),
    );
  });

  it('goes back to what storage holds when another tab changed the alignment meanwhile', async () => {
    const { result } = renderSession();
    await waitFor(() => expect(result.current.status).toBe('ready'));
    // Another tab merges the last two beads first.
    const theirs = changeOf(mergeWithNext(LIST, 2));
    await recordAlignmentChange(database, id, {
      expectedPosition: 0,
      change: theirs,
      summary: summarizeBeadList(LIST),
    });
    act(() => ready(result.current).apply(changeOf(mergeWithNext(LIST, 0))));
    await waitFor(() =>
      expect(ready(result.current).failure).toMatchObject({ reason: 'alignmentChanged' }),
    );
    const shown = ready(result.current).list;
    expect(shown.beads.map((bead) => `${bead.sourceCount}-${bead.targetCount}`)).toEqual([
      '1-1',
      '1-1',
      '2-2',
    ]);
    expect((await loadAlignment(database, id))?.changes).toEqual([theirs]);
  });

  it('says the alignment is missing once deleted, and unreadable when its row is damaged', async () => {
    await database.alignmentSnapshots.put({
      alignmentId: id,
      list: {
        ...LIST,
        beads: [{ sourceCount: 9, targetCount: 1, confidence: 1, confirmed: false }],
      },
    });
    const { result } = renderSession();
    await waitFor(() => expect(result.current.status).toBe('unreadable'));
    await database.alignments.delete(id);
    const second = renderSession();
    await waitFor(() => expect(second.result.current.status).toBe('missing'));
  });
});

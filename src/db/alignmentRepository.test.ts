import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyBeadListChange } from '../domain/alignmentEditing/applyBeadListChange';
import type { BeadList, BeadListChange } from '../domain/alignmentEditing/beadListTypes';
import { mergeWithNext } from '../domain/alignmentEditing/mergeWithNext';
import { confirmedPairChanges } from '../domain/alignmentEditing/confirmedPairChanges';
import { setConfirmed } from '../domain/alignmentEditing/setConfirmed';
import { summarizeBeadList } from '../domain/alignmentEditing/summarizeBeadList';
import type { AlignmentId } from '../domain/ids';
import {
  createAlignment,
  deleteAlignment,
  listAlignments,
  loadAlignment,
  moveAlignmentPosition,
  recordAlignmentChange,
} from './alignmentRepository';
import { importMemoryPairs, listMemoryUnits } from './memoryRepository';
import { saveAlignmentAsProject } from './saveAlignmentAsProject';
import { listProjectSegments } from './testing/listProjectSegments';
import { openTestDatabase } from './testing/openTestDatabase';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

const sentence = (text: string, paragraphStart = false) => ({ text, paragraphStart });
const bead = (sourceCount: number, targetCount: number, confidence = 0.9) => ({
  sourceCount,
  targetCount,
  confidence,
  confirmed: false,
});

const LIST: BeadList = {
  source: [sentence('山西转型。', true), sentence('发展加快。'), sentence('第二段。', true)],
  target: [
    sentence('Shanxi transforms.', true),
    sentence('Growth speeds up.'),
    sentence('Second.', true),
  ],
  beads: [bead(1, 1), bead(1, 1, 0.3), bead(1, 1)],
};

function changeOf(result: ReturnType<typeof mergeWithNext>): BeadListChange {
  if (!result.ok) throw new Error(result.reason);
  return result.change;
}

let database: WorkbenchDatabase;
let id: AlignmentId;
beforeEach(async () => {
  database = openTestDatabase();
  id = await createAlignment(database, {
    name: ' 山西 ',
    sourceFileName: 'zh.txt',
    targetFileName: 'en.txt',
    list: LIST,
    summary: summarizeBeadList(LIST),
  });
});
afterEach(async () => {
  await database.delete();
});

describe('alignment storage', () => {
  it('stores a new alignment with its snapshot and no change', async () => {
    const loaded = await loadAlignment(database, id);
    expect(loaded?.alignment).toMatchObject({ name: '山西', position: 0, changeCount: 0 });
    expect(loaded?.snapshot).toEqual(LIST);
    expect(loaded?.changes).toEqual([]);
  });

  it('keeps each change, and undo and redo as the position, across a reopen', async () => {
    const merge = changeOf(mergeWithNext(LIST, 0));
    const merged = applyBeadListChange(LIST, merge);
    await recordAlignmentChange(database, id, {
      expectedPosition: 0,
      change: merge,
      summary: summarizeBeadList(merged),
    });
    const confirm = changeOf(setConfirmed(merged, 0, true));
    const confirmed = applyBeadListChange(merged, confirm);
    await recordAlignmentChange(database, id, {
      expectedPosition: 1,
      change: confirm,
      summary: summarizeBeadList(confirmed),
    });
    await moveAlignmentPosition(database, id, {
      expectedPosition: 2,
      position: 1,
      summary: summarizeBeadList(merged),
    });
    database.close();
    await database.open();
    const loaded = await loadAlignment(database, id);
    expect(loaded?.alignment).toMatchObject({
      position: 1,
      changeCount: 2,
      summary: { beads: 2, confirmed: 0 },
    });
    expect(loaded?.changes).toEqual([merge, confirm]);
  });

  it('drops what redo could bring back when a new change is made after an undo', async () => {
    const merge = changeOf(mergeWithNext(LIST, 0));
    await recordAlignmentChange(database, id, {
      expectedPosition: 0,
      change: merge,
      summary: summarizeBeadList(LIST),
    });
    await moveAlignmentPosition(database, id, {
      expectedPosition: 1,
      position: 0,
      summary: summarizeBeadList(LIST),
    });
    const other = changeOf(mergeWithNext(LIST, 1));
    await recordAlignmentChange(database, id, {
      expectedPosition: 0,
      change: other,
      summary: summarizeBeadList(LIST),
    });
    const loaded = await loadAlignment(database, id);
    expect(loaded?.changes).toEqual([other]);
    expect(loaded?.alignment).toMatchObject({ position: 1, changeCount: 1 });
    expect(await database.alignmentChanges.count()).toBe(1);
  });

  it('refuses, writing nothing, a change made on a position another tab moved on from', async () => {
    const merge = changeOf(mergeWithNext(LIST, 0));
    await recordAlignmentChange(database, id, {
      expectedPosition: 0,
      change: merge,
      summary: summarizeBeadList(LIST),
    });
    await expect(
      recordAlignmentChange(database, id, {
        expectedPosition: 0,
        change: changeOf(mergeWithNext(LIST, 1)),
        summary: summarizeBeadList(LIST),
      }),
    ).rejects.toMatchObject({ reason: 'alignmentChanged' });
    expect((await loadAlignment(database, id))?.changes).toEqual([merge]);
  });

  it('lists the newest first and deletes an alignment with everything it stored', async () => {
    const second = await createAlignment(database, {
      name: 'Second',
      sourceFileName: 'a',
      targetFileName: 'b',
      list: LIST,
      summary: summarizeBeadList(LIST),
    });
    expect((await listAlignments(database)).map((alignment) => alignment.id)).toEqual([second, id]);
    await recordAlignmentChange(database, id, {
      expectedPosition: 0,
      change: changeOf(mergeWithNext(LIST, 0)),
      summary: summarizeBeadList(LIST),
    });
    await deleteAlignment(database, id);
    expect(await loadAlignment(database, id)).toBeUndefined();
    expect(await database.alignmentChanges.count()).toBe(0);
    expect(await database.alignmentSnapshots.count()).toBe(1);
  });

  it('refuses an alignment without a name or without beads', async () => {
    await expect(
      createAlignment(database, {
        name: ' ',
        sourceFileName: 'a',
        targetFileName: 'b',
        list: LIST,
        summary: summarizeBeadList(LIST),
      }),
    ).rejects.toMatchObject({ reason: 'emptyName' });
    const empty: BeadList = { source: [], target: [], beads: [] };
    await expect(
      createAlignment(database, {
        name: 'x',
        sourceFileName: 'a',
        targetFileName: 'b',
        list: empty,
        summary: summarizeBeadList(empty),
      }),
    ).rejects.toMatchObject({ reason: 'emptyText' });
  });
});

describe('confirmed beads in the translation memory', () => {
  async function confirmFirst(): Promise<BeadList> {
    const change = changeOf(setConfirmed(LIST, 0, true));
    const confirmed = applyBeadListChange(LIST, change);
    await recordAlignmentChange(database, id, {
      expectedPosition: 0,
      change,
      summary: summarizeBeadList(confirmed),
      confirmedPairs: confirmedPairChanges(LIST, confirmed),
    });
    return confirmed;
  }
  const pairsInMemory = async () =>
    (await listMemoryUnits(database)).map((unit) => [unit.source, unit.target, unit.origin]);

  it('adds a confirmed bead’s pair, shared by every project, and removes it on undo', async () => {
    const confirmed = await confirmFirst();
    const [unit] = await listMemoryUnits(database);
    expect(unit).toMatchObject({
      source: '山西转型。',
      target: 'Shanxi transforms.',
      origin: 'aligned',
      projectId: null,
      alignmentId: id,
    });
    await moveAlignmentPosition(database, id, {
      expectedPosition: 1,
      position: 0,
      summary: summarizeBeadList(LIST),
      confirmedPairs: confirmedPairChanges(confirmed, LIST),
    });
    expect(await pairsInMemory()).toEqual([]);
    await moveAlignmentPosition(database, id, {
      expectedPosition: 0,
      position: 1,
      summary: summarizeBeadList(confirmed),
      confirmedPairs: confirmedPairChanges(LIST, confirmed),
    });
    expect(await pairsInMemory()).toEqual([['山西转型。', 'Shanxi transforms.', 'aligned']]);
  });

  it('neither duplicates nor removes a pair the memory held before', async () => {
    await importMemoryPairs(database, [{ source: '山西转型。', target: 'Shanxi transforms.' }]);
    const confirmed = await confirmFirst();
    expect(await pairsInMemory()).toEqual([['山西转型。', 'Shanxi transforms.', 'imported']]);
    await moveAlignmentPosition(database, id, {
      expectedPosition: 1,
      position: 0,
      summary: summarizeBeadList(LIST),
      confirmedPairs: confirmedPairChanges(confirmed, LIST),
    });
    expect(await pairsInMemory()).toEqual([['山西转型。', 'Shanxi transforms.', 'imported']]);
  });

  it('writes no pair when another tab moved the alignment on', async () => {
    await confirmFirst();
    const change = changeOf(setConfirmed(LIST, 2, true));
    await expect(
      recordAlignmentChange(database, id, {
        expectedPosition: 0,
        change,
        summary: summarizeBeadList(LIST),
        confirmedPairs: { added: [{ source: '第二段。', target: 'Second.' }], removed: [] },
      }),
    ).rejects.toThrow(/another tab/);
    expect(await pairsInMemory()).toEqual([['山西转型。', 'Shanxi transforms.', 'aligned']]);
  });
});

describe('saveAlignmentAsProject', () => {
  it('makes a segment of each bead, confirmed ones translated, in the source paragraphs', async () => {
    const confirmed = applyBeadListChange(LIST, changeOf(setConfirmed(LIST, 0, true)));
    const projectId = await saveAlignmentAsProject(database, {
      alignmentId: id,
      name: '山西',
      list: confirmed,
    });
    const segments = await listProjectSegments(database, projectId);
    expect(
      segments.map((segment) => [
        segment.paragraph,
        segment.source,
        segment.targetText,
        segment.status,
      ]),
    ).toEqual([
      [0, '山西转型。', 'Shanxi transforms.', 'translated'],
      [0, '发展加快。', 'Growth speeds up.', 'draft'],
      [1, '第二段。', 'Second.', 'draft'],
    ]);
    expect((await loadAlignment(database, id))?.alignment.projectId).toBe(projectId);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProjectId } from '../domain/ids';
import type { Segment } from '../domain/model';
import { richTextFromPlainText } from '../domain/richText';
import { createSaveJournal, readOrphanJournals, type JournalStorage } from './createSaveJournal';
import { createProjectFromText } from './projectRepository';
import { recoverSaveJournal } from './recoverSaveJournal';
import { listRevisions, saveSegmentTarget } from './segmentRepository';
import { itemAt } from './testing/itemAt';
import { listProjectSegments } from './testing/listProjectSegments';
import { createMemoryStorage } from './testing/createMemoryStorage';
import { openTestDatabase } from './testing/openTestDatabase';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

let database: WorkbenchDatabase;
let projectId: ProjectId;
let segment: Segment;
let clock: number;
let storage: JournalStorage;

beforeEach(async () => {
  clock = 1_800_000_000_000;
  vi.spyOn(Date, 'now').mockImplementation(() => clock);
  database = openTestDatabase();
  storage = createMemoryStorage();
  projectId = await createProjectFromText(database, { name: 'P', text: '第一句。第二句。' });
  segment = itemAt(await listProjectSegments(database, projectId), 0);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await database.delete();
});

const typed = (text: string) => ({ target: richTextFromPlainText(text), event: 'type' as const });

async function stored(): Promise<Segment> {
  return itemAt(await listProjectSegments(database, projectId), 0);
}

describe('recoverSaveJournal', () => {
  it('saves what an ended tab typed but never stored, and empties its journal', async () => {
    clock += 1000;
    createSaveJournal(storage, 'ended').record(segment.id, typed('Typed before the crash'));
    const result = await recoverSaveJournal(database, storage, new Set(['this-tab']));
    expect(result).toEqual({ recovered: 1, waiting: 0 });
    expect(await stored()).toMatchObject({ targetText: 'Typed before the crash', status: 'draft' });
    expect(readOrphanJournals(storage, new Set()).size).toBe(0);
  });

  it('leaves the journals of tabs still running alone', async () => {
    createSaveJournal(storage, 'other-tab').record(segment.id, typed('Still typing'));
    const result = await recoverSaveJournal(database, storage, new Set(['other-tab']));
    expect(result).toEqual({ recovered: 0, waiting: 0 });
    expect((await stored()).targetText).toBe('');
    expect(readOrphanJournals(storage, new Set()).get('other-tab')?.size).toBe(1);
  });

  it('keeps a text that a later save overtook as a revision instead of writing over it', async () => {
    clock += 1000;
    createSaveJournal(storage, 'ended').record(segment.id, typed('Older text'));
    clock += 1000;
    await saveSegmentTarget(database, segment.id, {
      target: richTextFromPlainText('Newer'),
      event: 'type',
    });
    await recoverSaveJournal(database, storage, new Set());
    expect((await stored()).targetText).toBe('Newer');
    const history = (await listRevisions(database, segment.id)).map(
      (revision) => revision.targetText,
    );
    expect(history).toContain('Older text');
  });

  it('puts back the newest text of a tab whose last write, of an older text, was stamped later', async () => {
    clock += 1000;
    const tab = openTestDatabase(database.name);
    const journal = createSaveJournal(storage, tab.sessionId);
    journal.record(segment.id, typed('Typed before'));
    journal.record(segment.id, typed('Typed before the end'));
    // The write of the older text started after the last keystroke: its stamp is the later one.
    clock += 5;
    await saveSegmentTarget(tab, segment.id, typed('Typed before'));
    tab.close();
    await recoverSaveJournal(database, storage, new Set());
    expect((await stored()).targetText).toBe('Typed before the end');
  });

  it('does nothing for a text already stored or a segment that is gone', async () => {
    clock += 1000;
    const journal = createSaveJournal(storage, 'ended');
    journal.record(segment.id, typed('Stored'));
    await saveSegmentTarget(database, segment.id, {
      target: richTextFromPlainText('Stored'),
      event: 'type',
    });
    journal.record('gone' as Segment['id'], typed('Nowhere'));
    expect(await recoverSaveJournal(database, storage, new Set())).toEqual({
      recovered: 0,
      waiting: 0,
    });
    expect(await listRevisions(database, segment.id)).toEqual([]);
  });

  it('keeps entries it cannot write (storage full) for the next start', async () => {
    clock += 1000;
    createSaveJournal(storage, 'ended').record(segment.id, typed('Waiting'));
    const full = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    vi.spyOn(database.segments, 'put').mockRejectedValueOnce(full);
    expect(await recoverSaveJournal(database, storage, new Set())).toEqual({
      recovered: 0,
      waiting: 1,
    });
    expect(readOrphanJournals(storage, new Set()).get('ended')?.size).toBe(1);
    expect(await recoverSaveJournal(database, storage, new Set())).toEqual({
      recovered: 1,
      waiting: 0,
    });
    expect((await stored()).targetText).toBe('Waiting');
  });
});

import { listJournalSessionIds, type JournalStorage } from '../../db/createSaveJournal';
import { isSampleSeeded } from '../../db/isSampleSeeded';
import { recoverSaveJournal, type JournalRecovery } from '../../db/recoverSaveJournal';
import { seedSampleProjectIfMissing } from '../../db/seedSampleProject';
import { seedStarterGlossaryIfMissing, starterGlossaryKey } from '../../db/seedStarterGlossary';
import { holdSessionLock, listLiveSessionIds, whenSessionEnds } from '../../db/sessionLocks';
import { openWorkbenchDatabase, type WorkbenchDatabase } from '../../db/WorkbenchDatabase';
import type { SampleCorpus } from '../../domain/sample/buildSampleCorpus';

interface StartWorkbenchOptions {
  /** Called while another tab keeps an older version of the database open. */
  readonly onBlocked?: () => void;
  readonly openDatabase?: () => WorkbenchDatabase;
  readonly loadSampleCorpus?: () => Promise<SampleCorpus>;
  /** Where the save journal lives; localStorage in the browser. */
  readonly journalStorage?: JournalStorage;
  /** The sessions (tabs) running now; by default read from Web Locks. */
  readonly listLiveSessions?: () => Promise<ReadonlySet<string> | undefined>;
  /** Runs a callback once a session has ended; by default through Web Locks. */
  readonly afterSessionEnds?: (sessionId: string, callback: () => Promise<unknown>) => void;
}

export interface StartedWorkbench {
  readonly database: WorkbenchDatabase;
  /** What the save journal of tabs that ended gave back. */
  readonly journalRecovery: JournalRecovery;
}

/** The sample's text is a chunk of its own: only the very first start downloads it. */
async function importSampleCorpus(): Promise<SampleCorpus> {
  const { loadSampleCorpus } = await import('../../db/loadSampleCorpus');
  return loadSampleCorpus();
}

function readableLocalStorage(): JournalStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Opens the workbench database, seeds the sample project on the very first start, and puts back
 * text that tabs typed but could not store before they ended (the save journal).
 */
export async function startWorkbench({
  onBlocked,
  openDatabase = () => openWorkbenchDatabase(),
  loadSampleCorpus = importSampleCorpus,
  journalStorage = readableLocalStorage(),
  listLiveSessions = () => listLiveSessionIds(),
  afterSessionEnds = (sessionId, callback) => whenSessionEnds(sessionId, callback),
}: StartWorkbenchOptions = {}): Promise<StartedWorkbench> {
  const database = openDatabase();
  if (onBlocked !== undefined) database.on('blocked', onBlocked);
  await database.open();
  holdSessionLock(database.sessionId);
  if (!(await isSampleSeeded(database))) {
    await seedSampleProjectIfMissing(database, await loadSampleCorpus());
  }
  if ((await database.meta.get(starterGlossaryKey)) === undefined)
    await seedStarterGlossaryIfMissing(database, (await loadSampleCorpus()).glossary);
  // Without Web Locks no tab can tell which journals are orphaned: only this tab's own is live.
  const liveSessions = (await listLiveSessions()) ?? new Set([database.sessionId]);
  const journalRecovery = await recoverSaveJournal(database, journalStorage, liveSessions);
  // A session still running with a journal (another tab, or this page before a reload while its
  // lock is not yet released) is recovered as soon as it ends; the open view follows the rows.
  for (const sessionId of listJournalSessionIds(journalStorage)) {
    if (sessionId === database.sessionId || !liveSessions.has(sessionId)) continue;
    afterSessionEnds(sessionId, async () => {
      const others = listJournalSessionIds(journalStorage).filter((id) => id !== sessionId);
      await recoverSaveJournal(database, journalStorage, new Set(others));
    });
  }
  return { database, journalRecovery };
}

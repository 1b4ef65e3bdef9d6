import type { JournalStorage } from '../../db/createSaveJournal';
import { loadSampleCorpus } from '../../db/loadSampleCorpus';
import { recoverSaveJournal, type JournalRecovery } from '../../db/recoverSaveJournal';
import { seedSampleProjectIfMissing } from '../../db/seedSampleProject';
import { holdSessionLock, listLiveSessionIds } from '../../db/sessionLocks';
import { openWorkbenchDatabase, type WorkbenchDatabase } from '../../db/WorkbenchDatabase';

interface StartWorkbenchOptions {
  /** Called while another tab keeps an older version of the database open. */
  readonly onBlocked?: () => void;
  readonly openDatabase?: () => WorkbenchDatabase;
  /** Where the save journal lives; localStorage in the browser. */
  readonly journalStorage?: JournalStorage;
  /** The sessions (tabs) running now; by default read from Web Locks. */
  readonly listLiveSessions?: () => Promise<ReadonlySet<string> | undefined>;
}

export interface StartedWorkbench {
  readonly database: WorkbenchDatabase;
  /** What the save journal of tabs that ended gave back. */
  readonly journalRecovery: JournalRecovery;
}

function readableLocalStorage(): JournalStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Opens the workbench database, puts back text that tabs typed but could not store before they
 * ended (the save journal), and seeds the sample project on the very first start.
 */
export async function startWorkbench({
  onBlocked,
  openDatabase = () => openWorkbenchDatabase(),
  journalStorage = readableLocalStorage(),
  listLiveSessions = () => listLiveSessionIds(),
}: StartWorkbenchOptions = {}): Promise<StartedWorkbench> {
  const database = openDatabase();
  if (onBlocked !== undefined) database.on('blocked', onBlocked);
  await database.open();
  holdSessionLock(database.sessionId);
  await seedSampleProjectIfMissing(database, loadSampleCorpus());
  // Without Web Locks no tab can tell which journals are orphaned: only this tab's own is live.
  const liveSessions = (await listLiveSessions()) ?? new Set([database.sessionId]);
  const journalRecovery = await recoverSaveJournal(database, journalStorage, liveSessions);
  return { database, journalRecovery };
}

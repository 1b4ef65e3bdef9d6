import { loadSampleCorpus } from '../../db/loadSampleCorpus';
import { seedSampleProjectIfMissing } from '../../db/seedSampleProject';
import { openWorkbenchDatabase, type WorkbenchDatabase } from '../../db/WorkbenchDatabase';

interface StartWorkbenchOptions {
  /** Called while another tab keeps an older version of the database open. */
  readonly onBlocked?: () => void;
  readonly openDatabase?: () => WorkbenchDatabase;
}

/** Opens the workbench database and seeds the sample project on the very first start. */
export async function startWorkbench({
  onBlocked,
  openDatabase = () => openWorkbenchDatabase(),
}: StartWorkbenchOptions = {}): Promise<WorkbenchDatabase> {
  const database = openDatabase();
  if (onBlocked !== undefined) database.on('blocked', onBlocked);
  await database.open();
  await seedSampleProjectIfMissing(database, loadSampleCorpus());
  return database;
}

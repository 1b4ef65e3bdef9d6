import { isSampleSeeded } from '../../db/isSampleSeeded';
import { seedSampleProjectIfMissing } from '../../db/seedSampleProject';
import { openWorkbenchDatabase, type WorkbenchDatabase } from '../../db/WorkbenchDatabase';
import type { SampleCorpus } from '../../domain/sample/buildSampleCorpus';

interface StartWorkbenchOptions {
  /** Called while another tab keeps an older version of the database open. */
  readonly onBlocked?: () => void;
  readonly openDatabase?: () => WorkbenchDatabase;
  readonly loadSampleCorpus?: () => Promise<SampleCorpus>;
}

/** The sample's text is a chunk of its own: only the very first start downloads it. */
async function importSampleCorpus(): Promise<SampleCorpus> {
  const { loadSampleCorpus } = await import('../../db/loadSampleCorpus');
  return loadSampleCorpus();
}

/** Opens the workbench database and seeds the sample project on the very first start. */
export async function startWorkbench({
  onBlocked,
  openDatabase = () => openWorkbenchDatabase(),
  loadSampleCorpus = importSampleCorpus,
}: StartWorkbenchOptions = {}): Promise<WorkbenchDatabase> {
  const database = openDatabase();
  if (onBlocked !== undefined) database.on('blocked', onBlocked);
  await database.open();
  if (!(await isSampleSeeded(database))) {
    await seedSampleProjectIfMissing(database, await loadSampleCorpus());
  }
  return database;
}

import { sampleSeededKey } from './seedSampleProject';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

/** Whether this database was ever seeded with the sample (read from meta, nothing written). */
export async function isSampleSeeded(database: WorkbenchDatabase): Promise<boolean> {
  return (await database.meta.get(sampleSeededKey)) !== undefined;
}

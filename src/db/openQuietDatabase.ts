import type { DexieOptions } from 'dexie';
import { openWorkbenchDatabase, type WorkbenchDatabase } from './WorkbenchDatabase';

/**
 * Opens the workbench database without Dexie's observability middleware: what is written
 * through it wakes no live query, in this tab or any other. For the rows of an unfinished
 * import, which nothing shows; a bulk write of 50 rows or more would otherwise make every
 * tab re-run every live query on the table.
 */
export function openQuietDatabase(name: string, options?: DexieOptions): WorkbenchDatabase {
  return openWorkbenchDatabase(name, options).unuse({ stack: 'dbcore', name: 'Observability' });
}

/** Starts the project import worker (a module worker that Vite bundles with Dexie and the domain code). */
export function createProjectImportWorker(): Worker {
  return new Worker(new URL('./projectImportWorker.ts', import.meta.url), { type: 'module' });
}

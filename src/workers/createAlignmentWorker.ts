/** Starts the alignment worker (a module worker; Vite bundles it and its lazily loaded dictionary). */
export function createAlignmentWorker(): Worker {
  return new Worker(new URL('./alignWorker.ts', import.meta.url), { type: 'module' });
}

/** Starts the document-check worker (a module worker that Vite bundles with the checks). */
export function createQaWorker(): Worker {
  return new Worker(new URL('./qaWorker.ts', import.meta.url), { type: 'module' });
}

/** Starts the exchange read worker (a module worker that Vite bundles with the exchange readers). */
export function createExchangeReadWorker(): Worker {
  return new Worker(new URL('./exchangeReadWorker.ts', import.meta.url), { type: 'module' });
}

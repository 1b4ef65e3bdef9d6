import type { WorkbenchDatabase } from '../db/WorkbenchDatabase';
import { createExchangeReadMessageHandler } from './createExchangeReadMessageHandler';
import type { ExchangeReadPort } from './createExchangeReader';

/**
 * The exchange read worker's handler run in this thread, for where there is no Worker (jsdom
 * tests): answers arrive asynchronously, in order, as from a worker; it writes through `database`.
 */
export function createInThreadExchangeReadPort(database: WorkbenchDatabase): ExchangeReadPort {
  const listeners = new Set<(event: MessageEvent) => void>();
  const handle = createExchangeReadMessageHandler({
    openDatabase: () => database,
    post: (data) =>
      setTimeout(() => {
        for (const listener of listeners) listener(new MessageEvent('message', { data }));
      }),
  });
  return {
    postMessage: (message) => void Promise.resolve().then(() => handle(message)),
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
}

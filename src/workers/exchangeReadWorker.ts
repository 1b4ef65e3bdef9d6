import { openWorkbenchDatabase } from '../db/WorkbenchDatabase';
import { createExchangeReadMessageHandler } from './createExchangeReadMessageHandler';

// The exchange read worker: a thin shell around the message handler, with Dexie.
const handle = createExchangeReadMessageHandler({
  post: (message) => postMessage(message),
  openDatabase: (name) => openWorkbenchDatabase(name),
});

addEventListener('message', (event: MessageEvent<unknown>) => {
  void handle(event.data);
});

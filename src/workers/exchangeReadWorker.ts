import { createExchangeReadMessageHandler } from './createExchangeReadMessageHandler';

// The exchange read worker: a thin shell around the message handler.
const handle = createExchangeReadMessageHandler({ post: (message) => postMessage(message) });

addEventListener('message', (event: MessageEvent<unknown>) => {
  void handle(event.data);
});

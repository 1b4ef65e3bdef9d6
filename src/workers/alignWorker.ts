import { createAlignmentMessageHandler } from '../domain/alignment/createAlignmentMessageHandler';
import { loadCedict } from '../domain/dictionary/loadCedict';

// The alignment worker: a thin shell around the protocol handler; CC-CEDICT loads on the first request that asks for it.
const handle = createAlignmentMessageHandler({
  post: (message) => postMessage(message),
  loadDictionary: () => loadCedict(),
});

addEventListener('message', (event: MessageEvent<unknown>) => {
  void handle(event.data);
});

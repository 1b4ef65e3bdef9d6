import { createAlignmentMessageHandler } from '../domain/alignment/protocol/createAlignmentMessageHandler';
import { createRealignMessageHandler } from '../domain/alignmentEditing/createRealignMessageHandler';
import { isRealignRequest } from '../domain/alignmentEditing/realignProtocol';
import { loadCedict } from '../domain/dictionary/loadCedict';

// The alignment worker: a thin shell around the protocol handlers; CC-CEDICT loads on the first request that asks for it.
const handle = createAlignmentMessageHandler({
  post: (message) => postMessage(message),
  loadDictionary: () => loadCedict(),
});
const handleRealign = createRealignMessageHandler({
  post: (message) => postMessage(message),
  loadDictionary: () => loadCedict(),
});

addEventListener('message', (event: MessageEvent<unknown>) => {
  if (isRealignRequest(event.data)) void handleRealign(event.data);
  else void handle(event.data);
});

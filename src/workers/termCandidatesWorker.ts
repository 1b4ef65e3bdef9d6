import { loadCedict } from '../domain/dictionary/loadCedict';
import { createTermCandidatesMessageHandler } from '../domain/glossary/createTermCandidatesMessageHandler';

// The term-candidates worker: a thin shell; CC-CEDICT loads here, never in the page.
const handle = createTermCandidatesMessageHandler({
  post: (reply) => postMessage(reply),
  loadDictionary: () => loadCedict(),
});

addEventListener('message', (event: MessageEvent<unknown>) => void handle(event.data));

import { createQaCheckMessageHandler } from '../domain/qa/createQaCheckMessageHandler';
import type { QaCheckRequest } from '../domain/qa/qaCheckProtocol';

// The document-check worker: a thin shell around the protocol handler.
const handle = createQaCheckMessageHandler({ post: (message) => postMessage(message) });

addEventListener('message', (event: MessageEvent<QaCheckRequest>) => void handle(event.data));

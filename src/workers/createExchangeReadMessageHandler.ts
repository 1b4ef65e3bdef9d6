import { ImportCancelledError } from '../db/ImportCancelledError';
import { readChosenFiles } from '../domain/exchange/readChosenFiles';
import { readExchangeFiles } from '../domain/exchange/readExchangeFiles';
import { exchangeReadFailureOf } from './exchangeReadFailureOf';
import type { ExchangeReadMessage, ExchangeReadRequest } from './exchangeReadProtocol';

export interface ExchangeReadEnvironment {
  readonly post: (message: ExchangeReadMessage) => void;
  /** Least time between two progress messages of a job, in milliseconds. */
  readonly progressInterval?: number;
  /** How many units a `units` message carries at most. */
  readonly unitsPerMessage?: number;
}

function readRequest(message: unknown): ExchangeReadRequest | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, jobId } = message as { type?: unknown; jobId?: unknown };
  if ((type !== 'read' && type !== 'cancel') || typeof jobId !== 'string') return null;
  return message as ExchangeReadRequest;
}

/**
 * The exchange read worker's logic, without the worker: give it each incoming message. A `read`
 * job decodes and parses the chosen files (the page's thread stays free), sends a parallel text's
 * units in `units` messages, then ends in one `read` message, or `cancelled` (a `cancel` for the
 * job arrived), or `failed` with the reader's error as data.
 */
export function createExchangeReadMessageHandler({
  post,
  progressInterval = 100,
  unitsPerMessage = 5000,
}: ExchangeReadEnvironment): (message: unknown) => Promise<void> {
  const cancelled = new Set<string>();
  return async (message) => {
    const request = readRequest(message);
    if (request === null) return;
    const { jobId } = request;
    if (request.type === 'cancel') {
      cancelled.add(jobId);
      return;
    }
    const progress = { bytesRead: 0, bytes: 0, unitsRead: 0 };
    let postedAt = -Infinity;
    const report = (isLast = false) => {
      if (cancelled.has(jobId)) throw new ImportCancelledError('The import was cancelled.');
      const now = Date.now();
      if (!isLast && now - postedAt < progressInterval) return;
      postedAt = now;
      post({ type: 'progress', jobId, ...progress });
    };
    try {
      const texts = await readChosenFiles(request.files, (bytesRead, bytes) => {
        Object.assign(progress, { bytesRead, bytes });
        report();
      });
      const read = await readExchangeFiles(texts, {
        sourceLang: 'zh',
        targetLang: 'en',
        onProgress: (unitsRead) => {
          progress.unitsRead = unitsRead;
          report();
        },
      });
      report(true);
      if (read.kind === 'bundle') {
        post({ type: 'read', jobId, result: { kind: 'bundle', bundle: read.bundle } });
        return;
      }
      const { units, sourceLang, targetLang } = read.document;
      for (let start = 0; start < units.length; start += unitsPerMessage)
        post({ type: 'units', jobId, units: units.slice(start, start + unitsPerMessage) });
      post({
        type: 'read',
        jobId,
        result: { kind: 'parallel', format: read.format, sourceLang, targetLang },
      });
    } catch (error) {
      if (error instanceof ImportCancelledError) post({ type: 'cancelled', jobId });
      else post({ type: 'failed', jobId, failure: exchangeReadFailureOf(error) });
    } finally {
      cancelled.delete(jobId);
    }
  };
}

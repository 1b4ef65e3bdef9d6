import { ImportCancelledError } from '../db/ImportCancelledError';
import { importMemoryPairs } from '../db/memoryRepository';
import type { WorkbenchDatabase } from '../db/WorkbenchDatabase';
import type { ExchangeUnit } from '../domain/exchange/exchangeUnit';
import { readChosenFiles } from '../domain/exchange/readChosenFiles';
import { readExchangeFiles } from '../domain/exchange/readExchangeFiles';
import { exchangeReadFailureOf } from './exchangeReadFailureOf';
import type { ExchangeReadMessage, ExchangeReadRequest } from './exchangeReadProtocol';

export interface ExchangeReadEnvironment {
  readonly post: (message: ExchangeReadMessage) => void;
  /** Opens the workbench database of this name (once a name: it stays open with the worker). */
  readonly openDatabase: (databaseName: string) => WorkbenchDatabase;
  /** Least time between two progress messages of a job, in milliseconds. */
  readonly progressInterval?: number;
  /** How many units a `units` message carries at most. */
  readonly unitsPerMessage?: number;
}

const REQUEST_TYPES: readonly string[] = ['read', 'storeMemory', 'cancel'];

function readRequest(message: unknown): ExchangeReadRequest | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, jobId } = message as { type?: unknown; jobId?: unknown };
  if (typeof type !== 'string' || !REQUEST_TYPES.includes(type) || typeof jobId !== 'string')
    return null;
  return message as ExchangeReadRequest;
}

/**
 * The exchange read worker's logic, without the worker: give it each incoming message. A `read`
 * job decodes and parses the chosen files (the page's thread stays free), sends a parallel text's
 * units in `units` messages, then ends in one `read` message; the worker keeps those units, so
 * that a `storeMemory` job writes them into the memory from here, ending in `stored`. Every job
 * may end in `cancelled` instead (a `cancel` for it arrived; a store then rolled back) or
 * `failed`, with the error as data.
 */
export function createExchangeReadMessageHandler({
  post,
  openDatabase,
  progressInterval = 100,
  unitsPerMessage = 2000,
}: ExchangeReadEnvironment): (message: unknown) => Promise<void> {
  const running = new Map<string, AbortController>();
  const databases = new Map<string, WorkbenchDatabase>();
  let kept: readonly ExchangeUnit[] | undefined;

  async function read(jobId: string, files: Parameters<typeof readChosenFiles>[0]) {
    kept = undefined;
    const progress = { bytesRead: 0, bytes: 0, unitsRead: 0 };
    let postedAt = -Infinity;
    const report = (isLast = false) => {
      if (running.get(jobId)?.signal.aborted === true)
        throw new ImportCancelledError('The import was cancelled.');
      const now = Date.now();
      if (!isLast && now - postedAt < progressInterval) return;
      postedAt = now;
      post({ type: 'progress', jobId, ...progress });
    };
    const texts = await readChosenFiles(files, (bytesRead, bytes) => {
      Object.assign(progress, { bytesRead, bytes });
      report();
    });
    const result = await readExchangeFiles(texts, {
      sourceLang: 'zh',
      targetLang: 'en',
      onProgress: (unitsRead) => {
        progress.unitsRead = unitsRead;
        report();
      },
    });
    report(true);
    if (result.kind === 'bundle') {
      post({ type: 'read', jobId, result: { kind: 'bundle', bundle: result.bundle } });
      return;
    }
    const { units, sourceLang, targetLang } = result.document;
    for (let start = 0; start < units.length; start += unitsPerMessage)
      post({ type: 'units', jobId, units: units.slice(start, start + unitsPerMessage) });
    kept = units;
    post({
      type: 'read',
      jobId,
      result: { kind: 'parallel', format: result.format, sourceLang, targetLang },
    });
  }

  async function storeMemory(jobId: string, databaseName: string, signal: AbortSignal) {
    if (kept === undefined) throw new Error('No parallel text has been read to store.');
    let database = databases.get(databaseName);
    if (database === undefined) {
      database = openDatabase(databaseName);
      databases.set(databaseName, database);
    }
    let postedAt = -Infinity;
    const added = await importMemoryPairs(database, kept, {
      signal,
      onProgress: (done) => {
        const now = Date.now();
        if (now - postedAt < progressInterval) return;
        postedAt = now;
        post({ type: 'storing', jobId, done });
      },
    });
    post({ type: 'stored', jobId, added });
  }

  return async (message) => {
    const request = readRequest(message);
    if (request === null) return;
    const { jobId } = request;
    if (request.type === 'cancel') {
      running.get(jobId)?.abort();
      return;
    }
    const controller = new AbortController();
    running.set(jobId, controller);
    try {
      if (request.type === 'read') await read(jobId, request.files);
      else await storeMemory(jobId, request.databaseName, controller.signal);
    } catch (error) {
      if (error instanceof ImportCancelledError) post({ type: 'cancelled', jobId });
      else post({ type: 'failed', jobId, failure: exchangeReadFailureOf(error) });
    } finally {
      running.delete(jobId);
    }
  };
}

import { ImportCancelledError } from '../db/ImportCancelledError';
import type { ExchangeUnit } from '../domain/exchange/exchangeUnit';
import type { ChosenFile } from '../domain/exchange/readChosenFiles';
import type { ReadExchangeFiles } from '../domain/exchange/readExchangeFiles';
import { newId } from '../domain/ids';
import { errorFromExchangeReadFailure } from './errorFromExchangeReadFailure';
import type { ExchangeReadMessage, ExchangeReadRequest } from './exchangeReadProtocol';

/** The part of a Worker that the reader needs; an in-thread stand-in in tests. */
export interface ExchangeReadPort {
  postMessage(message: ExchangeReadRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export interface ExchangeReadProgress {
  readonly bytesRead: number;
  readonly bytes: number;
  readonly unitsRead: number;
}

export interface ExchangeJob<T> {
  /** Rejects with the worker's error as first thrown, or with ImportCancelledError after cancel(). */
  readonly result: Promise<T>;
  readonly cancel: () => void;
}

/** A read: what the files hold (or the reader's error: XmlReadError, TextFileError…). */
export type ExchangeReadJob = ExchangeJob<ReadExchangeFiles>;

export interface ExchangeReader {
  read(
    files: readonly ChosenFile[],
    onProgress: (progress: ExchangeReadProgress) => void,
  ): ExchangeReadJob;
  /**
   * Adds the pairs of the last parallel text read to the memory of the database, in one
   * transaction (a cancel or a failure rolls it all back); resolves to how many were new.
   */
  storeMemory(databaseName: string, onProgress: (done: number) => void): ExchangeJob<number>;
}

type WithoutJobId<Request> = Request extends unknown ? Omit<Request, 'jobId'> : never;
type JobRequest = WithoutJobId<Exclude<ExchangeReadRequest, { type: 'cancel' }>>;

/** Runs jobs on the exchange read worker (createExchangeReadWorker) through its protocol. */
export function createExchangeReader(port: ExchangeReadPort): ExchangeReader {
  function start<T>(
    request: JobRequest,
    settle: (message: ExchangeReadMessage) => T | undefined,
  ): ExchangeJob<T> {
    const jobId = newId<string>();
    const result = new Promise<T>((resolve, reject) => {
      const listener = (event: MessageEvent): void => {
        const message = event.data as ExchangeReadMessage;
        if (message.jobId !== jobId) return;
        if (message.type === 'cancelled')
          reject(new ImportCancelledError('The import was cancelled.'));
        else if (message.type === 'failed') reject(errorFromExchangeReadFailure(message.failure));
        else {
          const settled = settle(message);
          if (settled === undefined) return;
          resolve(settled);
        }
        port.removeEventListener('message', listener);
      };
      port.addEventListener('message', listener);
    });
    port.postMessage({ ...request, jobId });
    return { result, cancel: () => port.postMessage({ type: 'cancel', jobId }) };
  }

  return {
    read(files, onProgress) {
      const units: ExchangeUnit[] = [];
      return start<ReadExchangeFiles>({ type: 'read', files }, (message) => {
        if (message.type === 'progress') onProgress(message);
        else if (message.type === 'units') for (const unit of message.units) units.push(unit);
        else if (message.type === 'read') {
          const read = message.result;
          if (read.kind === 'bundle') return read;
          const { format, sourceLang, targetLang } = read;
          return { kind: 'parallel', format, document: { sourceLang, targetLang, units } };
        }
        return undefined;
      });
    },
    storeMemory(databaseName, onProgress) {
      return start({ type: 'storeMemory', databaseName }, (message) => {
        if (message.type === 'storing') onProgress(message.done);
        return message.type === 'stored' ? message.added : undefined;
      });
    },
  };
}

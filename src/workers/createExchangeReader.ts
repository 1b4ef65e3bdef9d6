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

export interface ExchangeReadJob {
  /**
   * What the files hold; rejects with the reader's error (XmlReadError, TextFileError…), or with
   * ImportCancelledError after cancel().
   */
  readonly result: Promise<ReadExchangeFiles>;
  readonly cancel: () => void;
}

export interface ExchangeReader {
  read(
    files: readonly ChosenFile[],
    onProgress: (progress: ExchangeReadProgress) => void,
  ): ExchangeReadJob;
}

/** Reads chosen files on the exchange read worker (createExchangeReadWorker) through its protocol. */
export function createExchangeReader(port: ExchangeReadPort): ExchangeReader {
  return {
    read(files, onProgress) {
      const jobId = newId<string>();
      const units: ExchangeUnit[] = [];
      const result = new Promise<ReadExchangeFiles>((resolve, reject) => {
        const listener = (event: MessageEvent): void => {
          const message = event.data as ExchangeReadMessage;
          if (message.jobId !== jobId) return;
          switch (message.type) {
            case 'progress':
              onProgress(message);
              return;
            case 'units':
              for (const unit of message.units) units.push(unit);
              return;
            case 'read': {
              const read = message.result;
              if (read.kind === 'bundle') resolve(read);
              else {
                const { format, sourceLang, targetLang } = read;
                resolve({ kind: 'parallel', format, document: { sourceLang, targetLang, units } });
              }
              break;
            }
            case 'cancelled':
              reject(new ImportCancelledError('The import was cancelled.'));
              break;
            case 'failed':
              reject(errorFromExchangeReadFailure(message.failure));
              break;
          }
          port.removeEventListener('message', listener);
        };
        port.addEventListener('message', listener);
      });
      port.postMessage({ type: 'read', jobId, files });
      return { result, cancel: () => port.postMessage({ type: 'cancel', jobId }) };
    },
  };
}

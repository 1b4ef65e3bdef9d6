import type { ProjectBundle } from '../domain/bundle/projectBundle';
import type { ProjectBundleErrorCode } from '../domain/bundle/ProjectBundleError';
import type { DelimitedFormatErrorCode } from '../domain/delimited/DelimitedFormatError';
import type { ExchangeFileErrorCode } from '../domain/exchange/ExchangeFileError';
import type { ExchangeFormatErrorCode } from '../domain/exchange/ExchangeFormatError';
import type { ExchangeUnit } from '../domain/exchange/exchangeUnit';
import type { ParallelFormatName } from '../domain/exchange/parallelFormatName';
import type { ChosenFile } from '../domain/exchange/readChosenFiles';
import type { TextFileErrorDetails, TextFileErrorReason } from '../domain/text/TextFileError';
import type { XmlReadErrorCode } from '../domain/xml/XmlReadError';

/** Messages between the app and the exchange read worker. Every message names its job. */
export type ExchangeReadRequest =
  /** Reads the files chosen for an import (readChosenFiles, then readExchangeFiles). */
  | { readonly type: 'read'; readonly jobId: string; readonly files: readonly ChosenFile[] }
  /**
   * Adds the pairs of the last parallel text read (kept by the worker) to the memory of the
   * database, in one transaction; nothing is written before this request.
   */
  | { readonly type: 'storeMemory'; readonly jobId: string; readonly databaseName: string }
  /** Stops a read, or a store (which then rolls back). */
  | { readonly type: 'cancel'; readonly jobId: string };

/** Why a read failed: the reader's error as data, to be thrown again on the page. */
export type ExchangeReadFailure =
  | {
      readonly kind: 'xml';
      readonly code: XmlReadErrorCode;
      readonly line: number;
      readonly column: number;
      readonly detail: string;
    }
  | {
      readonly kind: 'format';
      readonly code: ExchangeFormatErrorCode;
      readonly line: number;
      readonly subject: string;
    }
  | {
      readonly kind: 'delimited';
      readonly code: DelimitedFormatErrorCode;
      readonly line: number;
      readonly subject: string;
    }
  | { readonly kind: 'file'; readonly code: ExchangeFileErrorCode; readonly fileName: string }
  | {
      readonly kind: 'bundle';
      readonly code: ProjectBundleErrorCode;
      readonly subject: string;
      readonly row: number;
    }
  | {
      readonly kind: 'textFile';
      readonly reason: TextFileErrorReason;
      readonly message: string;
      readonly details: TextFileErrorDetails;
    }
  /** Anything else (a storage failure: quota, a closed database…), by its name and message. */
  | { readonly kind: 'other'; readonly name: string; readonly message: string };

export type ExchangeReadMessage =
  | {
      readonly type: 'progress';
      readonly jobId: string;
      readonly bytesRead: number;
      readonly bytes: number;
      readonly unitsRead: number;
    }
  /** The next units of a parallel text, in order; the `read` message follows the last. */
  | { readonly type: 'units'; readonly jobId: string; readonly units: readonly ExchangeUnit[] }
  | {
      readonly type: 'read';
      readonly jobId: string;
      readonly result:
        | { readonly kind: 'bundle'; readonly bundle: ProjectBundle }
        | {
            readonly kind: 'parallel';
            readonly format: ParallelFormatName;
            readonly sourceLang: string;
            readonly targetLang: string;
          };
    }
  | { readonly type: 'storing'; readonly jobId: string; readonly done: number }
  | { readonly type: 'stored'; readonly jobId: string; readonly added: number }
  | { readonly type: 'cancelled'; readonly jobId: string }
  | { readonly type: 'failed'; readonly jobId: string; readonly failure: ExchangeReadFailure };

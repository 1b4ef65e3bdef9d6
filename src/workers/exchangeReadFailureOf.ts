import { ProjectBundleError } from '../domain/bundle/ProjectBundleError';
import { DelimitedFormatError } from '../domain/delimited/DelimitedFormatError';
import { ExchangeFileError } from '../domain/exchange/ExchangeFileError';
import { ExchangeFormatError } from '../domain/exchange/ExchangeFormatError';
import { TextFileError } from '../domain/text/TextFileError';
import { XmlReadError } from '../domain/xml/XmlReadError';
import { describeStorageError, type StorageErrorKind } from '../db/describeStorageError';
import type { ExchangeReadFailure } from './exchangeReadProtocol';

/** An error name describeStorageError sorts into each kind, for the page to tell them apart. */
const STORAGE_ERROR_NAMES: Readonly<Partial<Record<StorageErrorKind, string>>> = {
  quota: 'QuotaExceededError',
  blocked: 'BlockedError',
  versionChanged: 'DatabaseClosedError',
};

/** A reader's error as data that crosses to the page (errorFromExchangeReadFailure undoes it). */
export function exchangeReadFailureOf(error: unknown): ExchangeReadFailure {
  if (error instanceof XmlReadError) {
    const { code, line, column, detail } = error;
    return { kind: 'xml', code, line, column, detail };
  }
  if (error instanceof ExchangeFormatError)
    return { kind: 'format', code: error.code, line: error.line, subject: error.subject };
  if (error instanceof DelimitedFormatError)
    return { kind: 'delimited', code: error.code, line: error.line, subject: error.subject };
  if (error instanceof ExchangeFileError)
    return { kind: 'file', code: error.code, fileName: error.fileName };
  if (error instanceof ProjectBundleError)
    return { kind: 'bundle', code: error.code, subject: error.subject, row: error.row };
  if (error instanceof TextFileError)
    return {
      kind: 'textFile',
      reason: error.reason,
      message: error.message,
      details: error.details,
    };
  return {
    kind: 'other',
    name: STORAGE_ERROR_NAMES[describeStorageError(error)] ?? 'Error',
    message: error instanceof Error ? error.message : String(error),
  };
}

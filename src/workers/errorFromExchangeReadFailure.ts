import { ProjectBundleError } from '../domain/bundle/ProjectBundleError';
import { DelimitedFormatError } from '../domain/delimited/DelimitedFormatError';
import { ExchangeFileError } from '../domain/exchange/ExchangeFileError';
import { ExchangeFormatError } from '../domain/exchange/ExchangeFormatError';
import { TextFileError } from '../domain/text/TextFileError';
import { XmlReadError } from '../domain/xml/XmlReadError';
import type { ExchangeReadFailure } from './exchangeReadProtocol';

/** The error a worker's read failed with, as the reader threw it (see exchangeReadFailureOf). */
export function errorFromExchangeReadFailure(failure: ExchangeReadFailure): Error {
  switch (failure.kind) {
    case 'xml':
      return new XmlReadError(failure.code, failure.line, failure.column, failure.detail);
    case 'format':
      return new ExchangeFormatError(failure.code, failure.line, failure.subject);
    case 'delimited':
      return new DelimitedFormatError(failure.code, failure.line, failure.subject);
    case 'file':
      return new ExchangeFileError(failure.code, failure.fileName);
    case 'bundle':
      return new ProjectBundleError(failure.code, failure.subject, failure.row);
    case 'textFile':
      return new TextFileError(failure.reason, failure.message, failure.details);
    case 'other':
      return Object.assign(new Error(failure.message), { name: failure.name });
  }
}

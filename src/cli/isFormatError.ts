import { ProjectBundleError } from '../domain/bundle/ProjectBundleError';
import { DelimitedFormatError } from '../domain/delimited/DelimitedFormatError';
import { ExchangeFormatError } from '../domain/exchange/ExchangeFormatError';
import { XmlReadError } from '../domain/xml/XmlReadError';

/** Whether an error is a refusal of a file's content (which describeFormatError words). */
export function isFormatError(
  error: unknown,
): error is XmlReadError | DelimitedFormatError | ExchangeFormatError | ProjectBundleError {
  return (
    error instanceof XmlReadError ||
    error instanceof DelimitedFormatError ||
    error instanceof ExchangeFormatError ||
    error instanceof ProjectBundleError
  );
}

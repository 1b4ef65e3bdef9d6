import type { TFunction } from 'i18next';
import { DelimitedFormatError } from '../../domain/delimited/DelimitedFormatError';
import { ExchangeFormatError } from '../../domain/exchange/ExchangeFormatError';
import { TextFileError } from '../../domain/text/TextFileError';
import { XmlReadError } from '../../domain/xml/XmlReadError';

/**
 * Why a glossary file was refused, in the UI language, naming the line (and the column or
 * element) where the reader stopped; undefined for an error that is not about the file.
 */
export function describeGlossaryFileError(
  error: unknown,
  t: TFunction<'glossary'>,
): string | undefined {
  if (error instanceof TextFileError)
    return t(`fileError.text.${error.reason}`, { line: error.details.line ?? 0 });
  if (error instanceof XmlReadError)
    return t(`fileError.xml.${error.code}`, { line: error.line, column: error.column });
  if (error instanceof DelimitedFormatError)
    return t(`fileError.table.${error.code}`, { line: error.line, subject: error.subject });
  if (error instanceof ExchangeFormatError) {
    const where = error.line === 0 ? 'file' : 'line';
    return t(`fileError.exchange.${where}`, {
      line: error.line,
      problem: t(`fileError.exchangeProblem.${error.code}`, { subject: error.subject }),
    });
  }
  return undefined;
}

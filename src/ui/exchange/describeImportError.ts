import type { TFunction } from 'i18next';
import { ProjectBundleError } from '../../domain/bundle/ProjectBundleError';
import { DelimitedFormatError } from '../../domain/delimited/DelimitedFormatError';
import { ExchangeFileError } from '../../domain/exchange/ExchangeFileError';
import { ExchangeFormatError } from '../../domain/exchange/ExchangeFormatError';
import { MAX_TEXT_FILE_BYTES } from '../../domain/text/checkTextFileSize';
import { TextFileError } from '../../domain/text/TextFileError';
import { XmlReadError } from '../../domain/xml/XmlReadError';
import { StorageInputError } from '../../db/StorageInputError';
import { storageErrorMessageKey } from '../app/storageErrorMessageKey';

/**
 * Why an import was refused, in the UI language: the problem and, where there is one, the line.
 * `fileName` names the file; `byteSize` is its size, for the too-large refusal.
 */
export function describeImportError(
  t: TFunction<['exchange', 'projects', 'common']>,
  error: unknown,
  { fileName, byteSize }: { readonly fileName: string; readonly byteSize: number },
): string {
  if (error instanceof XmlReadError)
    return t(`exchange:errors.${error.code}`, { line: error.line, column: error.column });
  if (error instanceof ExchangeFormatError || error instanceof DelimitedFormatError) {
    return t(`exchange:errors.${error.code}`, { line: error.line, subject: error.subject });
  }
  if (error instanceof ExchangeFileError)
    return t(`exchange:errors.${error.code}`, { fileName: error.fileName || fileName });
  if (error instanceof ProjectBundleError)
    return t(`exchange:errors.${error.code}`, { subject: error.subject, row: error.row });
  if (error instanceof TextFileError) {
    if (error.reason === 'tooLarge')
      return t('exchange:errors.tooLarge', {
        fileName,
        size: (byteSize / 1024 / 1024).toFixed(1),
        limit: MAX_TEXT_FILE_BYTES / 1024 / 1024,
      });
    const encoding = error.details.likelyEncoding ?? error.details.encoding;
    return t(`projects:fileErrors.${error.reason}`, {
      fileName,
      limit: MAX_TEXT_FILE_BYTES / 1024 / 1024,
      encoding: encoding === undefined ? '' : t(`projects:encodingNames.${encoding}`),
      language:
        error.details.likelyEncoding === undefined
          ? ''
          : t(`projects:encodingLanguages.${error.details.likelyEncoding}`),
      line: error.details.line ?? 0,
    });
  }
  if (error instanceof StorageInputError && error.reason === 'emptyText')
    return t('exchange:errors.empty');
  return t('exchange:errors.storage', { message: t(`common:${storageErrorMessageKey(error)}`) });
}

import {
  DELIMITED_PROBLEMS,
  type DelimitedFormatError,
} from '../domain/delimited/DelimitedFormatError';
import { ProjectBundleError } from '../domain/bundle/ProjectBundleError';
import type { ExchangeFormatError } from '../domain/exchange/ExchangeFormatError';
import { XmlReadError } from '../domain/xml/XmlReadError';

const XML_PROBLEMS: Readonly<Record<XmlReadError['code'], string>> = {
  doctype: 'it has a DOCTYPE, which exchange files never need (refused for safety)',
  entityDeclaration: 'it declares entities, which are never expanded (refused for safety)',
  undefinedEntity: 'it uses an entity XML does not define',
  disallowedCharacter: 'it holds a character XML does not allow',
  malformed: 'it is not well-formed XML',
  noRootElement: 'it holds no XML element',
};

const EXCHANGE_PROBLEMS: Readonly<Record<ExchangeFormatError['code'], string>> = {
  unknownFormat: 'its format is none of those bitext reads',
  wrongRoot: 'its root element is not the one of its format:',
  missingElement: 'an element is missing:',
  missingAttribute: 'an attribute is missing:',
  missingLanguage: 'it does not say which language it is in:',
  missingSegment: 'a language variant has no segment:',
  duplicateId: 'an id is used twice:',
  badValue: 'a value it cannot read in',
  badJson: 'the line is not a JSON object',
  lineCountMismatch: 'the two sides have different numbers of lines; no partner in the',
  languageMismatch: 'the languages are not those asked for:',
};

const BUNDLE_PROBLEMS: Readonly<Record<ProjectBundleError['code'], string>> = {
  notJson: 'it is not valid JSON',
  notBundle: 'it is a JSON document but not a Bitext Workbench project bundle',
  newerVersion: 'it is a project bundle of a newer version than this bitext reads:',
  badVersion: 'its bundle version cannot be read:',
  unknownStore: 'it holds a kind of data this version does not know:',
  badRow: 'a row is malformed:',
  foreignRow: 'a row belongs to another project:',
  missingParent: 'a row refers to one the bundle lacks:',
  duplicateKey: 'two rows have the same key:',
};

/** A file-format refusal in English for the command line, naming the line and what is wrong. */
export function describeFormatError(
  error: XmlReadError | DelimitedFormatError | ExchangeFormatError | ProjectBundleError,
): string {
  if (error instanceof ProjectBundleError) {
    const subject = error.subject === '' ? '' : ` ${error.subject}`;
    const row = error.row === 0 ? '' : `, row ${error.row}`;
    return `${BUNDLE_PROBLEMS[error.code]}${subject}${row}.`;
  }
  if (error instanceof XmlReadError) {
    const detail = error.detail === '' ? '' : ` (${error.detail})`;
    return `line ${error.line}, column ${error.column}: ${XML_PROBLEMS[error.code]}${detail}.`;
  }
  const subject = error.subject === '' ? '' : ` "${error.subject}"`;
  const where = error.line === 0 ? '' : `line ${error.line}: `;
  const problem =
    error.name === 'ExchangeFormatError'
      ? EXCHANGE_PROBLEMS[(error as ExchangeFormatError).code]
      : DELIMITED_PROBLEMS[(error as DelimitedFormatError).code];
  return `${where}${problem}${subject}.`;
}

import type { DelimitedFormatError } from '../domain/delimited/DelimitedFormatError';
import { XmlReadError } from '../domain/xml/XmlReadError';

const XML_PROBLEMS: Readonly<Record<XmlReadError['code'], string>> = {
  doctype: 'it has a DOCTYPE, which exchange files never need (refused for safety)',
  entityDeclaration: 'it declares entities, which are never expanded (refused for safety)',
  undefinedEntity: 'it uses an entity XML does not define',
  disallowedCharacter: 'it holds a character XML does not allow',
  malformed: 'it is not well-formed XML',
  noRootElement: 'it holds no XML element',
};

const DELIMITED_PROBLEMS: Readonly<Record<DelimitedFormatError['code'], string>> = {
  unclosedQuote: 'a quoted cell is never closed',
  textAfterQuote: 'text follows the closing quote of a cell',
  missingHeader: 'the file is empty; it needs a header row',
  missingColumn: 'the header row has no column named',
  emptyCell: 'an empty cell in the column',
  badValue: 'a value it cannot read in the column',
};

/** A file-format refusal in English for the command line, naming the line (and the column). */
export function describeFormatError(error: XmlReadError | DelimitedFormatError): string {
  if (error instanceof XmlReadError) {
    const detail = error.detail === '' ? '' : ` (${error.detail})`;
    return `line ${error.line}, column ${error.column}: ${XML_PROBLEMS[error.code]}${detail}.`;
  }
  const subject = error.subject === '' ? '' : ` "${error.subject}"`;
  return `line ${error.line}: ${DELIMITED_PROBLEMS[error.code]}${subject}.`;
}

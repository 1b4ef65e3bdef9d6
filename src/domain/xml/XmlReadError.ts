/**
 * Why an XML file was refused. `code` is for translated messages, `line` and `column` (1-based)
 * say where; `detail` is the parser's own wording, for logs only.
 */
export type XmlReadErrorCode =
  | 'doctype'
  | 'entityDeclaration'
  | 'undefinedEntity'
  | 'disallowedCharacter'
  | 'malformed'
  | 'noRootElement';

export class XmlReadError extends Error {
  override readonly name = 'XmlReadError';
  readonly code: XmlReadErrorCode;
  readonly line: number;
  readonly column: number;
  readonly detail: string;

  constructor(code: XmlReadErrorCode, line: number, column: number, detail = '') {
    super(`${code} at ${line}:${column}${detail === '' ? '' : ` (${detail})`}`);
    this.code = code;
    this.line = line;
    this.column = column;
    this.detail = detail;
  }
}

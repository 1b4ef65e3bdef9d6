/**
 * Why a project bundle was refused: `code` for translated messages, `subject` the store, field or
 * version concerned, `row` the 1-based row of that store (0 when none).
 */
export type ProjectBundleErrorCode =
  | 'notJson'
  | 'notBundle'
  | 'newerVersion'
  | 'badVersion'
  | 'unknownStore'
  | 'badRow'
  | 'foreignRow'
  | 'missingParent'
  | 'duplicateKey';

export class ProjectBundleError extends Error {
  override readonly name = 'ProjectBundleError';
  readonly code: ProjectBundleErrorCode;
  readonly subject: string;
  readonly row: number;

  constructor(code: ProjectBundleErrorCode, subject = '', row = 0) {
    super(`${code}${subject === '' ? '' : ` (${subject}${row === 0 ? '' : ` row ${row}`})`}`);
    this.code = code;
    this.subject = subject;
    this.row = row;
  }
}

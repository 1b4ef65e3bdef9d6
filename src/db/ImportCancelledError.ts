/** An import stopped at the user's request; everything it had stored is removed. */
export class ImportCancelledError extends Error {
  override readonly name = 'ImportCancelledError';
}

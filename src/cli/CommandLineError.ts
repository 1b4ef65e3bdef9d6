/** A mistake in how the command line was used or in its input files: printed to stderr, non-zero exit. */
export class CommandLineError extends Error {
  override readonly name = 'CommandLineError';
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

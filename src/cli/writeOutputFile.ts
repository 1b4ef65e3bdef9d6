import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { callerDirectory } from './callerDirectory';
import { CommandLineError } from './CommandLineError';

/** Writes `content` (UTF-8) to a path given on the command line, relative to the caller's folder. */
export async function writeOutputFile(path: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeFile(resolve(callerDirectory(), path), content);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new CommandLineError(`Cannot write ${path}: ${code}.`);
  }
}

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { decodeTextFile } from '../domain/text/decodeTextFile';
import { TextFileError } from '../domain/text/TextFileError';
import { CommandLineError } from './CommandLineError';

/**
 * Reads and decodes a text file (a relative path from `directory`), turning every failure into a
 * message that names the file as it was given. A file read as Windows-1252 (Western text, not
 * Chinese) is named on standard error.
 */
export async function readTextFile(path: string, directory = process.cwd()): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(directory, path));
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code || String(error);
    throw new CommandLineError(`Cannot read ${path}: ${reason}.`);
  }
  try {
    const { text, encoding } = decodeTextFile(bytes);
    if (encoding === 'windows-1252')
      process.stderr.write(`bitext: ${path} was read as Windows-1252 (Western European) text.\n`);
    return text;
  } catch (error) {
    if (error instanceof TextFileError)
      throw new CommandLineError(`Cannot read ${path}: ${error.message}`);
    throw error;
  }
}

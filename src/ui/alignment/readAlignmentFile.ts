import { decodeTextFile } from '../../domain/text/decodeTextFile';
import { checkTextFileSize } from '../../domain/text/checkTextFileSize';
import { plainTextFromHtml } from '../../domain/text/plainTextFromHtml';
import { plainTextFromMarkdown } from '../../domain/text/plainTextFromMarkdown';
import { TextFileError } from '../../domain/text/TextFileError';
import type { TextEncodingName } from '../../domain/text/textEncodingName';

export type AlignmentFileFormat = 'text' | 'markdown' | 'html' | 'docx';

export interface AlignmentFileText {
  /** One paragraph a line. */
  readonly text: string;
  readonly format: AlignmentFileFormat;
  /** The encoding a text file was read in; undefined for a Word document. */
  readonly encoding: TextEncodingName | undefined;
}

/** A Word file that mammoth could not read: not a .docx at all, or a damaged one. */
export class NotDocxError extends Error {
  override readonly name = 'NotDocxError';
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads one side of an alignment from a file: a Word .docx through mammoth (loaded only then),
 * otherwise a text file in UTF-8, UTF-16, GB18030 or Windows-1252 (see decodeTextFile), read
 * as HTML or Markdown by its extension or, for HTML, its content. Throws TextFileError or
 * NotDocxError with the reason the UI shows.
 */
export async function readAlignmentFile(file: File): Promise<AlignmentFileText> {
  checkTextFileSize(file.size);
  if (file.size === 0) throw new TextFileError('empty', 'The file is empty.');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const isZip = ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte);
  if (/\.docx$/i.test(file.name) || isZip) {
    if (!isZip) throw new NotDocxError(`${file.name} is not a Word .docx document.`);
    return { text: await docxText(bytes), format: 'docx', encoding: undefined };
  }
  const { text, encoding } = decodeTextFile(bytes);
  if (/\.(html?|xhtml)$/i.test(file.name) || /^\s*(<!doctype html|<html[\s>])/i.test(text))
    return { text: plainTextFromHtml(text), format: 'html', encoding };
  if (/\.(md|markdown)$/i.test(file.name))
    return { text: plainTextFromMarkdown(text), format: 'markdown', encoding };
  return { text, format: 'text', encoding };
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  try {
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    // The browser build of mammoth reads `arrayBuffer`, the Node one (tests) `buffer`.
    const input = { arrayBuffer: arrayBuffer as ArrayBuffer, buffer: bytes as Buffer };
    const { value } = await mammoth.extractRawText(input);
    const text = value
      .split(/\n+/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join('\n');
    if (text === '') throw new TextFileError('empty', 'The document has no text.');
    return text;
  } catch (error) {
    if (error instanceof TextFileError) throw error;
    throw new NotDocxError(error instanceof Error ? error.message : String(error));
  }
}

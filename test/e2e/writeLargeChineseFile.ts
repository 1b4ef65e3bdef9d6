import { writeFileSync } from 'node:fs';
import { generateChineseText } from '../bench/generateChineseText';

/** Writes a generated Chinese text of about `bytes` bytes (UTF-8) to `path`; returns its text. */
export function writeLargeChineseFile(path: string, bytes: number): string {
  const bytesPerSentence = Buffer.byteLength(generateChineseText(1000)) / 1000;
  const text = generateChineseText(Math.ceil(bytes / bytesPerSentence));
  writeFileSync(path, text);
  return text;
}

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeTextFile } from './decodeTextFile';
import { openTextFile } from './openTextFile';
import { TextFileError } from './TextFileError';

const fixturesDirectory = new URL('../../../test/fixtures/text/', import.meta.url);
const fixtureNames = readdirSync(fixturesDirectory).filter((name) => !name.endsWith('.md'));
const fixture = (name: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array(readFileSync(new URL(name, fixturesDirectory)));

async function readInChunks(bytes: Uint8Array<ArrayBuffer>, chunkBytes: number) {
  try {
    const opened = await openTextFile(new Blob([bytes]), chunkBytes);
    let text = '';
    for await (const piece of opened.pieces()) text += piece;
    return { text, encoding: opened.encoding, bytesRead: opened.bytesRead() };
  } catch (error) {
    return error instanceof TextFileError ? error.reason : 'other error';
  }
}

function decodeWhole(bytes: Uint8Array) {
  try {
    return { ...decodeTextFile(bytes), bytesRead: bytes.length };
  } catch (error) {
    return error instanceof TextFileError ? error.reason : 'other error';
  }
}

describe('openTextFile', () => {
  it.each(fixtureNames.flatMap((name) => [1, 3, 64].map((chunk) => [name, chunk] as const)))(
    'reads %s in chunks of %i bytes as decodeTextFile decodes it whole',
    async (name, chunkBytes) => {
      expect(await readInChunks(fixture(name), chunkBytes)).toEqual(decodeWhole(fixture(name)));
    },
  );

  it('refuses a file that changes encoding after its first 64 kB, naming the line', async () => {
    const head = new TextEncoder().encode('第一行。\n'.repeat(10_000));
    const file = new Blob([head, fixture('zh-gbk.txt')]);
    const opened = await openTextFile(file);
    const reading = (async () => {
      for await (const _piece of opened.pieces());
    })();
    await expect(reading).rejects.toMatchObject({
      reason: 'mixedEncodings',
      details: { encoding: 'utf-8', line: 10_001 },
    });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTextFileSize, decodeTextFile, MAX_TEXT_FILE_BYTES } from './decodeTextFile';
import { TextFileError, type TextFileErrorReason } from './TextFileError';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../../test/fixtures/text/${name}`, import.meta.url)));

const chineseText = new TextDecoder('utf-8').decode(fixture('zh-utf8.txt'));

const reasonOf = (action: () => unknown): TextFileErrorReason | 'no error' | 'other error' => {
  try {
    action();
    return 'no error';
  } catch (error) {
    return error instanceof TextFileError ? error.reason : 'other error';
  }
};

describe('decodeTextFile', () => {
  it.each([
    ['zh-utf8.txt', 'utf-8'],
    ['zh-utf8-bom.txt', 'utf-8'],
    ['zh-utf16le-bom.txt', 'utf-16le'],
    ['zh-utf16be-bom.txt', 'utf-16be'],
    ['zh-gbk.txt', 'gb18030'],
  ] as const)('decodes %s as %s, without a byte-order mark', (name, encoding) => {
    expect(decodeTextFile(fixture(name))).toEqual({ text: chineseText, encoding });
  });

  it('decodes GB18030 characters that GBK lacks', () => {
    const decoded = decodeTextFile(fixture('zh-gb18030.txt'));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe(`${chineseText}姓氏“𠮷”与“䶮”不在GBK字符集中。\n`);
  });

  it('reads English UTF-8 as it is', () => {
    expect(decodeTextFile(fixture('en-utf8.txt'))).toEqual({
      text: 'Shanxi briefing\nMr. Li said output grew 5.2% in the first three quarters. "We must seize the moment." Visitors returned.\n',
      encoding: 'utf-8',
    });
  });

  it('keeps a lone control character such as a trailing DOS end-of-file mark', () => {
    expect(decodeTextFile(new TextEncoder().encode('一句话。\n第二句话。\u001a')).text).toBe(
      '一句话。\n第二句话。\u001a',
    );
  });

  it.each([
    ['an empty file', fixture('empty.txt'), 'empty'],
    ['a whitespace-only file', fixture('whitespace-only.txt'), 'empty'],
    ['a byte-order mark alone', new Uint8Array([0xef, 0xbb, 0xbf]), 'empty'],
    ['a UTF-16 byte-order mark and spaces', new Uint8Array([0xff, 0xfe, 0x20, 0x00]), 'empty'],
    ['a PNG header', fixture('binary.png'), 'binary'],
    ['UTF-16 text without a byte-order mark', new Uint8Array([0x41, 0x00, 0x42, 0x00]), 'binary'],
    ['UTF-16 text holding NULs', new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0x00]), 'binary'],
    ['many control characters', new TextEncoder().encode('ab\u0001\u0002\u0003cd\u0004'), 'binary'],
    ['bytes invalid in UTF-8 and GB18030', fixture('undecodable.txt'), 'undecodable'],
    [
      'a UTF-8 byte-order mark before invalid bytes',
      new Uint8Array([0xef, 0xbb, 0xbf, 0xff]),
      'undecodable',
    ],
    [
      'an odd number of UTF-16 bytes',
      new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00]),
      'undecodable',
    ],
  ] as const)('refuses %s', (_label, bytes, reason) => {
    expect(reasonOf(() => decodeTextFile(bytes))).toBe(reason);
  });

  it('explains the refusal in an English sentence', () => {
    expect(() => decodeTextFile(fixture('undecodable.txt'))).toThrow(/not valid UTF-8 or GB18030/);
  });
});

describe('checkTextFileSize', () => {
  it.each([
    [0, 'no error'],
    [MAX_TEXT_FILE_BYTES, 'no error'],
    [MAX_TEXT_FILE_BYTES + 1, 'tooLarge'],
  ] as const)('for %i bytes gives %s', (byteLength, reason) => {
    expect(reasonOf(() => checkTextFileSize(byteLength))).toBe(reason);
  });

  it('names the size in its message', () => {
    expect(() => checkTextFileSize(60 * 1024 * 1024)).toThrow(/60\.0 MB.*50 MB/);
  });
});

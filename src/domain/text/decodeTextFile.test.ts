import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTextFileSize, decodeTextFile, MAX_TEXT_FILE_BYTES } from './decodeTextFile';
import { TextFileError } from './TextFileError';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../../test/fixtures/text/${name}`, import.meta.url)));
const utf8Fixture = (name: string): string => new TextDecoder('utf-8').decode(fixture(name));

const chineseText = utf8Fixture('zh-utf8.txt');
const englishText = utf8Fixture('en-utf8.txt');

const refusalOf = (action: () => unknown) => {
  try {
    action();
    return 'no error';
  } catch (error) {
    return error instanceof TextFileError
      ? { reason: error.reason, ...error.details }
      : 'other error';
  }
};

const concatenate = (...parts: readonly Uint8Array[]): Uint8Array => {
  const bytes = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  parts.reduce((offset, part) => (bytes.set(part, offset), offset + part.length), 0);
  return bytes;
};

describe('decodeTextFile', () => {
  it.each([
    ['zh-utf8.txt', 'utf-8', chineseText],
    ['zh-utf8-bom.txt', 'utf-8', chineseText],
    ['zh-utf16le-bom.txt', 'utf-16le', chineseText],
    ['zh-utf16be-bom.txt', 'utf-16be', chineseText],
    ['zh-utf16le.txt', 'utf-16le', chineseText],
    ['zh-utf16be.txt', 'utf-16be', chineseText],
    ['en-utf16le.txt', 'utf-16le', englishText],
    ['zh-gbk.txt', 'gb18030', chineseText],
    ['zh-hant-big5.txt', 'big5', utf8Fixture('zh-hant-utf8.txt')],
    [
      'en-latin1.txt',
      'windows-1252',
      'Cafés were full. The naïve man ordered a crème brûlée and paid 5 £.\nSeñor Muñoz smiled: «déjà vu».\n',
    ],
    [
      'en-windows1252.txt',
      'windows-1252',
      'Cafés were full. The naïve man… “Déjà vu,” he said – it’s 5 €.\n',
    ],
  ] as const)('decodes %s as %s, without a byte-order mark', (name, encoding, text) => {
    expect(decodeTextFile(fixture(name))).toEqual({ text, encoding });
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

  it('detects the encoding after a long ASCII beginning, where the first other byte is', () => {
    const english = new TextEncoder().encode('An English preface.\n'.repeat(5000));
    const gbk = fixture('zh-gbk.txt');
    expect(decodeTextFile(concatenate(english, gbk))).toEqual({
      text: `${'An English preface.\n'.repeat(5000)}${chineseText}`,
      encoding: 'gb18030',
    });
  });

  it.each([
    ['an empty file', fixture('empty.txt'), { reason: 'empty' }],
    ['a whitespace-only file', fixture('whitespace-only.txt'), { reason: 'empty' }],
    ['a byte-order mark alone', new Uint8Array([0xef, 0xbb, 0xbf]), { reason: 'empty' }],
    [
      'a UTF-16 byte-order mark and spaces',
      new Uint8Array([0xff, 0xfe, 0x20, 0x00]),
      { reason: 'empty' },
    ],
    ['a PNG header', fixture('binary.png'), { reason: 'binary' }],
    [
      'UTF-16 text holding NULs',
      new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0x00]),
      { reason: 'binary' },
    ],
    [
      'many control characters',
      new TextEncoder().encode('ab\u0001\u0002\u0003cd\u0004'),
      { reason: 'binary' },
    ],
    ['bytes invalid in every candidate', fixture('undecodable.txt'), { reason: 'undecodable' }],
    [
      'a UTF-8 byte-order mark before invalid bytes',
      new Uint8Array([0xef, 0xbb, 0xbf, 0xff]),
      { reason: 'undecodable' },
    ],
    [
      'an odd number of UTF-16 bytes',
      new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00]),
      { reason: 'undecodable' },
    ],
    [
      'Japanese in Shift_JIS',
      fixture('ja-shift-jis.txt'),
      { reason: 'otherEncoding', likelyEncoding: 'shift_jis' },
    ],
    [
      'Japanese in EUC-JP',
      fixture('ja-euc-jp.txt'),
      { reason: 'otherEncoding', likelyEncoding: 'euc-jp' },
    ],
    [
      'Korean in EUC-KR',
      fixture('ko-euc-kr.txt'),
      { reason: 'otherEncoding', likelyEncoding: 'euc-kr' },
    ],
    [
      'Russian in Windows-1251',
      fixture('ru-windows1251.txt'),
      { reason: 'otherEncoding', likelyEncoding: 'windows-1251' },
    ],
  ] as const)('refuses %s', (_label, bytes, refusal) => {
    expect(refusalOf(() => decodeTextFile(bytes))).toEqual(refusal);
  });

  it('refuses a file that changes encoding after the sample, naming the line', () => {
    const utf8 = new TextEncoder().encode(chineseText.repeat(300));
    const lines = chineseText.split('\n').length - 1;
    expect(refusalOf(() => decodeTextFile(concatenate(utf8, fixture('zh-gbk.txt'))))).toEqual({
      reason: 'mixedEncodings',
      encoding: 'utf-8',
      line: lines * 300 + 1,
    });
  });

  it('explains a refusal in an English sentence', () => {
    expect(() => decodeTextFile(fixture('undecodable.txt'))).toThrow(/not valid UTF-8/);
    expect(() => decodeTextFile(fixture('ja-shift-jis.txt'))).toThrow(/Japanese text in Shift_JIS/);
  });
});

describe('checkTextFileSize', () => {
  it.each([
    [0, 'no error'],
    [MAX_TEXT_FILE_BYTES, 'no error'],
    [MAX_TEXT_FILE_BYTES + 1, { reason: 'tooLarge' }],
  ] as const)('for %i bytes gives %s', (byteLength, refusal) => {
    expect(refusalOf(() => checkTextFileSize(byteLength))).toEqual(refusal);
  });

  it('names the size in its message', () => {
    expect(() => checkTextFileSize(60 * 1024 * 1024)).toThrow(/60\.0 MB.*50 MB/);
  });
});

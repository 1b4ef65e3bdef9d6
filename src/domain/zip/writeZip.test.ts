import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';
import { readZipWithPython } from './testing/readZipWithPython';
import { writeZip } from './writeZip';

const utf8 = (text: string) => new TextEncoder().encode(text);
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const at = new Date(Date.UTC(2026, 11, 4, 21, 30, 16));

describe('crc32', () => {
  it.each([
    ['', 0],
    ['a', 0xe8b7be43],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('of %j is the standard CRC-32', (text, expected) => {
    expect(crc32(utf8(text))).toBe(expected);
  });
});

describe('writeZip', () => {
  it('writes stored entries with UTF-8 names that Python reads back, CRCs checked', () => {
    const archive = writeZip(
      [
        { name: '山西.zh', content: '山西。\n𠀀 emoji 🎉\n' },
        { name: '山西.en', content: 'Shanxi.\n' },
        { name: 'empty', content: new Uint8Array(0) },
      ],
      at,
    );
    const read = readZipWithPython(archive);
    expect(read.firstBadEntry).toBeNull();
    expect(read.entries).toEqual([
      {
        name: '山西.zh',
        content: base64('山西。\n𠀀 emoji 🎉\n'),
        flagBits: 0x0800,
        compressType: 0,
        crc: crc32(utf8('山西。\n𠀀 emoji 🎉\n')),
        dateTime: [2026, 12, 4, 21, 30, 16],
      },
      expect.objectContaining({ name: '山西.en', content: base64('Shanxi.\n') }),
      expect.objectContaining({ name: 'empty', content: '' }),
    ]);
  });

  it('is read and tested by Info-ZIP unzip (`apt-get install unzip`), Chinese names too', () => {
    const folder = mkdtempSync(join(tmpdir(), 'bitext-zip-'));
    const file = join(folder, 'pair.zip');
    writeFileSync(
      file,
      writeZip([
        { name: '山西：转型.zh', content: '第一句。\n第二句。\n' },
        { name: '山西：转型.en', content: 'The first.\nThe second.\n' },
      ]),
    );
    const unzip = (...options: string[]) =>
      execFileSync('unzip', [...options, file], {
        encoding: 'utf8',
        env: { ...process.env, LC_ALL: 'C.UTF-8' },
      });
    expect(unzip('-t')).toMatch(/No errors detected in compressed data/);
    expect(unzip('-Z1').split('\n').filter(Boolean)).toEqual(['山西：转型.zh', '山西：转型.en']);
    expect(
      execFileSync('unzip', ['-p', file, '山西：转型.en'], {
        encoding: 'utf8',
        env: { ...process.env, LC_ALL: 'C.UTF-8' },
      }),
    ).toBe('The first.\nThe second.\n');
  });

  it('ends with the end record, which points at the central directory', () => {
    const archive = writeZip([{ name: 'a', content: 'x' }], at);
    const view = new DataView(archive.buffer);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    const end = archive.length - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    expect(view.getUint16(end + 10, true)).toBe(1);
    const size = view.getUint32(end + 12, true);
    const offset = view.getUint32(end + 16, true);
    expect(offset + size).toBe(end);
    expect(view.getUint32(offset, true)).toBe(0x02014b50);
  });

  it.each([[''], ['/etc/passwd'], ['a\\b'], ['../a'], ['a/../../b'], ['a\u0000b']])(
    'refuses the name %j',
    (name) => {
      expect(() => writeZip([{ name, content: '' }])).toThrow(RangeError);
    },
  );

  it('refuses a name given twice', () => {
    expect(() =>
      writeZip([
        { name: 'a.zh', content: '1' },
        { name: 'a.zh', content: '2' },
      ]),
    ).toThrow(/twice/);
  });

  it('round-trips any names and contents, characters outside the BMP included, through Python', () => {
    const name = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
      .filter(
        (text) =>
          !text.includes('/') &&
          !text.includes('\\') &&
          !text.includes('\u0000') &&
          text !== '..' &&
          text.trim() !== '',
      );
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({ name, content: fc.string({ unit: 'grapheme', maxLength: 200 }) }),
          {
            selector: (entry) => entry.name,
            maxLength: 5,
          },
        ),
        (entries) => {
          const read = readZipWithPython(writeZip(entries, at));
          expect(read.firstBadEntry).toBeNull();
          expect(read.entries.map((entry) => [entry.name, entry.content])).toEqual(
            entries.map((entry) => [entry.name, base64(entry.content)]),
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it('does not change the bytes it is given', () => {
    const content = utf8('山西');
    writeZip([{ name: 'a', content }], at);
    expect([...content]).toEqual([...utf8('山西')]);
  });
});

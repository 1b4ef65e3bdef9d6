import { crc32 } from './crc32';
import type { ZipEntry } from './zipEntry';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Version 2.0 of the format (APPNOTE.TXT) is needed to read the archive. */
const VERSION = 20;
/**
 * Made on Unix (3), version 2.0: unzip then takes the names' bytes as they are (UTF-8), where it
 * would read an MS-DOS archive's names as code page 437 whatever the UTF-8 flag says.
 */
const MADE_BY = (3 << 8) | VERSION;
/** A regular file, rw-r--r--, in the Unix mode bits of the external attributes. */
const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0;
/** General purpose flag bit 11: the name is UTF-8. */
const UTF8_NAMES = 0x0800;
const STORED = 0;
const LARGEST_32_BIT = 0xffffffff;
const LARGEST_16_BIT = 0xffff;
/** 1980-01-01, the earliest time an MS-DOS date holds. */
const EARLIEST_TIME = Date.UTC(1980, 0, 1);
/** The latest: 2107-12-31 23:59:58. */
const LATEST_TIME = Date.UTC(2107, 11, 31, 23, 59, 58);

/**
 * A ZIP archive of the entries, stored without compression (method 0), each name flagged as
 * UTF-8, with its CRC-32, a local header before each file, the central directory after them and
 * the end record (no ZIP64: at most 65,535 entries and 4 GB). Names must be relative paths, each
 * once; throws a RangeError otherwise.
 */
export function writeZip(
  entries: readonly ZipEntry[],
  now: Date = new Date(),
): Uint8Array<ArrayBuffer> {
  if (entries.length > LARGEST_16_BIT) throw new RangeError('A ZIP archive holds 65,535 entries.');
  const encoder = new TextEncoder();
  const names = new Set<string>();
  const files = entries.map(({ name, content, modifiedAt }) => {
    if (name === '' || name.startsWith('/') || name.includes('\\') || name.includes('\u0000'))
      throw new RangeError(`"${name}" is not a relative path for a ZIP archive.`);
    if (name.split('/').includes('..')) throw new RangeError(`"${name}" leaves the archive.`);
    if (names.has(name)) throw new RangeError(`"${name}" is twice in the archive.`);
    names.add(name);
    const nameBytes = encoder.encode(name);
    if (nameBytes.length > LARGEST_16_BIT) throw new RangeError(`"${name}" is too long.`);
    const data = typeof content === 'string' ? encoder.encode(content) : content;
    if (data.length >= LARGEST_32_BIT) throw new RangeError(`"${name}" is over 4 GB.`);
    return { nameBytes, data, crc: crc32(data), ...dosTime(modifiedAt ?? now) };
  });
  const localSize = files.reduce(
    (sum, file) => sum + 30 + file.nameBytes.length + file.data.length,
    0,
  );
  const centralSize = files.reduce((sum, file) => sum + 46 + file.nameBytes.length, 0);
  if (localSize + centralSize + 22 > LARGEST_32_BIT)
    throw new RangeError('The archive is over 4 GB.');
  const archive = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(archive.buffer);
  let at = 0;
  const u16 = (value: number) => {
    view.setUint16(at, value, true);
    at += 2;
  };
  const u32 = (value: number) => {
    view.setUint32(at, value >>> 0, true);
    at += 4;
  };
  const bytes = (value: Uint8Array) => {
    archive.set(value, at);
    at += value.length;
  };
  const offsets: number[] = [];
  for (const file of files) {
    offsets.push(at);
    u32(LOCAL_HEADER);
    u16(VERSION);
    u16(UTF8_NAMES);
    u16(STORED);
    u16(file.time);
    u16(file.date);
    u32(file.crc);
    u32(file.data.length);
    u32(file.data.length);
    u16(file.nameBytes.length);
    u16(0);
    bytes(file.nameBytes);
    bytes(file.data);
  }
  const centralStart = at;
  files.forEach((file, index) => {
    u32(CENTRAL_HEADER);
    u16(MADE_BY);
    u16(VERSION);
    u16(UTF8_NAMES);
    u16(STORED);
    u16(file.time);
    u16(file.date);
    u32(file.crc);
    u32(file.data.length);
    u32(file.data.length);
    u16(file.nameBytes.length);
    u16(0);
    u16(0);
    u16(0);
    u16(0);
    u32(FILE_ATTRIBUTES);
    u32(offsets[index] ?? 0);
    bytes(file.nameBytes);
  });
  u32(END_OF_CENTRAL_DIRECTORY);
  u16(0);
  u16(0);
  u16(files.length);
  u16(files.length);
  u32(centralSize);
  u32(centralStart);
  u16(0);
  return archive;
}

/** A time as the MS-DOS date and time fields of a ZIP header (UTC, to two seconds, from 1980). */
function dosTime(moment: Date): { readonly time: number; readonly date: number } {
  const time = Number.isNaN(moment.getTime()) ? EARLIEST_TIME : moment.getTime();
  const clamped = new Date(Math.min(Math.max(time, EARLIEST_TIME), LATEST_TIME));
  return {
    time:
      (clamped.getUTCHours() << 11) |
      (clamped.getUTCMinutes() << 5) |
      Math.floor(clamped.getUTCSeconds() / 2),
    date:
      ((clamped.getUTCFullYear() - 1980) << 9) |
      ((clamped.getUTCMonth() + 1) << 5) |
      clamped.getUTCDate(),
  };
}

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PythonZipEntry {
  readonly name: string;
  /** The content, base64. */
  readonly content: string;
  readonly flagBits: number;
  readonly compressType: number;
  readonly crc: number;
  readonly dateTime: readonly number[];
}

export interface PythonZip {
  /** zipfile's testzip(): the first entry whose CRC or header is bad, or null. */
  readonly firstBadEntry: string | null;
  readonly entries: readonly PythonZipEntry[];
}

const SCRIPT = `
import base64, json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as archive:
    bad = archive.testzip()
    entries = [{"name": info.filename, "content": base64.b64encode(archive.read(info)).decode(),
                "flagBits": info.flag_bits, "compressType": info.compress_type, "crc": info.CRC,
                "dateTime": list(info.date_time)} for info in archive.infolist()]
print(json.dumps({"firstBadEntry": bad, "entries": entries}))
`;

/**
 * Reads a ZIP archive with Python's zipfile (Debian's /usr/bin/python3): a reader that is not
 * ours. Throws when Python is missing or refuses the archive, so that a test fails, not skips.
 */
export function readZipWithPython(archive: Uint8Array): PythonZip {
  const folder = mkdtempSync(join(tmpdir(), 'bitext-zip-'));
  const file = join(folder, 'archive.zip');
  writeFileSync(file, archive);
  const output = execFileSync('/usr/bin/python3', ['-c', SCRIPT, file], { encoding: 'utf8' });
  return JSON.parse(output) as PythonZip;
}

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ToolkitUnit {
  readonly source: string;
  readonly target: string;
  readonly notes: string;
  readonly isApproved: boolean;
  readonly isFuzzy: boolean;
  readonly isTranslated: boolean;
  /** XLIFF only: the state as the toolkit understood it. */
  readonly state: string | null;
}

export interface ToolkitStore {
  readonly sourceLanguage: string | null;
  readonly targetLanguage: string | null;
  readonly units: readonly ToolkitUnit[];
}

const script = fileURLToPath(new URL('readWithTranslateToolkit.py', import.meta.url));

/**
 * Reads `text` with Debian's translate-toolkit (`apt-get install translate-toolkit`, run by
 * /usr/bin/python3): a reader that is not ours. Throws when the toolkit is missing, so that a
 * test relying on it fails rather than skips.
 */
export function readWithTranslateToolkit(
  format: 'tmx' | 'xliff12' | 'tbx2',
  text: string,
): ToolkitStore {
  const folder = mkdtempSync(join(tmpdir(), 'bitext-toolkit-'));
  const file = join(folder, `file.${format}`);
  writeFileSync(file, text);
  const output = execFileSync('/usr/bin/python3', [script, format, file], { encoding: 'utf8' });
  return JSON.parse(output) as ToolkitStore;
}

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  buildCommandLine,
  ensureCommandLineBuild,
  isBuildFresh,
} from '../../tooling/buildCommandLine.js';

describe('the built command line', () => {
  it('is rebuilt when a file it was built from changes, and runs without tsx', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'bitext-build-'));
    expect(isBuildFresh(directory)).toBe(false);
    const entry = await buildCommandLine(directory);
    expect(isBuildFresh(directory)).toBe(true);
    const inputsPath = join(directory, 'inputs.json');
    const inputs = JSON.parse(readFileSync(inputsPath, 'utf8')) as Record<string, number>;
    expect(Object.keys(inputs)).toEqual(
      expect.arrayContaining(['src/cli/main.ts', 'src/domain/alignment/engine/alignmentSteps.ts']),
    );
    writeFileSync(inputsPath, JSON.stringify({ ...inputs, 'src/cli/main.ts': 1 }));
    expect(isBuildFresh(directory)).toBe(false);
    const before = statSync(entry).mtimeMs;
    expect(await ensureCommandLineBuild(directory)).toBe(entry);
    expect(statSync(entry).mtimeMs).toBeGreaterThanOrEqual(before);
    expect(isBuildFresh(directory)).toBe(true);
    const { stdout } = await promisify(execFile)(process.execPath, [entry, 'help']);
    expect(stdout).toMatch(/align SOURCE TARGET/);
  });

  it('counts a source that has gone as a change', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'bitext-build-'));
    await buildCommandLine(directory);
    const inputsPath = join(directory, 'inputs.json');
    const inputs = JSON.parse(readFileSync(inputsPath, 'utf8')) as Record<string, number>;
    writeFileSync(inputsPath, JSON.stringify({ ...inputs, 'src/cli/noSuchFile.ts': 1 }));
    expect(isBuildFresh(directory)).toBe(false);
  });
});

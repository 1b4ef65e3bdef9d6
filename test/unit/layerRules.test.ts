import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function restrictedImportErrors(file: string, specifier: string): Promise<number> {
  const code = `import * as probe from '${specifier}';\nexport const probeValue = probe;\n`;
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports')
    .length;
}

const forbidden: [file: string, specifier: string][] = [
  ['src/domain/Probe.tsx', 'react'],
  ['src/domain/text/Probe.ts', 'react-dom/client'],
  ['src/domain/Probe.ts', 'dexie'],
  ['src/domain/Probe.ts', 'dexie-react-hooks'],
  ['src/domain/Probe.tsx', '@tiptap/pm/state'],
  ['src/domain/Probe.ts', 'i18next'],
  ['src/domain/Probe.ts', 'react-i18next'],
  ['src/domain/text/Probe.ts', '../../db/schema'],
  ['src/domain/Probe.ts', '../editor/TargetEditor'],
  ['src/domain/Probe.tsx', '../ui/App'],
  ['src/domain/Probe.ts', '../workers/alignWorker'],
  ['src/editor/Probe.ts', '../db/schema'],
  ['src/editor/Probe.tsx', '../db/testing/openTestDatabase'],
  ['src/editor/Probe.tsx', '../ui/App'],
  ['src/editor/Probe.ts', 'dexie'],
  ['src/editor/Probe.tsx', 'dexie-react-hooks'],
  ['src/cli/Probe.ts', '../db/schema'],
  ['src/cli/Probe.ts', '../ui/App'],
  ['src/cli/Probe.ts', '../editor/TargetEditor'],
  ['src/cli/Probe.tsx', 'react'],
  ['src/cli/Probe.ts', 'dexie'],
  ['src/db/Probe.ts', 'react'],
  ['src/db/Probe.tsx', '../ui/App'],
  ['src/db/Probe.ts', '../editor/TargetEditor'],
  ['src/db/Probe.ts', '@tiptap/core'],
  ['src/workers/Probe.ts', '../ui/App'],
  ['src/workers/Probe.tsx', 'react'],
  ['src/ui/translate/Probe.tsx', 'dexie-react-hooks'],
  ['src/ui/translate/Probe.tsx', '../../db/segmentRepository'],
  ['src/ui/translate/find/Probe.tsx', '../../../db/termRepository'],
  ['src/ui/Probe.ts', 'dexie'],
  ['src/ui/hooks/Probe.ts', 'dexie'],
  ['src/ui/Probe.tsx', '@tiptap/react'],
];

const allowed: [file: string, specifier: string][] = [
  ['src/editor/Probe.tsx', '@tiptap/react'],
  ['src/editor/Probe.tsx', 'react'],
  ['src/db/Probe.ts', 'dexie'],
  ['src/cli/Probe.ts', '../domain/model'],
  ['src/ui/Probe.tsx', '../db/schema'],
  ['src/ui/Probe.tsx', '../editor/TargetEditor'],
  ['src/ui/hooks/Probe.ts', 'dexie-react-hooks'],
  ['src/ui/hooks/Probe.ts', '../../db/segmentRepository'],
];

describe('layer rules in eslint.config.js', () => {
  it.each(forbidden)('%s may not import %s', async (file, specifier) => {
    expect(await restrictedImportErrors(file, specifier)).toBeGreaterThan(0);
  });

  it.each(allowed)('%s may import %s', async (file, specifier) => {
    expect(await restrictedImportErrors(file, specifier)).toBe(0);
  });
});

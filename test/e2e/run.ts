// Runs the browser tests: serves the built app on loopback and runs every test/e2e/*.e2e.ts
// (or those whose names contain an argument) with node's test runner against it.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { projectRoot, startPreviewServer } from './startPreviewServer';

const e2eFolder = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(e2eFolder)
  .filter((name) => name.endsWith('.e2e.ts'))
  .filter((name) => only.length === 0 || only.some((filter) => name.includes(filter)))
  .sort()
  .map((name) => `${e2eFolder}${name}`);

const server = await startPreviewServer();
const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', ...files],
  {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, E2E_BASE_URL: server.url },
  },
);
const exitCode = await new Promise<number>((resolve) =>
  child.on('exit', (code) => resolve(code ?? 1)),
);
await server.close();
process.exit(exitCode);

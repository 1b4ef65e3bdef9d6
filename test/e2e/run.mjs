// Runs the browser tests: builds the app (unless E2E_SKIP_BUILD=1), serves it with `vite preview`
// on a free loopback port, and runs every test/e2e/*.e2e.ts with node's test runner against it.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const e2eFolder = fileURLToPath(new URL('.', import.meta.url));

if (process.env.E2E_SKIP_BUILD !== '1') {
  await build({ root, logLevel: 'warn' });
}
const port = await findFreePort();
const server = await preview({
  root,
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port, strictPort: true, open: false },
});
const baseUrl = `http://127.0.0.1:${port}/`;

const only = process.argv.slice(2);
const files = readdirSync(e2eFolder)
  .filter((name) => name.endsWith('.e2e.ts'))
  .filter((name) => only.length === 0 || only.some((filter) => name.includes(filter)))
  .sort()
  .map((name) => `${e2eFolder}${name}`);

const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', ...files],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, E2E_BASE_URL: baseUrl },
  },
);
const exitCode = await new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
await server.close();
process.exit(exitCode);

function findFreePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

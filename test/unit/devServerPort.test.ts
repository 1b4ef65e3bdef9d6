import { spawn } from 'node:child_process';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const projectFolder = fileURLToPath(new URL('../..', import.meta.url));
let blocker: Server | undefined;

afterEach(() => {
  blocker?.close();
});

/** Starts the dev server as `npm start` does, and returns what it printed once it stops or listens. */
function startDevServer(port: number): Promise<{ output: string; code: number | null }> {
  const environment = { ...process.env };
  delete environment.VITEST;
  const child = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', '--port', String(port), '--clearScreen', 'false'],
    { cwd: projectFolder, env: environment },
  );
  let output = '';
  return new Promise((resolve) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Local:/.test(output)) child.kill();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (code) => resolve({ output, code }));
  });
}

describe('the dev server', () => {
  it('refuses a busy port with a message instead of moving to another port', async () => {
    blocker = createServer();
    const port = await new Promise<number>((resolve) =>
      blocker?.listen(0, 'localhost', () => resolve((blocker?.address() as AddressInfo).port)),
    );
    const { output, code } = await startDevServer(port);
    expect(output).toContain(`Port ${port} is already in use`);
    expect(output).toContain(`The workbench runs only at http://localhost:${port}/`);
    expect(output).not.toMatch(/Local:/);
    expect(code).toBe(1);
  });
});

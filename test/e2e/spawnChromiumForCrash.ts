import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './launchChromium';

export interface CrashableChromium {
  readonly browser: Browser;
  /** Kills the browser process with SIGKILL: no unload events, no orderly shutdown. */
  crash(): Promise<void>;
  /** Sends SIGTERM, what a desktop sends at log-out, and waits for the process to end. */
  terminate(): Promise<void>;
  /** Resolves when the browser process has ended, however it ended. */
  readonly exited: Promise<void>;
}

/** Starts Chromium as a process of our own on a profile folder, so a test can kill it outright. */
export async function spawnChromiumForCrash(userDataDir: string): Promise<CrashableChromium> {
  const process = spawn(
    CHROMIUM_PATH,
    [
      ...CHROMIUM_ARGS,
      '--headless',
      `--user-data-dir=${userDataDir}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => process.once('exit', () => resolve()));
  const endpoint = await readDevToolsEndpoint(process);
  const browser = await chromium.connectOverCDP(endpoint);
  const stop = (signal: NodeJS.Signals) => {
    process.kill(signal);
    return exited;
  };
  return { browser, crash: () => stop('SIGKILL'), terminate: () => stop('SIGTERM'), exited };
}

function readDevToolsEndpoint(process: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`Chromium printed no DevTools address:\n${output}`)),
      30_000,
    );
    process.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    process.once('exit', (code) =>
      reject(new Error(`Chromium exited (${code}) before it listened:\n${output}`)),
    );
  });
}

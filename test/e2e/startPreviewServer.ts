// Builds the app (unless E2E_SKIP_BUILD=1) and serves it with `vite preview` on a free loopback port.
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface PreviewServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function startPreviewServer(): Promise<PreviewServer> {
  if (process.env.E2E_SKIP_BUILD !== '1') {
    await build({ root: projectRoot, logLevel: 'warn' });
  }
  const port = await findFreePort();
  const server = await preview({
    root: projectRoot,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no free port')),
      );
    });
  });
}

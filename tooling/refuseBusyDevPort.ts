import { createServer } from 'node:net';
import type { Plugin } from 'vite';

/**
 * Stops the dev server with a clear message when its port is taken, where Vite would move to the
 * next port: the browser keeps IndexedDB per origin, so on another port the translator's projects
 * would seem to be gone.
 */
export function refuseBusyDevPort(): Plugin {
  return {
    name: 'refuse-busy-dev-port',
    apply: 'serve',
    async configureServer(server) {
      const { port, host, middlewareMode } = server.config.server;
      if (middlewareMode || process.env.VITEST !== undefined) return;
      const hostname = typeof host === 'string' ? host : 'localhost';
      if (await isPortFree(port, hostname)) return;
      const url = `http://${hostname}:${port}/`;
      server.config.logger.error(
        [
          `Port ${port} is already in use, perhaps by another \`npm start\`.`,
          `The workbench runs only at ${url}: the browser keeps your projects per address, so on`,
          `another port they would not be there. If ${url} is the workbench, use it;`,
          `otherwise stop what uses port ${port} and run \`npm start\` again.`,
        ].join('\n'),
      );
      process.exit(1);
    },
  };
}

function isPortFree(port: number, hostname: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, hostname, () => probe.close(() => resolve(true)));
  });
}

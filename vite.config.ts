import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { refuseBusyDevPort } from './tooling/refuseBusyDevPort.ts';

export default defineConfig({
  plugins: [react(), refuseBusyDevPort()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173 },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
  },
});

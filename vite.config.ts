import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/** The largest file the service worker precaches: the CC-CEDICT chunk the alignment worker loads is about 10 MB. */
const LARGEST_PRECACHED_FILE_BYTES = 16 * 1024 * 1024;

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // The glob below takes every file; the plugin adds the web manifest itself.
      includeManifestIcons: false,
      manifest: {
        id: './',
        name: 'Bitext Workbench 双语工作台',
        short_name: 'Bitext',
        description:
          'Chinese→English translation workbench that works offline · 离线可用的汉英翻译工作台',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#2f6fdf',
        background_color: '#f6f7f9',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // Every file of the build, lazily loaded chunks and worker chunks included, so the app
        // opens and every screen works with no network after one visit.
        globPatterns: ['**/*'],
        globIgnores: ['**/node_modules/**/*', 'manifest.webmanifest'],
        maximumFileSizeToCacheInBytes: LARGEST_PRECACHED_FILE_BYTES,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // A new version waits until the user asks for it (the update banner); the first one
        // takes the open page at once, so that page's own lazy chunks are served offline too.
        skipWaiting: false,
        clientsClaim: true,
      },
    }),
  ],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
  },
});

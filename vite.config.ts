import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { refuseBusyDevPort } from './tooling/refuseBusyDevPort.ts';

/**
 * What the built app may load: its own files only, no inline script and no eval; workers and the
 * service worker from its own origin; no plugins, no <base>, no form posting anywhere. Inline
 * styles stay allowed (they cannot run code): TipTap adds its base stylesheet as a <style> element.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The policy as a meta tag in the built index.html only: the dev server's HMR injects inline scripts. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'bitext:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** The largest file the service worker precaches: the CC-CEDICT chunk the alignment worker loads is about 10 MB. */
const LARGEST_PRECACHED_FILE_BYTES = 16 * 1024 * 1024;

export default defineConfig({
  plugins: [
    react(),
    refuseBusyDevPort(),
    contentSecurityPolicy(),
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

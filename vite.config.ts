import { defineConfig, runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Nothing leaves the origin: the built app allows only its own origin for every kind of
 * resource. The quick exit's navigation is a top-level navigation, which CSP does not govern.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

const securityHeaders = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/**
 * The policy goes into the built page itself, so it holds on any static host. The dev
 * server injects inline scripts for hot reload, so in development only it is left out.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'seen-alone-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
        { tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' }, injectTo: 'head-prepend' },
      ],
    },
  };
}

/**
 * Every content file of every locale is checked against its schemas when the app is built, so a
 * malformed file fails the build (naming the file and the path inside it) and the browser checks
 * nothing at start-up (issue 13). The tests check the same (tests/content/).
 */
function checkContentAtBuild(): Plugin {
  return {
    name: 'seen-alone-content-check',
    apply: 'build',
    async buildStart() {
      // Loading content/resources.ts parses every file and the changelog; it throws a ContentError.
      await runnerImport(fileURLToPath(new URL('./content/resources.ts', import.meta.url)));
    },
  };
}

/**
 * The offline service worker (issue 13): Workbox precaches every file of the build, content and
 * lazy chunks included, so after one visit the app starts, works a case, prints and exports with
 * no network. Nothing from another origin is cached (there is no runtime caching at all). The
 * worker never takes over by itself: a new one waits until the app says no case is open in any tab
 * (src/storage/offline.ts posts SKIP_WAITING), or until every tab is closed.
 */
const offline = VitePWA({
  strategies: 'generateSW',
  registerType: 'prompt',
  // Registered by the app's own bundled module (src/storage/offline.ts): no inline script, so the
  // Content-Security-Policy stays strict.
  injectRegister: false,
  // The manifest is public/manifest.webmanifest, linked from index.html.
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    navigateFallback: '/index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: false,
    skipWaiting: false,
    runtimeCaching: [],
    // The worker itself has no inline code to eval; keep its own bundle small and readable.
    sourcemap: false,
    disableDevLogs: true,
  },
});

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), checkContentAtBuild(), offline],
  css: {
    preprocessorOptions: {
      scss: {
        loadPaths: ['node_modules'],
        quietDeps: true,
        silenceDeprecations: ['import', 'global-builtin'],
      },
    },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    // The first load is React, XState, i18next and what the first pages need; the rest is lazy
    // (see npm run bench and bench/budget.json).
    chunkSizeWarningLimit: 400,
    // Every module the first page loads anyway, in one chunk (rolldown's `$initial` tag: reached
    // from the entry by static imports only, so nothing lazy is pulled in). Left to itself the
    // bundler cut it into some twenty-five shared chunks, each a request of its own with its own
    // imports and exports: one chunk is about 9 KB smaller gzipped, and the later chunks import
    // from it as they did from the pieces.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } },
    // The polyfill was 0.5 KB of the first load. A browser without module preloading (Safari
    // before 17) now fetches modules as their imports ask, which costs little: the first load is
    // the one chunk above and the bundler's small runtime.
    modulePreload: { polyfill: false },
  },
  preview: { headers: securityHeaders, port: 4173, strictPort: true },
  server: { headers: { 'Referrer-Policy': 'no-referrer' } },
});

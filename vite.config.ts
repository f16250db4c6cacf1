import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
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
    // One bundle by design: React, XState, i18next and the content (see npm run bench).
    chunkSizeWarningLimit: 800,
  },
  preview: { headers: securityHeaders, port: 4173, strictPort: true },
  server: { headers: { 'Referrer-Policy': 'no-referrer' } },
});

/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import MagicString from 'magic-string';
import { defineConfig, loadEnv, parseSync, Visitor, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The CSP goes in a <meta> tag at build time only: Vite's dev server injects inline scripts
// (React Refresh preamble) that a strict script-src would block.
function contentSecurityPolicy(apiBaseUrl: string, mapTileUrl: string): Plugin {
  const connect = ["'self'", apiBaseUrl].filter((v) => v.startsWith("'") || v.startsWith('https:'));
  // Map tiles are images from one https host (the pharmacy map); nothing else loosens.
  const tileHost = mapTileUrl.startsWith('https://')
    ? new URL(mapTileUrl.replace(/[{}]/g, '')).origin
    : null;
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    // antd-mobile sets style attributes at run time; scripts stay strict.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tileHost ? ` ${tileHost}` : ''}`,
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  return {
    name: 'yibaotong-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        ),
    },
  };
}

/**
 * msw's cookie store (a cookie jar with the public-suffix list, reading `localStorage`) is
 * replaced by an empty one in the browser builds: the demo backend uses bearer tokens, and the
 * store cannot even start in a worker. See mocks/shims/msw-cookie-store.ts.
 */
function mswWithoutCookieJar(): Plugin {
  const shim = fileURLToPath(new URL('./mocks/shims/msw-cookie-store.ts', import.meta.url));
  return {
    name: 'yibaotong-msw-without-cookie-jar',
    enforce: 'pre',
    resolveId(source, importer) {
      if (process.env.VITEST) return null;
      if (importer?.includes('/node_modules/msw/') && /(^|\/)cookieStore\.mjs$/.test(source)) {
        return shim;
      }
      return null;
    },
  };
}

/**
 * jsQR (the counter's camera fallback where the browser has no BarcodeDetector) carries a
 * Shift-JIS table, 36 of its 45 KiB gzip, used only to decode a QR code's Kanji segments. The
 * e-voucher's code is a hex token (an ASCII segment), so the browser builds drop the table: a
 * Kanji segment would read as wrong text, which the backend answers as an unknown code.
 */
function jsQrWithoutShiftJis(): Plugin {
  return {
    name: 'yibaotong-jsqr-without-shift-jis',
    transform(code, id) {
      if (!id.includes('/node_modules/jsqr/dist/jsQR.js')) return null;
      const table = /exports\.shiftJISTable = \{[^}]*\};/;
      if (!table.test(code)) throw new Error('jsQR changed: its Shift-JIS table was not found');
      return { code: code.replace(table, 'exports.shiftJISTable = {};'), map: null };
    },
  };
}

/**
 * The contract's `summary` and `description` texts are for the OpenAPI document
 * (`npm run openapi`), which is written in Node: the browser builds replace them with ''. They
 * were about 3 KiB gzip of the demo backend's worker, and nothing on a phone reads them.
 */
function contractWithoutDocs(): Plugin {
  const DOC_KEYS = new Set(['summary', 'description']);
  return {
    name: 'yibaotong-contract-without-docs',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (process.env.VITEST || !/[\\/]src[\\/]api-contract[\\/][\w-]+\.ts$/.test(id)) return null;
      const { program, errors } = parseSync(id, code);
      if (errors.length > 0) return null;
      const out = new MagicString(code);
      new Visitor({
        Property(node) {
          const key = node.key;
          const name =
            key.type === 'Identifier' ? key.name : key.type === 'Literal' ? String(key.value) : '';
          if (node.computed || !DOC_KEYS.has(name)) return;
          const value = node.value;
          // Only literal text: a schema field named `summary` (a zod call) stays as it is.
          const literal =
            (value.type === 'Literal' && typeof value.value === 'string') ||
            (value.type === 'TemplateLiteral' && value.expressions.length === 0);
          if (literal) out.overwrite(value.start, value.end, "''");
        },
      }).visit(program);
      return out.hasChanged()
        ? { code: out.toString(), map: out.generateMap({ hires: true }) }
        : null;
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  // Demo mode (mock backend in the page) is on for `npm run dev` and the demo build, off for
  // the production build unless VITE_DEMO=true is set explicitly.
  const demo = env.VITE_DEMO ? env.VITE_DEMO === 'true' : mode !== 'production';
  const apiBaseUrl = env.VITE_API_BASE_URL ?? '/api';
  // The pharmacy map's tiles (docs/decisions/014): WGS-84 OpenStreetMap tiles by default.
  const mapTileUrl = env.VITE_MAP_TILE_URL ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
  return {
    define: {
      __DEMO__: JSON.stringify(demo),
      __API_BASE_URL__: JSON.stringify(apiBaseUrl),
      __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0'),
      'import.meta.env.VITE_MAP_TILE_URL': JSON.stringify(mapTileUrl),
    },
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
      },
    },
    build: {
      outDir: mode === 'demo' ? 'dist-demo' : 'dist',
      target: 'es2022',
      sourcemap: process.env.BUILD_SOURCEMAP === 'true',
      // scripts/budget.mjs reads which chunks each route loads from it.
      manifest: true,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              {
                // The small shared pieces every first paint loads anyway (stores, page chrome),
                // in one chunk: each chunk of its own costs a request and its gzip framing.
                name: 'shell',
                test: /src[\\/](lib[\\/](preferences-store|connectivity|store-registry|api-config|config|i18n)|components[\\/](page|skeleton|error-view|language-switch))\.tsx?$/,
              },
            ],
          },
        },
      },
    },
    // The demo backend's worker (mocks/worker) is an ES module worker with chunks of its own.
    worker: { format: 'es', plugins: () => [mswWithoutCookieJar(), contractWithoutDocs()] },
    plugins: [
      mswWithoutCookieJar(),
      contractWithoutDocs(),
      jsQrWithoutShiftJis(),
      react(),
      contentSecurityPolicy(apiBaseUrl, mapTileUrl),
      VitePWA({
        registerType: 'prompt',
        injectRegister: false,
        manifest: {
          name: '医保通',
          short_name: '医保通',
          description: '医保电子凭证、处方、药店、报销测算',
          lang: 'zh-CN',
          start_url: '/',
          scope: '/',
          display: 'standalone',
          theme_color: '#0a58ca',
          background_color: '#ffffff',
          icons: [
            { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
            { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
            {
              src: '/icons/icon-maskable-512.png',
              sizes: '512x512',
              type: 'image/png',
              purpose: 'maskable',
            },
          ],
        },
        workbox: {
          globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest}'],
          // The demo backend for a browser with no Worker at all (docs/decisions/019): loaded
          // only there, so not every visitor's precache pays its 42 KiB.
          globIgnores: ['**/backend-core-*.js'],
          // Takes control of the open pages on the first install only (docs/decisions/021).
          importScripts: ['sw-first-install-claim.js'],
          navigateFallback: '/index.html',
          navigateFallbackDenylist: [/^\/api\//],
          cleanupOutdatedCaches: true,
        },
        devOptions: { enabled: false },
      }),
    ],
    server: { host: '127.0.0.1' },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
      css: false,
      restoreMocks: true,
      pool: 'threads',
      // Tests wait for states, not for time (issue 21): a test gets a minute, and a query of the
      // screen waits up to 15 s for what it looks for (src/test/setup.ts), so a machine under
      // load is slower, not red. A state that never comes still fails.
      testTimeout: 60_000,
      hookTimeout: 60_000,
      // A forgotten .only would run one test and report green.
      allowOnly: !process.env.CI,
    },
  };
});

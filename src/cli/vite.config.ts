// Bundles the command line into one self-contained ES module for plain Node (no TypeScript, no
// node_modules needed at run time): `npm run build:cli` → dist/cli/gleaner.js, run by bin/gleaner.js.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '../..');

export default defineConfig({
  root,
  publicDir: false,
  // Bundle zod, yaml, markdown-it…: the file must run wherever the repository is checked out and built.
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: resolve(import.meta.dirname, 'run.ts'),
    // GLEANER_CLI_OUT_DIR lets a test build its own copy without touching dist/.
    outDir: resolve(root, process.env.GLEANER_CLI_OUT_DIR ?? 'dist/cli'),
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    rolldownOptions: { output: { entryFileNames: 'gleaner.js', format: 'es' } },
  },
});

#!/usr/bin/env node
// `npx gleaner …`: runs the bundled command line. Node 20 cannot run src/cli/main.ts (TypeScript) itself,
// so `npm run build` (or `npm run build:cli`) bundles it into dist/cli/gleaner.js first.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// GLEANER_CLI_OUT_DIR: where a test built its own copy (see src/cli/vite.config.ts).
const bundle = resolve(root, process.env.GLEANER_CLI_OUT_DIR ?? 'dist/cli', 'gleaner.js');

if (!existsSync(bundle)) {
  process.stderr.write(`gleaner: the command line is not built (${bundle} is missing): run "npm run build" or "npm run build:cli" first.\n`);
  process.exit(2);
}
const { runCli } = await import(pathToFileURL(bundle).href);
// exitCode, not exit(): let a large Markdown file finish flowing into a pipe.
process.exitCode = await runCli(process.argv.slice(2));

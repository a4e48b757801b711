// What an extension page loads: its HTML, then every script and stylesheet reachable through static
// imports. Deterministic, so it serves both the benchmark table and the size budget in `npm test`.
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  path: string;
  raw: number;
  gzip: number;
}

export interface PageBundle {
  files: FileSize[];
  raw: number;
  gzip: number;
  /** JS + CSS only (the budget's measure). */
  codeGzip: number;
}

const HTML_REFERENCE = /<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g;
// Static imports in Rollup's output: `import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`.
const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g;
const CSS_URL = /url\(["']?(?!data:)([^"')]+)["']?\)/g;

function resolveIn(root: string, fromFile: string, reference: string): string {
  if (reference.startsWith('/')) return reference.slice(1);
  return posix.normalize(posix.join(posix.dirname(fromFile), reference));
}

/** Follows the static graph from `htmlPath` (relative to `root`, e.g. `src/popup/index.html`). */
export function pageBundle(root: string, htmlPath: string): PageBundle {
  const seen = new Set<string>();
  const files: FileSize[] = [];
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    const content = readFileSync(join(root, path));
    files.push({ path, raw: content.length, gzip: gzipSync(content, { level: 9 }).length });
    const text = content.toString('utf8');
    const pattern = path.endsWith('.html') ? HTML_REFERENCE : path.endsWith('.css') ? CSS_URL : STATIC_IMPORT;
    for (const match of text.matchAll(pattern)) {
      const reference = match[1]!;
      if (/^[a-z-]+:/.test(reference)) continue;
      const target = resolveIn(root, path, reference);
      if (/\.(js|css|html)$/.test(target)) visit(target);
    }
  };
  visit(htmlPath);
  const code = files.filter((file) => /\.(js|css)$/.test(file.path));
  return {
    files,
    raw: files.reduce((sum, file) => sum + file.raw, 0),
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
    codeGzip: code.reduce((sum, file) => sum + file.gzip, 0),
  };
}

export function distDir(): string {
  return process.env.GLEANER_OUT_DIR ?? join(dirname(import.meta.dirname), 'dist', 'chrome');
}

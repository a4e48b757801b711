// What the Chrome Web Store's and AMO's reviews look at, checked on the built manifests and pages (dist/chrome
// and dist/firefox, which npm test builds first): permissions that are all used and all explained in the
// README, no host permission and no content script until the curator connects a repository, no code loaded
// from the network, and a name and description in every locale, within the store's limits.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

interface Manifest {
  name: string;
  description: string;
  default_locale: string;
  permissions: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
  content_security_policy?: unknown;
}

/** Each permission the extension asks for, and the call in src/ that needs it (null: it has no API). */
const PERMISSIONS: Record<string, RegExp | null> = {
  activeTab: null, // read the page the curator opened the popup on, with `scripting`
  scripting: /\bscripting\.executeScript\(/,
  contextMenus: /\b(?:contextMenus|menus)\.create\(/,
  unlimitedStorage: null, // IndexedDB beyond the default quota
  storage: /\bstorage\.local\b/,
  alarms: /\balarms\.create\(/,
};

const TARGETS = ['chrome', 'firefox'] as const;
const manifestOf = (target: string): Manifest => JSON.parse(readFileSync(join('dist', target, 'manifest.json'), 'utf8')) as Manifest;

function filesUnder(root: string, suffix: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith(suffix)).map((path) => join(root, path));
}

describe.each(TARGETS)('the %s build', (target) => {
  test('asks for the listed permissions and no host until a repository is connected', () => {
    const manifest = manifestOf(target);
    expect([...manifest.permissions].sort()).toEqual(Object.keys(PERMISSIONS).sort());
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*']);
  });

  test('loads no code from the network', () => {
    const manifest = manifestOf(target);
    expect(manifest.content_security_policy).toBeUndefined();
    for (const html of filesUnder(join('dist', target), '.html')) {
      const references = [...readFileSync(html, 'utf8').matchAll(/\b(?:src|href)="([^"]*)"/g)].map((match) => match[1]);
      expect(references.filter((reference) => !/^\.{0,2}\/[^/]/.test(reference ?? '')), html).toEqual([]);
    }
    for (const script of filesUnder(join('dist', target), '.js')) {
      const code = readFileSync(script, 'utf8');
      expect(code, script).not.toMatch(/\bimport\(\s*["'`](?:https?:)?\/\//);
      expect(code, script).not.toMatch(/\bimportScripts\(/);
    }
  });
});

test('every permission is used by our code and explained in the README', () => {
  const source = filesUnder('src', '.ts').concat(filesUnder('src', '.tsx')).map((file) => readFileSync(file, 'utf8')).join('\n');
  const readme = readFileSync('README.md', 'utf8');
  for (const [permission, use] of Object.entries(PERMISSIONS)) {
    if (use) expect(source, permission).toMatch(use);
    expect(readme.includes(`\`${permission}\``), `README explains ${permission}`).toBe(true);
  }
});

test('the name and description are localised, within the Chrome Web Store limits, in every locale', () => {
  const manifest = manifestOf('chrome');
  expect([manifest.name, manifest.description]).toEqual(['__MSG_extName__', '__MSG_extDescription__']);
  const locales = readdirSync('public/_locales');
  expect(locales).toEqual(expect.arrayContaining([manifest.default_locale, 'fr']));
  const keysOf = (locale: string): Record<string, { message: string }> =>
    JSON.parse(readFileSync(join('public/_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  const reference = Object.keys(keysOf(manifest.default_locale)).sort();
  for (const locale of locales) {
    const messages = keysOf(locale);
    expect(Object.keys(messages).sort(), `${locale} has the same messages as ${manifest.default_locale}`).toEqual(reference);
    expect([...(messages.extName?.message ?? '')].length, `${locale} name`).toBeLessThanOrEqual(75);
    expect([...(messages.extDescription?.message ?? '')].length, `${locale} description`).toBeLessThanOrEqual(132);
  }
});

test('the build note (BUILD.md in the source archive) names every package bundled into the extension', () => {
  const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
  const note = readFileSync('docs/build-from-source.md', 'utf8');
  const unnamed = Object.keys(dependencies).filter((name) => name !== 'memfs' && !note.includes(`\`${name}\``));
  expect(unnamed, 'add them to docs/build-from-source.md (memfs is the command line\'s only)').toEqual([]);
});

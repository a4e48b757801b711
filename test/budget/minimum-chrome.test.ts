// minimum_chrome_version must match what the extension really needs: the newest CSS feature in the built
// stylesheets or web API our own code calls unguarded. Libraries feature-detect what they use (Dexie's
// Promise.withResolvers, zod's URL.canParse, pragmatic-drag-and-drop's showPopover), so only src/ is read for
// APIs. Versions from MDN's compatibility tables. A feature missing here is not detected: add it when used.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { distDir } from '../../bench/bundle';

interface Feature {
  name: string;
  chrome: number;
  pattern: RegExp;
}

// The build targets ES2022 (vite.config.ts): class static blocks are its newest syntax (Chrome 94), and an
// MV3 module service worker needs Chrome 92. Together they are the floor.
const FLOOR: Feature = { name: 'ES2022 output (class static blocks)', chrome: 94, pattern: /(?:)/ };

const CSS_FEATURES: Feature[] = [
  { name: 'CSS :focus-visible', chrome: 86, pattern: /:focus-visible/ },
  { name: 'CSS :has()', chrome: 105, pattern: /:has\(/ },
  { name: 'CSS container queries', chrome: 105, pattern: /@container/ },
  { name: 'CSS dvh/svh/lvh units', chrome: 108, pattern: /\d(?:dvh|svh|lvh)\b/ },
  { name: 'CSS color-mix()', chrome: 111, pattern: /color-mix\(/ },
  { name: 'CSS oklch()', chrome: 111, pattern: /oklch\(/ },
  { name: 'CSS nesting', chrome: 120, pattern: /[{;]\s*&/ },
  { name: 'CSS @starting-style', chrome: 117, pattern: /@starting-style/ },
  { name: 'CSS light-dark()', chrome: 123, pattern: /light-dark\(/ },
  { name: 'CSS field-sizing', chrome: 123, pattern: /field-sizing/ },
  { name: 'CSS anchor positioning', chrome: 125, pattern: /anchor-name|position-anchor/ },
  { name: 'CSS interpolate-size', chrome: 129, pattern: /interpolate-size/ },
];

const SOURCE_FEATURES: Feature[] = [
  { name: 'Array.prototype.findLast', chrome: 97, pattern: /\.findLast(?:Index)?\(/ },
  { name: 'structuredClone', chrome: 98, pattern: /\bstructuredClone\(/ },
  { name: 'Array.prototype.toSorted/toReversed/toSpliced', chrome: 110, pattern: /\.to(?:Sorted|Reversed|Spliced)\(/ },
  { name: 'String.prototype.isWellFormed', chrome: 111, pattern: /\.(?:isWellFormed|toWellFormed)\(/ },
  { name: 'popover API', chrome: 114, pattern: /\bshowPopover\(|\bpopover=/ },
  { name: 'Object.groupBy / Map.groupBy', chrome: 117, pattern: /\b(?:Object|Map)\.groupBy\(/ },
  { name: 'Promise.withResolvers', chrome: 119, pattern: /\bPromise\.withResolvers\(/ },
  { name: 'URL.canParse', chrome: 120, pattern: /\bURL\.canParse\(/ },
  { name: 'Array.fromAsync', chrome: 121, pattern: /\bArray\.fromAsync\(/ },
  { name: 'Set methods (union, intersection…)', chrome: 122, pattern: /new Set\([^)]*\)\.(?:union|intersection|difference|isSubsetOf)\(/ },
  { name: 'URL.parse', chrome: 126, pattern: /\bURL\.parse\(/ },
  { name: 'RegExp.escape', chrome: 136, pattern: /\bRegExp\.escape\(/ },
  { name: 'runtime.getContexts', chrome: 116, pattern: /\bruntime\.getContexts\(/ },
  { name: 'action.openPopup without a user gesture', chrome: 127, pattern: /\baction\.openPopup\(/ },
  { name: 'sidePanel', chrome: 114, pattern: /\bsidePanel\./ },
];

// Manifest keys the browser only honours from some version on (Chrome's manifest documentation).
const MANIFEST_FEATURES: Feature[] = [
  { name: 'manifest optional_host_permissions', chrome: 102, pattern: /"optional_host_permissions"/ },
  { name: 'manifest side_panel', chrome: 114, pattern: /"side_panel"/ },
];

function filesUnder(root: string, extensions: RegExp): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => extensions.test(path))
    .map((path) => join(root, path));
}

function found(features: Feature[], files: string[]): Feature[] {
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  return features.filter((feature) => texts.some((text) => feature.pattern.test(text)));
}

test('minimum_chrome_version is the version the newest feature used needs', () => {
  const used = [
    FLOOR,
    ...found(CSS_FEATURES, filesUnder(distDir(), /\.css$/)),
    ...found(SOURCE_FEATURES, filesUnder('src', /\.tsx?$/)),
    ...found(MANIFEST_FEATURES, [join(distDir(), 'manifest.json')]),
  ];
  const newest = used.reduce((a, b) => (b.chrome > a.chrome ? b : a));
  const manifest = JSON.parse(readFileSync(join(distDir(), 'manifest.json'), 'utf8')) as { minimum_chrome_version?: string };
  const setBy = used.filter((feature) => feature.chrome === newest.chrome).map((feature) => feature.name).join(', ');
  expect(manifest.minimum_chrome_version, `set it to ${newest.chrome} (needed by ${setBy})`).toBe(String(newest.chrome));
});

// Types for the reproducible zip helpers (scripts/zip.mjs).
export function filesOf(root: string, keep?: (path: string) => boolean): string[];
export function writeZip(root: string, paths: string[], out: string): void;
export function extractZip(zip: string, into: string): void;
export function canonicalZip(input: string, out: string): void;

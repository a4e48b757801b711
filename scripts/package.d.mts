// Types for the packaging script, which tests import (scripts/ are plain Node ES modules).
export function version(): string;
export function artifact(kind: 'chrome' | 'firefox' | 'source', version?: string): string;
export function packageAll(options?: { buildFirst?: boolean; firefoxOnly?: boolean }): Promise<{ version: string; firefoxSha: string }>;

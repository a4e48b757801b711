// Types for the screenshot script (scripts/screenshots.mjs), which the E2E test runs.
export const SHOTS: Record<'popup' | 'compose' | 'settings', { width: number; height: number }>;
export const SCHEMES: Array<'light' | 'dark'>;
export const ARTICLE_TITLE: string;
export function takeScreenshots(options?: { dist?: string; out?: string }): Promise<string[]>;

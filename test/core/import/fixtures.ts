// The past issue files the importer is tested on: the reference issue as published, and older, messier
// shapes written for these tests (test/fixtures/import/).
import { readdirSync, readFileSync } from 'node:fs';

export interface IssueFile {
  name: string;
  text: string;
}

const FIXTURES = new URL('../../fixtures/', import.meta.url);
export const REFERENCE_NAME = '2025-11-12-newsletter-du-12-novembre-2025.md';

export const REFERENCE_FILE: IssueFile = { name: REFERENCE_NAME, text: readFileSync(new URL(REFERENCE_NAME, FIXTURES), 'utf8') };

export const OLDER_FILES: IssueFile[] = readdirSync(new URL('import/', FIXTURES)).sort().map((name) => ({
  name,
  text: readFileSync(new URL(`import/${name}`, FIXTURES), 'utf8'),
}));

export const ALL_FILES: IssueFile[] = [REFERENCE_FILE, ...OLDER_FILES];

export function olderFile(prefix: string): IssueFile {
  const file = OLDER_FILES.find((candidate) => candidate.name.startsWith(prefix));
  if (!file) throw new Error(`no fixture ${prefix}`);
  return file;
}

// A backup file read from disk into the database's rows, for the commands that read one (`render --all`,
// `find`, `import --into`): the same decoding and validation as "Restore backup".
import { randomUUID } from 'node:crypto';
import { parseBackupBytes } from '../core/backup-bytes';
import { fromBackupFile, type BackupData, type BackupFile } from '../core/backup-format';
import { echo } from '../core/limits';
import { mergeSettings } from '../core/settings';
import type { Settings } from '../core/types';
import { describeProblem } from './describe-problem';
import type { CliIo } from './main';
import { reason } from './output';

export interface LoadedBackup {
  file: BackupFile;
  data: BackupData;
  /** The backup's settings over the defaults: what the options page would render with. */
  settings: Settings;
}

/** The backup at `path`, or null once the reason it cannot be read is on stderr. */
export async function readBackup(io: CliIo, path: string, now: number = Date.now()): Promise<LoadedBackup | null> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    io.stderr(`gleaner: cannot read ${echo(path)}: ${reason(error)}\n`);
    return null;
  }
  const parsed = parseBackupBytes(bytes);
  if (!parsed.ok) {
    io.stderr(`gleaner: ${echo(path)}: ${describeProblem(parsed.problem)}\n`);
    return null;
  }
  const settings = mergeSettings(parsed.file.settings);
  const data = fromBackupFile(parsed.file, { defaultLanguage: settings.language, now, newId: randomUUID });
  return { file: parsed.file, data, settings };
}

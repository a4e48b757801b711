import { localIsoDate } from '../../core/dates';

/** `gleaner-backup-YYYY-MM-DD.json`, dated in the curator's time zone. */
export function backupFileName(now: Date): string {
  return `gleaner-backup-${localIsoDate(now)}.json`;
}

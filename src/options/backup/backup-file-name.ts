/** `gleaner-backup-YYYY-MM-DD.json`, dated in the curator's time zone. */
export function backupFileName(now: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `gleaner-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

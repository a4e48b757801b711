import type { JSX, TargetedEvent } from 'preact';
import { useId, useState } from 'preact/hooks';
import { parseBackupBytes } from '../../core/backup-bytes';
import { fromBackupFile, summarizeBackup, type BackupData, type BackupError, type QuarantineEntry } from '../../core/backup-format';
import { MAX_BACKUP_BYTES } from '../../core/limits';
import { exportBackup, restoreBackup, type RestoreMode, type RestoreReport } from '../../db/backup';
import { newId } from '../../db/db';
import { loadSettings } from '../../db/settings';
import { t } from '../../platform/i18n';
import { reportActionFailure } from '../action-failure';
import { BackupSummary } from './BackupSummary';
import { QuarantineList } from './QuarantineList';
import { downloadText } from '../../platform/download';
import { backupFileName } from './backup-file-name';
import { MAX_LISTED_ERRORS, problemMessage, restoreFailureMessage } from './problem-message';
import './backup.css';
import { shownError } from '../../platform/log';

type Restore =
  | { step: 'idle' }
  | { step: 'refused'; message: string; errors: BackupError[] }
  | { step: 'confirm'; fileName: string; data: BackupData }
  | { step: 'writing' }
  | { step: 'done'; report: RestoreReport }
  | { step: 'failed'; message: string };

function reportMessage({ picks, issues }: RestoreReport): string {
  return t('bak_restored', [picks.added, picks.updated, picks.kept, issues.added, issues.updated, issues.kept].map(String));
}

/** "Export backup" and "Restore backup", for the options page's Settings tab. */
export function BackupPanel(): JSX.Element {
  const id = useId();
  const [exportStatus, setExportStatus] = useState<{ ok: boolean; message: string; quarantine?: QuarantineEntry[] } | null>(null);
  const [restore, setRestore] = useState<Restore>({ step: 'idle' });
  const [mode, setMode] = useState<RestoreMode>('merge');

  async function onExport(): Promise<void> {
    try {
      const now = new Date();
      const fileName = backupFileName(now);
      const { text, quarantine } = await exportBackup(now);
      downloadText(fileName, text, 'application/json');
      setExportStatus({ ok: true, message: t('bak_exported', fileName), quarantine });
    } catch (error) {
      setExportStatus({ ok: false, message: t('bak_exportFailed', shownError(error)) });
    }
  }

  async function onFile(event: TargetedEvent<HTMLInputElement>): Promise<void> {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again, after fixing it, reads it again.
    input.value = '';
    if (!file) return;
    try {
      // The same decoding as the command line (UTF-8, or UTF-16 with a byte order mark); a file over the
      // limit is refused before it is read into memory.
      const parsed = file.size > MAX_BACKUP_BYTES
        ? { ok: false as const, problem: { kind: 'too-large' as const, bytes: file.size, limit: MAX_BACKUP_BYTES } }
        : parseBackupBytes(new Uint8Array(await file.arrayBuffer()));
      if (!parsed.ok) {
        const errors = parsed.problem.kind === 'invalid' ? parsed.problem.errors : [];
        setRestore({ step: 'refused', message: problemMessage(parsed.problem), errors });
        return;
      }
      const { language } = await loadSettings();
      const data = fromBackupFile(parsed.file, { defaultLanguage: language, now: Date.now(), newId });
      setRestore({ step: 'confirm', fileName: file.name, data });
    } catch (error) {
      setRestore({ step: 'failed', message: restoreFailureMessage(error) });
    }
  }

  async function onConfirm(data: BackupData): Promise<void> {
    setRestore({ step: 'writing' });
    try {
      setRestore({ step: 'done', report: await restoreBackup(data, mode) });
    } catch (error) {
      setRestore({ step: 'failed', message: restoreFailureMessage(error) });
    }
  }

  return (
    <section class="backup" aria-labelledby={`${id}-heading`} data-testid="backup-panel">
      <h2 id={`${id}-heading`}>{t('bak_heading')}</h2>
      <p class="backup-help">{t('bak_help')}</p>

      <div class="backup-row">
        <button type="button" onClick={() => onExport().catch(reportActionFailure)}>{t('bak_export')}</button>
        {exportStatus && <p role={exportStatus.ok ? 'status' : 'alert'} class={exportStatus.ok ? '' : 'backup-error'}>{exportStatus.message}</p>}
      </div>
      {exportStatus?.quarantine && exportStatus.quarantine.length > 0 && <QuarantineList entries={exportStatus.quarantine} />}

      <div class="backup-row">
        <label for={`${id}-file`}>{t('bak_restoreLabel')}</label>
        <input id={`${id}-file`} type="file" accept=".json,application/json" onChange={(event) => onFile(event).catch(reportActionFailure)}
          disabled={restore.step === 'writing'} />
      </div>

      {restore.step === 'refused' && (
        <div role="alert" class="backup-error" data-testid="backup-problem">
          <p>{restore.message}</p>
          {restore.errors.length > 0 && (
            <ul>
              {restore.errors.slice(0, MAX_LISTED_ERRORS).map((error) => (
                <li key={`${error.path}:${error.message}`}><code>{error.path || '/'}</code> {error.message}</li>
              ))}
              {restore.errors.length > MAX_LISTED_ERRORS && <li>{t('bak_moreErrors', String(restore.errors.length - MAX_LISTED_ERRORS))}</li>}
            </ul>
          )}
        </div>
      )}

      {restore.step === 'confirm' && (
        <form class="backup-confirm" aria-labelledby={`${id}-confirm`} onSubmit={(event) => { event.preventDefault(); onConfirm(restore.data).catch(reportActionFailure); }}>
          <p id={`${id}-confirm`}>{t('bak_confirmIntro', restore.fileName)}</p>
          <BackupSummary summary={summarizeBackup(restore.data)} />
          <fieldset>
            <legend>{t('bak_modeLegend')}</legend>
            {(['merge', 'replace'] as const).map((choice) => (
              <label key={choice} class="backup-mode">
                <input type="radio" name={`${id}-mode`} value={choice} checked={mode === choice} onChange={() => setMode(choice)} />
                {t(choice === 'merge' ? 'bak_modeMerge' : 'bak_modeReplace')}
              </label>
            ))}
          </fieldset>
          <div class="backup-row">
            <button type="submit">{t('bak_confirm')}</button>
            <button type="button" onClick={() => setRestore({ step: 'idle' })}>{t('bak_cancel')}</button>
          </div>
        </form>
      )}

      {restore.step === 'writing' && <p role="status">{t('bak_writing')}</p>}
      {restore.step === 'done' && <p role="status" data-testid="backup-restored">{reportMessage(restore.report)}</p>}
      {restore.step === 'failed' && <p role="alert" class="backup-error">{restore.message}</p>}
    </section>
  );
}

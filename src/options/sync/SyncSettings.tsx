// Settings → Sync: share the inbox, the drafts and the settings with other browsers through a data branch
// of the connected repository (docs/sync.md). The worker syncs; this panel saves this device's choices,
// shows the status it writes, and asks it to sync now.
import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { SyncRequest } from '../../background/sync-loop';
import { countPendingChanges } from '../../db/sync-pending';
import { browser } from '../../platform/browser';
import { t } from '../../platform/i18n';
import { DEFAULT_DATA_BRANCH, loadSyncPrefs, saveSyncPrefs, type SyncPrefs } from '../../platform/sync-store';
import { useLiveQuery } from '../../ui/use-live-query';
import { reportActionFailure } from '../action-failure';
import { problemText } from '../repository/problem-text';
import { useRepository } from '../repository/use-repository';
import { useSyncStatus } from './use-sync-status';

function ask(request: SyncRequest): void {
  browser.runtime.sendMessage(request).catch(reportActionFailure);
}

export function SyncSettings(): JSX.Element | null {
  const id = useId();
  const repository = useRepository();
  const status = useSyncStatus();
  const pending = useLiveQuery(countPendingChanges, []);
  const [prefs, setPrefs] = useState<SyncPrefs | null>(null);
  // The worker reads the preferences from storage: a sync asked before a save lands would run with the
  // previous ones (sync still off: nothing at all; the previous device name or branch). So saves are
  // written one after another, and "Sync now" waits for the last one (a name typed and then the button
  // pressed: the field's change, then the click).
  const saving = useRef<Promise<void>>(Promise.resolve());
  useEffect(() => {
    loadSyncPrefs().then(setPrefs, reportActionFailure);
  }, []);
  if (repository === undefined || prefs === null) return null;
  const save = (next: SyncPrefs): void => {
    setPrefs(next);
    const saved = saving.current.then(() => saveSyncPrefs(next));
    saving.current = saved.catch(() => undefined);
    saved.then(() => next.enabled && ask({ sync: 'now' }), reportActionFailure);
  };
  const syncNow = (): void => {
    saving.current.then(() => ask({ sync: 'now' }), reportActionFailure);
  };
  const connected = repository !== null && repository.connection.url !== '';
  const lastSync = status.lastSyncAt === null ? t('sync_never') : new Date(status.lastSyncAt).toLocaleString();

  return (
    <section class="settings-section" aria-labelledby={`${id}-heading`} data-testid="sync-settings">
      <h2 id={`${id}-heading`}>{t('sync_heading')}</h2>
      <p class="settings-help">{t(connected ? 'sync_help' : 'sync_needsRepository')}</p>
      {connected && (
        <>
          <div class="settings-field">
            <label>
              <input type="checkbox" checked={prefs.enabled} onChange={(event) => save({ ...prefs, enabled: event.currentTarget.checked })} />
              {' '}{t('sync_enable')}
            </label>
          </div>
          <div class="settings-field">
            <label for={`${id}-branch`}>{t('sync_branch')}</label>
            <input id={`${id}-branch`} type="text" spellcheck={false} value={prefs.branch} placeholder={DEFAULT_DATA_BRANCH}
              onChange={(event) => save({ ...prefs, branch: event.currentTarget.value.trim() || DEFAULT_DATA_BRANCH })} />
          </div>
          <div class="settings-field">
            <label for={`${id}-device`}>{t('sync_device')}</label>
            <input id={`${id}-device`} type="text" value={prefs.device} onChange={(event) => save({ ...prefs, device: event.currentTarget.value.trim() })} />
          </div>
          <div class="repo-actions">
            {/* Not disabled while a sync runs: a click that landed as the button turned disabled was lost, and a
                sync that started before the latest changes should be followed by one more (the worker queues it). */}
            <button type="button" disabled={!prefs.enabled} onClick={syncNow}>{t('sync_now')}</button>
          </div>
          <div role="status" aria-live="polite" data-testid="sync-status" data-last-sync={status.lastSyncAt ?? ''}>
            <p>
              {status.state === 'syncing' ? t('sync_running') : t('sync_last', lastSync)}
              {' · '}
              {t('sync_pending', String(pending ?? 0))}
            </p>
            {status.state === 'failed' && status.problem && <p class="settings-error">{t('sync_failed', problemText(status.problem))}</p>}
            {status.unreadable > 0 && <p class="settings-error">{t('sync_unreadable', String(status.unreadable))}</p>}
          </div>
          {status.state === 'rewritten' && (
            <div role="alert" class="settings-error" data-testid="sync-rewritten">
              <p>{t('sync_rewritten', String(status.lost))}</p>
              <div class="repo-actions">
                <button type="button" class="primary" onClick={() => ask({ sync: 'accept-rewrite' })}>{t('sync_putBack')}</button>
                <button type="button" onClick={() => save({ ...prefs, enabled: false })}>{t('sync_turnOff')}</button>
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}

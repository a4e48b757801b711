// Settings → Blog repository: connect once (URL, branch, folders, author, token), test, disconnect.
// The host permission of that one origin is asked for on the Connect click; the token is written to
// storage.local and never shown again, only its last four characters.
import type { JSX } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { cleanFolder, DEFAULT_CONNECTION, isAllowedRepoUrl, type GitConnection } from '../../git/connection';
import type { ConnectionReport } from '../../git/test-connection';
import { forgetOrigin, hasOrigin, requestOrigin } from '../../platform/host-permission';
import { t } from '../../platform/i18n';
import { reportActionFailure } from '../action-failure';
import { forgetRepository, saveRepository } from '../../platform/repository-store';
import { ConnectionReportView } from './ConnectionReportView';
import { ImportResultView } from './ImportResultView';
import type { RepositoryImport } from './repository-actions';
import { loadRepositoryActions } from './load-actions';
import { problemText } from './problem-text';
import { useConnectionForm } from './use-connection-form';
import { useRepository } from './use-repository';
import './repository.css';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'message'; text: string; error: boolean }
  | { kind: 'report'; report: ConnectionReport }
  | { kind: 'imported'; result: RepositoryImport };

const FIELDS: ReadonlyArray<{ key: keyof GitConnection; label: string; placeholder?: string }> = [
  { key: 'url', label: 'repo_url', placeholder: 'https://github.com/you/blog.git' },
  { key: 'branch', label: 'repo_branch', placeholder: 'repo_branchDefault' },
  { key: 'postsFolder', label: 'repo_postsFolder' },
  { key: 'imagesFolder', label: 'repo_imagesFolder' },
  { key: 'authorName', label: 'repo_authorName' },
  { key: 'authorEmail', label: 'repo_authorEmail' },
];

export function RepositorySettings(): JSX.Element {
  const id = useId();
  const stored = useRepository();
  const { form, edit, reset } = useConnectionForm(stored ? stored.connection : stored);
  const [token, setToken] = useState('');
  const [granted, setGranted] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  // Known before the click: the permission prompt must be asked for in the click itself, with no await first.
  useEffect(() => {
    if (!isAllowedRepoUrl(form.url)) return setGranted(false);
    hasOrigin(form.url).then(setGranted, () => setGranted(false));
  }, [form.url]);

  const connection: GitConnection = { ...form, url: form.url.trim(), branch: form.branch.trim(), postsFolder: cleanFolder(form.postsFolder), imagesFolder: cleanFolder(form.imagesFolder) };

  // Storage or the page's chunk failed (not git: its problems come back as outcomes).
  const failed = (error: unknown): void => {
    setStatus({ kind: 'idle' });
    reportActionFailure(error);
  };

  const runTest = async (): Promise<void> => {
    setStatus({ kind: 'busy' });
    const actions = await loadRepositoryActions();
    const outcome = await actions.checkConnection(connection);
    setStatus(outcome.ok ? { kind: 'report', report: outcome.value } : { kind: 'message', text: problemText(outcome.problem), error: true });
  };

  const runImport = async (): Promise<void> => {
    if (!stored) return;
    setStatus({ kind: 'busy' });
    const actions = await loadRepositoryActions();
    const outcome = await actions.importFromRepository(stored.connection);
    setStatus(outcome.ok ? { kind: 'imported', result: outcome.value } : { kind: 'message', text: problemText(outcome.problem), error: true });
  };

  const connect = (event: Event): void => {
    event.preventDefault();
    if (!isAllowedRepoUrl(connection.url)) {
      setStatus({ kind: 'message', text: t('repo_badUrl'), error: true });
      return;
    }
    if (token === '' && !stored?.tokenHint) {
      setStatus({ kind: 'message', text: t('repo_needToken'), error: true });
      return;
    }
    const asking = granted ? Promise.resolve(true) : requestOrigin(connection.url);
    asking.then(async (allowed) => {
      if (!allowed) {
        setStatus({ kind: 'message', text: t('repo_permissionDenied', new URL(connection.url).host), error: true });
        return;
      }
      setGranted(true);
      await saveRepository(connection, token);
      reset(connection);
      setToken('');
      await runTest();
    }).catch(failed);
  };

  const disconnect = (): void => {
    const url = stored?.connection.url ?? connection.url;
    forgetRepository()
      .then(() => (isAllowedRepoUrl(url) ? forgetOrigin(url) : false))
      .then(() => {
        reset(DEFAULT_CONNECTION);
        setToken('');
        setStatus({ kind: 'message', text: t('repo_disconnected'), error: false });
      })
      .catch(failed);
  };

  const busy = status.kind === 'busy';
  return (
    <section class="settings-section repository-settings" aria-labelledby={`${id}-heading`} data-testid="repository-settings">
      <h2 id={`${id}-heading`}>{t('repo_heading')}</h2>
      <p class="settings-help">{t('repo_help')}</p>
      <form onSubmit={connect}>
        {FIELDS.map((field) => (
          <div class="settings-field" key={field.key}>
            <label for={`${id}-${field.key}`}>{t(field.label)}</label>
            <input
              id={`${id}-${field.key}`}
              name={field.key}
              type="text"
              spellcheck={false}
              value={form[field.key]}
              placeholder={field.placeholder?.startsWith('repo_') ? t(field.placeholder) : field.placeholder}
              onInput={(event) => edit(field.key, event.currentTarget.value)}
            />
          </div>
        ))}
        <div class="settings-field">
          <label for={`${id}-token`}>{t('repo_token')}</label>
          <input
            id={`${id}-token`}
            name="token"
            type="password"
            autocomplete="off"
            value={token}
            placeholder={stored?.tokenHint ? t('repo_tokenKept', stored.tokenHint) : ''}
            onInput={(event) => setToken(event.currentTarget.value)}
          />
          <p class="settings-help">{t('repo_tokenHelp')}</p>
        </div>
        <div class="repo-actions">
          <button type="submit" class="primary" disabled={busy}>{t('repo_connect')}</button>
          <button type="button" disabled={busy || !stored} onClick={() => runTest().catch(failed)}>{t('repo_test')}</button>
          <button type="button" disabled={busy || !stored} onClick={() => runImport().catch(failed)}>{t('repo_import')}</button>
          <button type="button" class="danger" disabled={busy || !stored} onClick={disconnect}>{t('repo_disconnect')}</button>
        </div>
      </form>
      <div role="status" aria-live="polite" data-testid="repo-status">
        {busy && <p>{t('repo_working')}</p>}
        {status.kind === 'message' && <p class={status.error ? 'settings-error' : ''}>{status.text}</p>}
        {status.kind === 'report' && <ConnectionReportView report={status.report} connection={connection} />}
        {status.kind === 'imported' && <ImportResultView result={status.result} />}
      </div>
    </section>
  );
}

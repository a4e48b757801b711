// "Publish to repository" beside Download: commits the very Markdown Download gives to POSTS/file-name,
// on a new gleaner/… branch (with the pull request link) or on the branch itself. Like Download, it reads
// the draft again at the click: the preview renders after a pause, and a keystroke typed just before the
// click must be in the published file. On success the draft is marked published with the commit; on
// failure it stays a draft, unchanged, ready to try again.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { issueImageUrls } from '../../core/issue-images';
import type { ExportResult } from '../compose/export-file';
import type { GitProblem } from '../../git/problems';
import { requestOrigins } from '../../platform/host-permission';
import { t } from '../../platform/i18n';
import { reportActionFailure } from '../action-failure';
import type { PublishedIssue } from './repository-actions';
import { loadRepositoryActions } from './load-actions';
import { problemText } from './problem-text';
import { useRepository } from './use-repository';
import './repository.css';

export interface PublishToRepositoryProps {
  /**
   * The Markdown on screen: only for the image hosts asked for in the click (the prompt cannot wait for a
   * read). What is published is what `current` resolves to.
   */
  markdown: string;
  /** The export as it is now, read at the click (ComposeView's `exportNow`, as for Download and Copy). */
  current: () => Promise<ExportResult | undefined>;
  /** Marks the draft published; called once the commit is on the server. */
  onPublished: (published: PublishedIssue) => Promise<void>;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; problem: GitProblem } | { kind: 'done'; published: PublishedIssue };

export function PublishToRepository({ markdown, current, onPublished }: PublishToRepositoryProps): JSX.Element | null {
  const stored = useRepository();
  const [newBranch, setNewBranch] = useState(true);
  const [images, setImages] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  if (!stored) return null;

  const publish = async (overwrite: boolean): Promise<void> => {
    // The images' hosts, asked for in the click itself (the browser shows the prompt only then). Declined,
    // the fetch is still tried: a host that allows any origin (most CDNs) serves it anyway.
    const granted = images ? requestOrigins(issueImageUrls(markdown)) : Promise.resolve(true);
    setStatus({ kind: 'busy' });
    await granted;
    try {
      const [actions, now] = await Promise.all([loadRepositoryActions(), current()]);
      // The draft is gone, or a change broke its export: the export bar now says why; nothing to publish.
      if (!now?.ok) {
        setStatus({ kind: 'idle' });
        return;
      }
      const outcome = await actions.publishIssueFile(stored.connection, { fileName: now.fileName, markdown: now.markdown, title: now.title, newBranch, overwrite, images });
      if (!outcome.ok) {
        setStatus({ kind: 'failed', problem: outcome.problem });
        return;
      }
      await onPublished(outcome.value);
      setStatus({ kind: 'done', published: outcome.value });
    } catch (error) {
      // Not git (its problems come back as outcomes): the page's chunk or the database; reported above.
      setStatus({ kind: 'idle' });
      throw error;
    }
  };

  const branch = stored.connection.branch || t('repo_defaultBranchName');
  return (
    <div class="publish-repo" data-testid="publish-repo">
      <select aria-label={t('pub_mode')} value={newBranch ? 'branch' : 'direct'} onChange={(event) => setNewBranch(event.currentTarget.value === 'branch')}>
        <option value="branch">{t('pub_modeNewBranch')}</option>
        <option value="direct">{t('pub_modeDirect', branch)}</option>
      </select>
      <label class="checkbox">
        <input type="checkbox" checked={images} onChange={(event) => setImages(event.currentTarget.checked)} />
        {t('pub_images', stored.connection.imagesFolder || '/')}
      </label>
      <button type="button" class="primary" disabled={status.kind === 'busy'} onClick={() => publish(false).catch(reportActionFailure)}>
        {t('pub_publish')}
      </button>
      <div class="publish-result" role="status" aria-live="polite" data-testid="publish-status">
        {status.kind === 'busy' && t('pub_publishing')}
        {status.kind === 'failed' && (
          <>
            <span class="settings-error">{problemText(status.problem)}</span>{' '}
            {status.problem.kind === 'file-exists' && (
              <button type="button" class="danger" onClick={() => publish(true).catch(reportActionFailure)}>{t('pub_replace')}</button>
            )}
          </>
        )}
        {status.kind === 'done' && <PublishedLine published={status.published} />}
      </div>
    </div>
  );
}

function PublishedLine({ published }: { published: PublishedIssue }): JSX.Element {
  const short = published.commit.slice(0, 7);
  return (
    <span data-commit={published.commit}>
      {t(published.unchanged ? 'pub_unchanged' : 'pub_done', [published.path, published.branch, short])}{' '}
      {published.pullRequest !== null && (
        <a href={published.pullRequest} target="_blank" rel="noopener noreferrer">{t('pub_openPullRequest')}</a>
      )}
    </span>
  );
}

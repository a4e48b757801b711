// Archive → Import past issues: files or a whole `_posts` folder become published issues (issue 9). New and
// unchanged files go straight in; an archived issue whose file changed is only replaced once the curator
// says so. Each file gets a line in the report (ImportReportList), with the reason when it was skipped. The
// files are parsed in a Web Worker (parse-in-worker) while the page writes them, a few per transaction; the
// page stays usable and says how far it got.
import type { JSX } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { ImportProblem } from '../../core/import/problems';
import { importIssueFiles, type ImportFileReport, type ImportReport, type IssueFileInput } from '../../db/import-issues';
import { t } from '../../platform/i18n';
import { reportActionFailure } from '../action-failure';
import { ImportReportList } from './ImportReportList';
import { parseChunksInWorker } from './parse-in-worker';
import { readIssueFiles } from './read-issue-files';

type State =
  | { step: 'idle' }
  /** `done` of `total` files written so far (0 of 0 while the files are read). */
  | { step: 'working'; done: number; total: number }
  | { step: 'done'; files: ImportFileReport[]; ignored: number; changed: IssueFileInput[] };

function problemText(problem: ImportProblem): string {
  const reason = t(`imp_problem_${problem.code.replace(/-/g, '_')}`);
  return problem.detail === '' ? reason : `${reason} (${problem.detail})`;
}

function lineText(file: ImportFileReport): string {
  const title = file.issue?.title ?? '';
  switch (file.status) {
    case 'imported': return t('imp_imported', [title, String(file.links ?? 0)]);
    case 'updated': return t('imp_updated', title);
    case 'unchanged': return t('imp_unchanged', title);
    case 'changed': return t('imp_changed', title);
    case 'skipped': return t('imp_skipped', file.problem ? problemText(file.problem) : '');
  }
}

function merge(files: ImportFileReport[], update: ImportReport): ImportFileReport[] {
  const byName = new Map(update.files.map((file) => [file.name, file]));
  return files.map((file) => byName.get(file.name) ?? file);
}

export function ImportIssues(): JSX.Element {
  const id = useId();
  const [state, setState] = useState<State>({ step: 'idle' });

  const onProgress = (done: number, total: number): void => setState({ step: 'working', done, total });

  async function onChoose(event: Event, fromFolder: boolean): Promise<void> {
    const input = event.currentTarget as HTMLInputElement;
    const chosen = [...(input.files ?? [])];
    input.value = '';
    if (chosen.length === 0) return;
    setState({ step: 'working', done: 0, total: 0 });
    const read = await readIssueFiles(chosen, fromFolder);
    const report = await importIssueFiles(read.inputs, { updateChanged: false, onProgress, parseChunks: parseChunksInWorker() });
    const changedNames = new Set(report.files.filter((file) => file.status === 'changed').map((file) => file.name));
    setState({ step: 'done', files: [...read.refused, ...report.files], ignored: read.ignored, changed: read.inputs.filter((file) => changedNames.has(file.name)) });
  }

  async function onUpdate(current: Extract<State, { step: 'done' }>): Promise<void> {
    setState({ step: 'working', done: 0, total: current.changed.length });
    const report = await importIssueFiles(current.changed, { onProgress, parseChunks: parseChunksInWorker() });
    setState({ ...current, files: merge(current.files, report), changed: [] });
  }

  const counts = state.step === 'done' ? (status: ImportFileReport['status']): number => state.files.filter((file) => file.status === status).length : null;
  return (
    <section class="import-issues" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('imp_heading')}</h3>
      <p class="hint">{t('imp_help')}</p>
      <div class="import-row">
        <label for={`${id}-files`}>{t('imp_chooseFiles')}</label>
        <input id={`${id}-files`} type="file" multiple accept=".md,.markdown,.mkd,.mkdn,.mkdown,text/markdown"
          disabled={state.step === 'working'} onChange={(event) => onChoose(event, false).catch(reportActionFailure)} />
      </div>
      <div class="import-row">
        <label for={`${id}-folder`}>{t('imp_chooseFolder')}</label>
        {/* webkitdirectory: a whole folder, in Chrome and Firefox alike. */}
        <input id={`${id}-folder`} type="file" {...{ webkitdirectory: true }}
          disabled={state.step === 'working'} onChange={(event) => onChoose(event, true).catch(reportActionFailure)} />
      </div>
      <div role="status">
        {state.step === 'working' && (
          <p data-testid="import-progress">
            {state.total === 0 ? t('imp_working') : t('imp_progress', [String(state.done), String(state.total)])}
            {state.total > 0 && <progress max={state.total} value={state.done} aria-hidden="true" />}
          </p>
        )}
        {state.step === 'done' && counts && (
          <p data-testid="import-summary">
            {t('imp_summary', [String(counts('imported')), String(counts('updated') + counts('unchanged')), String(counts('changed')), String(counts('skipped'))])}
            {state.ignored > 0 && ` ${t('imp_ignored', String(state.ignored))}`}
          </p>
        )}
      </div>
      {state.step === 'done' && (
        <>
          <ImportReportList files={state.files} lineText={lineText} />
          {state.changed.length > 0 && (
            <button type="button" onClick={() => onUpdate(state).catch(reportActionFailure)}>
              {t('imp_updateChanged', String(state.changed.length))}
            </button>
          )}
        </>
      )}
    </section>
  );
}

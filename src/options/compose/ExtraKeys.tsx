// Front matter keys beyond the known ones (image, description, categories…): key/value rows with string
// values, kept in the curator's order.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FrontMatterValue, Issue } from '../../core/types';
import { removeFrontMatterKey, renameFrontMatterKey, setFrontMatterValue } from '../../db/issues';
import { t } from '../../platform/i18n';
import type { SaveAnswer } from '../../ui/use-saved-text';
import { useWriteStatus } from '../../ui/use-write-status';
import { reportActionFailure } from '../action-failure';
import { Field } from './Field';
import { focusNewElement } from './focus';
import { frontMatterSave } from './front-matter-write';

export interface ExtraKeysProps {
  issue: Issue;
  known: readonly string[];
}

function display(value: FrontMatterValue): string {
  if (value === null) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** A key no row uses yet, for a new row the curator then renames. */
function freshKey(used: Record<string, unknown>): string {
  let key = 'key';
  for (let n = 2; key in used; n += 1) key = `key${n}`;
  return key;
}

export function ExtraKeys({ issue, known }: ExtraKeysProps): JSX.Element {
  const extras = Object.entries(issue.frontMatter).filter(([key]) => !known.includes(key));
  const add = async (): Promise<void> => {
    const key = freshKey(issue.frontMatter);
    await setFrontMatterValue(issue.id, key, '');
    focusNewElement({ item: { key: 'extraKey', id: key }, controls: ['input'] });
  };
  return (
    <div class="extra-keys">
      {/* Rows are keyed by position: a rename must not remount the row being typed in. */}
      {extras.map(([key, value], position) => (
        <ExtraRow key={position} issue={issue} storedKey={key} value={value} />
      ))}
      <button type="button" onClick={() => add().catch(reportActionFailure)}>{t('opt_addKey')}</button>
    </div>
  );
}

interface ExtraRowProps {
  issue: Issue;
  storedKey: string;
  value: FrontMatterValue;
}

function ExtraRow({ issue, storedKey, value }: ExtraRowProps): JSX.Element {
  // The key as last written. Writes of this row run one after another, each from the key the previous
  // one left, even before liveQuery brings the renamed key back as `storedKey`.
  const written = useRef(storedKey);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef(0);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    // A new stored key with nothing in flight: another tab renamed it, or a row above was removed.
    if (pending.current === 0) written.current = storedKey;
  }, [storedKey]);

  const removal = useWriteStatus();

  /** Runs after this row's earlier writes; a failed one does not stop the next (its field shows it). */
  const enqueue = <T,>(task: () => Promise<T>): Promise<T> => {
    pending.current += 1;
    const run = queue.current.then(task).finally(() => { pending.current -= 1; });
    queue.current = run.then(() => undefined, () => undefined);
    return run;
  };
  const rename = (wanted: string): Promise<void> => enqueue(async () => {
    const to = wanted.trim();
    const done = to === written.current || (to !== '' && (await renameFrontMatterKey(issue.id, written.current, to)));
    if (done) written.current = to;
    setProblem(done ? '' : t(to === '' ? 'opt_keyEmpty' : 'opt_keyTaken', to));
  });
  const save = frontMatterSave(issue.id, () => written.current, (text) => text, (stored) => (stored === undefined ? '' : display(stored)));
  const setValue = (text: string, base: string): Promise<SaveAnswer> => enqueue(() => save(text, base));
  const remove = (): void => removal.track(enqueue(() => removeFrontMatterKey(issue.id, written.current)));

  return (
    <div class="field-row extra-row" data-extra-key={storedKey}>
      <Field label={t('opt_extraKey')} value={storedKey} onWrite={rename} />
      <Field class="field-grow" label={t('opt_extraValue')} value={display(value)} onWrite={setValue} />
      <button type="button" onClick={remove}>{t('opt_removeKey', storedKey)}</button>
      {problem && <p class="field-error" role="alert">{problem}</p>}
      {removal.error !== null && <p class="field-error" role="alert">{removal.error}</p>}
    </div>
  );
}

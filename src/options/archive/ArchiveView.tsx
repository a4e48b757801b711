// Published issues, newest first: each still exports exactly as it did, and can be reopened as a draft.
// One query reads the list; the rows are windowed (a blog's archive can hold hundreds of issues) and an
// issue's content is read and rendered only when its export is asked for (archived-issue.tsx).
import type { JSX } from 'preact';
import { useCallback, useMemo, useRef } from 'preact/hooks';
import type { Settings } from '../../core/types';
import { listPublished } from '../../db/issues';
import { t } from '../../platform/i18n';
import { useLiveQuery } from '../../ui/use-live-query';
import { useWindowList } from '../compose/use-window-list';
import { ArchivedIssue, ROW_HEIGHT } from './ArchivedIssue';
import { ImportIssues } from './ImportIssues';

export interface ArchiveViewProps {
  settings: Settings;
  /** Called after an issue is reopened, to show it in the compose tab. */
  onReopened: (issueId: string) => void;
}

/** The gap between rows, in px. */
const ROW_GAP = 12;

export function ArchiveView({ settings, onReopened }: ArchiveViewProps): JSX.Element {
  const published = useLiveQuery(listPublished, []);
  const issues = useMemo(() => published ?? [], [published]);
  const indexById = useMemo(() => new Map(issues.map((issue, index) => [issue.id, index])), [issues]);
  const latest = useRef({ issues, indexById });
  latest.current = { issues, indexById };
  const list = useWindowList<HTMLUListElement>({
    count: issues.length,
    keyAt: (index) => latest.current.issues[index]?.id ?? index,
    keysVersion: issues,
    indexOf: useCallback((id: string) => latest.current.indexById.get(id) ?? -1, []),
    estimateSize: ROW_HEIGHT,
    gap: ROW_GAP,
  });
  return (
    <section class="archive" aria-labelledby="archive-heading">
      <h2 id="archive-heading">{t('opt_archiveHeading')}</h2>
      <ImportIssues />
      {published === undefined && <p class="hint">{t('opt_loading')}</p>}
      {published?.length === 0 && <p class="hint">{t('opt_archiveEmpty')}</p>}
      <ul
        ref={list.listRef}
        class="archive-list"
        style={{ height: `${list.totalSize}px` }}
        onFocusIn={list.onFocusIn}
        onFocusOut={list.onFocusOut}
      >
        {list.items.map((item) => {
          const issue = issues[item.index];
          return issue && (
            <ArchivedIssue
              key={issue.id} issue={issue} templates={settings.templates} onReopened={onReopened}
              index={item.index} total={issues.length} offset={list.offsetOf(item)} measure={list.measure}
            />
          );
        })}
      </ul>
    </section>
  );
}

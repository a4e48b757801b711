// The compose tab: inbox beside the open draft and its preview. Every list is a liveQuery, so a pick
// saved in the popup appears here without a reload.
import type { JSX } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Block, Issue, Pick, Settings } from '../../core/types';
import { AT_END, insertPickBlock, insertPickBlocks, moveBlock, removeBlock } from '../../db/blocks';
import { createDraft, deleteDraft, listDrafts, loadIssueContent, publishIssue, type PublishedCommit } from '../../db/issues';
import { t } from '../../platform/i18n';
import { useLiveQuery } from '../../ui/use-live-query';
import { Preview } from '../preview/Preview';
import { useDropMonitor, type DropCommand } from './dnd';
import { DraftPicker } from './DraftPicker';
import { ExportActions } from './ExportActions';
import { PublishToRepository } from '../repository/PublishToRepository';
import { useRepository } from '../repository/use-repository';
import { FrontMatterForm } from './FrontMatterForm';
import { Inbox } from './Inbox';
import { IssueBlocks } from './IssueBlocks';
import { reportActionFailure } from '../action-failure';
import { firstDrafts } from '../first-reads';
import { reportShown } from '../first-screen';
import { useExportResult } from './use-export-result';
import type { ExportResult } from './export-file';
import { useOpenDraft } from './use-open-draft';
import { useIssueContent } from './use-issue-content';
import { flushFocus, focusNewElement } from './focus';
import { announcePlacements, announceToInbox, announceWhenPlaced, blockLabel } from './moves';
import { offerBlockUndo } from './block-undo';
import { offerUndo } from '../undo-offer';
import { restoreDraft } from '../../db/restore';
import './compose.css';

export interface ComposeViewProps {
  settings: Settings;
  /** The draft the curator chose (held by the app, so the archive can open a reopened issue here). */
  selectedId: string | null;
  onSelect: (issueId: string | null) => void;
}

const NO_BLOCKS: Block[] = [];
const NO_PICKS = new Map<string, Pick>();

export function ComposeView({ settings, selectedId, onSelect: setSelectedId }: ComposeViewProps): JSX.Element {
  const drafts = useLiveQuery(listDrafts, [], firstDrafts);
  const current: Issue | undefined = useOpenDraft(drafts, selectedId, setSelectedId);
  const issueId = current?.id ?? '';
  // Blocks and their picks together, kept current write by write. Never another draft's: until the newly
  // opened draft's content arrives nothing is shown (or moved, or exported) under this draft's title.
  const content = useIssueContent(issueId);
  const blocks = content?.blocks;
  const picks = content?.picks;

  // With no draft at all there is nothing to compose into: start one, once. The list may still say "none"
  // after the new draft is written (a first read handed over before its live query subscribes), so the
  // guard holds until the list shows a draft, not until the write ends: else a second empty draft.
  const creating = useRef(false);
  useEffect(() => {
    if (drafts === undefined) return;
    if (drafts.length > 0) {
      creating.current = false;
      return;
    }
    if (creating.current) return;
    creating.current = true;
    createDraft(settings).then((issue) => setSelectedId(issue.id), (error: unknown) => {
      creating.current = false;
      reportActionFailure(error);
    });
  }, [drafts, settings, setSelectedId]);

  useEffect(flushFocus, [blocks, drafts]);
  // Places are counted in the whole draft: not in the first screen's first blocks.
  useEffect(() => {
    if (content && !content.partial) announcePlacements(content.blocks);
  }, [content]);
  useLayoutEffect(() => {
    if (content) reportShown('blocks');
  }, [content]);

  const shownBlocks = blocks ?? NO_BLOCKS;
  const shownPicks = picks ?? NO_PICKS;
  useDropMonitor((command) => runDrop(command, issueId, shownBlocks, shownPicks).catch(reportActionFailure));

  // Not from the draft's first blocks alone (the first screen's read): the export and preview wait for it all.
  const doc = useMemo(
    () => (current && content && !content.partial ? { issue: current, blocks: shownBlocks, picks: shownPicks, templates: settings.templates } : undefined),
    [current, content, shownBlocks, shownPicks, settings.templates],
  );
  const { result, renderNow } = useExportResult(doc);
  // Read again at the click: a write issued before it (the last keystroke) is in, whatever the preview shows.
  const templates = settings.templates;
  const exportNow = useCallback(async (): Promise<ExportResult | undefined> => {
    const fresh = issueId ? await loadIssueContent(issueId) : undefined;
    return fresh && renderNow({ ...fresh, templates });
  }, [issueId, templates, renderNow]);
  // The block the curator is working in (focus entered it): the preview keeps it in view.
  const [activeBlock, setActiveBlock] = useState<string | null>(null);
  // One primary action in the export bar: publishing when a repository is connected, else Download.
  const repository = useRepository();
  const followLines = result?.ok && activeBlock !== null ? result.blockLines.get(activeBlock) ?? null : null;

  // Stable while the draft stays the same, so the inbox's memoised items skip re-rendering.
  const addToIssue = useCallback((pick: Pick): void => {
    insertPickBlock(issueId, pick.id, AT_END).then(({ block }) => {
      focusNewElement({ item: { key: 'blockId', id: block.id }, controls: ['[data-move="up"]', '[data-action="remove"]'] });
      announceWhenPlaced(pick.title, block);
    }, reportActionFailure);
  }, [issueId]);
  const addManyToIssue = useCallback((pickIds: string[]): Promise<number> => insertPickBlocks(issueId, pickIds, AT_END), [issueId]);
  const publish = async (issue: Issue, commit?: PublishedCommit): Promise<void> => {
    const fresh = await publishIssue(issue.id, settings, commit);
    setSelectedId(fresh.id);
  };

  return (
    <div class="compose">
      <Inbox onAdd={current ? addToIssue : null} onAddMany={current ? addManyToIssue : null} />
      <section class="draft" aria-labelledby="draft-heading">
        <h2 id="draft-heading">{t('opt_draftHeading')}</h2>
        {current ? (
          <>
            <DraftPicker
              drafts={drafts ?? []}
              current={current}
              onSelect={setSelectedId}
              onNew={() => createDraft(settings).then((issue) => setSelectedId(issue.id), reportActionFailure)}
              onDelete={(issue) => deleteDraft(issue.id).then((removed) => {
                setSelectedId(null);
                if (removed) offerUndo({ message: t('opt_deletedDraft'), undo: () => restoreDraft(removed), onRestored: () => setSelectedId(removed.issue.id) });
              }, reportActionFailure)}
            />
            {/* Keyed by draft: a field being typed in never carries its text over to another draft. */}
            <FrontMatterForm key={current.id} issue={current} titlePattern={titlePatternOf(settings)} />
            <IssueBlocks key={current.id} issueId={current.id} blocks={shownBlocks} picks={shownPicks} total={content?.partial ? content.total ?? -1 : undefined} onActivate={setActiveBlock} />
            {result ? (
              <ExportActions result={result} current={exportNow} primary={repository === null}>
                <button type="button" disabled={!result.ok} onClick={() => publish(current).catch(reportActionFailure)}>
                  {t('opt_markPublished')}
                </button>
                {result.ok && (
                  <PublishToRepository
                    current={exportNow}
                    markdown={result.markdown}
                    onPublished={({ commit, path }) => publish(current, { commit, path })}
                  />
                )}
              </ExportActions>
            ) : <p class="hint">{t('opt_loading')}</p>}
          </>
        ) : (
          <p class="hint">{t('opt_loading')}</p>
        )}
      </section>
      <div class="preview-column">{result?.ok && <Preview markdown={result.markdown} follow={followLines} />}</div>
    </div>
  );
}

function titlePatternOf(settings: Settings): string | null {
  const pattern = settings.frontMatterDefaults.title;
  return typeof pattern === 'string' ? pattern : null;
}

/** Carries out a drop, then says what happened and keeps focus on the moved item. */
async function runDrop(
  command: DropCommand,
  issueId: string,
  blocks: readonly Block[],
  picks: ReadonlyMap<string, Pick>,
): Promise<void> {
  if (command.kind === 'insert-pick') {
    if (!issueId) return;
    const { block, pick } = await insertPickBlock(issueId, command.pickId, command.index);
    announceWhenPlaced(pick.title, block);
    return;
  }
  const block = blocks.find((each) => each.id === command.blockId);
  if (!block) return;
  if (command.kind === 'move-block') {
    announceWhenPlaced(blockLabel(block, picks), await moveBlock(block.id, { to: command.index }));
  } else {
    const removed = await removeBlock(block.id);
    announceToInbox(blockLabel(block, picks));
    if (removed) offerBlockUndo(removed);
  }
}

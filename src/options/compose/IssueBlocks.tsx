// The draft's ordered blocks, with the keyboard commands that mirror drag and drop. Windowed: a
// 5,000-block draft renders the blocks on screen (use-window-list).
import type { JSX } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Block, Pick } from '../../core/types';
import { AT_END, insertHeadingBlock, insertTextBlock, moveBlock, removeBlock } from '../../db/blocks';
import { t } from '../../platform/i18n';
import { reportActionFailure } from '../action-failure';
import { BlockItem } from './BlockItem';
import type { InsertKind } from './InsertBelow';
import './interactions.css';
import { useDragAutoScroll, useZoneDropTarget } from './dnd';
import { flushFocus, focusNewElement, focusWhenRendered, onFocusRequest, pendingItem } from './focus';
import { announceRemoved, announceWhenPlaced, announceToInbox, blockLabel } from './moves';
import { useWindowList } from './use-window-list';
import { offerBlockUndo } from './block-undo';

export interface IssueBlocksProps {
  issueId: string;
  blocks: readonly Block[];
  picks: ReadonlyMap<string, Pick>;
  /** Focus entered this block (the preview follows it). */
  onActivate?: (blockId: string) => void;
  /**
   * How many blocks the draft has, while `blocks` holds only its first ones (the first screen's read); -1
   * while unknown (aria-setsize's "unknown": the last block shown can still move down).
   */
  total?: number;
}

/** What a block measures before it is rendered (compact: one line), and the gap between. */
const BLOCK_HEIGHT = 44;
const BLOCK_GAP = 6;

/** A block with nothing in it yet (a text or heading just added) opens to be filled. */
function isBlank(block: Block): boolean {
  return (block.type === 'text' && block.markdown.trim() === '') || (block.type === 'heading' && block.text.trim() === '');
}

export function IssueBlocks({ issueId, blocks, picks, onActivate, total = blocks.length }: IssueBlocksProps): JSX.Element {
  const endRef = useRef<HTMLDivElement>(null);
  const over = useZoneDropTarget(endRef, { target: 'issue-end', count: blocks.length });
  const dragging = useDragAutoScroll();

  // Stable callbacks (reading the latest props) let unchanged blocks skip re-rendering.
  const latest = useRef({ blocks, picks });
  latest.current = { blocks, picks };
  const indexOf = useCallback((blockId: string) => latest.current.blocks.findIndex((block) => block.id === blockId), []);
  // Which blocks are open to edit, kept here (not in each block) so that a block scrolled out of the
  // window and back keeps its state. A block first seen blank starts open, and stays so as it is typed in.
  const expanded = useRef(new Map<string, boolean>());
  const [, setRedraws] = useState(0);
  const isExpanded = (block: Block): boolean => {
    let open = expanded.current.get(block.id);
    if (open === undefined) {
      open = isBlank(block);
      expanded.current.set(block.id, open);
    }
    return open;
  };
  const onToggle = useCallback((blockId: string, open: boolean): void => {
    expanded.current.set(blockId, open);
    setRedraws((count) => count + 1);
  }, []);
  const onFocusIn = (event: FocusEvent): void => {
    list.onFocusIn(event);
    const item = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-block-id]') : null;
    if (item?.dataset.blockId) onActivate?.(item.dataset.blockId);
  };
  const list = useWindowList<HTMLOListElement>({
    count: blocks.length,
    keyAt: (index) => latest.current.blocks[index]?.id ?? index,
    keysVersion: blocks,
    indexOf,
    estimateSize: BLOCK_HEIGHT,
    gap: BLOCK_GAP,
  });

  // A block asked for focus (a new one at the end, a moved one) may be off screen: bring it there, and
  // focus it once it is rendered (the renders that scrolling causes bring no new data).
  const revealing = useRef(false);
  const { reveal } = list;
  useEffect(() => {
    const bringOnScreen = (): void => {
      const blockId = pendingItem('blockId');
      if (blockId !== null && reveal(blockId)) revealing.current = true;
    };
    bringOnScreen();
    return onFocusRequest(bringOnScreen);
  }, [blocks, reveal]);
  useEffect(() => {
    if (!revealing.current) return;
    if (pendingItem('blockId') === null) revealing.current = false;
    else flushFocus();
  });

  const onMove = useCallback((block: Block, delta: number): void => {
    const { picks } = latest.current;
    const pressed = delta < 0 ? 'up' : 'down';
    const other = delta < 0 ? 'down' : 'up';
    // The pressed button keeps focus; once the block reaches that end it is disabled, so the other one.
    // Asked again with the block's new place once the write is in: a render before the move's data (another
    // write's) would take the first request at the old place.
    const controls = [`[data-move="${pressed}"]`, `[data-move="${other}"]`];
    focusWhenRendered({ item: { key: 'blockId', id: block.id }, controls });
    moveBlock(block.id, { by: delta }).then((moved) => {
      focusNewElement({ item: { key: 'blockId', id: block.id }, controls, order: moved.order });
      announceWhenPlaced(blockLabel(block, picks), moved);
    }, reportActionFailure);
  }, []);

  const onRemove = useCallback((block: Block): void => {
    const { blocks, picks } = latest.current;
    const label = blockLabel(block, picks);
    // By id: a memoised item holds the block object of an earlier render, not one of `blocks`.
    const at = blocks.findIndex((each) => each.id === block.id);
    const next = blocks[at + 1] ?? blocks[at - 1];
    if (block.type === 'pick') {
      focusWhenRendered({ item: { key: 'pickId', id: block.pickId }, controls: ['[data-action="add"]'] });
    } else {
      focusWhenRendered(next
        ? { item: { key: 'blockId', id: next.id }, controls: ['[data-action="remove"]'] }
        : { controls: ['[data-action="add-text"]'] });
    }
    removeBlock(block.id).then((removed) => {
      if (block.type === 'pick') announceToInbox(label);
      else announceRemoved(label);
      if (removed) offerBlockUndo(removed);
    }, reportActionFailure);
  }, []);

  // Right below a block ("Add below"), or at the end; the new block is focused to be typed in.
  const insertAt = useCallback(async (kind: InsertKind, index: number): Promise<void> => {
    const { block } = await (kind === 'text' ? insertTextBlock(issueId, index) : insertHeadingBlock(issueId, index));
    focusNewElement({ item: { key: 'blockId', id: block.id }, controls: [kind === 'text' ? 'textarea' : 'input'] });
  }, [issueId]);
  const onInsert = useCallback((block: Block, kind: InsertKind): void => {
    // Counted now, from the blocks as stored by the latest render: the block may have moved since it rendered.
    insertAt(kind, indexOf(block.id) + 1).catch(reportActionFailure);
  }, [insertAt, indexOf]);
  const addText = (): Promise<void> => insertAt('text', AT_END);
  const addHeading = (): Promise<void> => insertAt('heading', AT_END);

  return (
    <section class={`issue-blocks${dragging ? ' is-dragging-any' : ''}`} aria-labelledby="issue-blocks-heading">
      <h3 id="issue-blocks-heading">{t('opt_blocksHeading')}</h3>
      {blocks.length === 0 && <p class="hint">{t('opt_blocksEmpty')}</p>}
      <ol
        ref={list.listRef}
        class="block-list"
        data-testid="block-list"
        style={{ height: `${list.totalSize}px` }}
        onFocusIn={onFocusIn}
        onFocusOut={list.onFocusOut}
      >
        {list.items.map((item) => {
          const block = blocks[item.index]!;
          return (
            <BlockItem
              key={block.id}
              block={block}
              index={item.index}
              total={total}
              offset={list.offsetOf(item)}
              measure={list.measure}
              indexOf={indexOf}
              label={blockLabel(block, picks)}
              pick={block.type === 'pick' ? picks.get(block.pickId) : undefined}
              expanded={isExpanded(block)}
              onToggle={onToggle}
              onMove={onMove}
              onRemove={onRemove}
              onInsert={onInsert}
            />
          );
        })}
      </ol>
      <div ref={endRef} class={`drop-end${over ? ' is-over' : ''}`} data-testid="issue-drop-end">
        {t('opt_dropHere')}
      </div>
      <div class="block-add">
        <button type="button" data-action="add-text" onClick={() => addText().catch(reportActionFailure)}>{t('opt_addText')}</button>
        <button type="button" data-action="add-heading" onClick={() => addHeading().catch(reportActionFailure)}>{t('opt_addHeading')}</button>
      </div>
    </section>
  );
}

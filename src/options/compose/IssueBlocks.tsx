// The draft's ordered blocks, with the keyboard commands that mirror drag and drop. Windowed: a
// 5,000-block draft renders the blocks on screen (use-window-list).
import type { JSX } from 'preact';
import { useCallback, useEffect, useRef } from 'preact/hooks';
import type { Block, Pick } from '../../core/types';
import { AT_END, insertHeadingBlock, insertTextBlock, moveBlock, removeBlock } from '../../db/blocks';
import { t } from '../../platform/i18n';
import { reportActionFailure } from '../action-failure';
import { BlockItem } from './BlockItem';
import { useZoneDropTarget } from './dnd';
import { flushFocus, focusNewElement, focusWhenRendered, onFocusRequest, pendingItem } from './focus';
import { announceMoved, announceRemoved, announceToInbox, blockLabel } from './moves';
import { useWindowList } from './use-window-list';

export interface IssueBlocksProps {
  issueId: string;
  blocks: readonly Block[];
  picks: ReadonlyMap<string, Pick>;
}

/** What a block measures before it is rendered (a pick: header and two lines of blurb), and the gap between. */
const BLOCK_HEIGHT = 88;
const BLOCK_GAP = 8;

export function IssueBlocks({ issueId, blocks, picks }: IssueBlocksProps): JSX.Element {
  const endRef = useRef<HTMLDivElement>(null);
  const over = useZoneDropTarget(endRef, { target: 'issue-end', count: blocks.length });

  // Stable callbacks (reading the latest props) let unchanged blocks skip re-rendering.
  const latest = useRef({ blocks, picks });
  latest.current = { blocks, picks };
  const indexOf = useCallback((blockId: string) => latest.current.blocks.findIndex((block) => block.id === blockId), []);
  const list = useWindowList<HTMLOListElement>({
    count: blocks.length,
    keyAt: (index) => latest.current.blocks[index]?.id ?? String(index),
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
    focusWhenRendered({ item: { key: 'blockId', id: block.id }, controls: [`[data-move="${pressed}"]`, `[data-move="${other}"]`] });
    moveBlock(block.id, { by: delta }).then(({ index, total }) => announceMoved(blockLabel(block, picks), index + 1, total), reportActionFailure);
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
    removeBlock(block.id).then(() => (block.type === 'pick' ? announceToInbox(label) : announceRemoved(label)), reportActionFailure);
  }, []);

  const addText = async (): Promise<void> => {
    const { block } = await insertTextBlock(issueId, AT_END);
    focusNewElement({ item: { key: 'blockId', id: block.id }, controls: ['textarea'] });
  };
  const addHeading = async (): Promise<void> => {
    const { block } = await insertHeadingBlock(issueId, AT_END);
    focusNewElement({ item: { key: 'blockId', id: block.id }, controls: ['input'] });
  };

  return (
    <section class="issue-blocks" aria-labelledby="issue-blocks-heading">
      <h3 id="issue-blocks-heading">{t('opt_blocksHeading')}</h3>
      {blocks.length === 0 && <p class="hint">{t('opt_blocksEmpty')}</p>}
      <ol
        ref={list.listRef}
        class="block-list"
        data-testid="block-list"
        style={{ height: `${list.totalSize}px` }}
        onFocusIn={list.onFocusIn}
        onFocusOut={list.onFocusOut}
      >
        {list.items.map((item) => {
          const block = blocks[item.index]!;
          return (
            <BlockItem
              key={block.id}
              block={block}
              index={item.index}
              total={blocks.length}
              offset={list.offsetOf(item)}
              measure={list.measure}
              indexOf={indexOf}
              label={blockLabel(block, picks)}
              pick={block.type === 'pick' ? picks.get(block.pickId) : undefined}
              onMove={onMove}
              onRemove={onRemove}
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

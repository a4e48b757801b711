// The draft's ordered blocks, with the keyboard commands that mirror drag and drop.
import type { JSX } from 'preact';
import { useCallback, useRef } from 'preact/hooks';
import type { Block, Pick } from '../../core/types';
import { AT_END, insertHeadingBlock, insertTextBlock, removeBlock, shiftBlock } from '../../db/blocks';
import { t } from '../../platform/i18n';
import { BlockItem } from './BlockItem';
import { useZoneDropTarget } from './dnd';
import { announceMoved, announceRemoved, announceToInbox, blockLabel, focusNewElement, focusWhenRendered } from './moves';

export interface IssueBlocksProps {
  issueId: string;
  blocks: readonly Block[];
  picks: ReadonlyMap<string, Pick>;
}

export function IssueBlocks({ issueId, blocks, picks }: IssueBlocksProps): JSX.Element {
  const endRef = useRef<HTMLDivElement>(null);
  const over = useZoneDropTarget(endRef, { target: 'issue-end', count: blocks.length });

  // Stable callbacks (reading the latest props) let unchanged blocks skip re-rendering.
  const latest = useRef({ blocks, picks });
  latest.current = { blocks, picks };
  const indexOf = useCallback((blockId: string) => latest.current.blocks.findIndex((block) => block.id === blockId), []);

  const onMove = useCallback((block: Block, delta: number): void => {
    const { picks } = latest.current;
    const pressed = delta < 0 ? 'up' : 'down';
    const other = delta < 0 ? 'down' : 'up';
    const item = `[data-block-id="${block.id}"]`;
    // The pressed button keeps focus; once the block reaches that end it is disabled, so the other one.
    focusWhenRendered(`${item} [data-move="${pressed}"]`, `${item} [data-move="${other}"]`);
    void shiftBlock(block.id, delta).then(({ index, total }) => announceMoved(blockLabel(block, picks), index + 1, total));
  }, []);

  const onRemove = useCallback((block: Block): void => {
    const { blocks, picks } = latest.current;
    const label = blockLabel(block, picks);
    const next = blocks[blocks.indexOf(block) + 1] ?? blocks[blocks.indexOf(block) - 1];
    if (block.type === 'pick') {
      focusWhenRendered(`[data-pick-id="${block.pickId}"] [data-action="add"]`);
    } else {
      focusWhenRendered(next ? `[data-block-id="${next.id}"] [data-action="remove"]` : '[data-action="add-text"]');
    }
    void removeBlock(block.id).then(() => (block.type === 'pick' ? announceToInbox(label) : announceRemoved(label)));
  }, []);

  const addText = async (): Promise<void> => {
    const block = await insertTextBlock(issueId, AT_END);
    focusNewElement(`[data-block-id="${block.id}"] textarea`);
  };
  const addHeading = async (): Promise<void> => {
    const block = await insertHeadingBlock(issueId, AT_END);
    focusNewElement(`[data-block-id="${block.id}"] input`);
  };

  return (
    <section class="issue-blocks" aria-labelledby="issue-blocks-heading">
      <h3 id="issue-blocks-heading">{t('opt_blocksHeading')}</h3>
      {blocks.length === 0 && <p class="hint">{t('opt_blocksEmpty')}</p>}
      <ol class="block-list" data-testid="block-list">
        {blocks.map((block, index) => (
          <BlockItem
            key={block.id}
            block={block}
            isFirst={index === 0}
            isLast={index === blocks.length - 1}
            indexOf={indexOf}
            label={blockLabel(block, picks)}
            pick={block.type === 'pick' ? picks.get(block.pickId) : undefined}
            onMove={onMove}
            onRemove={onRemove}
          />
        ))}
      </ol>
      <div ref={endRef} class={`drop-end${over ? ' is-over' : ''}`} data-testid="issue-drop-end">
        {t('opt_dropHere')}
      </div>
      <div class="block-add">
        <button type="button" data-action="add-text" onClick={() => void addText()}>{t('opt_addText')}</button>
        <button type="button" data-action="add-heading" onClick={() => void addHeading()}>{t('opt_addHeading')}</button>
      </div>
    </section>
  );
}

// One block of the draft: a compact line (kind, emoji, title) that opens in place to be edited; draggable by
// that line, a drop target for its neighbours, and movable by keyboard through its icon buttons.
import type { JSX, TargetedKeyboardEvent } from 'preact';
import { memo } from 'preact/compat';
import { useCallback, useId, useRef } from 'preact/hooks';
import { sameRecord } from '../../core/same-record';
import type { Block, HeadingBlock, Pick } from '../../core/types';
import { patchBlockText, updateHeadingBlock, type BlockTextField, type HeadingLevel } from '../../db/blocks';
import { t } from '../../platform/i18n';
import { Icon } from '../icons';
import { IconButton } from '../IconButton';
import { useWriteStatus } from '../../ui/use-write-status';
import { useBlockDropTarget, useDraggable } from './dnd';
import { Field } from './Field';
import { BLOCK_TYPE_LABELS, KIND_LABELS } from './labels';
import { InsertBelow, type InsertKind } from './InsertBelow';
import { PickEditor } from './PickEditor';

export interface BlockItemProps {
  block: Block;
  /** Where the block stands in the issue (0-based), of `total`. */
  index: number;
  total: number;
  /** Its place in the windowed list, in px from the list's top, and the ref that measures it. */
  offset: number;
  measure: (element: Element | null) => void;
  /** The block's current index in the issue, asked when it is dragged or hovered. */
  indexOf: (blockId: string) => number;
  label: string;
  /** The pick a pick block shows; undefined while it loads. */
  pick: Pick | undefined;
  /** Open to edit, or compact (one line). */
  expanded: boolean;
  onToggle: (blockId: string, expanded: boolean) => void;
  /** Moves the block `delta` places: -1 up, +1 down. */
  onMove: (block: Block, delta: number) => void;
  onRemove: (block: Block) => void;
  /** Adds a text or a heading right below this block. */
  onInsert: (block: Block, kind: InsertKind) => void;
}

const LEVELS: readonly HeadingLevel[] = [1, 2, 3, 4, 5, 6];

/**
 * Memoised by value: liveQuery hands over fresh objects after every write, and a move must re-render the
 * moved block and its new neighbours, not the whole issue (docs/benchmarks.md).
 */
export const BlockItem = memo(BlockItemView, (before, after) =>
  before.index === after.index && before.total === after.total && before.offset === after.offset &&
  before.measure === after.measure && before.label === after.label &&
  before.expanded === after.expanded && before.onToggle === after.onToggle &&
  before.indexOf === after.indexOf && before.onMove === after.onMove && before.onRemove === after.onRemove && before.onInsert === after.onInsert &&
  sameRecord(before.block, after.block) && sameRecord(before.pick, after.pick));

function BlockItemView(props: BlockItemProps): JSX.Element {
  const { block, index, total, offset, measure, indexOf, label, pick, expanded, onToggle, onMove, onRemove, onInsert } = props;
  const itemRef = useRef<HTMLLIElement>(null);
  // One stable ref for drag and drop and for measuring (a new function each render would re-measure).
  const setItem = useCallback((element: HTMLLIElement | null) => {
    itemRef.current = element;
    measure(element);
  }, [measure]);
  const handleRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const headerId = useId();
  const bodyId = useId();
  const dragging = useDraggable(handleRef, () => ({ kind: 'block', blockId: block.id, index: indexOf(block.id), isPick: block.type === 'pick' }));
  const edge = useBlockDropTarget(itemRef, () => indexOf(block.id));
  // Escape in the editor closes it and hands focus back to the line that opened it.
  const onBodyKey = (event: TargetedKeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onToggle(block.id, false);
    toggleRef.current?.focus();
  };

  const kindLabel = t(block.type === 'pick' && pick ? KIND_LABELS[pick.kind] : BLOCK_TYPE_LABELS[block.type]);
  return (
    <li
      ref={setItem}
      class={`block block-${block.type}${expanded ? ' is-expanded' : ''}${dragging ? ' is-dragging' : ''}${edge ? ` drop-${edge}` : ''}`}
      style={{ transform: `translateY(${offset}px)` }}
      data-index={index}
      data-window-key={block.id}
      aria-posinset={index + 1}
      aria-setsize={total}
      data-block-id={block.id}
      data-order={block.order}
      data-testid="block"
      aria-labelledby={headerId}
    >
      <div class="block-header" ref={handleRef}>
        <span class="grip" aria-hidden="true">⠿</span>
        <button
          ref={toggleRef}
          type="button"
          class="block-toggle"
          aria-expanded={expanded}
          aria-controls={expanded ? bodyId : undefined}
          title={t(expanded ? 'opt_collapseBlock' : 'opt_expandBlock')}
          onClick={() => onToggle(block.id, !expanded)}
        >
          <Icon name="chevron" class="chevron" />
          <span class="block-kind">{kindLabel}</span>
          <span class="block-label" id={headerId}>{block.type === 'pick' && pick?.emoji ? `${pick.emoji} ` : ''}{label}</span>
        </button>
        <span class="block-actions">
          <IconButton icon="up" label={t('opt_moveUp')} data-move="up" disabled={index === 0} onClick={() => onMove(block, -1)} />
          <IconButton icon="down" label={t('opt_moveDown')} data-move="down" disabled={index === total - 1} onClick={() => onMove(block, 1)} />
          <InsertBelow onInsert={(kind) => onInsert(block, kind)} />
          {block.type === 'pick'
            ? <IconButton icon="unlink" label={t('opt_removeFromIssue')} data-action="remove" onClick={() => onRemove(block)} />
            : <IconButton icon="trash" label={t('opt_deleteBlock')} danger data-action="remove" onClick={() => onRemove(block)} />}
        </span>
      </div>
      {expanded && (
        <div class="block-body" id={bodyId} onKeyDown={onBodyKey}>
          <BlockBody block={block} pick={pick} />
        </div>
      )}
    </li>
  );
}

/** A block's text, saved over the text it replaces: another tab may be typing in it too (issue 8). */
function blockTextSave(blockId: string, field: BlockTextField) {
  return async (text: string, base: string): Promise<{ stale: string } | undefined> => {
    const result = await patchBlockText(blockId, field, text, base);
    return result?.stale === undefined ? undefined : { stale: result.stale };
  };
}

function BlockBody({ block, pick }: { block: Block; pick: Pick | undefined }): JSX.Element | null {
  if (block.type === 'text') {
    return (
      <Field
        label={t('opt_textMarkdown')}
        multiline
        rows={4}
        value={block.markdown}
        onWrite={blockTextSave(block.id, 'markdown')}
      />
    );
  }
  if (block.type === 'heading') return <HeadingFields block={block} />;
  return pick ? <PickEditor pick={pick} /> : null;
}

function HeadingFields({ block }: { block: HeadingBlock }): JSX.Element {
  const levelId = useId();
  const levelStatus = useWriteStatus();
  return (
    <div class="field-row">
      <div class="field">
        <label for={levelId}>{t('opt_headingLevel')}</label>
        <select
          id={levelId}
          value={String(block.level)}
          onChange={(event) => levelStatus.track(updateHeadingBlock(block.id, { level: Number(event.currentTarget.value) as HeadingLevel }))}
        >
          {LEVELS.map((level) => (
            <option key={level} value={String(level)}>{t('opt_levelN', String(level))} ({'#'.repeat(level)})</option>
          ))}
        </select>
        {levelStatus.error !== null && <p class="field-error" role="alert">{levelStatus.error}</p>}
      </div>
      <Field class="field-grow" label={t('opt_headingText')} value={block.text} onWrite={blockTextSave(block.id, 'text')} />
    </div>
  );
}

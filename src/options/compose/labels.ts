// Message keys for names the curator sees in several places.
import type { BlockType, PickKind } from '../../core/types';

export const KIND_LABELS: Record<PickKind, string> = {
  link: 'opt_kindLink',
  featured: 'opt_kindFeatured',
  sponsor: 'opt_kindSponsor',
};

export const BLOCK_TYPE_LABELS: Record<BlockType, string> = {
  pick: 'opt_blockPick',
  text: 'opt_blockText',
  heading: 'opt_blockHeading',
};

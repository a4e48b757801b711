// A sample pick and heading, so each template editor can show what its template produces right now.
import type { HeadingBlock, Pick } from '../../core/types';

export const SAMPLE_PICK: Pick = {
  id: 'sample-pick',
  url: 'https://dtop.dev/',
  urlKey: 'dtop.dev',
  title: 'Docker monitoring for your terminal',
  blurb: 'A Docker manager with a TUI and live metrics, all in [an interface that smells of a new terminal].',
  emoji: '🐋',
  kind: 'link',
  tags: ['docker'],
  image: 'https://dtop.dev/banner.png',
  description: '',
  siteName: 'dtop',
  quote: '',
  issueId: '',
  createdAt: 0,
  updatedAt: 0,
};

export const SAMPLE_HEADING: HeadingBlock = {
  id: 'sample-heading',
  issueId: '',
  order: 'a0',
  type: 'heading',
  level: 3,
  text: 'Quoi de neuf ?',
};

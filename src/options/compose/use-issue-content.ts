// The open draft's content for the composer, kept current write by write (db/issue-content-watch): a
// block added or moved in a 5,000-block draft reads that block, not the draft.
import { useLayoutEffect, useState } from 'preact/hooks';
import { watchIssueContent } from '../../db/issue-content-watch';
import type { IssueContent } from '../../db/issues';
import { firstContent } from '../first-reads';
import { logError } from '../../platform/log';

/** The content of issue `issueId`: undefined until it is read, and while another issue's is still held. */
export function useIssueContent(issueId: string): IssueContent | undefined {
  const [content, setContent] = useState<IssueContent | undefined>(undefined);
  // A layout effect starts watching as the render commits (a plain effect would wait for a frame).
  useLayoutEffect(() => {
    if (issueId === '') return undefined;
    return watchIssueContent(
      issueId,
      (next) => setContent(next),
      // A failed read leaves the last good content on screen; the next write reads it all again.
      (error: unknown) => logError('reading the draft', error),
      firstContent(issueId),
    );
  }, [issueId]);
  return content?.issue.id === issueId ? content : undefined;
}

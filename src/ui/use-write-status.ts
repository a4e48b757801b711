// The one guarantee of every write the options page makes as the curator types or clicks (issue 8): a
// failure is shown beside the control that made it, until a later write of that control succeeds. Writes
// of one control are numbered, so only the latest one's outcome is shown: an old failure settling late
// never hides a newer success, and the other way round.
import { useCallback, useRef, useState } from 'preact/hooks';
import { saveErrorMessage } from './save-error';
import { logError } from '../platform/log';

export interface WriteStatus {
  /** The message of the latest write's failure, or null. */
  error: string | null;
  /** True when no write of this control is in flight and the latest one succeeded (stable function). */
  isSettled(): boolean;
  /** Follows one write: its failure becomes `error`, its success clears it (stable function). */
  track(write: Promise<unknown>): void;
}

export function useWriteStatus(): WriteStatus {
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const pending = useRef(0);
  const failed = useRef(false);
  const track = useCallback((write: Promise<unknown>): void => {
    const number = ++latest.current;
    pending.current += 1;
    const settle = (failure: unknown): void => {
      pending.current -= 1;
      if (number !== latest.current) return;
      failed.current = failure !== null;
      if (failure !== null) logError('a write failed', failure);
      setError(failure === null ? null : saveErrorMessage(failure));
    };
    write.then(() => settle(null), (failure: unknown) => settle(failure ?? new Error('write failed')));
  }, []);
  const isSettled = useCallback(() => pending.current === 0 && !failed.current, []);
  return { error, isSettled, track };
}

export interface StatusAreaProps {
  /** Where the pick stands (already picked, published...). */
  notice?: string;
  /** What went wrong, if anything: shown apart so it is not mistaken for news. */
  problem?: string;
}

/** The one live region of the popup: screen readers announce what it says. */
export function StatusArea({ notice, problem }: StatusAreaProps) {
  return (
    <div role="status" class="status">
      {notice && <p class="notice">{notice}</p>}
      {problem && <p class="problem">{problem}</p>}
    </div>
  );
}

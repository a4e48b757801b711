// The only way Gleaner writes to the console, and the only way an error's own words reach a page: both go
// through core/redact (issue 8). A sync or a publish fails with errors from isomorphic-git, fetch or the
// network that can quote the repository URL with credentials or the Authorization header; logged raw,
// the token would sit in the extension's console for anyone who opens it, or in a screenshot of a message.
import { errorMessage, errorReport, redactSecrets } from '../core/redact';

// The tokens this page or worker has read from storage (repository-store): hidden even where no pattern
// would recognise them, e.g. quoted bare in a server's message.
const secrets = new Set<string>();

/** Hides these texts from every later log and message of this context. */
export function rememberSecrets(forms: readonly string[]): void {
  for (const form of forms) if (form !== '') secrets.add(form);
}

/** `text` as it may be shown or logged. */
export function redacted(text: string): string {
  return redactSecrets(text, secrets);
}

/** An error's message as a page may show it: redacted and bounded. */
export function shownError(error: unknown): string {
  return errorMessage(error, secrets);
}

/** Logs a failure nobody is shown otherwise (`what`: what was being done), redacted. */
export function logError(what: string, error: unknown): void {
  console.error(`Gleaner: ${what}:`, errorReport(error, secrets));
}

/** Logs something that went wrong but was recovered from, redacted. */
export function logWarning(what: string, detail: unknown): void {
  console.warn(`Gleaner: ${what}:`, typeof detail === 'string' ? redacted(detail) : errorReport(detail, secrets));
}

// The one door to repository-actions: a dynamic import, so the git code is its own chunk, fetched the
// first time the curator tests, publishes or imports.
export type RepositoryActions = typeof import('./repository-actions');

let loading: Promise<RepositoryActions> | null = null;

export function loadRepositoryActions(): Promise<RepositoryActions> {
  loading ??= import('./repository-actions');
  return loading;
}

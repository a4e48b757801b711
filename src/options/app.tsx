// The options page: Compose | Archive | Settings, as WAI-ARIA tabs. The tab is kept in the URL hash so
// a reload (or a link from the popup) lands where the curator was.
import type { JSX, TargetedKeyboardEvent } from 'preact';
import { lazy, Suspense } from 'preact/compat';
import { useEffect, useRef, useState } from 'preact/hooks';
import { loadSettings } from '../db/settings';
import { t } from '../platform/i18n';
import { useLiveQuery } from '../ui/use-live-query';
import { ActionFailure } from './action-failure';
import { ComposeView } from './compose/ComposeView';
import { firstSettings } from './first-reads';
import { UndoHost } from './undo-offer';

// Tabs other than Compose load on first visit: their code (the archive's export renderer, the backup's
// schema validation) is not worth parsing on every opening of the composer.
const ArchiveView = lazy(() => import('./archive/ArchiveView').then((module) => ({ default: module.ArchiveView })));
const SettingsTab = lazy(() => import('./settings-tab'));

type Tab = 'compose' | 'archive' | 'settings';
const TABS: readonly Tab[] = ['compose', 'archive', 'settings'];
const TAB_LABELS: Record<Tab, string> = { compose: 'opt_tabCompose', archive: 'opt_tabArchive', settings: 'opt_tabSettings' };

function tabFromHash(): Tab {
  const wanted = location.hash.slice(1);
  return TABS.find((tab) => tab === wanted) ?? 'compose';
}

export function App(): JSX.Element {
  const [tab, setTab] = useState<Tab>(tabFromHash);
  const [draftId, setDraftId] = useState<string | null>(null);
  const settings = useLiveQuery(loadSettings, [], firstSettings);
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

  useEffect(() => {
    const onHash = (): void => setTab(tabFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const open = (next: Tab, focus = false): void => {
    history.replaceState(null, '', `#${next}`);
    setTab(next);
    if (focus) tabRefs.current[next]?.focus();
  };
  // Arrow keys, Home and End move between tabs (WAI-ARIA tabs pattern, automatic activation).
  const onKey = (event: TargetedKeyboardEvent<HTMLButtonElement>): void => {
    const index = TABS.indexOf(tab);
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1 + TABS.length, Home: 0, End: TABS.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    open(TABS[target % TABS.length]!, true);
  };

  return (
    <>
      <header class="app-header">
        <h1>{t('extName')}</h1>
        <div role="tablist" aria-label={t('opt_sections')}>
          {TABS.map((each) => (
            <button
              key={each}
              ref={(element) => { tabRefs.current[each] = element; }}
              type="button"
              role="tab"
              id={`tab-${each}`}
              aria-selected={tab === each}
              // Only the open tab's panel exists; pointing at absent ids would be invalid ARIA.
              aria-controls={tab === each ? 'tab-panel' : undefined}
              tabIndex={tab === each ? 0 : -1}
              onClick={() => open(each)}
              onKeyDown={onKey}
            >
              {t(TAB_LABELS[each])}
            </button>
          ))}
        </div>
      </header>
      <main>
        <ActionFailure />
        <div id="tab-panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
          {settings === undefined ? <p class="hint">{t('opt_loading')}</p> : (
            <>
              {tab === 'compose' && <ComposeView settings={settings} selectedId={draftId} onSelect={setDraftId} />}
              {tab === 'archive' && (
                <Suspense fallback={<p class="hint">{t('opt_loading')}</p>}>
                  <ArchiveView settings={settings} onReopened={(issueId) => { setDraftId(issueId); open('compose', true); }} />
                </Suspense>
              )}
              {tab === 'settings' && (
                <Suspense fallback={<p class="hint">{t('opt_loading')}</p>}>
                  <SettingsTab />
                </Suspense>
              )}
            </>
          )}
        </div>
      </main>
      <UndoHost />
    </>
  );
}

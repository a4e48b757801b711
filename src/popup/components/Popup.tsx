import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { PickPlace, Restriction } from '../../core/capture';
import type { Pick } from '../../core/types';
import { storageFailureOf, type StorageFailure } from '../../db/errors';
import { deletePick } from '../../db/picks';
import { t } from '../../platform/i18n';
import { connectPickWrites } from '../../platform/pick-write-port';
import { refreshInboxBadge } from '../../ui/inbox-badge';
import { pickTab, type CaptureStart, type CapturedPage } from '../open-capture';
import { CaptureForm } from './CaptureForm';
import { Footer } from './Footer';
import { StatusArea } from './StatusArea';

type View =
  | { kind: 'loading' }
  | { kind: 'not-capturable' }
  | { kind: 'storage-failed'; failure: StorageFailure; message: string }
  | { kind: 'editing'; page: CapturedPage; pick: Pick; notice: string; isNew: boolean }
  | { kind: 'published'; page: CapturedPage; pick: Pick; notice: string }
  | { kind: 'deleted'; page: CapturedPage };

const RESTRICTION_NOTICES: Record<Exclude<Restriction, 'internal'>, string> = { store: 'popup_store', file: 'popup_file' };

function placeNotice(place: PickPlace, isNew: boolean): string {
  if (place.kind === 'published') return t('popup_statusPublished', [place.title, place.date]);
  if (place.kind === 'draft') return t('popup_statusDraft', place.title);
  return t(isNew ? 'popup_statusNew' : 'popup_statusInbox');
}

function withRestriction(notice: string, restriction: Restriction | null): string {
  return restriction && restriction !== 'internal' ? `${notice} ${t(RESTRICTION_NOTICES[restriction])}` : notice;
}

function storageProblem(failure: StorageFailure, message: string): string {
  if (failure === 'unavailable') return t('popup_unavailable');
  if (failure === 'full') return t('popup_full');
  return t('popup_storageFailed', message);
}

export interface PopupProps {
  /** What the popup found, looked up before the first render so the lookup overlaps start-up. */
  start: Promise<CaptureStart>;
}

export function Popup({ start }: PopupProps) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  // Connecting now wakes the background while the popup looks the page up.
  const send = useMemo(connectPickWrites, []);

  // Layout effects run as the render commits; plain effects wait for a frame, which a popup opened in a
  // background tab (and a popup still painting) does not get promptly: ready would come tens of ms later.
  useLayoutEffect(() => {
    void start.then((start) => {
      if (start.kind === 'editing') {
        const notice = withRestriction(placeNotice(start.place, start.isNew), start.page.restriction);
        setView({ kind: 'editing', page: start.page, pick: start.pick, notice, isNew: start.isNew });
        if (start.isNew) void refreshInboxBadge();
      } else if (start.kind === 'published') {
        setView({ kind: 'published', page: start.page, pick: start.pick, notice: placeNotice(start.place, false) });
      } else {
        setView(start);
      }
    });
  }, [start]);

  useLayoutEffect(() => {
    // What the benchmark and the tests wait for: the popup shows what it found (the form is focused).
    if (view.kind !== 'loading' && performance.getEntriesByName('gleaner:ready').length === 0) performance.mark('gleaner:ready');
  }, [view.kind]);

  async function pickAgain(page: CapturedPage): Promise<void> {
    try {
      const pick = await pickTab(page.tab);
      setView({ kind: 'editing', page, pick, notice: t('popup_statusPickedAgain'), isNew: true });
      void refreshInboxBadge();
    } catch (error) {
      setView({ kind: 'storage-failed', failure: storageFailureOf(error), message: error instanceof Error ? error.message : String(error) });
    }
  }

  async function remove(page: CapturedPage, pick: Pick): Promise<void> {
    try {
      await deletePick(pick.id);
    } catch (error) {
      const failure = storageFailureOf(error);
      setView({ kind: 'storage-failed', failure, message: error instanceof Error ? error.message : String(error) });
      return;
    }
    setView({ kind: 'deleted', page });
    void refreshInboxBadge();
  }

  return (
    <main>
      <h1>{t('extName')}</h1>
      {view.kind === 'loading' && <StatusArea notice={t('popup_loading')} />}
      {view.kind === 'not-capturable' && <StatusArea problem={t('popup_notCapturable')} />}
      {view.kind === 'storage-failed' && <StatusArea problem={storageProblem(view.failure, view.message)} />}
      {view.kind === 'editing' && (
        <CaptureForm
          key={view.pick.id} pick={view.pick} notice={view.notice} metadata={view.page.metadata}
          isNew={view.isNew} tabUrl={view.page.tab.url} send={send} onDelete={() => void remove(view.page, view.pick)}
        />
      )}
      {view.kind === 'published' && (
        <section class="published">
          <StatusArea notice={view.notice} />
          <p class="archived-title">{view.pick.title}</p>
          {view.pick.blurb && <blockquote class="archived-blurb">{view.pick.blurb}</blockquote>}
          <button type="button" onClick={() => void pickAgain(view.page)}>{t('popup_pickAgain')}</button>
        </section>
      )}
      {view.kind === 'deleted' && (
        <section>
          <StatusArea notice={t('popup_statusDeleted')} />
          <button type="button" onClick={() => void pickAgain(view.page)}>{t('popup_pickAgain')}</button>
        </section>
      )}
      <Footer />
    </main>
  );
}

import type { ComponentType } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { PickPlace, Restriction } from '../../core/capture';
import type { Pick } from '../../core/types';
import type { StorageFailure } from '../../db/errors';
import { t } from '../../platform/i18n';
import type { DeleteOutcome, PickConnection, RemovedPick, WriteOutcome } from '../../platform/pick-write-port';
import type { UndoToastProps } from '../../ui/UndoToast';
import { pickTab, type CaptureStart, type CapturedPage } from '../open-capture';
import { PickSender } from '../pick-sender';
import { CaptureForm } from './CaptureForm';
import { Footer } from './Footer';
import { StatusArea } from './StatusArea';
import { shownError } from '../../platform/log';

type View =
  | { kind: 'loading' }
  | { kind: 'not-capturable' }
  | { kind: 'storage-failed'; failure: StorageFailure; message: string }
  | { kind: 'editing'; page: CapturedPage; pick: Pick; notice: string; isNew: boolean; sender: PickSender }
  | { kind: 'published'; page: CapturedPage; pick: Pick; notice: string }
  /** `removed` is kept for "Undo" until the toast expires. */
  | { kind: 'deleted'; page: CapturedPage; removed: RemovedPick | null; Toast: ComponentType<UndoToastProps> | null };

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
  /** The background's port, which does every write (connected at start, which wakes the background). */
  writes: PickConnection;
}

function failure(error: unknown): Exclude<WriteOutcome, { ok: true }> {
  return { ok: false, failure: 'other', message: shownError(error) };
}

/** Marks the popup settled (what the tests wait for): shown, and a new pick stored or refused. */
function markSettled(): void {
  if (performance.getEntriesByName('gleaner:settled').length === 0) performance.mark('gleaner:settled');
}

export function Popup({ start, writes }: PopupProps) {
  const [view, setView] = useState<View>({ kind: 'loading' });

  // Layout effects run as the render commits; plain effects wait for a frame, which a popup opened in a
  // background tab (and a popup still painting) does not get promptly: ready would come tens of ms later.
  useLayoutEffect(() => {
    start.then((start) => {
      if (start.kind === 'editing') {
        const notice = withRestriction(placeNotice(start.place, start.isNew), start.page.restriction);
        setView({ kind: 'editing', page: start.page, pick: start.pick, notice, isNew: start.isNew, sender: start.sender });
        start.sender.stored.then(markSettled, markSettled);
      } else if (start.kind === 'published') {
        setView({ kind: 'published', page: start.page, pick: start.pick, notice: placeNotice(start.place, false) });
      } else {
        setView(start);
      }
      if (start.kind !== 'editing') markSettled();
    }, (error: unknown) => {
      setView({ kind: 'storage-failed', failure: 'other', message: shownError(error) });
      markSettled();
    });
  }, [start]);

  useLayoutEffect(() => {
    // What the benchmark and the tests wait for: the popup shows what it found (the form is focused).
    if (view.kind !== 'loading' && performance.getEntriesByName('gleaner:ready').length === 0) performance.mark('gleaner:ready');
  }, [view.kind]);

  function pickAgain(page: CapturedPage): void {
    const pick = pickTab(page.tab);
    setView({ kind: 'editing', page, pick, notice: t('popup_statusPickedAgain'), isNew: true, sender: new PickSender(writes, pick, true) });
  }

  function remove(page: CapturedPage, pick: Pick): void {
    // The toast loads while the background deletes: it is not part of the popup's first paint (test/budget).
    const toast = import('../../ui/UndoToast').then((module) => module.UndoToast, () => null);
    const settle = ([outcome, Toast]: [DeleteOutcome, ComponentType<UndoToastProps> | null]): void => {
      if (!outcome.ok && outcome.failure !== 'gone') {
        const failure = outcome.failure === 'refused' ? 'other' : outcome.failure;
        setView({ kind: 'storage-failed', failure, message: outcome.failure === 'other' || outcome.failure === 'refused' ? outcome.message : '' });
      } else {
        setView({ kind: 'deleted', page, removed: outcome.ok ? outcome.removed : null, Toast });
      }
    };
    Promise.all([writes.delete({ pickId: pick.id }), toast]).then(settle, (error: unknown) => settle([failure(error), null]));
  }

  /** Puts back exactly what the delete removed (blurb, tags, place in a draft) and edits it again. */
  function undo(page: CapturedPage, removed: RemovedPick): void {
    const settle = (outcome: WriteOutcome): void => {
      if (!outcome.ok) {
        const failure = outcome.failure === 'gone' || outcome.failure === 'refused' ? 'other' : outcome.failure;
        setView({ kind: 'storage-failed', failure, message: outcome.failure === 'other' || outcome.failure === 'refused' ? outcome.message : '' });
        return;
      }
      const { pick } = removed;
      setView({ kind: 'editing', page, pick, notice: t('popup_statusRestored'), isNew: false, sender: new PickSender(writes, pick, false) });
    };
    writes.restore({ removed }).then(settle, (error: unknown) => settle(failure(error)));
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
          isNew={view.isNew} tabUrl={view.page.tab.url} tabTitle={view.page.tab.title} sender={view.sender} stored={view.sender.stored}
          onDelete={() => remove(view.page, view.pick)}
        />
      )}
      {view.kind === 'published' && (
        <section class="published">
          <StatusArea notice={view.notice} />
          <p class="archived-title">{view.pick.title}</p>
          {view.pick.blurb && <blockquote class="archived-blurb">{view.pick.blurb}</blockquote>}
          <button type="button" onClick={() => pickAgain(view.page)}>{t('popup_pickAgain')}</button>
        </section>
      )}
      {view.kind === 'deleted' && (
        <section class="deleted">
          {view.removed && view.Toast && (
            <view.Toast
              message={t('popup_statusDeleted')} undoLabel={t('toast_undo')}
              onUndo={() => view.removed && undo(view.page, view.removed)}
              onExpire={() => setView({ ...view, removed: null })}
            />
          )}
          {!(view.removed && view.Toast) && <StatusArea notice={t('popup_statusDeleted')} />}
          <button type="button" class="primary" onClick={() => pickAgain(view.page)}>{t('popup_pickAgain')}</button>
        </section>
      )}
      <Footer />
    </main>
  );
}

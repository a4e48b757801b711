// Popup ready vs the floor page, in one browser, alternating so drift hits both alike.
import { clickToolbar, launch, tabIdOf, type ChromeGlobal } from '../test/e2e/harness';
import { FLOOR_PAGE } from './floor';
import { openInBackground, timeOpen } from './pages';
import { importedRecords, pastIssueFiles } from './past-issues';
import { makeSeed, writeSeed, type SeedData } from './seed';

export interface PopupRun {
  picksStored: number;
  /** Links of imported past issues stored (issue 9): each is in the popup's index of published pages. */
  linksStored?: number;
  popup: number[];
  floor: number[];
}

const WARMUPS = 2;
const OPENS = 15;

/**
 * With `importedIssues`, that many past issues of 30 links each are stored as the import stores them, and
 * the article is one of the pages the first one links to: the popup says where it was published.
 */
export async function benchPopup(dist: string, picksStored: number, importedIssues = 0): Promise<PopupRun> {
  const path = importedIssues > 0 ? '/0/article-0' : '/article';
  const harness = await launch({ [path]: { title: 'An article worth sharing' } }, { dist });
  try {
    const article = await harness.context.newPage();
    await article.goto(`${harness.origin}${path}`);
    let seed: SeedData | null = picksStored > 0 ? makeSeed(picksStored, 0, 0) : null;
    let linksStored: number | undefined;
    if (importedIssues > 0) {
      const imported = importedRecords(pastIssueFiles(importedIssues, 30, harness.origin));
      seed = { picks: [...(seed?.picks ?? []), ...imported.picks], issues: [...(seed?.issues ?? []), ...imported.issues], blocks: [...(seed?.blocks ?? []), ...imported.blocks] };
      linksStored = imported.links;
    }
    if (seed) {
      const seeder = await harness.context.newPage();
      await seeder.goto(harness.extensionUrl('src/options/index.html'));
      await seeder.waitForTimeout(500);
      await writeSeed(seeder, seed);
      await seeder.close();
    }
    await article.bringToFront();
    // A real toolbar click grants activeTab on the article (until it navigates) and captures it once.
    await clickToolbar(harness, article);
    const observer = await harness.context.newPage();
    await observer.goto(harness.extensionUrl(FLOOR_PAGE));
    await observer.waitForTimeout(1000);
    await observer.evaluate(() => {
      for (const view of (globalThis as unknown as ChromeGlobal).chrome.extension.getViews({ type: 'popup' })) view.close();
    });
    await observer.close();
    await article.bringToFront();

    const tabId = await tabIdOf(harness, article);
    const popupUrl = harness.extensionUrl(`src/popup/index.html?tab=${tabId}`);
    const floorUrl = harness.extensionUrl(FLOOR_PAGE);
    const run: PopupRun = { picksStored, ...(linksStored !== undefined && { linksStored }), popup: [], floor: [] };
    for (let i = 0; i < WARMUPS + OPENS; i++) {
      const popup = await timeOpen(harness, popupUrl);
      const floor = await timeOpen(harness, floorUrl);
      if (i >= WARMUPS) {
        run.popup.push(popup);
        run.floor.push(floor);
      }
    }
    if (importedIssues > 0) {
      // The measurement is only worth having if the lookup found the page among the imported links.
      const popup = await openInBackground(harness, popupUrl);
      await popup.getByText('Already published in').first().waitFor({ timeout: 30_000 });
      await popup.close();
    }
    return run;
  } finally {
    await harness.close();
  }
}

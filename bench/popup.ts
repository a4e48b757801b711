// Popup ready vs the floor page, in one browser, alternating so drift hits both alike.
import { clickToolbar, launch, tabIdOf, type ChromeGlobal } from '../test/e2e/harness';
import { FLOOR_PAGE } from './floor';
import { timeOpen } from './pages';
import { makeSeed, writeSeed } from './seed';

export interface PopupRun {
  picksStored: number;
  popup: number[];
  floor: number[];
}

const WARMUPS = 2;
const OPENS = 15;

export async function benchPopup(dist: string, picksStored: number): Promise<PopupRun> {
  const harness = await launch({ '/article': { title: 'An article worth sharing' } }, { dist });
  try {
    const article = await harness.context.newPage();
    await article.goto(`${harness.origin}/article`);
    if (picksStored > 0) {
      const seeder = await harness.context.newPage();
      await seeder.goto(harness.extensionUrl('src/options/index.html'));
      await seeder.waitForTimeout(500);
      await writeSeed(seeder, makeSeed(picksStored, 0, 0));
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
    const run: PopupRun = { picksStored, popup: [], floor: [] };
    for (let i = 0; i < WARMUPS + OPENS; i++) {
      const popup = await timeOpen(harness, popupUrl);
      const floor = await timeOpen(harness, floorUrl);
      if (i >= WARMUPS) {
        run.popup.push(popup);
        run.floor.push(floor);
      }
    }
    return run;
  } finally {
    await harness.close();
  }
}

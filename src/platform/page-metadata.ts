// Page details read once, on request, through activeTab + scripting: no content script, no host permission.
import type { PageMetadata } from '../core/capture';
import { browser } from './native-browser';

/**
 * Runs inside the page (serialised by the browser): it must not close over anything in this module.
 * Relative URLs are resolved against the page, since the popup cannot.
 */
function collectMetadata(): unknown {
  const content = (selector: string): string => document.querySelector(selector)?.getAttribute('content')?.trim() ?? '';
  const absolute = (value: string): string | null => {
    try {
      return value ? new URL(value, document.baseURI).href : null;
    } catch {
      return null;
    }
  };
  return {
    title: content('meta[property="og:title"]') || content('meta[name="twitter:title"]'),
    image: absolute(content('meta[property="og:image"]') || content('meta[name="twitter:image"]')),
    description: content('meta[property="og:description"]') || content('meta[name="description"]'),
    siteName: content('meta[property="og:site_name"]'),
    canonicalUrl: absolute(document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ?? ''),
    selection: String(globalThis.getSelection() ?? ''),
  };
}

/** Runs in the page too: the text of the first link to `href`, whitespace collapsed. */
function textOfLink(href: unknown): unknown {
  const link = [...document.querySelectorAll('a[href]')].find((anchor) => (anchor as HTMLAnchorElement).href === href);
  return link?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Page text is the page's to choose: keep strings only, of a sane length. */
function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

function webUrl(value: unknown): string | null {
  return typeof value === 'string' && /^https?:\/\//i.test(value) ? value.slice(0, 2048) : null;
}

async function runInPage(tabId: number, func: (...args: unknown[]) => unknown, args: unknown[] = []): Promise<unknown> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, func, args });
  return frame?.result;
}

/** The page's metadata, or null when the page cannot be scripted (PDF viewer, error page, no grant...). */
export async function readPageMetadata(tabId: number): Promise<PageMetadata | null> {
  try {
    const raw = (await runInPage(tabId, collectMetadata)) as Record<string, unknown> | undefined;
    if (!raw || typeof raw !== 'object') return null;
    return {
      title: text(raw.title, 500),
      image: webUrl(raw.image),
      description: text(raw.description, 2000),
      siteName: text(raw.siteName, 200),
      canonicalUrl: webUrl(raw.canonicalUrl),
      selection: text(raw.selection, 5000),
    };
  } catch {
    return null;
  }
}

/** The visible text of a link on the page, '' when it cannot be read. */
export async function readLinkText(tabId: number, href: string): Promise<string> {
  try {
    return text(await runInPage(tabId, textOfLink, [href]), 500);
  } catch {
    return '';
  }
}

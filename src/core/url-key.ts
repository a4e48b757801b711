// Identity of a page: the same article reached through a newsletter, a share button or a
// text-fragment link must be recognised as the same pick.

/** Query parameters that only track the visitor and never change the page. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'mc_cid', 'mc_eid', 'igshid',
  'yclid', 'twclid', 'ttclid', 'li_fat_id', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id',
  'vero_id', 'vero_conv', 'ref_src', 'ref_url', 'spm', 'si', 'trk', 'trackingid',
  '__s', 's_cid', 'wt_mc', 'at_medium', 'at_campaign', 'xtor', 'cmpid', 'ncid', 'sr_share',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'matomo_'];

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/**
 * The key under which a page is stored: scheme and host lower-cased, `www.` and default ports dropped,
 * tracking parameters removed, the rest of the query sorted, fragment (including `#:~:text=`) and
 * trailing slash dropped. Not a URL to publish: `Pick.url` keeps what the curator chose.
 * Strings that are not absolute URLs come back trimmed, so they still work as keys.
 */
export function normalizeUrl(input: string): string {
  const trimmed = input.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return trimmed;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return url.href;

  // Both schemes serve the same article nowadays; identity ignores the difference.
  const host = url.host.replace(/^www\./, '').replace(/\.(?=:|$)/, '');
  const params = [...url.searchParams].filter(([name]) => !isTracking(name));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  const path = url.pathname.replace(/\/+$/, '');
  return `${host}${path}${query ? `?${query}` : ''}`;
}

/**
 * The URL to offer for publishing: the page as the curator saw it, minus tracking parameters and any
 * `:~:text=` directive (a highlight the reader did not ask for). Other parameters and fragments stay.
 */
export function withoutTracking(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return input.trim();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return url.href;
  for (const name of [...url.searchParams.keys()]) {
    if (isTracking(name)) url.searchParams.delete(name);
  }
  url.hash = url.hash.replace(/:~:.*$/, '');
  // An emptied query or fragment would leave a dangling `?` or `#`.
  return url.href.replace(/\?(?=#|$)/, '').replace(/#$/, '');
}

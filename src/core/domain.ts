// What identifies a pick's site at a glance in a list: its host without "www.".

/** The host of `url` without a leading "www." ('' when it is not a URL). */
export function domainOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** `url` when it is an http(s) address an <img> may load, else null (a stored image is data, not trusted). */
export function imageSource(url: string | null): string | null {
  if (!url) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

// What the preview lets through. The issue holds text copied from arbitrary web pages (titles, selections) and
// the curator's own Markdown, rendered inside the extension's options page, which can read every pick: nothing
// may execute there, and no link may lead anywhere but the web.

/** The subset of DOMPurify's options the preview uses (kept here as data so it is reviewed and tested in one place). */
export interface SanitizeConfig {
  USE_PROFILES: { html: true };
  FORBID_TAGS: string[];
  FORBID_ATTR: string[];
}

export const PREVIEW_SANITIZE: SanitizeConfig = {
  // HTML only: SVG and MathML are where script-bearing tricks hide, and a newsletter does not need them.
  USE_PROFILES: { html: true },
  // Forms could post the page's data elsewhere; <style> could restyle or cover the options page.
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'option'],
  // style: overlays over the real controls; id/name: DOM clobbering of the page's globals.
  FORBID_ATTR: ['style', 'id', 'name'],
};

/** Only absolute web and mail links stay clickable in the preview (the export writes only http(s) links). */
export function isSafeLinkHref(href: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(href).protocol);
  } catch {
    return false;
  }
}

/**
 * Images load from the web, or from `data:` URLs of raster formats (a pasted screenshot). SVG data is refused
 * even though an <img> would not run its scripts: there is no need for it and one less thing to reason about.
 */
export function isSafeImageSrc(src: string): boolean {
  if (/^data:image\/(?:png|gif|jpeg|webp|avif);base64,/i.test(src)) return true;
  try {
    return ['http:', 'https:'].includes(new URL(src).protocol);
  } catch {
    return false;
  }
}

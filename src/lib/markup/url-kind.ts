/**
 * Where a URL written by an editor leads, read the way a browser reads it: `relative` (this site), `other-host`
 * (protocol-relative `//host/…`), a lower-case `scheme` (`https`, `javascript`…), or `unreadable` (control
 * characters, which browsers would strip or mangle).
 */
export type UrlKind =
  | { readonly kind: 'relative' }
  | { readonly kind: 'other-host' }
  | { readonly kind: 'scheme'; readonly scheme: string }
  | { readonly kind: 'unreadable' };

// Browsers strip leading and trailing C0 controls and spaces and remove tabs and newlines anywhere before they look
// for a scheme, so ` java\tscript:` runs as `javascript:`. Anything else below U+0020 (or DEL, or C1) is refused
// outright rather than guessed at.
const BROWSER_TRIMMED = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const TAB_OR_NEWLINE = /[\t\n\r]/g;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// `\` counts as `/` for http(s) URLs, so `\\host` and `/\host` also leave the site.
const OTHER_HOST = /^[/\\]{2}/;

/** @example urlKind(' JAV\tASCRIPT:alert(1)') // { kind: 'scheme', scheme: 'javascript' } */
export function urlKind(url: string): UrlKind {
  const cleaned = url.replace(BROWSER_TRIMMED, '').replace(TAB_OR_NEWLINE, '');
  if (CONTROL.test(cleaned)) return { kind: 'unreadable' };
  const scheme = SCHEME.exec(cleaned);
  if (scheme !== null) return { kind: 'scheme', scheme: scheme[1]!.toLowerCase() };
  if (OTHER_HOST.test(cleaned)) return { kind: 'other-host' };
  return { kind: 'relative' };
}

const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

/** Whether a link may point there: http(s), mailto, or a relative URL on this site. */
export function isSafeLinkUrl(url: string): boolean {
  const kind = urlKind(url);
  return kind.kind === 'relative' || (kind.kind === 'scheme' && LINK_SCHEMES.has(kind.scheme));
}

/** Whether an image may be loaded from there: only from this site (a relative URL), never from another host. */
export function isLocalImageUrl(url: string): boolean {
  return urlKind(url).kind === 'relative';
}

/**
 * Runs inside /embed/: applies the theme and title options of the URL, opens the language `?lang=` asks for, and
 * tells the parent page the content height whenever it changes, in every message shape newsroom CMSs listen for
 * (src/lib/embed/embed-messages.ts).
 */
import { parseEmbedSecret, toHeightMessages } from '../lib/embed/embed-messages.ts';

const root = document.documentElement;
const embedId = `${location.pathname}${location.search}`;
const secret = parseEmbedSecret(location.hash);
let last = -1;

function report(): void {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  for (const message of toHeightMessages({ height, embedId, ...(secret === undefined ? {} : { secret }) })) {
    // The parent is any site that embeds us: the height is no secret.
    window.parent.postMessage(message, '*');
  }
}

// `?lang=ru` opens the embed in that edition (the snippet may be written for any language); the language links keep
// the view's parameters.
const query = new URLSearchParams(location.search);
const wanted = query.get('lang')?.toLowerCase();
query.delete('lang');
const rest = query.toString();
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-edition-link]')) {
  link.search = rest;
  if (wanted !== undefined && wanted === link.hreflang.toLowerCase() && wanted !== root.lang.toLowerCase()) {
    location.replace(`${link.href}${location.hash}`);
  }
}

new ResizeObserver(report).observe(document.body);
addEventListener('load', report);
root.dataset['embedReady'] = '';

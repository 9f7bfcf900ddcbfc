/**
 * Runs inside /embed/: applies the theme and title options of the URL, and tells the parent page the content
 * height whenever it changes, in every message shape newsroom CMSs listen for (src/lib/embed/embed-messages.ts).
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

new ResizeObserver(report).observe(document.body);
addEventListener('load', report);
root.dataset['embedReady'] = '';

import type { ClientText } from '../lib/i18n/site-text.ts';
import { createClientTranslator } from '../lib/i18n/client-translator.ts';
import { ENGLISH_MONTH_NAMES } from '../lib/dates/partial-date.ts';
import type { ChartText } from '../lib/layout/chart-text.ts';

/**
 * The page's interface text for a script: the JSON the component that loads the script renders as
 * `<script type="application/json" data-messages>` (text.forBrowser(keys), never executed), read once. A page without
 * it gets keys for text, which a test (client-message-keys) keeps from happening.
 */
export function readPageText(root: ParentNode = document): ChartText {
  const json = root.querySelector('script[data-messages]')?.textContent ?? '';
  let text: ClientText = { language: document.documentElement.lang, messages: {}, months: ENGLISH_MONTH_NAMES };
  try {
    text = JSON.parse(json) as ClientText;
  } catch {
    console.warn('page-text: no interface messages on this page');
  }
  return { t: createClientTranslator(text), monthNames: text.months };
}

/**
 * A message with an element in it, as nodes: `{name}` is replaced by `node`, so a sentence with a link stays one
 * message ("…could not be loaded. {link}.").
 */
export function messageWithNode(message: string, name: string, node: Node): (string | Node)[] {
  const [before = '', ...after] = message.split(`{${name}}`);
  return after.length === 0 ? [message] : [before, node, after.join(`{${name}}`)];
}

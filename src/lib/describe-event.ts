import type { Translate } from './i18n/translator.ts';
import { markdownPlainText } from './markup/markdown-plain-text.ts';

/** The longest description, in characters: what search results and link previews show before cutting. */
export const DESCRIPTION_LENGTH = 160;

/**
 * An event's page description (`description`, `og:description`): its date and the plain text of its Markdown
 * summary (markdownPlainText: the same words and punctuation as the page), cut at a word boundary with an ellipsis
 * when longer than `max` characters; nothing but words reaches the attribute. The page's `t` joins date and summary
 * (`event.description`), so a language may put them its own way.
 * @example describeEvent('10 November 2020', 'A *ceasefire* [statement](https://example.org) ends the war.', t)
 * // '10 November 2020: A ceasefire statement ends the war.'
 */
export function describeEvent(dateText: string, summary: string, t: Translate, max = DESCRIPTION_LENGTH): string {
  const text = markdownPlainText(summary);
  return truncateAtWord(text === '' ? dateText : t('event.description', { date: dateText, summary: text }), max);
}

// At most `max` characters, ellipsis included, cut after the last whole word that fits.
function truncateAtWord(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max).join('');
  const space = head.lastIndexOf(' ');
  // A word longer than half the room is cut inside: better part of it than nothing.
  if (space < max / 2) return `${chars.slice(0, max - 1).join('')}…`;
  return `${head.slice(0, space).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

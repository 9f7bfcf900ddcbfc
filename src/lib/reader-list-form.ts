/**
 * How the home page lists the events below the timeline.
 *
 * - `cards`: every event in full (date, lane, summary, editor's note, quoted sources). The page reads completely
 *   without following a link, and the timeline's detail panel takes its text from these cards.
 * - `titles`: one line per event (date, linked title, lane); the full text is on the event's own page, and the detail
 *   panel fetches it from there. A list of cards weighs about 1.7 KB an event: at 10,000 events the home page is
 *   19 MB, and the browser may spend seconds parsing it before the timeline at its top is drawn.
 *
 * `auto` (the default) gives cards up to `CARDS_UP_TO` events and titles beyond.
 */
export const READER_LIST_SETTINGS = ['auto', 'cards', 'titles'] as const;
export type ReaderListSetting = (typeof READER_LIST_SETTINGS)[number];
export type ReaderListForm = 'cards' | 'titles';

/** At 1,000 events the page of cards is about 2 MB and draws its timeline in under half a second (`npm run bench`). */
export const CARDS_UP_TO = 1000;

export function readerListForm(setting: ReaderListSetting, eventCount: number): ReaderListForm {
  if (setting !== 'auto') return setting;
  return eventCount <= CARDS_UP_TO ? 'cards' : 'titles';
}

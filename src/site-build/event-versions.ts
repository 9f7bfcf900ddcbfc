import { toEventHistory, type EventHistoryEntry } from '../lib/history/event-history.ts';
import { eventPageKey, getSiteData } from '../data/site-data.ts';

// The history page and every version page of an event read the same list: it is computed once per event.
const histories = new Map<string, Promise<EventHistoryEntry[]>>();

/** An event's versions, oldest first, read leniently and compared (see src/lib/history/event-history.ts). */
export function eventHistory(eventId: string): Promise<EventHistoryEntry[]> {
  let history = histories.get(eventId);
  if (history === undefined) {
    history = getSiteData().then(({ pageVersions }) => toEventHistory(pageVersions(eventPageKey(eventId))));
    histories.set(eventId, history);
  }
  return history;
}

/**
 * Which outlets the events in a view cite, so that an image downloaded of the view names its own sources. The page
 * carries the table once (`encodeEventOutlets` at build time); the embed dialog reads it for the marks on screen.
 * Outlets are numbered: a name written once per event would make the table most of its own bytes (0.6 MB on a page
 * of 10,000 events).
 */
export interface EventOutlets {
  /** Every outlet, in the order first cited. */
  readonly outlets: readonly string[];
  /** Event id -> the numbers of the outlets it cites, in `outlets`. */
  readonly byEvent: Readonly<Record<string, readonly number[]>>;
}

export function encodeEventOutlets(events: readonly { id: string; outlets: readonly string[] }[]): EventOutlets {
  const outlets: string[] = [];
  const numbers = new Map<string, number>();
  const byEvent: Record<string, number[]> = {};
  for (const event of events) {
    byEvent[event.id] = [...new Set(event.outlets)].map((outlet) => {
      let number = numbers.get(outlet);
      if (number === undefined) {
        number = outlets.push(outlet) - 1;
        numbers.set(outlet, number);
      }
      return number;
    });
  }
  return { outlets, byEvent };
}

/** The outlets cited by the events with these ids, each once, in the table's order; unknown ids are skipped. */
export function outletsInView(table: EventOutlets, ids: Iterable<string>): string[] {
  const cited = new Set<number>();
  for (const id of ids) for (const number of table.byEvent[id] ?? []) cited.add(number);
  return [...cited].sort((a, b) => a - b).flatMap((number) => table.outlets[number] ?? []);
}

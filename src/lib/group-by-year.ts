import { yearOf, type TimelineDate } from './dates/partial-date.ts';

/** Items in order, grouped under the year each starts in; groups keep the items' order. */
export function groupByYear<T extends { readonly date: TimelineDate }>(
  items: readonly T[],
): { year: number; items: T[] }[] {
  const groups: { year: number; items: T[] }[] = [];
  for (const item of items) {
    const year = yearOf(item.date);
    const last = groups.at(-1);
    if (last !== undefined && last.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}

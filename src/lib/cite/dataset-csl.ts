import type { CalendarDay } from '../dates/calendar-day.ts';
import type { TimelineConfig } from '../timeline-model.ts';
import { toCslDay } from './csl-date.ts';
import type { CslItem } from './csl-item.ts';

/**
 * The CSL-JSON of the open dataset (type `dataset`): the timeline's data files as one citable work, issued on the
 * day the edition was built, at the data page's URL. The publisher is an organisation: never an author.
 */
export function toDatasetCsl(
  config: Pick<TimelineConfig, 'title' | 'publisher' | 'language'>,
  { url, issued, accessed }: { url: string; issued: CalendarDay; accessed: CalendarDay },
): CslItem {
  return {
    id: 'dataset',
    type: 'dataset',
    'citation-key': 'timeline_dataset',
    title: `${config.title}: events and sources`,
    publisher: config.publisher,
    issued: toCslDay(issued),
    accessed: toCslDay(accessed),
    URL: url,
    medium: 'JSON, CSV',
    language: config.language,
  };
}

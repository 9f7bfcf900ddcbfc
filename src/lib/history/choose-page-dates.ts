import type { CalendarDay } from '../dates/calendar-day.ts';
import type { ContentVersion } from './content-version.ts';
import type { PageDates } from './page-dates.ts';

/** The frontmatter fields that override what history says. */
export interface PageDateOverrides {
  readonly pagePublished?: CalendarDay;
  readonly pageUpdated?: CalendarDay;
}

/**
 * A page's dates: published is the day of its first version, updated the day of its last; each frontmatter field
 * wins over history. Without history (`versions` undefined) only the frontmatter dates a page, and a page without
 * them has no dates at all rather than a guessed one.
 */
export function choosePageDates(
  versions: readonly ContentVersion[] | undefined,
  overrides: PageDateOverrides = {},
): PageDates {
  const first = versions?.[0];
  const last = versions?.at(-1);
  const published = overrides.pagePublished ?? first?.day;
  const updated = overrides.pageUpdated ?? last?.day ?? overrides.pagePublished;
  const fromHistory = first !== undefined;
  const fromFrontmatter = overrides.pagePublished !== undefined || overrides.pageUpdated !== undefined;
  return {
    ...(published === undefined ? {} : { published }),
    ...(updated === undefined ? {} : { updated }),
    basis: fromHistory ? 'history' : fromFrontmatter ? 'frontmatter' : 'unknown',
  };
}

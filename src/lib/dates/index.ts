export * from './calendar-day.ts';
export * from './timeline-date.ts';
export * from './format-date.ts';
export * from './compare-dates.ts';

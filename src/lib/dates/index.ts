export * from './calendar-day.ts';
export * from './partial-date.ts';
export * from './timeline-date.ts';
export * from './format-date.ts';

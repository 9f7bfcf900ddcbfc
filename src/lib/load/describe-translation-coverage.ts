import type { Article, ContentTranslation, Timeline } from '../timeline-model.ts';
import { articleTranslationSchema } from './content-schemas.ts';

const ARTICLE_NOTES = Object.keys(articleTranslationSchema.shape) as (keyof typeof articleTranslationSchema.shape)[];
const CONFIG_TEXTS = ['title', 'shortTitle', 'description', 'publisher', 'credit', 'sourceBalance'] as const;

/**
 * One line per translation saying how much of the edition it covers, for the build and `npm run check`: published
 * events, sources whose notes are all translated, the about page, the site texts of timeline.yaml, the place names.
 * @example describeTranslationCoverage(timeline)
 * // ['az: 3 of 44 events (41 shown in en), 0 of 5 source notes, about page in en, site texts in en',
 * //  'ru: 44 of 44 events, 5 of 5 source notes, about page, site texts']
 */
export function describeTranslationCoverage(timeline: Timeline): string[] {
  return timeline.translations.map((translation) => {
    const parts = [
      describeEvents(timeline, translation),
      describeNotes(timeline.articles, translation, timeline.config.language),
      ...(timeline.about === ''
        ? []
        : [translation.about === undefined ? `about page in ${timeline.config.language}` : 'about page']),
      describeSiteTexts(timeline, translation),
      ...(timeline.places.length === 0 ? [] : [describePlaces(timeline, translation)]),
    ];
    return `${translation.language}: ${parts.join(', ')}`;
  });
}

function describeEvents(timeline: Timeline, translation: ContentTranslation): string {
  const translated = new Set<string>(translation.events.map((event) => event.id));
  const total = timeline.events.length;
  const done = timeline.events.filter((event) => translated.has(event.id)).length;
  const rest = total - done;
  return `${done} of ${count(total, 'event')}${rest === 0 ? '' : ` (${rest} shown in ${timeline.config.language})`}`;
}

// A source counts once every note the original has is translated; one with some of them is "partly".
function describeNotes(articles: readonly Article[], translation: ContentTranslation, original: string): string {
  const byId = new Map(translation.articles.map((article) => [article.id as string, article]));
  let done = 0;
  let partly = 0;
  for (const article of articles) {
    const notes = ARTICLE_NOTES.filter((key) => article[key] !== undefined);
    const translated = notes.filter((key) => byId.get(article.id)?.[key] !== undefined).length;
    if (translated === notes.length) done++;
    else if (translated > 0) partly++;
  }
  const rest = partly === 0 ? '' : ` (${partly} partly, the rest of their notes in ${original})`;
  return `${done} of ${count(articles.length, 'source note')}${rest}`;
}

function describeSiteTexts(timeline: Timeline, translation: ContentTranslation): string {
  const { config } = timeline;
  const texts = translation.config;
  const missing = [
    ...CONFIG_TEXTS.filter((key) => config[key] !== undefined && texts[key] === undefined),
    ...(config.license !== undefined && texts.licenseName === undefined ? ['license.name'] : []),
    ...config.lanes.filter((lane) => !Object.hasOwn(texts.lanes, lane.id)).map((lane) => `lanes.${lane.id}`),
    ...config.eras.filter((era) => !Object.hasOwn(texts.eras, era.id)).map((era) => `eras.${era.id}`),
  ];
  const total =
    CONFIG_TEXTS.filter((key) => config[key] !== undefined).length +
    (config.license === undefined ? 0 : 1) +
    config.lanes.length +
    config.eras.length;
  if (missing.length === 0) return 'site texts';
  if (missing.length === total) return `site texts in ${config.language}`;
  return `${total - missing.length} of ${total} site texts (in ${config.language}: ${missing.join(', ')})`;
}

function describePlaces(timeline: Timeline, translation: ContentTranslation): string {
  const total = timeline.places.length;
  const done = timeline.places.filter((place) => Object.hasOwn(translation.places, place.id)).length;
  const rest = total - done;
  return `${done} of ${count(total, 'place name')}${rest === 0 ? '' : ` (${rest} in ${timeline.config.language})`}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

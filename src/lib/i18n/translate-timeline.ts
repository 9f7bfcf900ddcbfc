import type {
  Article,
  ArticleTranslation,
  ConfigTranslation,
  ContentTranslation,
  EventTranslation,
  Timeline,
  TimelineConfig,
  TimelineEvent,
} from '../timeline-model.ts';

/**
 * The timeline as its `language` edition shows it: the editors' translations of the site texts, the about page,
 * each event's title, summary, note and corrections, the places' names and the notes on sources replace the originals where they
 * exist, and citations carry the editors' translation of their quote (the quote itself stays verbatim). Every text
 * left in the original language is marked with that language (`textLanguage`, `notesLanguage`, `aboutLanguage`), so
 * a page can write `lang` on it. The original language returns the timeline itself; a language with no
 * translation is an error.
 * @example translateTimeline(timeline, 'ru').config.language // 'ru'
 */
export function translateTimeline(timeline: Timeline, language: string): Timeline {
  const original = timeline.config.language;
  if (language === original) return timeline;
  const translation = timeline.translations.find((t) => t.language === language);
  if (translation === undefined) {
    const known = [original, ...timeline.translations.map((t) => t.language)].join(', ');
    throw new Error(`translateTimeline: no translation into "${language}" (this timeline has ${known})`);
  }
  const events = new Map(translation.events.map((event) => [event.id as string, event]));
  const articles = new Map(translation.articles.map((article) => [article.id as string, article]));
  const translateEvent = (event: TimelineEvent) => translatedEvent(event, events.get(event.id), original);
  const hasAbout = translation.about !== undefined || timeline.about === '';
  return {
    ...timeline,
    config: translatedConfig(timeline.config, translation, original),
    about: translation.about ?? timeline.about,
    ...(hasAbout ? {} : { aboutLanguage: original }),
    articles: timeline.articles.map((article) => translatedArticle(article, articles.get(article.id), original)),
    events: timeline.events.map(translateEvent),
    drafts: timeline.drafts.map(translateEvent),
    places: timeline.places.map((place) => {
      const name = labelOf(translation.places, place.id);
      return name === undefined ? { ...place, textLanguage: original } : { ...place, name };
    }),
  };
}

function translatedConfig(config: TimelineConfig, translation: ContentTranslation, original: string): TimelineConfig {
  const texts: ConfigTranslation = translation.config;
  const { lanes, eras, licenseName, ...rest } = texts;
  const translated = {
    ...config,
    ...rest,
    language: translation.language,
    lanes: config.lanes.map((lane) => ({ ...lane, label: labelOf(lanes, lane.id) ?? lane.label })),
    eras: config.eras.map((era) => ({ ...era, label: labelOf(eras, era.id) ?? era.label })),
    ...(config.license === undefined || licenseName === undefined
      ? {}
      : { license: { ...config.license, name: licenseName } }),
  };
  // One marker covers the site texts: it says they are all the original's. A partly translated timeline.yaml is
  // shown as it is, and the coverage report names what is missing.
  const none = Object.keys(rest).length === 0 && Object.keys(lanes).length === 0 && Object.keys(eras).length === 0;
  return none && licenseName === undefined ? { ...translated, textLanguage: original } : translated;
}

// A lane may be called `constructor`: only the record's own keys are labels.
function labelOf(labels: Readonly<Record<string, string>>, id: string): string | undefined {
  return Object.hasOwn(labels, id) ? labels[id] : undefined;
}

function translatedEvent(
  event: TimelineEvent,
  translation: EventTranslation | undefined,
  original: string,
): TimelineEvent {
  if (translation === undefined) {
    return {
      ...event,
      textLanguage: original,
      corrections: event.corrections.map((correction) => ({ ...correction, textLanguage: original })),
    };
  }
  const { note } = translation;
  return {
    ...event,
    title: translation.title,
    summary: translation.summary,
    ...(note === undefined ? {} : { note }),
    citations: event.citations.map((citation, i) => {
      const text = translation.citations[i]?.translation;
      return text === undefined ? citation : { ...citation, translation: text };
    }),
    corrections: event.corrections.map((correction, i) => {
      const text = translation.corrections[i];
      return text === undefined ? { ...correction, textLanguage: original } : { ...correction, text };
    }),
  };
}

const ARTICLE_NOTES = [
  'titleNote',
  'outletNote',
  'perspective',
  'publishedNote',
  'furnitureRemoved',
  'stitchedNote',
] as const;

function translatedArticle(article: Article, translation: ArticleTranslation | undefined, original: string): Article {
  const notes = ARTICLE_NOTES.flatMap((key) => {
    const text = translation?.[key];
    return text === undefined ? [] : [[key, text] as const];
  });
  // The corrections of a source page are never translated.
  const corrections = article.corrections.map((correction) => ({ ...correction, textLanguage: original }));
  // As with the site texts, one marker: it is set while none of the article's notes is translated.
  if (notes.length === 0) return { ...article, corrections, notesLanguage: original };
  return { ...article, ...Object.fromEntries(notes), corrections };
}

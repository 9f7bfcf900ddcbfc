import { PLACE_KINDS } from '../timeline-model.ts';

/** A JSON Schema document, as plain data. */
export type JsonSchema = { readonly [keyword: string]: unknown };

const absoluteUrl = { type: 'string', format: 'uri', pattern: '^https?://' };
const nullableText = { type: ['string', 'null'] };
const boundPattern = '^-?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$';
const dayPattern = '^-?[0-9]{4}-[0-9]{2}-[0-9]{2}$';

/**
 * The JSON Schema (draft 2020-12) of `events.json` as toEventsJson() writes it, published beside it as
 * `events.schema.json`. Closed objects: a key added or removed is a new `version`.
 */
export const EVENTS_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Timeline events',
  description:
    'Every event of a source-linked timeline, in chronological order, with its date (EDTF and spelt out), lane, ' +
    'actors, places (with their coordinates), summary, the verbatim source passages that support it and its ' +
    'corrections. Version 3 gives each place as an object (id, name, kind, latitude, longitude) where version 2 ' +
    'gave its name as a string.',
  type: 'object',
  required: ['version', 'title', 'url', 'events'],
  additionalProperties: false,
  properties: {
    version: { const: 3, description: 'Changes when the shape changes in a way that could break a reader.' },
    title: { type: 'string', description: "The timeline's title." },
    url: { ...absoluteUrl, description: "The site's home page." },
    events: { type: 'array', items: { $ref: '#/$defs/event' } },
  },
  $defs: {
    event: {
      type: 'object',
      required: [
        'id',
        'url',
        'title',
        'date',
        'lane',
        'actors',
        'places',
        'summary',
        'note',
        'citations',
        'corrections',
        'dateModified',
      ],
      additionalProperties: false,
      properties: {
        id: { type: 'string', pattern: '^[^/\\s]+$', description: "The event's permanent id (its file name)." },
        url: { ...absoluteUrl, description: "The event's page." },
        title: { type: 'string', minLength: 1 },
        date: { $ref: '#/$defs/date' },
        lane: {
          type: 'object',
          required: ['id', 'label'],
          additionalProperties: false,
          properties: { id: { type: 'string' }, label: { type: 'string' } },
          description: 'The group of events (military, diplomacy, …) the event is drawn in.',
        },
        actors: { type: 'array', items: { type: 'string' } },
        places: {
          type: 'array',
          items: { $ref: '#/$defs/place' },
          description: "The gazetteer's places where the event happened, in the editors' order.",
        },
        summary: { type: 'string', description: 'A neutral summary, in Markdown.' },
        note: { ...nullableText, description: "The editors' note where sources are vague, disagree or are wrong." },
        citations: { type: 'array', minItems: 1, items: { $ref: '#/$defs/citation' } },
        corrections: {
          type: 'array',
          items: { $ref: '#/$defs/correction' },
          description: "The editors' corrections of the event, oldest first.",
        },
        dateModified: {
          type: ['string', 'null'],
          pattern: dayPattern,
          description:
            "The day the event's page last changed: the later of its last update and its newest correction; null when neither is known.",
        },
      },
    },
    place: {
      type: 'object',
      required: ['id', 'name', 'kind', 'latitude', 'longitude'],
      additionalProperties: false,
      properties: {
        id: {
          type: 'string',
          pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
          description: "The place's permanent id in the gazetteer (see places.geojson for its reference and note).",
        },
        name: { type: 'string', minLength: 1, description: 'Both forms where the name is political.' },
        kind: { enum: [...PLACE_KINDS] },
        latitude: {
          type: 'number',
          minimum: -90,
          maximum: 90,
          description: 'Decimal degrees (WGS 84), north positive.',
        },
        longitude: {
          type: 'number',
          minimum: -180,
          maximum: 180,
          description: 'Decimal degrees (WGS 84), east positive.',
        },
      },
    },
    correction: {
      type: 'object',
      required: ['date', 'text', 'url'],
      additionalProperties: false,
      properties: {
        date: { type: 'string', pattern: dayPattern, description: 'The day of the correction.' },
        text: {
          type: 'string',
          minLength: 1,
          description: "The editors' words on what was wrong and what is right, in Markdown.",
        },
        url: { ...absoluteUrl, description: "The correction on the event's page." },
      },
    },
    date: {
      type: 'object',
      required: [
        'edtf',
        'kind',
        'precision',
        'start',
        'end',
        'firstDay',
        'lastDay',
        'approximate',
        'uncertain',
        'display',
      ],
      additionalProperties: false,
      properties: {
        edtf: {
          type: 'string',
          description: 'Extended Date/Time Format (ISO 8601-2), level 0 plus the ~ and ? qualifiers.',
        },
        kind: { enum: ['date', 'interval'] },
        precision: { enum: ['year', 'month', 'day'], description: 'For an interval, the coarser of its two ends.' },
        start: { type: 'string', pattern: boundPattern, description: 'The first bound at its own precision.' },
        end: { type: 'string', pattern: boundPattern, description: 'The last bound; equals start for a single date.' },
        firstDay: {
          type: 'string',
          pattern: dayPattern,
          description: 'The first calendar day the date may stand for.',
        },
        lastDay: { type: 'string', pattern: dayPattern, description: 'The last calendar day the date may stand for.' },
        approximate: { type: 'boolean' },
        uncertain: { type: 'boolean' },
        display: { type: 'string', description: 'The date as the site shows it.' },
      },
    },
    citation: {
      type: 'object',
      required: ['article', 'articleUrl', 'quote', 'passage', 'stance', 'claimant', 'paragraphId', 'passageUrl'],
      additionalProperties: false,
      properties: {
        article: { type: 'string', description: "The source article's id (see sources.json)." },
        articleUrl: { ...absoluteUrl, description: "The article's page on this site." },
        quote: { type: 'string', description: 'The quote as the editors gave it.' },
        passage: { type: 'string', description: "The article's own characters for the quote." },
        stance: {
          enum: ['fact', 'claim'],
          description: 'fact: the article states it; claim: it attributes it to the claimant.',
        },
        claimant: { ...nullableText, description: 'Who makes the claim, when stance is claim.' },
        paragraphId: { type: 'string', description: 'The id of the article paragraph holding the passage.' },
        passageUrl: {
          ...absoluteUrl,
          description: "The article's page at the passage, highlighted with a text fragment.",
        },
      },
      if: { properties: { stance: { const: 'claim' } } },
      then: { properties: { claimant: { type: 'string' } } },
    },
  },
};

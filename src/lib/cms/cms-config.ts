import * as z from 'zod';
import { ENTRY_SLUG } from './new-entry-id.ts';
import { isProseField } from '../content-file/write-content-file.ts';
import { articleSchema, citationSchema, eventSchema, placeSchema } from '../load/content-schemas.ts';

/**
 * The web editor's (Decap CMS) configuration, generated from the same zod schemas the build validates with, so a
 * field added to a schema appears in the editor and a field the editor writes is one the build accepts. The
 * lane options come from timeline.yaml, the place options from places.yaml. Pure: the caller passes the lanes, the
 * places and the backend.
 */

/** One Decap CMS field, as it appears in config.yml. */
export interface CmsField {
  readonly name: string;
  readonly label: string;
  readonly widget: string;
  readonly required: boolean;
  readonly [option: string]: unknown;
}

/** Where the editor saves: a git host in production, the local decap-server while `npm run editor` runs. */
export interface CmsBackend {
  readonly name: 'git-gateway' | 'github' | 'gitlab';
  /** `owner/name` on GitHub or GitLab; not used by git-gateway. */
  readonly repo?: string;
  readonly branch: string;
  /** GitLab only: the application id of a GitLab OAuth application, for the PKCE login (no server needed). */
  readonly appId?: string;
}

export interface CmsConfigInput {
  readonly lanes: readonly { readonly id: string; readonly label: string }[];
  /** The gazetteer's places, offered by name to an event's `places`. */
  readonly places: readonly { readonly id: string; readonly name: string }[];
  readonly backend: CmsBackend;
  /** The decap-server address for local editing (Decap only uses it when the editor is opened on localhost). */
  readonly localBackendUrl?: string;
}

/**
 * The names under which /admin/ registers the one formatter of content files (src/lib/content-file) as Decap
 * formats, one per folder (the key order is each schema's), so the editor reads and writes files exactly as
 * `npm run import` and a person do.
 */
export const CONTENT_FILE_FORMATS = { events: 'timeline-event-file', articles: 'timeline-article-file' } as const;

/** The name of the gazetteer's format (src/lib/content-file/write-places-file.ts) and the file it edits. */
export const PLACES_FILE_FORMAT = 'timeline-places-file';
export const PLACES_FILE = 'content/places.yaml';

/** The name of the custom widget that edits one citation (src/client/admin/citation-widget.ts). */
export const CITATION_WIDGET = 'verbatim-citation';

// Prose (written as a folded block in the file) and the perspective get a text area; other strings a one-line input.
const isLongText = (name: string): boolean => isProseField(name) || name === 'perspective';

/** The body below the frontmatter: an event's summary, an article's verbatim text. */
const BODY_LABELS = { events: 'Summary (Markdown)', articles: 'Article text (paragraphs separated by a blank line)' };

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  format?: string;
  minItems?: number;
};

function toJson(schema: z.ZodType): JsonSchema {
  // `input`: defaults make a field optional for the editor, as they do in a hand-written file.
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** "publishedBasis" → "Published basis". */
function labelFor(name: string): string {
  const words = name.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The CMS fields of one object schema, in the schema's order (which is the key order Decap writes). `special`
 * gives the fields whose widget the schema alone cannot choose (the lane, the citations). A property of a type
 * this does not know how to edit is an error, so a new kind of field cannot silently go missing from the editor.
 */
export function fieldsFor(
  schema: z.ZodType,
  special: Record<string, (base: { name: string; label: string; required: boolean }) => CmsField> = {},
): CmsField[] {
  return fieldsFromJson(toJson(schema), special);
}

function fieldsFromJson(
  json: JsonSchema,
  special: Record<string, (base: { name: string; label: string; required: boolean }) => CmsField> = {},
): CmsField[] {
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const base = { name, label: labelFor(name), required: required.has(name) };
    const make = special[name];
    if (make !== undefined) return make(base);
    if (property.enum !== undefined) return { ...base, widget: 'select', options: property.enum };
    if (property.type === 'array' && property.items?.type === 'string') {
      return { ...base, widget: 'list', ...(property.minItems ? { min: property.minItems } : {}) };
    }
    if (property.type === 'array' && property.items?.type === 'object') {
      // A list of records (an event's corrections): one sub-form per item, its fields from the item's schema.
      return { ...base, widget: 'list', fields: fieldsFromJson(property.items) };
    }
    const types = Array.isArray(property.type) ? property.type : [property.type];
    if (types.includes('string')) {
      const widget = isLongText(name) ? 'text' : 'string';
      const pattern = property.format === 'uri' ? { pattern: ['^https?://', 'must be an http(s) address'] } : {};
      return { ...base, widget, ...pattern };
    }
    throw new Error(`cms-config: no editor widget for field "${name}" (JSON schema type ${JSON.stringify(property)})`);
  });
}

// A place's name, and its id where two places share the name, so that the editor can tell them apart.
function placeOptions(places: CmsConfigInput['places']): { label: string; value: string }[] {
  const count = new Map<string, number>();
  for (const place of places) count.set(place.name, (count.get(place.name) ?? 0) + 1);
  return places.map(({ id, name }) => ({ label: count.get(name)! > 1 ? `${name} (${id})` : name, value: id }));
}

// Decimal degrees, limited as the build limits them (content-schemas.ts).
const degreesField =
  (limit: number, hint: string) =>
  (base: { name: string; label: string; required: boolean }): CmsField => ({
    ...base,
    widget: 'number',
    value_type: 'float',
    min: -limit,
    max: limit,
    step: 0.0001,
    hint,
  });

/** The whole config.yml as an object (serialise it with js-yaml). */
export function cmsConfig({ lanes, places, backend, localBackendUrl }: CmsConfigInput): Record<string, unknown> {
  const citationFields = fieldsFor(citationSchema);
  const placeFields = fieldsFor(placeSchema, {
    latitude: degreesField(90, 'Decimal degrees (WGS 84), north positive, e.g. 39.8153'),
    longitude: degreesField(180, 'Decimal degrees (WGS 84), east positive, e.g. 46.7519'),
    reference: (base) => ({ ...base, widget: 'string', hint: 'Where the coordinates come from: the public source.' }),
  });
  const eventFields = fieldsFor(eventSchema, {
    lane: (base) => ({ ...base, widget: 'select', options: lanes.map((l) => ({ label: l.label, value: l.id })) }),
    // The gazetteer's ids, chosen by name: a place not in places.yaml is added there first.
    places: (base) => ({ ...base, widget: 'select', multiple: true, options: placeOptions(places) }),
    citations: (base) => ({
      ...base,
      // No minimum: a draft may have no citation yet; the pre-save checks ask a published event for one.
      widget: 'list',
      field: {
        name: 'citation',
        label: 'Citation',
        widget: CITATION_WIDGET,
        required: true,
        // Not `fields`: Decap would take the citation for an object widget and read its value as one.
        citation_fields: citationFields,
      },
    }),
  });
  const body = (collection: keyof typeof BODY_LABELS): CmsField => ({
    name: 'body',
    label: BODY_LABELS[collection],
    // A plain text area, not Decap's rich-text editor, which would rewrite the Markdown it was given.
    widget: 'text',
    required: true,
  });
  return {
    backend: {
      name: backend.name,
      branch: backend.branch,
      ...(backend.repo === undefined ? {} : { repo: backend.repo }),
      ...(backend.appId === undefined ? {} : { app_id: backend.appId, auth_type: 'pkce' }),
    },
    ...(localBackendUrl === undefined ? { local_backend: true } : { local_backend: { url: localBackendUrl } }),
    // File names from titles that are valid ids: plain ASCII (src/lib/cms/new-entry-id.ts mirrors this).
    slug: ENTRY_SLUG,
    // Decap requires a media folder; the timeline has no media fields, so nothing is ever written there.
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    collections: [
      {
        name: 'events',
        label: 'Events',
        label_singular: 'Event',
        folder: 'content/events',
        extension: 'md',
        format: CONTENT_FILE_FORMATS.events,
        create: true,
        // The file name is the event's permanent public id: lowercase words of the title, joined by hyphens.
        slug: '{{slug}}',
        identifier_field: 'title',
        fields: [...eventFields, body('events')],
      },
      {
        name: 'articles',
        label: 'Source articles',
        label_singular: 'Source article',
        folder: 'content/articles',
        extension: 'md',
        format: CONTENT_FILE_FORMATS.articles,
        create: true,
        slug: '{{slug}}',
        identifier_field: 'title',
        fields: [...fieldsFor(articleSchema), body('articles')],
      },
      {
        // The gazetteer: one file, saved in its one written form (src/lib/content-file/write-places-file.ts).
        name: 'places',
        label: 'Places',
        extension: 'yaml',
        format: PLACES_FILE_FORMAT,
        files: [
          {
            name: 'places',
            label: 'Places (gazetteer)',
            file: PLACES_FILE,
            fields: [
              {
                name: 'places',
                label: 'Places',
                widget: 'list',
                required: false,
                summary: '{{fields.name}} ({{fields.id}})',
                fields: placeFields,
              },
            ],
          },
        ],
      },
    ],
  };
}

/**
 * The editor's backend from the environment: CMS_BACKEND (git-gateway, github, gitlab), CMS_REPO, CMS_BRANCH, and
 * for GitLab CMS_GITLAB_APP_ID (the login then uses PKCE, with no server of ours).
 */
export function cmsBackendFrom(env: Record<string, string | undefined>): CmsBackend {
  const name = env['CMS_BACKEND'] || 'git-gateway';
  if (name !== 'git-gateway' && name !== 'github' && name !== 'gitlab') {
    throw new Error(`CMS_BACKEND: must be one of "git-gateway", "github", "gitlab", not ${JSON.stringify(name)}`);
  }
  const repo = env['CMS_REPO'] || undefined;
  if (name !== 'git-gateway' && repo === undefined) {
    throw new Error(`CMS_REPO: required when CMS_BACKEND is "${name}": the repository as owner/name`);
  }
  const appId = env['CMS_GITLAB_APP_ID'] || undefined;
  if (appId !== undefined && name !== 'gitlab') {
    throw new Error(`CMS_GITLAB_APP_ID: only for CMS_BACKEND "gitlab", not ${JSON.stringify(name)}`);
  }
  return {
    name,
    branch: env['CMS_BRANCH'] || 'main',
    ...(repo === undefined ? {} : { repo }),
    ...(appId === undefined ? {} : { appId }),
  };
}

import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import {
  cmsBackendFrom,
  cmsConfig,
  CITATION_WIDGET,
  CONTENT_FILE_FORMATS,
  PLACES_FILE,
  PLACES_FILE_FORMAT,
  type CmsField,
} from '../../../src/lib/cms/cms-config.ts';
import { ENTRY_SLUG, newEntryId } from '../../../src/lib/cms/new-entry-id.ts';
import { articleSchema, citationSchema, eventSchema, placeSchema } from '../../../src/lib/load/content-schemas.ts';
import { PLACE_KINDS } from '../../../src/lib/timeline-model.ts';

const config = cmsConfig({
  lanes: [
    { id: 'works', label: 'Works' },
    { id: 'council', label: 'Council' },
  ],
  places: [
    { id: 'lachin-corridor', name: 'Lachin corridor' },
    { id: 'lachin-town', name: 'Lachin' },
    { id: 'lachin-district', name: 'Lachin' },
  ],
  backend: { name: 'git-gateway', branch: 'main' },
}) as {
  collections: {
    name: string;
    folder?: string;
    format?: string;
    extension?: string;
    fields: CmsField[];
    files?: { name: string; file: string; fields: CmsField[] }[];
  }[];
};

const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const frontmatterFields = (name: string) => collection(name).fields.filter((field) => field.name !== 'body');
const names = (fields: readonly CmsField[]) => fields.map((field) => field.name);
const keys = (schema: z.ZodObject) => Object.keys(schema.shape);
// A field is required for the editor when the schema rejects the file without it.
const required = (schema: z.ZodObject) =>
  keys(schema).filter((key) => !(schema.shape as Record<string, z.ZodType>)[key]!.safeParse(undefined).success);

describe('the web editor config, generated from the content schemas (drift test)', () => {
  it('has one CMS field per event field, in the schema order, with the same required fields, and the body', () => {
    expect(names(frontmatterFields('events'))).toEqual(keys(eventSchema));
    expect(
      frontmatterFields('events')
        .filter((f) => f.required)
        .map((f) => f.name),
    ).toEqual(required(eventSchema));
    expect(names(collection('events').fields).at(-1)).toBe('body');
    expect(collection('events').folder).toBe('content/events');
  });

  it('has one CMS field per article field, with the same required fields', () => {
    expect(names(frontmatterFields('articles'))).toEqual(keys(articleSchema));
    expect(
      frontmatterFields('articles')
        .filter((f) => f.required)
        .map((f) => f.name),
    ).toEqual(required(articleSchema));
    expect(collection('articles').folder).toBe('content/articles');
  });

  it('edits each citation with the quote picker, which knows every citation field and the stances', () => {
    const citations = frontmatterFields('events').find((f) => f.name === 'citations')!;
    const item = citations['field'] as { widget: string; citation_fields: CmsField[] };
    expect(item.widget).toBe(CITATION_WIDGET);
    expect(names(item.citation_fields)).toEqual(keys(citationSchema));
    expect(item.citation_fields.find((f) => f.name === 'stance')!['options']).toEqual(['fact', 'claim']);
  });

  it("offers timeline.yaml's lanes and the schema's enums as choices", () => {
    const lane = frontmatterFields('events').find((f) => f.name === 'lane')!;
    expect(lane['options']).toEqual([
      { label: 'Works', value: 'works' },
      { label: 'Council', value: 'council' },
    ]);
    const basis = frontmatterFields('articles').find((f) => f.name === 'publishedBasis')!;
    expect(basis.widget).toBe('select');
    expect(basis['options']).toEqual(['stated', 'inferred']);
  });

  it("offers an event's places as a multiple select of the gazetteer's ids, labelled by name (and id where names repeat)", () => {
    const places = frontmatterFields('events').find((f) => f.name === 'places')!;
    expect(places).toMatchObject({ widget: 'select', multiple: true, required: false });
    expect(places['options']).toEqual([
      { label: 'Lachin corridor', value: 'lachin-corridor' },
      { label: 'Lachin (lachin-town)', value: 'lachin-town' },
      { label: 'Lachin (lachin-district)', value: 'lachin-district' },
    ]);
  });

  it('edits places.yaml as one file: a list with one field per place field, kinds as a select, degrees as numbers', () => {
    const gazetteer = collection('places');
    expect(gazetteer).toMatchObject({ format: PLACES_FILE_FORMAT, extension: 'yaml' });
    expect(gazetteer.files).toHaveLength(1);
    const file = gazetteer.files![0]!;
    expect(file.file).toBe(PLACES_FILE);
    const list = file.fields[0]!;
    expect(list).toMatchObject({ name: 'places', widget: 'list' });
    const fields = list['fields'] as CmsField[];
    expect(names(fields)).toEqual(keys(placeSchema));
    expect(fields.filter((f) => f.required).map((f) => f.name)).toEqual(required(placeSchema));
    const field = (name: string) => fields.find((f) => f.name === name)!;
    expect(field('kind')).toMatchObject({ widget: 'select', options: [...PLACE_KINDS] });
    expect(field('latitude')).toMatchObject({ widget: 'number', value_type: 'float', min: -90, max: 90 });
    expect(field('longitude')).toMatchObject({ widget: 'number', value_type: 'float', min: -180, max: 180 });
    expect(field('referenceUrl')).toMatchObject({ widget: 'string', pattern: ['^https?://', expect.any(String)] });
    expect(field('note')).toMatchObject({ widget: 'text', required: false });
  });

  it('reads the backend from the environment and names what is missing', () => {
    expect(cmsBackendFrom({})).toEqual({ name: 'git-gateway', branch: 'main' });
    expect(cmsBackendFrom({ CMS_BACKEND: 'github', CMS_REPO: 'me/timeline', CMS_BRANCH: 'live' })).toEqual({
      name: 'github',
      repo: 'me/timeline',
      branch: 'live',
    });
    expect(() => cmsBackendFrom({ CMS_BACKEND: 'gitlab' })).toThrow('CMS_REPO: required');
    expect(() => cmsBackendFrom({ CMS_BACKEND: 'svn' })).toThrow('CMS_BACKEND: must be one of');
  });

  it('logs in to GitLab with PKCE when CMS_GITLAB_APP_ID gives the application id', () => {
    const backend = cmsBackendFrom({ CMS_BACKEND: 'gitlab', CMS_REPO: 'news/timeline', CMS_GITLAB_APP_ID: 'abc123' });
    const lanes = [{ id: 'works', label: 'Works' }];
    expect(cmsConfig({ lanes, places: [], backend })['backend']).toEqual({
      name: 'gitlab',
      branch: 'main',
      repo: 'news/timeline',
      app_id: 'abc123',
      auth_type: 'pkce',
    });
    expect(() => cmsBackendFrom({ CMS_BACKEND: 'github', CMS_REPO: 'a/b', CMS_GITLAB_APP_ID: 'x' })).toThrow(
      'CMS_GITLAB_APP_ID: only for CMS_BACKEND "gitlab"',
    );
  });

  it('reads and writes files with the content-file formats, names new files as ids, and lets drafts go uncited', () => {
    expect(collection('events')['format']).toBe(CONTENT_FILE_FORMATS.events);
    expect(collection('articles')['format']).toBe(CONTENT_FILE_FORMATS.articles);
    expect((config as Record<string, unknown>)['slug']).toEqual(ENTRY_SLUG);
    expect(collection('events').fields.find((f) => f.name === 'citations')).not.toHaveProperty('min');
  });
});

describe('newEntryId()', () => {
  it('makes the id Decap gives a new file from its title: ASCII words joined by hyphens', () => {
    expect(newEntryId('  The bridge vote is approved ')).toBe('the-bridge-vote-is-approved');
    expect(newEntryId("Aliyev's “new” plan, 2.0")).toBe('aliyevs-new-plan-2-0');
    expect(newEntryId('Ceasefire in Şuşa')).toBe('ceasefire-in-susa');
  });
});

import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import {
  cmsBackendFrom,
  cmsConfig,
  CITATION_WIDGET,
  CONTENT_FILE_FORMATS,
  type CmsField,
} from '../../../src/lib/cms/cms-config.ts';
import { ENTRY_SLUG, newEntryId } from '../../../src/lib/cms/new-entry-id.ts';
import { articleSchema, citationSchema, eventSchema } from '../../../src/lib/load/content-schemas.ts';

const config = cmsConfig({
  lanes: [
    { id: 'works', label: 'Works' },
    { id: 'council', label: 'Council' },
  ],
  backend: { name: 'git-gateway', branch: 'main' },
}) as { collections: { name: string; folder: string; format?: string; fields: CmsField[] }[] };

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
    expect(cmsConfig({ lanes, backend })['backend']).toEqual({
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

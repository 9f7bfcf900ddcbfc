import { resolve } from 'node:path';
import type { Timeline } from '../timeline-model.ts';
import { buildTimeline } from './build-timeline.ts';
import { readContent } from './read-content.ts';

/**
 * The content folder to build from: `content/` unless TIMELINE_CONTENT_DIR names another (for fixture sites in
 * the tests and the synthetic timelines of the benchmark). Set but empty counts as not set, as in most shells'
 * `TIMELINE_CONTENT_DIR= npm run build`.
 */
export function contentDirectory(env: Record<string, string | undefined> = process.env): string {
  return resolve(env['TIMELINE_CONTENT_DIR'] || 'content');
}

/**
 * Read, validate and cross-check a content folder: the one given, or contentDirectory(). Throws a ContentError
 * listing every problem.
 */
export async function loadTimeline(contentDir?: string): Promise<Timeline> {
  const setting =
    contentDir === undefined && process.env['TIMELINE_CONTENT_DIR'] ? { setting: 'TIMELINE_CONTENT_DIR' } : {};
  return buildTimeline(await readContent(contentDir ?? contentDirectory(), setting));
}

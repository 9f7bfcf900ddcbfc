import { parseContentYaml } from '../load/content-yaml.ts';
import type { ContentFileFields } from './read-content-file.ts';
import { FRONTMATTER_COMMENTS } from './write-content-file.ts';

/**
 * The gazetteer's fields as the web editor holds them: `places` (the list, as written) and the comment lines at the
 * top of the file under FRONTMATTER_COMMENTS; or why the file cannot be read. The inverse of writePlacesFile().
 */
export function readPlacesFile(text: string): ContentFileFields {
  const parsed = parseContentYaml(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return { ok: false, reason: `places.yaml: ${parsed.reason}` };
  const value = parsed.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, reason: 'places.yaml: must be a set of fields ("places:" and its list)' };
  }
  const comments: string[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split('\n')) {
    const comment = /^#\s?(.*)$/.exec(line);
    if (comment === null) break;
    comments.push(comment[1] as string);
  }
  return {
    ok: true,
    fields: { ...(comments.length === 0 ? {} : { [FRONTMATTER_COMMENTS]: comments.join('\n') }), ...value },
  };
}

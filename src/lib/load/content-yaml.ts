import * as yaml from 'js-yaml';

/** How deep YAML may nest in content: a citation inside the list of an event is three levels; the rest is slack. */
export const MAX_YAML_DEPTH = 20;

/** The value of a YAML text, or the reason it has none, in words an editor can act on. */
export type YamlResult = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * Parse the YAML of a frontmatter block or `timeline.yaml`, bounded: aliases (`*name`) are refused, because
 * content needs none and an alias bomb would expand without limit; nesting stops at MAX_YAML_DEPTH. The core
 * schema keeps an unquoted 2020-11-10 the text "2020-11-10" instead of a midnight-UTC Date. Empty text is
 * `undefined`. `firstLine` is the line of the file the YAML starts on, so positions are the file's.
 * @example parseContentYaml('a: &x 1\nb: *x') // { ok: false, reason: 'aliases ("*name") are not allowed … (line 2, column 4)' }
 */
export function parseContentYaml(source: string, firstLine = 1): YamlResult {
  if (source.trim() === '') return { ok: true, value: undefined };
  try {
    return {
      ok: true,
      value: yaml.load(source, { schema: yaml.CORE_SCHEMA, maxAliases: 0, maxDepth: MAX_YAML_DEPTH }),
    };
  } catch (error) {
    return { ok: false, reason: describeYamlError(error, firstLine) };
  }
}

function describeYamlError(error: unknown, firstLine: number): string {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  const at = /\s*\((\d+):(\d+)\)$/.exec(message);
  const reason = at === null ? message : message.slice(0, at.index);
  const where = at === null ? '' : ` (line ${Number(at[1]) + firstLine - 1}, column ${at[2]})`;
  if (reason.startsWith('aliases exceeded')) {
    return `aliases ("*name") are not allowed: write the value out in full${where}`;
  }
  if (reason.startsWith('nesting exceeded')) return `nested more than ${MAX_YAML_DEPTH} levels deep${where}`;
  if (!(error instanceof yaml.YAMLException)) return `could not be read as YAML: ${reason}`;
  return `${reason}${where}`;
}

import { Document, isMap, isScalar, isSeq, type Pair, type Scalar } from 'yaml';
import { placeSchema } from '../load/content-schemas.ts';
import { CONTENT_YAML_FORMAT, escapeInvisible, FRONTMATTER_COMMENTS, hasInvisible } from './write-content-file.ts';

/**
 * The one form of the gazetteer, `places.yaml`, as the web editor saves it: the comment lines at the top kept
 * (under FRONTMATTER_COMMENTS, as for an event), then `places:` with each place's keys in the schema's order, the id
 * and kind plain, coordinates as decimal numbers (`40.0`, never `40`), the note folded, other text in double
 * quotes; blank optional fields left out. The inverse of readPlacesFile() for a file in this form.
 */
export function writePlacesFile(fields: Record<string, unknown>): string {
  const { [FRONTMATTER_COMMENTS]: comments, places, ...rest } = fields;
  const list = Array.isArray(places) ? places.map((place) => (isRecord(place) ? orderedPlace(place) : place)) : [];
  const doc = new Document({ places: list, ...rest });
  if (isMap(doc.contents)) {
    const seq = (doc.contents.items[0] as Pair<Scalar>).value;
    if (isSeq(seq)) for (const item of seq.items) if (isMap(item)) for (const pair of item.items) style(pair);
  }
  const lines = typeof comments === 'string' && comments !== '' ? comments.split('\n') : [];
  const header = lines.map((line) => (line === '' ? '#\n' : `# ${line}\n`)).join('');
  return header + escapeInvisible(doc.toString(CONTENT_YAML_FORMAT));
}

const PLACE_KEYS = Object.keys(placeSchema.shape);
const PLAIN = new Set(['id', 'kind']);
const DEGREES = new Set(['latitude', 'longitude']);

function style(pair: Pair): void {
  const name = String(isScalar(pair.key) ? pair.key.value : pair.key);
  const value = pair.value;
  if (!isScalar(value)) return;
  if (typeof value.value === 'number' && DEGREES.has(name)) {
    // A whole degree is written 40.0, as a coordinate reads; yaml alone would write an integer.
    value.minFractionDigits = 1;
    return;
  }
  if (typeof value.value !== 'string') return;
  value.type = hasInvisible(value.value)
    ? 'QUOTE_DOUBLE'
    : PLAIN.has(name)
      ? 'PLAIN'
      : name === 'note'
        ? 'BLOCK_FOLDED'
        : 'QUOTE_DOUBLE';
}

// Keys in the schema's order (any other after them, for the checks to name); blank optional fields left out.
function orderedPlace(place: Record<string, unknown>): Record<string, unknown> {
  const keys = [
    ...PLACE_KEYS.filter((key) => key in place),
    ...Object.keys(place).filter((k) => !PLACE_KEYS.includes(k)),
  ];
  return Object.fromEntries(
    keys
      .filter((key) => place[key] !== '' && place[key] !== null && place[key] !== undefined)
      .map((key) => [key, place[key]]),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

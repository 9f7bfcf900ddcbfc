import type { MarkupPolicy } from '../markup/markdown-problems.ts';
import type { Place, PlaceId } from '../timeline-model.ts';
import type { ContentProblem } from './content-problem.ts';
import { checkMarkdown, type SourceFile } from './content-file.ts';
import { placeSchema, placesFileSchema, validateFields } from './content-schemas.ts';
import { parseContentYaml } from './content-yaml.ts';

/** The gazetteer as the events are checked against it. */
export interface Gazetteer {
  /** The valid places, sorted by id. */
  readonly places: readonly Place[];
  /**
   * Every id the file names, valid or not, so an event naming a place with a wrong latitude is not told the place
   * is unknown; undefined when the file cannot be read at all (then events' places are not checked one by one).
   */
  readonly ids?: ReadonlySet<string>;
  /** The file, for messages; undefined when the content folder has no `places.yaml`. */
  readonly file?: string;
}

/**
 * Read `places.yaml`: each place checked field by field (an id, a name, a kind, coordinates within range, the
 * reference they come from), every id once. A folder without the file has an empty gazetteer: its events may
 * name no place.
 */
export function buildPlaces(file: SourceFile | undefined, policy: MarkupPolicy, problems: ContentProblem[]): Gazetteer {
  if (file === undefined) return { places: [], ids: new Set() };
  const yaml = parseContentYaml(file.text);
  if (!yaml.ok) {
    problems.push({ file: file.path, field: '', message: `is not valid YAML: ${yaml.reason}` });
    return { places: [], file: file.path };
  }
  const list = validateFields(placesFileSchema, yaml.value, file.path);
  problems.push(...list.problems);
  const items = list.fields.places;
  if (items === undefined) return { places: [], file: file.path };
  const places: Place[] = [];
  const ids = new Set<string>();
  const firstField = new Map<string, string>();
  items.forEach((item, i) => {
    const field = `places[${i}]`;
    const result = validateFields(placeSchema, item, file.path, field);
    // validateFields names fields from the place's own root: put them under `places[i]`.
    problems.push(...result.problems.map((p) => ({ ...p, field: p.field === field ? field : `${field}.${p.field}` })));
    if (result.fields.note !== undefined)
      checkMarkdown(result.fields.note, file.path, `${field}.note`, policy, problems);
    const id = result.fields.id;
    if (id === undefined) return;
    const first = firstField.get(id);
    if (first !== undefined) {
      problems.push({ file: file.path, field: `${field}.id`, message: `duplicate place id "${id}" (also ${first})` });
      return;
    }
    firstField.set(id, `${field}.id`);
    ids.add(id);
    if (result.data === undefined) return;
    const { latitude, longitude, reference, referenceUrl, note, ...rest } = result.data;
    places.push({
      ...rest,
      id: id as PlaceId,
      point: { latitude, longitude },
      reference: { title: reference, ...(referenceUrl === undefined ? {} : { url: referenceUrl }) },
      ...(note === undefined ? {} : { note }),
    });
  });
  return { places: places.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), ids, file: file.path };
}

/**
 * The problems of an event's `places`: each must be an id of the gazetteer, once. Nothing is reported against a
 * gazetteer that cannot be read (its own problem says why).
 */
export function checkEventPlaces(
  places: readonly string[],
  gazetteer: Gazetteer,
  file: string,
  problems: ContentProblem[],
): void {
  const { ids } = gazetteer;
  if (ids === undefined) return;
  const seen = new Set<string>();
  places.forEach((place, i) => {
    const field = `places[${i}]`;
    if (seen.has(place)) {
      problems.push({ file, field, message: `"${place}" is listed twice` });
      return;
    }
    seen.add(place);
    if (ids.has(place)) return;
    const message =
      gazetteer.file === undefined
        ? `unknown place "${place}": the content folder has no places.yaml (add the place there, with its coordinates and their reference)`
        : `unknown place "${place}": add it to ${gazetteer.file} (known places: ${[...ids].join(', ') || 'none'})`;
    problems.push({ file, field, message });
  });
}

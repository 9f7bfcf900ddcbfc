import * as z from 'zod';
import type { PlaceShape, ShapeGeometry } from '../timeline-model.ts';
import type { ContentProblem } from './content-problem.ts';
import type { SourceFile } from './content-file.ts';
import { httpUrl, text, validateFields } from './content-schemas.ts';

/**
 * The most positions a shape may have. A district's outline simplified for a regional map has a few hundred; a
 * file with hundreds of thousands is raw survey data that would bloat every page the map is on.
 */
export const MAX_SHAPE_POSITIONS = 20_000;

/** A shape file: one GeoJSON Feature whose properties name the source it was drawn from. */
const shapeFileSchema = z.strictObject({
  type: z.literal('Feature', { error: 'must be "Feature": a shape file is one GeoJSON Feature' }),
  geometry: z.unknown(),
  properties: z.strictObject(
    {
      /** Where the outline or line comes from (a dataset, a map, an official survey). */
      source: text,
      sourceUrl: httpUrl.optional(),
    },
    { error: 'must be a set of fields: source (required) and sourceUrl' },
  ),
  // RFC 7946 allows these on a Feature; they say nothing the map needs.
  id: z.union([z.string(), z.number()]).optional(),
  bbox: z.array(z.number()).optional(),
});

const GEOMETRY_TYPES = ['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString'] as const;

/**
 * Read `shapes/<place-id>.geojson`: a GeoJSON Feature with a Polygon, MultiPolygon, LineString or MultiLineString
 * in [longitude, latitude] order, every position within range, rings closed, and the source of the drawing in its
 * properties. Every problem names the file and the place in it (`geometry.coordinates[0][3]`).
 */
export function readPlaceShape(file: SourceFile, problems: ContentProblem[]): PlaceShape | undefined {
  let value: unknown;
  try {
    value = JSON.parse(file.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({ file: file.path, field: '', message: `is not valid JSON: ${reason}` });
    return undefined;
  }
  const before = problems.length;
  const result = validateFields(shapeFileSchema, value, file.path);
  problems.push(...result.problems);
  const geometry = checkGeometry(result.fields.geometry, (field, message) =>
    problems.push({ file: file.path, field, message }),
  );
  if (problems.length > before || geometry === undefined || result.data === undefined) return undefined;
  const { source, sourceUrl } = result.data.properties;
  return {
    geometry,
    source: { title: source, ...(sourceUrl === undefined ? {} : { url: sourceUrl }) },
    file: file.path,
  };
}

type Report = (field: string, message: string) => void;

function checkGeometry(value: unknown, report: Report): ShapeGeometry | undefined {
  if (value === undefined || value === null) {
    report('geometry', 'required field is missing');
    return undefined;
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    report('geometry', 'must be a GeoJSON geometry ({ "type": …, "coordinates": … })');
    return undefined;
  }
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (!GEOMETRY_TYPES.includes(type as (typeof GEOMETRY_TYPES)[number])) {
    report('geometry.type', `must be one of ${GEOMETRY_TYPES.map((t) => `"${t}"`).join(', ')}, not ${show(type)}`);
    return undefined;
  }
  const tally = { count: 0, positions: 0 };
  const fail = (field: string, message: string) => {
    tally.count += 1;
    report(field, message);
  };
  const field = 'geometry.coordinates';
  const depth = { LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 }[type as string] ?? 0;
  const walk = (node: unknown, path: string, level: number): void => {
    if (tally.count >= 10) return; // one broken file does not flood the list
    if (level === 0) {
      checkPosition(node, path, fail);
      tally.positions += 1;
      return;
    }
    if (!Array.isArray(node) || node.length === 0) {
      fail(path, 'must be a non-empty list');
      return;
    }
    node.forEach((child, i) => walk(child, `${path}[${i}]`, level - 1));
    // The innermost lists of positions: a line needs two, a polygon's ring four and closed.
    if (level === 1 && Array.isArray(node)) {
      if (type === 'LineString' || type === 'MultiLineString') {
        if (node.length < 2) fail(path, 'a line needs at least two positions');
      } else if (node.length < 4) {
        fail(path, 'a ring needs at least four positions, the last the same as the first');
      } else if (JSON.stringify(node[0]) !== JSON.stringify(node[node.length - 1])) {
        fail(path, 'a ring must be closed: its last position must repeat its first');
      }
    }
  };
  walk(coordinates, field, depth);
  if (tally.positions > MAX_SHAPE_POSITIONS) {
    fail(field, `has ${tally.positions} positions: at most ${MAX_SHAPE_POSITIONS} (simplify the shape)`);
  }
  return tally.count === 0 ? ({ type, coordinates } as ShapeGeometry) : undefined;
}

function checkPosition(node: unknown, path: string, fail: Report): void {
  if (!Array.isArray(node) || node.length < 2 || node.length > 3 || !node.every((n) => typeof n === 'number')) {
    fail(path, `must be a position [longitude, latitude], not ${show(node)}`);
    return;
  }
  const [longitude, latitude] = node as [number, number];
  if (!Number.isFinite(longitude) || Math.abs(longitude) > 180) {
    fail(`${path}[0]`, `longitude must be between -180 and 180, not ${longitude}`);
  }
  if (!Number.isFinite(latitude) || Math.abs(latitude) > 90) {
    fail(`${path}[1]`, `latitude must be between -90 and 90, not ${latitude} (GeoJSON puts longitude first)`);
  }
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

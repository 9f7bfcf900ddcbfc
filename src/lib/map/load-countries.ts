import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ProjectionSpec } from './projection-spec.ts';
import type { CountriesTopology } from './region-geometry.ts';

/**
 * Natural Earth's scales as world-atlas ships them: 1:10m for regional maps (the Caucasus at 600 px needs its
 * detail), 1:50m for maps of a continent or more, where 10m's detail would only be simplified away.
 */
export type CountriesDetail = '10m' | '50m';

const loaded = new Map<CountriesDetail, CountriesTopology>();

/**
 * The admin-0 countries of world-atlas, read once per build (the only file system access of the map): every
 * other part of the map takes the topology as an argument, so tests can pass a small one.
 */
export function loadCountries(detail: CountriesDetail = '10m'): CountriesTopology {
  let topology = loaded.get(detail);
  if (topology === undefined) {
    const folder = dirname(createRequire(import.meta.url).resolve('world-atlas/package.json'));
    topology = JSON.parse(readFileSync(join(folder, `countries-${detail}.json`), 'utf8')) as CountriesTopology;
    loaded.set(detail, topology);
  }
  return topology;
}

/**
 * The countries at the detail a map's scale needs: 1:10m from about 1,500 px per radian (a map a few thousand km
 * across at 600 px), 1:50m for wider ones.
 */
export function countriesForProjection(projection: ProjectionSpec): CountriesTopology {
  return loadCountries(projection.scale >= 1500 ? '10m' : '50m');
}

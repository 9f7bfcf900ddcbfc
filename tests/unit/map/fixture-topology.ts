import { readFileSync } from 'node:fs';
import type { CountriesTopology } from '../../../src/lib/map/region-geometry.ts';

/** Two made-up countries with one border between them (tests/fixtures/map): small enough to reason about. */
export const TWO_COUNTRIES = JSON.parse(
  readFileSync(new URL('../../fixtures/map/two-countries.topo.json', import.meta.url), 'utf8'),
) as CountriesTopology;

/**
 * Where the map's countries come from, named under every map: which data, which edition, and whose idea of the
 * borders it follows. A border drawn without its source and worldview would look like the site's own claim.
 */
export interface MapDataSource {
  /** The data set, as its makers name it. */
  readonly name: string;
  /** The edition of the data set the package redistributes. */
  readonly version: string;
  /** The layer the map draws. */
  readonly layer: string;
  /** The npm package that carries it, and its version. */
  readonly package: string;
  /** The data set's terms. */
  readonly license: string;
  /** The data set's home page, as the package's README gives it. */
  readonly url: string;
  /** Whose boundaries the layer draws: Natural Earth's default admin-0 layer follows control on the ground. */
  readonly worldview: 'de-facto';
  /** The worldview in one English sentence; pages show the catalogue's `map.worldview.deFacto` in their language. */
  readonly worldviewSentence: string;
}

/**
 * The countries of world-atlas 2.0.2: Natural Earth 4.1.0's admin-0 countries as TopoJSON (its README), public domain
 * (Natural Earth's terms). In this layer Nagorno-Karabakh and the districts around it lie inside Azerbaijan's
 * polygon, with no line of their own (checked against the package's 10m, 50m and 110m files).
 */
export const MAP_DATA_SOURCE: MapDataSource = {
  name: 'Natural Earth',
  version: '4.1.0',
  layer: 'Admin 0 – Countries',
  package: 'world-atlas 2.0.2',
  license: 'Public domain',
  url: 'http://www.naturalearthdata.com/',
  worldview: 'de-facto',
  worldviewSentence:
    'Natural Earth draws the boundaries of countries as they are controlled on the ground (de facto), not as they are claimed or recognised in law (de jure).',
};

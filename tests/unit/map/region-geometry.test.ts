import { describe, expect, it } from 'vitest';
import { fitProjection, type MapSize } from '../../../src/lib/map/fit-projection.ts';
import { countriesForProjection, loadCountries } from '../../../src/lib/map/load-countries.ts';
import { regionGeometry } from '../../../src/lib/map/region-geometry.ts';
import { TWO_COUNTRIES } from './fixture-topology.ts';

const SIZE: MapSize = { width: 400, height: 300 };
const numbers = (d: string) => d.match(/-?\d+(\.\d+)?/g) ?? [];

describe('regionGeometry()', () => {
  const both = fitProjection(
    [
      { latitude: 39, longitude: 44 },
      { latitude: 41, longitude: 49 },
    ],
    SIZE,
  );

  it('draws each country in the frame as one path, and the border between them once', () => {
    const geometry = regionGeometry(TWO_COUNTRIES, both, SIZE);
    expect(geometry.countries.map((country) => country.name)).toEqual(['Westland', 'Eastland']);
    // The shared arc only: one line of three points, north to south.
    expect(geometry.borders).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){1,2}$/);
  });

  it('keeps one decimal at most', () => {
    const geometry = regionGeometry(TWO_COUNTRIES, both, SIZE);
    for (const d of [...geometry.countries.map((country) => country.d), geometry.borders]) {
      for (const value of numbers(d)) expect(value).toMatch(/^-?\d+(\.\d)?$/);
    }
  });

  it('drops bends too small to see, and keeps them at a finer threshold', () => {
    const points = (d: string) => numbers(d).length / 2;
    // The west edge's wiggles are 0.0005° (a tenth of a px here): they go, and so does the speck of an island.
    const plain = regionGeometry(TWO_COUNTRIES, both, SIZE);
    expect(points(plain.countries[0]?.d ?? '')).toBeLessThan(8);
    const fine = regionGeometry(TWO_COUNTRIES, both, SIZE, { minArea: 0.001, minIsland: 0 });
    expect(points(fine.countries[0]?.d ?? '')).toBeGreaterThan(20);
  });

  it('draws nothing of countries outside the frame', () => {
    const far = fitProjection([{ latitude: 10, longitude: 10 }], SIZE);
    expect(regionGeometry(TWO_COUNTRIES, far, SIZE)).toEqual({ countries: [], borders: '' });
  });

  it('clips to the frame: a frame inside one country is that country’s rectangle', () => {
    const inside = fitProjection([{ latitude: 40, longitude: 45 }], SIZE, { minSpanKm: 20 });
    const geometry = regionGeometry(TWO_COUNTRIES, inside, SIZE);
    expect(geometry.countries.map((country) => country.name)).toEqual(['Westland']);
    for (const value of numbers(geometry.countries[0]?.d ?? '')) {
      expect(Math.abs(Number(value))).toBeLessThanOrEqual(SIZE.width + 1);
    }
    expect(geometry.borders).toBe('');
  });

  it('is the same on every call', () => {
    expect(regionGeometry(TWO_COUNTRIES, both, SIZE)).toEqual(
      regionGeometry(JSON.parse(JSON.stringify(TWO_COUNTRIES)), both, SIZE),
    );
  });

  it('draws the Karabakh region from Natural Earth 10m in under 20 KB of paths, with no country inside out', () => {
    const size = { width: 640, height: 480 };
    const view = fitProjection(
      [
        { latitude: 39.82, longitude: 46.75 },
        { latitude: 40.18, longitude: 44.51 },
        { latitude: 40.41, longitude: 49.87 },
        { latitude: 41.72, longitude: 44.79 },
      ],
      size,
    );
    const geometry = regionGeometry(loadCountries('10m'), view, size);
    const bytes = geometry.countries.reduce((sum, country) => sum + country.d.length, geometry.borders.length);
    expect(bytes).toBeLessThan(20_000);
    const names = geometry.countries.map((country) => country.name);
    expect(names).toEqual(expect.arrayContaining(['Armenia', 'Azerbaijan', 'Georgia', 'Iran', 'Russia', 'Turkey']));
    // The 10m Maldives has specks wound inside out, which d3 would fill as the whole globe.
    expect(names).not.toContain('Maldives');
  });
});

describe('countriesForProjection()', () => {
  it('takes Natural Earth 10m for a region and 50m for half the world', () => {
    const size = { width: 640, height: 480 };
    const region = fitProjection([{ latitude: 39.82, longitude: 46.75 }], size);
    const world = fitProjection(
      [
        { latitude: 38.9, longitude: -77.04 },
        { latitude: 40.41, longitude: 49.87 },
      ],
      size,
    );
    expect(countriesForProjection(region)).toBe(loadCountries('10m'));
    expect(countriesForProjection(world)).toBe(loadCountries('50m'));
  });
});

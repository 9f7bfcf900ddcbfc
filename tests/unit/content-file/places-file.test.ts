import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlacesFile } from '../../../src/lib/content-file/read-places-file.ts';
import { writePlacesFile } from '../../../src/lib/content-file/write-places-file.ts';
import { FRONTMATTER_COMMENTS } from '../../../src/lib/content-file/write-content-file.ts';
import { parseContentYaml } from '../../../src/lib/load/content-yaml.ts';

const read = (text: string) => {
  const result = readPlacesFile(text);
  if (!result.ok) throw new Error(result.reason);
  return result.fields;
};
// What the file means to the build: the YAML as the loader reads it.
const meaning = (text: string) => {
  const parsed = parseContentYaml(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
};

describe('writePlacesFile()', () => {
  it("writes each place's keys in the schema's order, id and kind plain, text quoted, whole degrees as 40.0", () => {
    const text = writePlacesFile({
      places: [
        {
          note: '',
          referenceUrl: 'https://example.org/atlas',
          reference: 'Atlas, “Portville”',
          longitude: 45,
          latitude: -39.8153,
          kind: 'town',
          name: 'Port "ville"',
          id: 'portville',
        },
      ],
    });
    expect(text).toBe(
      'places:\n  - id: portville\n    name: "Port \\"ville\\""\n    kind: town\n    latitude: -39.8153\n' +
        '    longitude: 45.0\n    reference: "Atlas, “Portville”"\n    referenceUrl: "https://example.org/atlas"\n',
    );
    expect(meaning(text)).toEqual({
      places: [
        {
          id: 'portville',
          name: 'Port "ville"',
          kind: 'town',
          latitude: -39.8153,
          longitude: 45,
          reference: 'Atlas, “Portville”',
          referenceUrl: 'https://example.org/atlas',
        },
      ],
    });
  });

  it('keeps the comment lines at the top, folds a long note at 118 characters, and escapes invisible characters', () => {
    const note = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const text = writePlacesFile({
      [FRONTMATTER_COMMENTS]: 'The gazetteer.\n\nInvented.',
      places: [{ id: 'a', name: 'No\u00A0break', kind: 'site', latitude: 1.5, longitude: 2.25, reference: 'R', note }],
    });
    expect(text.startsWith('# The gazetteer.\n#\n# Invented.\nplaces:\n')).toBe(true);
    expect(text).toContain('    name: "No\\u00A0break"\n');
    expect(text).toContain('    note: >-\n      word0 word1');
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(118);
    expect(read(text)).toEqual({
      [FRONTMATTER_COMMENTS]: 'The gazetteer.\n\nInvented.',
      places: [{ id: 'a', name: 'No\u00A0break', kind: 'site', latitude: 1.5, longitude: 2.25, reference: 'R', note }],
    });
  });

  it.each([
    'content/places.yaml',
    'tests/fixtures/small-site/places.yaml',
    'tests/fixtures/layout-site/places.yaml',
    'tests/fixtures/hostile-site/places.yaml',
  ])('writes %s back byte for byte after readPlacesFile()', (path) => {
    const text = readFileSync(path, 'utf8');
    expect(writePlacesFile(read(text))).toBe(text);
  });

  // The edition's gazetteer, where there is one: an editor's save may re-wrap a note, never change what it says.
  it.each(['content/places.yaml', 'tests/fixtures/hostile-site/places.yaml'].filter((path) => existsSync(path)))(
    'keeps what %s means after readPlacesFile()',
    (path) => {
      const text = readFileSync(path, 'utf8');
      expect(meaning(writePlacesFile(read(text)))).toEqual(meaning(text));
    },
  );
});

describe('readPlacesFile()', () => {
  it('says why a file cannot be read', () => {
    expect(readPlacesFile('places: [')).toMatchObject({ ok: false, reason: expect.stringMatching(/^places\.yaml: /) });
    expect(readPlacesFile('- a\n- b\n')).toMatchObject({ ok: false });
  });
});

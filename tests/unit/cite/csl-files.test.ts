import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSL_FILES } from '../../../src/lib/cite/styles/csl-files.ts';

const folder = new URL('../../../src/lib/cite/styles/', import.meta.url);
const shipped = readdirSync(folder).filter((name) => name.endsWith('.csl') || name.endsWith('.xml'));

describe('csl-files.ts', () => {
  it('holds every shipped CSL file verbatim (regenerate with embed-csl-files.mjs if this fails)', () => {
    expect(Object.keys(CSL_FILES).sort()).toEqual([...shipped].sort());
    for (const name of shipped) expect(CSL_FILES[name], name).toBe(readFileSync(new URL(name, folder), 'utf8'));
  });

  it('keeps each file’s CC BY-SA 3.0 licence header', () => {
    for (const [name, text] of Object.entries(CSL_FILES)) {
      expect(text, name).toContain('<rights license="http://creativecommons.org/licenses/by-sa/3.0/">');
    }
  });

  it('ships MLA 9, Chicago 17 notes-bibliography, Cite Them Right Harvard and the en-GB locale', () => {
    expect(CSL_FILES['modern-language-association.csl']).toContain(
      '<title>Modern Language Association 9th edition</title>',
    );
    expect(CSL_FILES['chicago-fullnote-bibliography.csl']).toContain(
      '<title>Chicago Manual of Style 17th edition (full note)</title>',
    );
    expect(CSL_FILES['harvard-cite-them-right.csl']).toContain('<title>Cite Them Right 12th edition - Harvard</title>');
    expect(CSL_FILES['locales-en-GB.xml']).toContain('xml:lang="en-GB"');
  });
});

import { describe, expect, it } from 'vitest';
import { readContentFile } from '../../../src/lib/content-file/read-content-file.ts';
import { FRONTMATTER_COMMENTS, writeContentFile } from '../../../src/lib/content-file/write-content-file.ts';

describe('writeContentFile()', () => {
  it('writes the schema’s key order, text quoted, identifiers plain, names on one line, empty fields left out', () => {
    const text = writeContentFile('events', {
      body: 'The council approved it.\n',
      citations: [{ stance: 'claim', claimant: 'The mayor', quote: 'the “new” bridge is open', article: 'gazette' }],
      note: '',
      places: [],
      actors: ['Town council', 'Mayor'],
      lane: 'works',
      date: '1991',
      title: 'Bridge "approved"',
    });
    expect(text).toBe(
      '---\ntitle: "Bridge \\"approved\\""\ndate: "1991"\nlane: works\nactors: ["Town council", "Mayor"]\n' +
        'citations:\n  - article: gazette\n    quote: "the “new” bridge is open"\n    stance: claim\n' +
        '    claimant: "The mayor"\n---\nThe council approved it.\n',
    );
  });

  it('folds prose at 118 characters, keeps a long quote on one line, and lists too long for one line as a block', () => {
    const long = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const text = writeContentFile('events', {
      title: 'T',
      actors: Array.from({ length: 12 }, (_, i) => `Actor number ${i}`),
      citations: [{ article: 'a', quote: long, stance: 'fact' }],
      note: long,
      body: 'B\n',
    });
    expect(text).toContain(`    quote: "${long}"\n`);
    expect(text).toContain('note: >-\n  word0 word1');
    expect(text).toContain('actors:\n  - "Actor number 0"\n  - "Actor number 1"\n');
    for (const line of text.split('\n').filter((l) => !l.includes('quote:'))) {
      expect(line.length).toBeLessThanOrEqual(118);
    }
  });

  it('writes a character no one can see as an escape, and a word YAML would misread in quotes', () => {
    const text = writeContentFile('events', { title: 'A\u00A0B', lane: 'true', body: '' });
    expect(text).toBe('---\ntitle: "A\\u00A0B"\nlane: "true"\n---\n');
  });

  it('is undone by readContentFile(), comments and body included', () => {
    const fields = {
      [FRONTMATTER_COMMENTS]: 'Imported from sheet.csv, row 4.\nMedia: https://example.org/a.jpg',
      title: 'Event: the first',
      date: '2001-02~',
      lane: 'works',
      status: 'draft',
      corrections: [{ date: '2026-12-02', text: 'An earlier version said otherwise.' }],
      body: 'A summary.\n\nTwo paragraphs.\n',
    };
    const text = writeContentFile('events', fields);
    expect(text.startsWith('---\n# Imported from sheet.csv, row 4.\n# Media: https://example.org/a.jpg\ntitle:')).toBe(
      true,
    );
    expect(readContentFile(text)).toEqual({ ok: true, fields });
  });
});

describe('readContentFile()', () => {
  it('names what is wrong with a file it cannot read', () => {
    expect(readContentFile('title: A\n')).toEqual({
      ok: false,
      reason: 'frontmatter: missing: the file must start with a "---" line',
    });
    expect(readContentFile('---\ntitle: A\n')).toEqual({ ok: false, reason: 'frontmatter: no closing "---" line' });
    expect(readContentFile('---\n- a\n---\n')).toEqual({
      ok: false,
      reason: 'frontmatter: must be a set of fields ("name: value" lines)',
    });
  });
});

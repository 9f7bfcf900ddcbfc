import { describe, expect, it } from 'vitest';
import { parseContentYaml } from '../../../src/lib/load/content-yaml.ts';
import { splitFrontmatter } from '../../../src/lib/load/split-frontmatter.ts';

describe('splitFrontmatter()', () => {
  it('cuts the YAML between the fences from the body, and says where the YAML starts', () => {
    expect(splitFrontmatter('---\ntitle: A\n---\nText\n')).toEqual({
      ok: true,
      yaml: 'title: A',
      body: 'Text\n',
      yamlLine: 2,
    });
    expect(splitFrontmatter('\n\n---  \ntitle: A\n---\n')).toEqual({
      ok: true,
      yaml: 'title: A',
      body: '',
      yamlLine: 4,
    });
  });

  it('accepts a byte order mark and CRLF line ends', () => {
    expect(splitFrontmatter('\uFEFF---\r\ntitle: A\r\n---\r\nText')).toMatchObject({
      ok: true,
      yaml: 'title: A',
      body: 'Text',
    });
  });

  it('names a missing opening line and a missing closing line', () => {
    expect(splitFrontmatter('title: A\n---\n')).toEqual({
      ok: false,
      reason: 'missing: the file must start with a "---" line',
    });
    expect(splitFrontmatter('')).toEqual({ ok: false, reason: 'missing: the file must start with a "---" line' });
    expect(splitFrontmatter('---\ntitle: A\n')).toEqual({ ok: false, reason: 'no closing "---" line' });
    expect(splitFrontmatter('----\ntitle: A\n---\n')).toMatchObject({ ok: false });
  });
});

describe('parseContentYaml()', () => {
  it('keeps unquoted dates as text and reads empty YAML as undefined', () => {
    expect(parseContentYaml('date: 2020-11-10')).toEqual({ ok: true, value: { date: '2020-11-10' } });
    expect(parseContentYaml('  \n')).toEqual({ ok: true, value: undefined });
  });

  it('refuses aliases and deep nesting, with the line of the file', () => {
    expect(parseContentYaml('a: &x 1\nb: *x', 2)).toEqual({
      ok: false,
      reason: 'aliases ("*name") are not allowed: write the value out in full (line 3, column 5)',
    });
    expect(parseContentYaml(`a: ${'['.repeat(20)}${']'.repeat(20)}`)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('nested more than 20 levels deep'),
    });
    expect(parseContentYaml(`a: ${'['.repeat(19)}${']'.repeat(19)}`).ok).toBe(true); // the mapping is level 1
  });
});

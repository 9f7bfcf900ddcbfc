import { describe, expect, it } from 'vitest';
import { choosePageDates } from '../../../src/lib/history/choose-page-dates.ts';
import { toSubstance } from '../../../src/lib/history/content-substance.ts';
import { toVersionId, toVersions, type FileRevision } from '../../../src/lib/history/content-version.ts';

const day = (d: number, month = 11) => ({ year: 2026, month, day: d });
const text = (summary: string, extra = '') => `---\ntitle: T\ndate: "2022"\n${extra}---\n${summary}\n`;

describe('toVersions()', () => {
  it('keeps only revisions that change the substance, oldest first', () => {
    const revisions: FileRevision[] = [
      { commit: 'a', day: day(20), text: text('First.') },
      { commit: 'b', day: day(21), text: text('First.', 'lane: x\n').replace('lane: x\n', '') },
      { commit: 'c', day: day(22), text: text('First.').replace('First.', 'First.\n\n') },
      { commit: 'd', day: day(23), text: text('Second.') },
    ];
    expect(toVersions(revisions).map((v) => v.commit)).toEqual(['a', 'd']);
  });

  it('makes no version of a deletion, nor of restoring the same text', () => {
    const versions = toVersions([
      { commit: 'a', day: day(20), text: text('One.') },
      { commit: 'b', day: day(21) },
      { commit: 'c', day: day(22), text: text('One.') },
      { day: day(25), text: text('One.') },
    ]);
    expect(versions.map((v) => v.commit)).toEqual(['a']);
  });

  it('counts uncommitted text as a version of its day when it says something new', () => {
    const versions = toVersions([
      { commit: 'a', day: day(20), text: text('One.') },
      { day: day(5, 12), text: text('Two.') },
    ]);
    expect(versions.at(-1)).toEqual({ id: expect.stringMatching(/^2026-12-05-/), day: day(5, 12), text: text('Two.') });
  });

  it('tells apart the same text on the same day, changed and changed back', () => {
    const ids = toVersions([
      { commit: 'a', day: day(20), text: text('One.') },
      { commit: 'b', day: day(20), text: text('Two.') },
      { commit: 'c', day: day(20), text: text('One.') },
    ]).map((v) => v.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[2]).toBe(`${ids[0]}-2`);
  });
});

describe('toVersionId()', () => {
  it('is the day and a hash of the substance: stable across commits, reformatting and rebases', () => {
    const id = toVersionId(day(2, 12), toSubstance(text('One.')));
    expect(id).toMatch(/^2026-12-02-[0-9a-f]{8}$/);
    expect(toVersionId(day(2, 12), toSubstance(text('One.\n\n')))).toBe(id);
    expect(toVersionId(day(2, 12), toSubstance(text('Two.')))).not.toBe(id);
  });
});

describe('choosePageDates()', () => {
  const versions = toVersions([
    { commit: 'a', day: day(23), text: text('One.') },
    { commit: 'b', day: day(2, 12), text: text('Two.') },
  ]);

  it('publishes on the first version and updates on the last', () => {
    expect(choosePageDates(versions)).toEqual({ published: day(23), updated: day(2, 12), basis: 'history' });
  });

  it('lets each frontmatter date win', () => {
    expect(choosePageDates(versions, { pagePublished: day(1, 1) })).toEqual({
      published: day(1, 1),
      updated: day(2, 12),
      basis: 'history',
    });
  });

  it('without history, dates a page only by its frontmatter, and otherwise not at all', () => {
    expect(choosePageDates(undefined)).toEqual({ basis: 'unknown' });
    expect(choosePageDates([], { pagePublished: day(15, 1) })).toEqual({
      published: day(15, 1),
      updated: day(15, 1),
      basis: 'frontmatter',
    });
  });
});

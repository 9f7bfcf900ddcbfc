import { describe, expect, it } from 'vitest';
import { normaliseMarkdown, sameSubstance, toSubstance } from '../../../src/lib/history/content-substance.ts';

const EVENT = `---
title: Bridge opens
date: "2022-06-10"
lane: works
citations:
  - article: gazette
    quote: "opened to traffic last week"
    stance: fact
---
The bridge opened to traffic.

It was late.
`;

describe('sameSubstance()', () => {
  it('sees no change in reformatting: key order, quoting, flow lists, line wrapping and indentation', () => {
    const reformatted = `---
lane: 'works'
citations: [{ stance: fact, quote: 'opened to traffic   last week', article: gazette }]
date: 2022-06-10
title: >-
  Bridge
  opens
---

The bridge
   opened to traffic.


It was late.`;
    expect(sameSubstance(EVENT, reformatted)).toBe(true);
  });

  it('sees a change in any value, in the body, and in paragraph breaks', () => {
    expect(sameSubstance(EVENT, EVENT.replace('2022-06-10', '2022-06'))).toBe(false);
    expect(sameSubstance(EVENT, EVENT.replace('It was late.', 'It was early.'))).toBe(false);
    expect(sameSubstance(EVENT, EVENT.replace('traffic.\n\nIt', 'traffic. It'))).toBe(false);
    expect(sameSubstance(EVENT, EVENT.replace('stance: fact', 'stance: claim'))).toBe(false);
  });

  it('does not count the page-date fields as substance', () => {
    expect(sameSubstance(EVENT, EVENT.replace('lane: works', 'lane: works\npagePublished: 2026-01-01'))).toBe(true);
  });

  it('compares unreadable frontmatter by its whitespace-normalised text', () => {
    const broken = '---\ntitle: [unclosed\n---\nText';
    expect(toSubstance(broken)).toMatch(/^text:/);
    expect(sameSubstance(broken, `${broken}\n\n`)).toBe(true);
    expect(sameSubstance(broken, broken.replace('Text', 'Other'))).toBe(false);
  });
});

describe('normaliseMarkdown()', () => {
  it('keeps paragraphs and makes every other run of whitespace one space', () => {
    expect(normaliseMarkdown('  A\n  b\r\n\r\n\n c  ')).toBe('A b\n\nc');
  });
});

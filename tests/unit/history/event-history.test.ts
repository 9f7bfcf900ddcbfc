import { describe, expect, it } from 'vitest';
import {
  describeChanges,
  formatChange,
  formatChanges,
  type EventChange,
} from '../../../src/lib/history/describe-changes.ts';
import { toEventHistory, toVersionCitationTitle } from '../../../src/lib/history/event-history.ts';
import { readEventVersion } from '../../../src/lib/history/event-version-view.ts';
import { renderVersionMarkdown } from '../../../src/lib/history/version-markdown.ts';
import { diffText } from '../../../src/lib/history/word-diff.ts';

const OLD = `---
title: Talks in Yevlakh
date: 2023-09
lane: diplomacy-old
citations:
  - article: gone-article
    quote: "the talks were held in Yevlakh"
    stance: claim
---
Talks were held.
`;
const NEW = `---
title: Talks in Yevlakh
date: 2023-09-21
lane: diplomacy
citations:
  - article: gone-article
    quote: "the talks were held in Yevlakh"
    stance: claim
    claimant: Azerbaijan
  - article: other
    quote: "a second passage of the article"
    stance: fact
note: Dated by the article.
---
Talks were held on 21 September.
`;

describe('readEventVersion()', () => {
  it('reads what today’s schema would reject: a renamed lane, a missing claimant, an unknown article', () => {
    const view = readEventVersion(OLD);
    expect(view).toMatchObject({ title: 'Talks in Yevlakh', date: '2023-09', lane: 'diplomacy-old' });
    expect(view.citations).toEqual([
      { article: 'gone-article', quote: 'the talks were held in Yevlakh', stance: 'claim' },
    ]);
  });

  it('reads a year YAML took for a number as the date text, and a missing title as absent', () => {
    const view = readEventVersion('---\ndate: 1991\nactors: [A, 2]\n---\nText');
    expect(view.date).toBe('1991');
    expect(view.title).toBeUndefined();
    expect(view.actors).toEqual(['A', '2']);
  });

  it('keeps the whole text of a version whose frontmatter cannot be read', () => {
    const view = readEventVersion('---\ntitle: [broken\n---\nText');
    expect(view.unreadable).toBeDefined();
    expect(view.summary).toContain('Text');
  });
});

describe('describeChanges()', () => {
  it('names each change in one line, with old and new dates and lanes', () => {
    const changes = describeChanges(readEventVersion(OLD), readEventVersion(NEW));
    expect(changes.map((change) => formatChange(change))).toEqual([
      'Date changed from 2023-09 to 2023-09-21',
      'Lane changed from diplomacy-old to diplomacy',
      'Summary changed',
      'Note added',
      'Citation added',
    ]);
    expect(formatChanges(changes)).toBe(
      'Date changed from 2023-09 to 2023-09-21; lane changed from diplomacy-old to diplomacy; summary changed; note added; citation added',
    );
  });

  it('says "First published" for the first version and "Other details changed" when nothing shown changed', () => {
    const words = (changes: readonly EventChange[]) => changes.map((change) => formatChange(change));
    expect(words(describeChanges(undefined, readEventVersion(OLD)))).toEqual(['First published']);
    const hidden = OLD.replace('lane:', 'extra: 1\nlane:');
    expect(words(describeChanges(readEventVersion(OLD), readEventVersion(hidden)))).toEqual(['Other details changed']);
  });

  it('counts citations added and removed, and a changed stance as changed', () => {
    const one = readEventVersion(NEW);
    const none = { ...one, citations: [] };
    expect(describeChanges(one, none).map((change) => formatChange(change))).toEqual(['2 citations removed']);
    const claim = { ...one, citations: [{ ...one.citations[1]!, stance: 'claim', claimant: 'X' }, one.citations[0]!] };
    expect(describeChanges(one, claim).map((change) => formatChange(change))).toEqual(['Citations changed']);
  });
});

describe('toEventHistory()', () => {
  it('compares each version with the one before, field by field, with word diffs', () => {
    const history = toEventHistory([
      { id: '2026-11-20-aaaaaaaa', day: { year: 2026, month: 11, day: 20 }, text: OLD },
      { id: '2026-12-02-bbbbbbbb', day: { year: 2026, month: 12, day: 2 }, text: NEW },
    ]);
    expect(history[0]!.diffs).toEqual([]);
    expect(history[1]!.diffs.map((d) => d.field)).toEqual(['Date', 'Lane', 'Summary', 'Note', 'Citations']);
    const summary = history[1]!.diffs.find((d) => d.field === 'Summary')!;
    expect(summary.parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['on 21 September']);
  });
});

describe('diffText()', () => {
  it('diffs by words', () => {
    expect(diffText('held until 2020', 'held until 2023')).toEqual([
      { kind: 'same', text: 'held until ' },
      { kind: 'removed', text: '2020' },
      { kind: 'added', text: '2023' },
    ]);
  });
});

describe('toVersionCitationTitle()', () => {
  it('titles a version as the page is titled, and shows a date today’s parser refuses as written', () => {
    expect(toVersionCitationTitle(readEventVersion(OLD))).toBe('Talks in Yevlakh (September 2023)');
    expect(toVersionCitationTitle(readEventVersion(OLD.replace('2023-09', 'autumn 2023')))).toBe(
      'Talks in Yevlakh (autumn 2023)',
    );
  });
});

describe('renderVersionMarkdown()', () => {
  it('renders accepted Markdown through the sanitiser and hands refused Markdown back as text', () => {
    expect(renderVersionMarkdown('It is **new**.', { allowHtml: [] })).toEqual({
      html: '<p>It is <strong>new</strong>.</p>',
    });
    const refused = renderVersionMarkdown('Closed <b>for good</b><script>x</script>.', { allowHtml: [] });
    expect(refused).toMatchObject({ text: 'Closed <b>for good</b><script>x</script>.' });
    expect('html' in refused).toBe(false);
  });
});

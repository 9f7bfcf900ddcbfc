import { describe, expect, it } from 'vitest';
import { encodeEventOutlets, outletsInView } from '../../../src/lib/embed/outlets-in-view.ts';

const table = encodeEventOutlets([
  { id: 'a', outlets: ['Courier', 'Gazette', 'Courier'] },
  { id: 'b', outlets: ['Herald'] },
  { id: 'c', outlets: ['Gazette'] },
]);

describe('encodeEventOutlets()', () => {
  it('writes each outlet once and numbers them per event', () => {
    expect(table).toEqual({ outlets: ['Courier', 'Gazette', 'Herald'], byEvent: { a: [0, 1], b: [2], c: [1] } });
  });
});

describe('outletsInView()', () => {
  it('names the outlets of the events in view, each once, and skips unknown ids', () => {
    expect(outletsInView(table, ['c', 'b', 'nope'])).toEqual(['Gazette', 'Herald']);
    expect(outletsInView(table, ['c', 'a'])).toEqual(['Courier', 'Gazette']);
    expect(outletsInView(table, [])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { placesOfEvents } from '../../../src/lib/map/places-of-events.ts';
import type { PlaceId } from '../../../src/lib/timeline-model.ts';
import { baku, minsk, shusha } from './map-test-places.ts';

const gazetteer = [baku, minsk, shusha];
const event = (...ids: string[]) => ({ places: ids as PlaceId[] });

describe('placesOfEvents()', () => {
  it('lists the places the events name, in the gazetteer’s order, with their event counts', () => {
    const { places, counts } = placesOfEvents([event('minsk'), event('minsk', 'baku'), event()], gazetteer);
    expect(places).toEqual([baku, minsk]);
    expect([...counts]).toEqual([
      ['minsk', 2],
      ['baku', 1],
    ]);
  });

  it('counts an event once for a place it names twice', () => {
    expect(placesOfEvents([event('baku', 'baku')], gazetteer).counts.get(baku.id)).toBe(1);
  });

  it('is empty for no events', () => {
    const { places, counts } = placesOfEvents([], gazetteer);
    expect(places).toEqual([]);
    expect(counts.size).toBe(0);
  });
});

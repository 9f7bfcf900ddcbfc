import { describe, expect, it } from 'vitest';
import { eventsByPlace } from '../../src/lib/events-by-place.ts';
import type { PlaceId } from '../../src/lib/timeline-model.ts';

const event = (id: string, ...places: string[]) => ({ id, places: places as PlaceId[] });

describe('eventsByPlace()', () => {
  it('lists each place’s events in the order given, and leaves out places no event names', () => {
    const events = [event('a', 'bridge', 'town'), event('b'), event('c', 'town')];
    const byPlace = eventsByPlace(events);
    expect(byPlace.get('town' as PlaceId)?.map((e) => e.id)).toEqual(['a', 'c']);
    expect(byPlace.get('bridge' as PlaceId)?.map((e) => e.id)).toEqual(['a']);
    expect(byPlace.has('harbour' as PlaceId)).toBe(false);
  });

  it('counts an event that names a place twice once there', () => {
    expect(eventsByPlace([event('a', 'town', 'town')]).get('town' as PlaceId)).toHaveLength(1);
  });
});

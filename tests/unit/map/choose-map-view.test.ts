import { describe, expect, it } from 'vitest';
import { chooseMapView } from '../../../src/lib/map/choose-map-view.ts';
import type { Place } from '../../../src/lib/timeline-model.ts';
import {
  baku,
  brussels,
  HISTORY_COUNTS,
  HISTORY_PLACES,
  lachin,
  minsk,
  moscow,
  shusha,
  stepanakert,
  testPlace,
  washington,
  yerevan,
} from './map-test-places.ts';

const events = (place: Place) => HISTORY_COUNTS.get(place.id) ?? 0;
const ids = (places: readonly Place[]) => places.map((place) => place.id);

describe('chooseMapView()', () => {
  it('frames the dense core and lists the far-away cities of the talks as elsewhere', () => {
    const view = chooseMapView(HISTORY_PLACES, events);
    expect(ids(view.elsewhere).sort()).toEqual(['brussels', 'minsk', 'moscow', 'washington']);
    expect(ids(view.framed)).toContain('stepanakert-khankendi');
    expect(ids(view.framed)).toContain('baku');
    expect(view.framed.length + view.elsewhere.length).toBe(HISTORY_PLACES.length);
  });

  it('keeps the given order within framed and elsewhere', () => {
    const view = chooseMapView([minsk, shusha, washington, stepanakert], () => 1);
    expect(ids(view.framed)).toEqual(['shusha-shushi', 'stepanakert-khankendi']);
    expect(ids(view.elsewhere)).toEqual(['minsk', 'washington']);
  });

  it('frames all places when no two lie close together', () => {
    const view = chooseMapView([minsk, brussels, washington, baku], events);
    expect(ids(view.framed)).toEqual(['minsk', 'brussels', 'washington', 'baku']);
    expect(view.elsewhere).toEqual([]);
  });

  it('frames a single place, centred on it', () => {
    const view = chooseMapView([lachin], events);
    expect(view.framed).toEqual([lachin]);
    expect(view.elsewhere).toEqual([]);
    expect(view.centre).toEqual(lachin.point);
  });

  it('frames nothing for no places', () => {
    expect(chooseMapView([], events)).toEqual({ framed: [], elsewhere: [], centre: { latitude: 0, longitude: 0 } });
  });

  it('chooses the cluster with more events over the one with more places', () => {
    const brusselsSuburb = testPlace('brussels-suburb', 'Suburb', 50.9, 4.5);
    const antwerp = testPlace('antwerp', 'Antwerp', 51.22, 4.4);
    const weights = new Map([
      [stepanakert.id, 20],
      [shusha.id, 5],
      [brussels.id, 1],
      [brusselsSuburb.id, 1],
      [antwerp.id, 1],
    ]);
    const view = chooseMapView([brussels, brusselsSuburb, antwerp, stepanakert, shusha], (p) => weights.get(p.id) ?? 0);
    expect(ids(view.framed)).toEqual(['stepanakert-khankendi', 'shusha-shushi']);
  });

  it('takes the same core whatever the order of the places (ties go to the smaller id)', () => {
    const places = [yerevan, baku, moscow, minsk];
    const forward = chooseMapView(places, () => 1, { radiusKm: 500 });
    const backward = chooseMapView([...places].reverse(), () => 1, { radiusKm: 500 });
    expect(ids(forward.framed).sort()).toEqual(ids(backward.framed).sort());
    expect(ids(forward.framed).sort()).toEqual(['baku', 'yerevan']);
  });

  it('takes the radius from its options', () => {
    expect(ids(chooseMapView([stepanakert, yerevan], () => 1, { radiusKm: 100 }).framed)).toEqual([
      'stepanakert-khankendi',
      'yerevan',
    ]);
    expect(ids(chooseMapView([stepanakert, shusha, yerevan], () => 1, { radiusKm: 100 }).elsewhere)).toEqual([
      'yerevan',
    ]);
  });
});

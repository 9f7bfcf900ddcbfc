import type { Place, PlaceId, PlaceKind } from '../../../src/lib/timeline-model.ts';

/** A test place (coordinates rounded, from a general map; tests only, never content). */
export function testPlace(
  id: string,
  name: string,
  latitude: number,
  longitude: number,
  kind: PlaceKind = 'city',
): Place {
  return {
    id: id as PlaceId,
    name,
    kind,
    point: { latitude, longitude },
    reference: { title: 'Test fixture' },
  };
}

export const stepanakert = testPlace('stepanakert-khankendi', 'Stepanakert/Khankendi', 39.82, 46.75);
export const shusha = testPlace('shusha-shushi', 'Shusha/Shushi', 39.76, 46.75, 'town');
export const lachin = testPlace('lachin-berdzor', 'Lachin/Berdzor', 39.64, 46.55, 'town');
export const hakari = testPlace('hakari-bridge', 'Hakari bridge', 39.6, 46.52, 'checkpoint');
export const corridor = testPlace('lachin-corridor', 'Lachin corridor', 39.7, 46.4, 'route');
export const kalbajar = testPlace('kalbajar', 'Kalbajar/Karvachar', 40.1, 46.04, 'district');
export const yerevan = testPlace('yerevan', 'Yerevan', 40.18, 44.51);
export const baku = testPlace('baku', 'Baku', 40.41, 49.87);
export const tbilisi = testPlace('tbilisi', 'Tbilisi', 41.72, 44.79);
export const minsk = testPlace('minsk', 'Minsk', 53.9, 27.57);
export const moscow = testPlace('moscow', 'Moscow', 55.76, 37.62);
export const brussels = testPlace('brussels', 'Brussels', 50.85, 4.35);
export const washington = testPlace('washington', 'Washington', 38.9, -77.04);

/** The Karabakh core and the cities of the talks: what the home page's overview is drawn from. */
export const HISTORY_PLACES: readonly Place[] = [
  stepanakert,
  shusha,
  lachin,
  hakari,
  corridor,
  kalbajar,
  yerevan,
  baku,
  tbilisi,
  minsk,
  moscow,
  brussels,
  washington,
];

/** Events per place for HISTORY_PLACES: a dense core, a few far cities. */
export const HISTORY_COUNTS: ReadonlyMap<PlaceId, number> = new Map(
  (
    [
      [stepanakert, 14],
      [shusha, 6],
      [lachin, 9],
      [hakari, 7],
      [corridor, 11],
      [kalbajar, 2],
      [yerevan, 8],
      [baku, 10],
      [tbilisi, 1],
      [minsk, 2],
      [moscow, 3],
      [brussels, 4],
      [washington, 3],
    ] as const
  ).map(([place, count]) => [place.id, count]),
);

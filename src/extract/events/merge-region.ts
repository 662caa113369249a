// A headline names the wider place ('غارة على مستشفى في غزة': the Gaza Strip, a province), the body the town
// ('في دير البلح'): the kb has no map of which town lies in which province, so a town near the province's centre is
// read as lying in it.
import type { EventRecord } from '../../doc.js';

/** How far (km) from a province's centre a town may lie and be read as one of its towns. */
export const REGION_REACH_KM = 60;
const FINER = new Set(['city', 'site', 'admin2']);

const km = (p: { lat: number; lon: number }, q: { lat: number; lon: number }) => {
  const rad = Math.PI / 180;
  const dLat = (q.lat - p.lat) * rad;
  const dLon = (q.lon - p.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(p.lat * rad) * Math.cos(q.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};

const placed = (l: EventRecord['location']): l is NonNullable<EventRecord['location']> & { lat: number; lon: number } =>
  !!l && typeof l.lat === 'number' && typeof l.lon === 'number' && (l.lat !== 0 || l.lon !== 0);

/** One place a province, the other a town (or a site) near its centre. */
export function regionAndTown(a: Pick<EventRecord, 'location'>, b: Pick<EventRecord, 'location'>): boolean {
  const [x, y] = [a.location, b.location];
  if (!placed(x) || !placed(y)) return false;
  const [region, town] = x.precision === 'admin1' ? [x, y] : [y, x];
  return region.precision === 'admin1' && FINER.has(town.precision ?? '') && km(region, town) <= REGION_REACH_KM;
}

/**
 * The map's geometry: a conic equal-area projection centred on the Soviet Union (areas true,
 * so the Gulag's far north and east are not inflated as on Mercator), fitted to the places drawn,
 * and the offline basemap: Natural Earth's countries at 1:50m from the world-atlas package,
 * bundled as a chunk of its own and loaded when the map first opens (no tile server).
 */
import { geoConicEqualArea, geoGraticule10, geoPath, GeoProjection } from 'd3-geo';
import type { FeatureCollection, MultiPoint } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Standard parallels and central meridian for the USSR (as Soviet atlases drew it). */
const PARALLELS: [number, number] = [47, 67];
const CENTRAL_MERIDIAN = 90;

/** The projection that fits the points into the box [[left, top], [right, bottom]]. */
export function fittedProjection(
  points: [number, number][],
  box: [[number, number], [number, number]],
): GeoProjection {
  const projection = geoConicEqualArea().parallels(PARALLELS).rotate([-CENTRAL_MERIDIAN, 0]);
  const extent: MultiPoint = { type: 'MultiPoint', coordinates: points.length > 0 ? points : [[90, 60]] };
  const [[left, top], [right, bottom]] = box;
  return projection.fitExtent(
    [
      [left, top],
      [Math.max(left + 1, right), Math.max(top + 1, bottom)],
    ],
    extent,
  );
}

let countries: Promise<FeatureCollection> | null = null;

/** The countries' outlines (today's borders, drawn for orientation only). */
export function basemap(): Promise<FeatureCollection> {
  countries ??= import('world-atlas/countries-50m.json').then((module) => {
    const topology = (module as { default?: unknown }).default ?? module;
    const world = topology as Topology<{ countries: GeometryCollection }>;
    return feature(world, world.objects.countries) as FeatureCollection;
  });
  return countries;
}

/** SVG path data of the basemap and a 10° graticule under the projection. */
export function basemapPaths(
  projection: GeoProjection,
  land: FeatureCollection,
): { countries: string[]; graticule: string } {
  const path = geoPath(projection);
  return {
    countries: land.features.map((country) => path(country) ?? '').filter((d) => d !== ''),
    graticule: path(geoGraticule10()) ?? '',
  };
}

/**
 * Regions of the world that news names as places (`LOC`) and GeoNames cities500 does not
 * hold: continents, seas and the usual political regions. Centres and half-sizes in degrees
 * are rough, hand-set from an atlas; `country` is set where the area lies in one country.
 */
export interface Area {
  readonly lat: number
  readonly lon: number
  readonly extent: number
  readonly country: string | null
}

const AREAS: Record<string, Area> = {
  africa: { lat: 2, lon: 20, extent: 35, country: null },
  asia: { lat: 35, lon: 90, extent: 40, country: null },
  europe: { lat: 50, lon: 15, extent: 20, country: null },
  'north america': { lat: 45, lon: -100, extent: 30, country: null },
  'south america': { lat: -15, lon: -60, extent: 25, country: null },
  'latin america': { lat: -5, lon: -70, extent: 35, country: null },
  oceania: { lat: -25, lon: 140, extent: 25, country: null },
  antarctica: { lat: -80, lon: 0, extent: 20, country: null },
  arctic: { lat: 80, lon: 0, extent: 15, country: null },
  'eastern europe': { lat: 50, lon: 30, extent: 12, country: null },
  'western europe': { lat: 48, lon: 5, extent: 10, country: null },
  'northern europe': { lat: 60, lon: 15, extent: 10, country: null },
  'central europe': { lat: 49, lon: 16, extent: 6, country: null },
  'southern europe': { lat: 41, lon: 12, extent: 8, country: null },
  midwest: { lat: 42, lon: -90, extent: 8, country: 'US' },
  'middle west': { lat: 42, lon: -90, extent: 8, country: 'US' },
  'd.c.': { lat: 38.895, lon: -77.036, extent: 0.1, country: 'US' },
  'middle east': { lat: 29, lon: 42, extent: 12, country: null },
  'near east': { lat: 33, lon: 38, extent: 8, country: null },
  levant: { lat: 33.5, lon: 36, extent: 3, country: null },
  gulf: { lat: 26.5, lon: 52, extent: 4, country: null },
  'persian gulf': { lat: 26.5, lon: 52, extent: 4, country: null },
  'arabian peninsula': { lat: 23, lon: 47, extent: 10, country: null },
  'north africa': { lat: 28, lon: 10, extent: 15, country: null },
  'east africa': { lat: 2, lon: 38, extent: 10, country: null },
  'west africa': { lat: 12, lon: -5, extent: 12, country: null },
  'horn of africa': { lat: 8, lon: 45, extent: 6, country: null },
  sahel: { lat: 15, lon: 5, extent: 15, country: null },
  'sub-saharan africa': { lat: -5, lon: 22, extent: 25, country: null },
  'central asia': { lat: 43, lon: 65, extent: 12, country: null },
  'south asia': { lat: 22, lon: 78, extent: 14, country: null },
  'southeast asia': { lat: 8, lon: 110, extent: 15, country: null },
  'east asia': { lat: 35, lon: 120, extent: 15, country: null },
  caucasus: { lat: 42, lon: 45, extent: 4, country: null },
  balkans: { lat: 43, lon: 21, extent: 5, country: null },
  scandinavia: { lat: 63, lon: 15, extent: 8, country: null },
  caribbean: { lat: 17, lon: -72, extent: 10, country: null },
  mediterranean: { lat: 36, lon: 16, extent: 14, country: null },
  'black sea': { lat: 43.5, lon: 34, extent: 4, country: null },
  'red sea': { lat: 20, lon: 38.5, extent: 7, country: null },
  'caspian sea': { lat: 42, lon: 50.5, extent: 4, country: null },
  'south china sea': { lat: 12, lon: 113, extent: 8, country: null },
  'baltic sea': { lat: 58, lon: 20, extent: 5, country: null },
  'north sea': { lat: 56, lon: 3, extent: 4, country: null },
  atlantic: { lat: 20, lon: -40, extent: 30, country: null },
  pacific: { lat: 0, lon: -160, extent: 50, country: null },
  'indian ocean': { lat: -20, lon: 80, extent: 30, country: null },
  'strait of hormuz': { lat: 26.6, lon: 56.3, extent: 0.5, country: null },
  'gulf of oman': { lat: 24.5, lon: 58.5, extent: 2, country: null },
  'gulf of aden': { lat: 12.5, lon: 48, extent: 3, country: null },
  'bab el-mandeb': { lat: 12.6, lon: 43.3, extent: 0.3, country: null },
  'arabian sea': { lat: 15, lon: 64, extent: 8, country: null },
  'bay of bengal': { lat: 15, lon: 88, extent: 7, country: null },
  'sea of azov': { lat: 46, lon: 36.5, extent: 1.5, country: null },
  'kerch strait': { lat: 45.3, lon: 36.5, extent: 0.3, country: null },
  'aegean sea': { lat: 39, lon: 25, extent: 3, country: null },
  'sea of marmara': { lat: 40.7, lon: 28.2, extent: 0.8, country: 'TR' },
  'adriatic sea': { lat: 43, lon: 15.5, extent: 3, country: null },
  'english channel': { lat: 50.2, lon: -1, extent: 2, country: null },
  'bay of biscay': { lat: 45, lon: -4, extent: 2.5, country: null },
  'gulf of finland': { lat: 60, lon: 26, extent: 2, country: null },
  'gulf of guinea': { lat: 2, lon: 4, extent: 5, country: null },
  'gulf of mexico': { lat: 25, lon: -90, extent: 8, country: null },
  'gulf of thailand': { lat: 10, lon: 101.5, extent: 3, country: null },
  'strait of malacca': { lat: 4, lon: 100, extent: 2.5, country: null },
  'taiwan strait': { lat: 24, lon: 119.5, extent: 1.5, country: null },
  'east china sea': { lat: 29, lon: 125, extent: 5, country: null },
  'yellow sea': { lat: 36, lon: 123, extent: 3, country: null },
  'sea of japan': { lat: 40, lon: 135, extent: 6, country: null },
  'west bank': { lat: 31.95, lon: 35.25, extent: 0.4, country: 'PS' },
  'gaza strip': { lat: 31.4, lon: 34.38, extent: 0.2, country: 'PS' },
  gaza: { lat: 31.4, lon: 34.38, extent: 0.2, country: 'PS' },
  sinai: { lat: 29.5, lon: 33.8, extent: 1.5, country: 'EG' },
  'golan heights': { lat: 33, lon: 35.75, extent: 0.3, country: 'SY' },
  kashmir: { lat: 34, lon: 76, extent: 2.5, country: null },
  darfur: { lat: 13.5, lon: 24.5, extent: 4, country: 'SD' },
  kurdistan: { lat: 36.5, lon: 44, extent: 2, country: null },
  donbas: { lat: 48, lon: 38.5, extent: 1.5, country: 'UA' },
  crimea: { lat: 45.3, lon: 34.4, extent: 1.2, country: 'UA' },
  siberia: { lat: 60, lon: 105, extent: 20, country: 'RU' },
  euphrates: { lat: 35, lon: 40.5, extent: 3, country: null },
  tigris: { lat: 35, lon: 43.5, extent: 3, country: null },
}

/** The world region a name stands for: `the Middle East`, `Gulf`, `West Bank`. */
export function areaByName(name: string): Area | undefined {
  const key = name
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+(region|river|valley)$/, '')
    .replace(/\s+/g, ' ')
  // Own keys only: `constructor` must not find Object's members.
  return Object.hasOwn(AREAS, key) ? AREAS[key] : undefined
}

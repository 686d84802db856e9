import type { Span } from '../../doc/span.js'

/** A compass part of a country named around one of its mentions: `northwestern Syria`. */
export interface DirectionalPhrase {
  /** The whole phrase, country name included. */
  readonly span: Span
  /** `north`, `northwest`, `central`. */
  readonly direction: string
  /** The phrase without the country, to check that it is not a country name itself (`South Korea`). */
  readonly prefix: string
}

const DIR = '(north|south)(?:[- ]?(east|west))?|(east|west|central)'

// `northwestern Syria`, `north-western Syria`, `northwest Syria`, `central Iraq`
const BEFORE = new RegExp(String.raw`\b(?:${DIR})(?:ern)?\s+$`, 'i')
// `the north of Iraq`, `the northwestern part of Syria`
const THE_OF = new RegExp(
  String.raw`\bthe\s+(?:${DIR})(?:ern\s+(?:part|region|regions|provinces|areas))?\s+of\s+$`,
  'i',
)
// `Syria's northwest`, `Syria’s northern provinces`
const AFTER = new RegExp(String.raw`^['’]s\s+(?:${DIR})(?:ern\s+(?:part|region|regions|provinces|areas)|\b)`, 'i')

/** How far back and ahead of a mention a phrase may reach, in characters. */
const WINDOW = 40

function directionOf(m: RegExpMatchArray): string {
  const main = (m[1] ?? m[3] ?? '').toLowerCase()
  const side = (m[2] ?? '').toLowerCase()
  return main + side
}

/**
 * The directional phrase built on a country mention, if any. The three English shapes news
 * uses: direction word before the name, `the <direction> of <name>`, and `<name>'s <direction>`.
 */
export function directionalPhrase(text: string, mention: Span): DirectionalPhrase | undefined {
  const before = text.slice(Math.max(0, mention.start - WINDOW), mention.start)
  const theOf = before.match(THE_OF)
  if (theOf) {
    const start = mention.start - theOf[0].length
    return { span: { start, end: mention.end }, direction: directionOf(theOf), prefix: '' }
  }
  const pre = before.match(BEFORE)
  if (pre) {
    const start = mention.start - pre[0].length
    return { span: { start, end: mention.end }, direction: directionOf(pre), prefix: pre[0].trim() }
  }
  const after = text.slice(mention.end, mention.end + WINDOW).match(AFTER)
  if (after) {
    return {
      span: { start: mention.start, end: mention.end + after[0].length },
      direction: directionOf(after),
      prefix: '',
    }
  }
  return undefined
}

const VECTORS: Record<string, readonly [number, number]> = {
  north: [0, 1],
  south: [0, -1],
  east: [1, 0],
  west: [-1, 0],
  northeast: [Math.SQRT1_2, Math.SQRT1_2],
  northwest: [-Math.SQRT1_2, Math.SQRT1_2],
  southeast: [Math.SQRT1_2, -Math.SQRT1_2],
  southwest: [-Math.SQRT1_2, -Math.SQRT1_2],
  central: [0, 0],
}

/**
 * A rough centre and half-size for a compass part of a country: half its extent from the
 * country's centre towards the direction, half as wide. Good enough to put a pin in the
 * right part of a map; not a boundary.
 */
export function regionOf(
  country: { lat: number; lon: number; extent: number },
  direction: string,
): { lat: number; lon: number; extent: number } {
  const [dx, dy] = VECTORS[direction] ?? [0, 0]
  const step = country.extent * 0.5
  // A degree of longitude shrinks with latitude; widen the east-west step to cover the same ground.
  const cos = Math.max(0.2, Math.cos((country.lat * Math.PI) / 180))
  return {
    lat: round(clamp(country.lat + dy * step, -90, 90)),
    lon: round(country.lon + (dx * step) / cos),
    extent: round(country.extent * 0.5),
  }
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x))
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}

/*
 * Numbers as news writes them: `5`, `400,000`, `3.2`, `five`, `twenty-five`, `a dozen`, and
 * the scale words after them (`million`, `bn`, `crore`).
 */

/** Number words up to a hundred, as news writes counts: `three sources`, `a dozen`. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  hundred: 100,
}

/** Scale words and abbreviations, lower-cased. */
export const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mln: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bln: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
}

/** A figure: `400,000`, `3.2`, `12`. */
export const FIGURE = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?'
/** A number word or hyphenated pair: `three`, `twenty-five`. */
export const NUMBER_WORD = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|a|an)`
/** A scale after a number: ` million`, `bn`, ` crore`. */
export const SCALE =
  '(?:\\s?(?:hundred|thousand|million|billion|trillion|lakhs?|crores?)\\b|\\s?(?:mln|mn|bln|bn|tn|trn)\\b|(?:k|m|b)\\b)'

/** The value of a figure or number word (`400,000`, `twenty-five`, `a dozen`), or NaN. */
export function parseNumber(text: string): number {
  const t = text.trim().toLowerCase()
  if (/^[\d,.]+$/.test(t)) return Number(t.replace(/,/g, ''))
  let total = 0
  for (const part of t.split(/[\s-]+/)) {
    const v = NUMBER_WORDS[part]
    if (v === undefined) return Number.NaN
    total = part === 'dozen' || part === 'hundred' ? Math.max(total, 1) * v : total + v
  }
  return total
}

/** The multiplier of a scale word (`million` -> 1e6); 1 when there is none. */
export function scaleOf(text: string | undefined): number {
  if (!text) return 1
  return SCALES[text.trim().toLowerCase()] ?? 1
}

/** `n * scale` without binary noise: 1.15 million is 1150000, not 1149999.9999999998. */
export function scaled(n: number, scale: number): number {
  return Number((n * scale).toPrecision(15))
}

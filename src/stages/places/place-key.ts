/**
 * The lookup key of a place name: no accents, lower case, hyphens and apostrophes folded, so
 * `Ma'arrat al-Nu'man`, `Maarrat al Numan` and `MAARRAT AL-NUMAN` meet. Shared by the index
 * builder (scripts/build-places.ts) and the loader, which must agree exactly.
 */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[''ʿʾ`´]/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

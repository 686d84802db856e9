/**
 * The part of compromise the peer bench uses. Declared here so that `npm test` type-checks bench/
 * on a machine where bench's own packages are not installed (they are only for `npm run bench`).
 */
declare module 'compromise' {
  interface Matches {
    out(format: 'array'): string[]
  }
  interface Document {
    people(): Matches
    places(): Matches
    organizations(): Matches
  }
  export default function nlp(text: string): Document
}

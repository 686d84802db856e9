import type { Token } from '../../doc/layers.js'

/**
 * Arabic and Hebrew name particles that open a hyphenated name: `al-Shami`, `el-Sisi`, `Abu-Bakr`,
 * `bin-Salman`, `Ben-Gurion`. wink cuts such a name at its hyphen into `al`, `-`, `Shami`, and
 * tags `al` a noun, so the name falls apart for the entity tagger (CoNLL-2003, which it learned
 * from, keeps `al-Kabariti` whole) and `said al-Shami was captured` opens no clause.
 */
const PARTICLES = /^(?:al|el|ad|ash|as|at|az|ar|an|abu|abd|ibn|bin|bint|ben|ould)$/i

/**
 * Joins each particle, hyphen and capitalised word written with no space between them into one
 * proper-noun token, in place. The tokens keep their sentences; the list is left untouched when
 * nothing is joined.
 */
export function joinNameParticles(text: string, tokens: Token[]): void {
  const out: Token[] = []
  for (let i = 0; i < tokens.length; i++) {
    const particle = tokens[i] as Token
    const hyphen = tokens[i + 1]
    const name = tokens[i + 2]
    if (
      hyphen &&
      name &&
      hyphen.start === particle.end &&
      name.start === hyphen.end &&
      hyphen.end - hyphen.start === 1 &&
      text[hyphen.start] === '-' &&
      name.sentence === particle.sentence &&
      /^\p{Lu}\p{Ll}/u.test(text.slice(name.start, name.start + 2)) &&
      PARTICLES.test(text.slice(particle.start, particle.end))
    ) {
      const { start } = particle
      const { end } = name
      out.push({ start, end, pos: 'PROPN', lemma: text.slice(start, end).toLowerCase(), sentence: particle.sentence })
      i += 2
    } else out.push(particle)
  }
  if (out.length !== tokens.length) tokens.splice(0, tokens.length, ...out)
}

import { describe, expect, it } from 'vitest'
import { readContext } from './context.js'
import { cueModelFrom, findCues } from './cues.js'
import storedCueModel from './data/cue-model.json' with { type: 'json' }
import storedSpanModel from './data/span-model.json' with { type: 'json' }
import { hashOfText } from './feature-key.js'
import {
  allowed,
  contentLean,
  goldTags,
  hyphenJoins,
  quotedTokens,
  SPAN_TAGS,
  SpanReader,
  spanFeatures,
  spanModelFrom,
  spansOf,
  type TaggerContext,
  viterbi,
  windowOf,
} from './span-tagger.js'
import { tokenized } from './testing.js'

const [O, B_C, I_C, B_S, I_S] = SPAN_TAGS.map((_, i) => i) as [number, number, number, number, number]
function taggerContext(text: string): TaggerContext & { find: (word: string) => number } {
  const doc = tokenized(text)
  const { ctx } = readContext(doc)
  return {
    ...ctx,
    inQuote: quotedTokens(ctx),
    paragraphOfSentence: doc.layer('sentences').map((s) => s.paragraph),
    find: (word) => ctx.words.indexOf(word),
  }
}

describe('span tags', () => {
  it('lets an inside tag follow only its own kind', () => {
    expect(allowed(-1, I_C)).toBe(false)
    expect(allowed(B_S, I_C)).toBe(false)
    expect(allowed(B_C, I_C)).toBe(true)
    expect(allowed(I_S, I_S)).toBe(true)
    expect(allowed(I_C, B_S)).toBe(true)
  })

  it('decodes the best sequence that obeys the constraints', () => {
    // Token 0 prefers I-C, which cannot open a sequence; token 1 prefers I-C after it.
    const scores = Float64Array.from([0, 1, 3, 0, 0, 0, 0, 5, 0, 0])
    const flat = [Array(5).fill(0), ...Array.from({ length: 5 }, () => Array(5).fill(0))]
    expect(viterbi(scores, 2, flat)).toEqual([B_C, I_C])
  })

  it('takes the hull of the content runs and the source run nearest the cue', () => {
    // tokens 10..17: C C O(cue) S S O C C, with a farther source at 10+... none
    const tags = [B_C, I_C, O, B_S, I_S, O, B_C, I_C]
    expect(spansOf(tags, 10, 12)).toEqual({ content: [10, 18], source: [13, 15] })
    const twoSources = [B_S, O, O, O, O, B_S, I_S, O, B_C]
    expect(spansOf(twoSources, 0, 4).source).toEqual([5, 7])
  })

  it('gives gold tags that read back as the gold spans, the cue left outside', () => {
    const cue = { head: 4, first: 4, last: 5 }
    const tags = goldTags([0, 10], [0, 8], [5, 7], cue)
    expect(tags).toEqual([B_C, I_C, I_C, I_C, O, B_S, I_S, B_C, O, O])
    expect(spansOf(tags, 0, 4)).toEqual({ content: [0, 8], source: [5, 7] })
  })
})

describe('windowOf', () => {
  it('reads the cue sentence and the next in the same paragraph, not the next paragraph', () => {
    const text = 'The vote was close. The mayor said the plan would pass. It did.\n\nA new paragraph starts here.'
    const ctx = taggerContext(text)
    const [first, last] = windowOf(ctx, ctx.find('said'))
    expect(ctx.words.slice(first, last).join(' ')).toBe('the mayor said the plan would pass . it did .')
  })
})

describe('SpanReader', () => {
  it('scores each window exactly as the sum of the weights of its features', () => {
    const model = spanModelFrom(storedSpanModel)
    const ctx = taggerContext(
      'Officials in the port city said on Monday that the ferry, which sank in calm water, had been overloaded. ' +
        '"We are still counting," a coast guard spokesman told reporters, adding that divers would resume at dawn.\n\n' +
        'The operator denied the claim and plans to appeal, according to a statement it posted online.',
    )
    const reader = new SpanReader(model, ctx)
    const cues = findCues(ctx.tokens, ctx.words, cueModelFrom(storedCueModel), 0.2)
    expect(cues.length).toBeGreaterThan(4)
    for (const cue of cues) {
      const window = windowOf(ctx, cue.head)
      const features = spanFeatures(ctx, cue, window)
      const got = reader.scores(cue)
      features.forEach((fs, k) => {
        const outside = k + window[0] < cue.first || k + window[0] >= cue.last
        SPAN_TAGS.forEach((_, t) => {
          const sum =
            fs.reduce((z, f) => z + (model.weights.get(hashOfText(f))?.[t] ?? 0), 0) -
            (outside && t === O ? contentLean(cue.probability) : 0)
          expect(got[k * SPAN_TAGS.length + t]).toBeCloseTo(sum, 6)
        })
      })
    }
  })

  it('scores an article the same after other articles as on the first reading (rows kept across articles)', () => {
    const texts = [
      'The minister said on Tuesday that the bridge would close. "We have no choice," she told reporters.',
      'The union told members the strike would go on, the leader said. Officials denied the report.',
    ]
    const scoresOf = (model: ReturnType<typeof spanModelFrom>, text: string) => {
      const ctx = taggerContext(text)
      const reader = new SpanReader(model, ctx)
      return findCues(ctx.tokens, ctx.words, cueModelFrom(storedCueModel), 0.2).map((cue) => [...reader.scores(cue)])
    }
    const shared = spanModelFrom(storedSpanModel)
    const first = texts.map((t) => scoresOf(shared, t))
    const again = texts.map((t) => scoresOf(shared, t)).reverse()
    const fresh = texts.map((t) => scoresOf(spanModelFrom(storedSpanModel), t)).reverse()
    expect(first.flat().length).toBeGreaterThan(3)
    expect(again).toEqual(fresh)
    expect(again).toEqual([...first].reverse())
  })

  it('reads content and source as its weights say', () => {
    // A hand-made model: nouns and determiners left of the cue are source, everything right of it content.
    const model = spanModelFrom({
      weights: {
        'L|p=DET': [0, 0, 0, 50, 0],
        'L|p=NOUN': [0, 0, 0, 0, 50],
        'R|p=DET': [0, 50, 0, 0, 0],
        'R|p=NOUN': [0, 0, 50, 0, 0],
        'R|p=AUX': [0, 0, 50, 0, 0],
        'R|p=VERB': [0, 0, 50, 0, 0],
        'R|p=PUNCT': [100, 0, 0, 0, 0],
      },
      transitions: Array.from({ length: 6 }, () => [0, 0, 0, 0, 0]),
    })
    const ctx = taggerContext('The mayor said the bridge will close.')
    const said = ctx.find('said')
    const read = new SpanReader(model, ctx).read({ head: said, first: said, last: said + 1 })
    const words = (r: [number, number] | null) => (r ? ctx.words.slice(r[0], r[1]).join(' ') : null)
    expect(words(read.source)).toBe('the mayor')
    expect(words(read.content)).toBe('the bridge will close')
  })

  it('leans further towards content for a cue the cue model is sure of', () => {
    // Every word right of the cue scores 40 more outside than as content: more than the lean for
    // an unsure cue, less than the lean for a sure one.
    const model = spanModelFrom({
      weights: {
        'L|p=NOUN': [100, 0, 0, 0, 0],
        'L|p=PROPN': [100, 0, 0, 0, 0],
        'R|p=DET': [40, 0, -1000, -1000, -1000],
        'R|p=NOUN': [40, -1000, 0, -1000, -1000],
        'R|p=AUX': [40, -1000, 0, -1000, -1000],
        'R|p=ADJ': [40, -1000, 0, -1000, -1000],
        'R|p=VERB': [40, -1000, 0, -1000, -1000],
        'R|p=PUNCT': [100, 0, 0, 0, 0],
      },
      transitions: Array.from({ length: 6 }, () => [0, 0, 0, 0, 0]),
    })
    const ctx = taggerContext('Residents feared the bridge would close.')
    const feared = ctx.find('feared')
    const read = (probability: number) =>
      new SpanReader(model, ctx).read({ head: feared, first: feared, last: feared + 1, probability }).content
    const words = (r: [number, number] | null) => (r ? ctx.words.slice(r[0], r[1]).join(' ') : null)
    expect(words(read(0.8))).toBe('the bridge would close')
    expect(read(0.2)).toBeNull()
    expect(contentLean(undefined)).toBe(contentLean(0.8))
  })

  it('reads a hyphenated word as one, where a hyphen alone would end the content', () => {
    // A hyphen right of the cue is outside, as a dash would be, and every word content. A source
    // opens only the window, and a content only after it (the cue reads as the source's end):
    // one run each.
    const transitions = Array.from({ length: 6 }, () => [0, -1000, 0, -1000, 0])
    transitions[0] = [0, -1000, 0, 0, 0]
    transitions[I_S + 1] = [0, 0, 0, -1000, 0]
    const model = spanModelFrom({
      weights: {
        'L|p=NOUN': [0, 0, 0, 50, 0],
        'L|p=PROPN': [0, 0, 0, 50, 0],
        'R|p=DET': [0, 50, 0, 0, 0],
        'R|p=ADJ': [0, 0, 50, 0, 0],
        'R|p=NOUN': [0, 0, 50, 0, 0],
        'R|p=VERB': [0, 0, 50, 0, 0],
        'R|p=PUNCT': [100, 0, 0, 0, 0],
        'R|w=-': [300, 0, 0, 0, 0],
        H: [0, 0, 0, 0, 500],
      },
      transitions,
    })
    const words = (text: string) => {
      const ctx = taggerContext(text)
      const cue = ctx.find('praised')
      const read = new SpanReader(model, ctx).read({ head: cue, first: cue, last: cue + 1 })
      return read.content ? ctx.words.slice(read.content[0], read.content[1]).join(' ') : null
    }
    expect(words('Critics praised the long-awaited bridge plan.')).toBe('the long - awaited bridge plan')
    expect(words('Neighbours praised the hard-won deal.')).toBe('the hard - won deal')
  })
})

describe('hyphenJoins', () => {
  it('marks a hyphen set tight between two words, and the word after it', () => {
    const ctx = taggerContext('Her year-long plan - a bold one - passed.')
    const joined = hyphenJoins(ctx, [0, ctx.tokens.length])
    expect(ctx.words.filter((_, i) => joined[i] === 1)).toEqual(['-', 'long'])
  })
})

import { describe, expect, it } from 'vitest'
import { analyse, at } from './testing.js'

/*
 * A first-person belief outside quotation marks (first-person.ts), on sentences written for
 * these tests, through the real tokens stage.
 */
const show = (text: string) =>
  analyse(text).attributions.map((a) => [at(text, a.source.mention), at(text, a.cue), at(text, a.content)])

describe('a first-person belief', () => {
  it('reads "I think C" outside quotes as the writer\'s claim', () => {
    const text =
      'The harbour plan has its critics. But I think the new ferry terminal will pay for itself within a decade.'
    expect(show(text)).toContainEqual(['I', 'think', 'the new ferry terminal will pay for itself within a decade'])
  })

  it('reads "We believe that C"', () => {
    const text = 'We firmly believe that the county should reopen the rural clinics before winter.'
    expect(show(text)).toContainEqual(['We', 'believe', 'the county should reopen the rural clinics before winter'])
  })

  it('reads an expectation the same way ("We expect C")', () => {
    const text = 'Readers have asked about the bridge tolls. We expect the transport board will scrap them by spring.'
    expect(show(text)).toContainEqual(['We', 'expect', 'the transport board will scrap them by spring'])
  })

  it('leaves "I think" inside a quotation to the cue model', () => {
    const text = '"I think the ferry will be late again," a commuter said on Tuesday.'
    expect(show(text).map(([, cue]) => cue)).not.toContain('think')
  })

  it('reads no claim when no clause follows the belief ("I think so")', () => {
    const text = 'Will the ferry run on time next year? I think so, and the harbour board agrees.'
    expect(show(text).map(([, cue]) => cue)).not.toContain('think')
  })
})

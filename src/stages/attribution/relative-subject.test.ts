import { describe, expect, it } from 'vitest'
import { analyse, at } from './testing.js'

/* The source of a saying whose subject a restrictive relative clause describes (relative-subject.ts). */
function sourceOf(text: string, cue: string): string | null {
  const a = analyse(text).attributions.find((x) => at(text, x.cue) === cue)
  return at(text, a?.source.mention)
}

describe('a subject described by a relative clause', () => {
  it.each([
    ['Four people who attended the meeting said the vote had been delayed.', 'Four people who attended the meeting'],
    ['Residents who fled the town told reporters the bridge had collapsed.', 'Residents who fled the town'],
    ['On Monday, a farmer who saw the crash said the driver ran a red light.', 'a farmer who saw the crash'],
    [
      'A survey that appeared in a trade journal found that most growers had lost money.',
      'A survey that appeared in a trade journal',
    ],
    ['A priest who vanished last month said he had been held by a militia.', 'A priest who vanished last month'],
    [
      'GOMA, May 4 (Reuters) - A nurse who went missing on Friday said the clinic had been looted.',
      'A nurse who went missing on Friday',
    ],
  ])('is the whole phrase, head and clause: %s', (text, source) => {
    const cue = /\b(said|told|found)\b/.exec(text)?.[0] as string
    expect(sourceOf(text, cue)).toBe(source)
  })

  it('counts and types the speakers from the head', () => {
    const text = 'Three nurses who treated the victims said the ward was full.'
    const a = analyse(text).attributions[0]
    expect(a?.source).toMatchObject({ count: 3 })
  })

  it('leaves an apposition set off by commas to the frame', () => {
    expect(sourceOf('Jane Roe, who chairs the board, said the pier was unsafe.', 'said')).toBe(
      'Jane Roe, who chairs the board',
    )
  })

  it('does not take a head that is itself an object', () => {
    const text = 'The fund spent money in ways that help the mayor claim the town is thriving.'
    expect(sourceOf(text, 'claim')).toBe('the mayor')
  })
})

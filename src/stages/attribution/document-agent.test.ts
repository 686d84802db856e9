import { describe, expect, it } from 'vitest'
import { readings } from './testing.js'

/* A learned claim that is only the agent of a document noun (document-agent.ts), on sentences written for these tests. */
describe('a participle whose object is another account', () => {
  it('reads the account, not the phrase after "by": "contradicting a statement by X"', () => {
    const text = 'The coalition said it had not bombed the market, contradicting a statement by the health ministry.'
    expect(readings(text)).toContainEqual(['The coalition', 'contradicting', 'a statement by the health ministry'])
  })

  it('leaves a phrase after "by" alone when no document noun precedes it', () => {
    const text = 'The port was closed by the navy on Sunday, officials said.'
    expect(readings(text).map((r) => r[2])).not.toContain('the navy')
  })
})

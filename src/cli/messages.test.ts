import { describe, expect, it } from 'vitest'
import { formatMessage, formatUsage } from './messages.js'

describe('formatMessage', () => {
  it('names the input and rule on one line', () => {
    const line = formatMessage({ severity: 'error', rule: 'read/empty', reason: 'input is empty' }, 'a.txt')
    expect(line).toBe('a.txt: error input is empty [read/empty]')
  })

  it("prefers the message's own input, such as a JSON Lines line", () => {
    const m = { severity: 'error', rule: 'read/invalid-json', reason: 'bad', input: 'feed.jsonl:12' } as const
    expect(formatMessage(m, 'feed.jsonl')).toBe('feed.jsonl:12: error bad [read/invalid-json]')
  })

  it('gives line and column of a span into the article text', () => {
    const m = {
      severity: 'warning',
      rule: 'times/no-anchor',
      reason: 'no date\nto resolve',
      span: { start: 9, end: 12 },
    } as const
    expect(formatMessage(m, 'a.txt', 'Headline\nOn Monday')).toBe(
      'a.txt:2:1: warning no date to resolve [times/no-anchor]',
    )
  })
})

describe('formatUsage', () => {
  it('is one line with a rule', () => {
    expect(formatUsage('unknown option\n--x')).toBe('newsgraph: error unknown option --x [cli/usage]')
  })
})

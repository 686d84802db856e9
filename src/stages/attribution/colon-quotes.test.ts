import { describe, expect, it } from 'vitest'
import { readings } from './testing.js'

/*
 * Quotations a colon opens (colon-quotes.ts), on sentences written for these tests.
 */
describe('a quotation a colon opens', () => {
  it('is claimed by the subject of the clause before the colon, whatever its verb', () => {
    const text = 'The flyer used one line from the old charter as its slogan: "Every harbour belongs to its town."'
    expect(readings(text)).toContainEqual(['The flyer', ':', 'Every harbour belongs to its town.'])
  })

  it('is claimed by the phrase the colon closes when no verb comes before it', () => {
    const text = 'The budget in brief. More from the audit: "Spending on roads rose by a third."'
    expect(readings(text)).toContainEqual(['the audit', ':', 'Spending on roads rose by a third.'])
  })

  it('is read once when a saying already claims it', () => {
    const text = 'The mayor said: "We will rebuild the pier."'
    expect(readings(text)).toEqual([['The mayor', 'said', 'We will rebuild the pier.']])
  })
})

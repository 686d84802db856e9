import { describe, expect, it } from 'vitest'
import { readings } from './testing.js'

/* The source of a cue coordinated with a saying (coordinated-source.ts), on sentences written for these tests. */
describe('a cue after `and` or `but`', () => {
  it('takes the subject of the main clause, not of a saying inside the claim before it', () => {
    expect(
      readings('Local farmers said they were alarmed by the floods and wanted to see the dam for themselves.'),
    ).toContainEqual(['Local farmers', 'wanted', 'to see the dam for themselves'])
    expect(
      readings('The minister said the ruling showed that the judges had erred and urged the court to reconsider.'),
    ).toContainEqual(['The minister', 'urged', 'the court to reconsider'])
  })

  it('goes on with the subject of an adverbial clause inside the claim', () => {
    expect(
      readings('The coach praised his rival after she attacked the referees and blamed the league for the loss.'),
    ).toContainEqual(['she', 'blamed', 'the league for the loss'])
  })
})

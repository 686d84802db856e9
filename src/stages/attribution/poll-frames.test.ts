import { describe, expect, it } from 'vitest'
import { readings } from './testing.js'

/*
 * A sentence opened by a poll (poll-frames.ts), on sentences written for these tests, through
 * the real tokens stage.
 */
const show = readings

describe('a sentence opened by a poll', () => {
  it('reads "In a poll ..., C" as the poll finding C', () => {
    const text = 'In a county poll released Monday, the mayor led her rival by nine points.'
    expect(show(text)).toEqual([['a county poll released Monday', 'In', 'the mayor led her rival by nine points']])
  })

  it('leaves a poll named later in the sentence alone', () => {
    expect(show('The mayor leads in the polls.')).toEqual([])
  })

  it('leaves an opener that names no poll to the frame rules', () => {
    const text = 'In the past week, the mayor said the polls were wrong.'
    expect(show(text)).toEqual([['the mayor', 'said', 'the polls were wrong']])
  })
})

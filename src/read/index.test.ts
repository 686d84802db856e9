import { describe, expect, it } from 'vitest'
import * as read from './index.js'

describe('read/index', () => {
  it('exports the readers and nothing else', () => {
    expect(Object.keys(read).sort()).toEqual([
      'AGENCIES',
      'agencyNamed',
      'contentId',
      'decodeUtf8',
      'guessFormat',
      'parsePublished',
      'readHtml',
      'readInput',
      'readRecord',
      'readText',
      'recogniseFrame',
    ])
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NewsgraphError } from '../doc/message.js'
import { decodeUtf8, firstInvalidUtf8 } from './decode.js'
import { parsePublished } from './meta.js'

const bytes = (...b: number[]) => new Uint8Array(b)
const utf8 = (s: string) => new TextEncoder().encode(s)

describe('decodeUtf8', () => {
  it('decodes UTF-8 and keeps a leading byte order mark as U+FEFF', () => {
    expect(decodeUtf8(utf8('Zürich — “ok”'))).toBe('Zürich — “ok”')
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x41))).toBe('\uFEFFA')
  })

  it.each([
    ['a stray continuation byte', bytes(0x41, 0x80), 1],
    ['a truncated sequence', bytes(0x41, 0x42, 0xe2, 0x80), 2],
    ['an overlong encoding', bytes(0xc0, 0xaf), 0],
    ['an encoded surrogate', bytes(0x41, 0xed, 0xa0, 0x80), 1],
    ['Latin-1 text', bytes(0x63, 0x61, 0x66, 0xe9, 0x20), 3],
  ])('refuses %s as read/invalid-utf8 at its byte offset', (_, input, offset) => {
    expect(() => decodeUtf8(input, 'f.txt')).toThrow(
      expect.objectContaining({
        rule: 'read/invalid-utf8',
        detail: expect.objectContaining({ input: 'f.txt', span: { start: offset, end: offset + 1 } }),
      }),
    )
  })

  it.each([
    ['a NUL byte', bytes(0x41, 0x00, 0x42)],
    ['mostly control characters', bytes(...Array.from({ length: 40 }, (_, i) => (i % 3 ? 0x41 : 0x01)))],
  ])('refuses %s as read/binary', (_, input) => {
    expect(() => decodeUtf8(input)).toThrow(expect.objectContaining({ rule: 'read/binary' }))
  })

  it('refuses UTF-16 with a clear rule', () => {
    expect(() => decodeUtf8(bytes(0xff, 0xfe, 0x41, 0x00))).toThrow(
      expect.objectContaining({ rule: 'read/unsupported-encoding' }),
    )
  })

  it('agrees with the platform decoder on where text is valid', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (input) => {
        const valid = firstInvalidUtf8(input) === input.length
        let platform = true
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(input)
        } catch {
          platform = false
        }
        expect(valid).toBe(platform)
      }),
      { numRuns: 2000 },
    )
  })

  it('never throws anything but a NewsgraphError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (input) => {
        try {
          decodeUtf8(input)
        } catch (error) {
          expect(error).toBeInstanceOf(NewsgraphError)
        }
      }),
    )
  })
})

describe('parsePublished', () => {
  it.each([
    ['2021-10-12', '2021-10-12'],
    ['2021-10-12T23:30:00+03:00', '2021-10-12'],
    ['2021-10-12T08:00:00Z', '2021-10-12'],
    ['Tue, 12 Oct 2021 10:00:00 GMT', '2021-10-12'],
  ])('reads %j as %s', (value, iso) => {
    expect(parsePublished(value)).toBe(iso)
  })

  it.each(['yesterday', '2021-13-01', '2021-02-30', '12/10/2021', '2021-10', ''])('refuses %j', (value) => {
    expect(() => parsePublished(value)).toThrow(expect.objectContaining({ rule: 'read/invalid-date' }))
  })
})

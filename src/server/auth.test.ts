import { describe, expect, it } from 'vitest'
import { bearerToken, isSameToken } from './auth.js'

describe('isSameToken', () => {
  it('accepts the same token and refuses others of any length', () => {
    expect(isSameToken('s3cret-token', 's3cret-token')).toBe(true)
    expect(isSameToken('s3cret-tokeN', 's3cret-token')).toBe(false)
    expect(isSameToken('s3cret', 's3cret-token')).toBe(false)
    expect(isSameToken('', 's3cret-token')).toBe(false)
    expect(isSameToken('s3cret-token-and-more', 's3cret-token')).toBe(false)
  })
})

describe('bearerToken', () => {
  it('reads the token of a Bearer header and nothing else', () => {
    expect(bearerToken('Bearer abc.def')).toBe('abc.def')
    expect(bearerToken('bearer abc')).toBe('abc')
    expect(bearerToken('Basic abc')).toBeUndefined()
    expect(bearerToken('Bearer a b')).toBeUndefined()
    expect(bearerToken(undefined)).toBeUndefined()
  })
})

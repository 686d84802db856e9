import { describe, expect, it } from 'vitest'
import { isPrivateAddress } from './private-address.js'

describe('isPrivateAddress', () => {
  it('refuses loopback, private, link-local and reserved IPv4', () => {
    for (const ip of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '0.0.0.0',
      '100.64.0.1',
    ]) {
      expect(isPrivateAddress(ip), ip).toBe(true)
    }
  })

  it('refuses IPv6 loopback, unique-local, link-local and IPv4 written inside IPv6', () => {
    for (const ip of [
      '::1',
      '[::1]',
      'fd00::1',
      'fe80::1%eth0',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '64:ff9b::a00:1',
    ]) {
      expect(isPrivateAddress(ip), ip).toBe(true)
    }
  })

  it('lets public addresses through', () => {
    for (const ip of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8']) {
      expect(isPrivateAddress(ip), ip).toBe(false)
    }
  })

  it('refuses what is not an address at all', () => {
    expect(isPrivateAddress('localhost')).toBe(true)
  })
})

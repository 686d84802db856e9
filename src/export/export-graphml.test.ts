import { describe, expect, it } from 'vitest'
import { xmlEscape } from './export-graphml.js'

describe('xmlEscape', () => {
  it('turns markup an article could carry into text, in content and in attributes', () => {
    const hostile = `<script>alert("x")</script><img src=x onerror='alert(1)'> Tom & Jerry`
    const escaped = xmlEscape(hostile)
    expect(escaped).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&apos;alert(1)&apos;&gt; Tom &amp; Jerry',
    )
    expect(escaped).not.toMatch(/[<>"']|&(?!(lt|gt|amp|quot|apos);)/)
  })

  it('escapes an ampersand once, so an entity in the text stays visible as written', () => {
    expect(xmlEscape('&lt;')).toBe('&amp;lt;')
  })
})

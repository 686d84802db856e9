import { existsSync, readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemo } from '../../src/server/demo.js'
import { call, startTestServer } from '../http/start.js'
import { launch, screenshot, skipReason, type TestBrowser } from './browser.js'

/*
 * The web UI in a real browser against a real server: paste the founding report and read its
 * sources and conflict, search the demo corpus, open an entity, walk the corpus pages, prove
 * that article text never runs as script and that no request leaves loopback.
 */

const FOUNDING = new URL('../../../shared/corpus/duvar-2021-10-12-isis-capture.txt', import.meta.url)
const TOKEN = 'browser-token-93b1'
const reason = skipReason()

// A loaded machine (the whole suite runs beside these) can make one page's analysis slow: allow for it.
describe.skipIf(reason !== null)(
  `web UI in chromium${reason ? ` (skipped: ${reason})` : ''}`,
  { timeout: 90_000 },
  () => {
    let server: Awaited<ReturnType<typeof startTestServer>>
    let browser: TestBrowser

    beforeAll(async () => {
      server = await startTestServer({
        access: { token: TOKEN },
        beforeListen: async (store, analyzer) => {
          await loadDemo(store, analyzer)
        },
      })
      browser = await launch()
    })
    afterAll(async () => {
      await browser?.close()
      await server?.stop()
    })

    it.skipIf(!existsSync(FOUNDING))('pastes the founding report and shows its sources and the conflict', async () => {
      const text = readFileSync(FOUNDING, 'utf8')
      const analysis = (await call(server.url, 'POST', '/api/analyze', { text })).json
      const page = await browser.newPage()
      await page.goto(`${server.url}/#/analyze`)
      await page.fill('#article-text', text)
      await page.click('#analyze-button')
      await page.waitForSelector('#analysis-result .article-text')

      // Every source the analysis found is drawn as named or anonymous, as the analysis says.
      const anonymous = analysis.attributions.filter((a: Attribution) => a.source.mention && a.source.named === false)
      const named = analysis.attributions.filter((a: Attribution) => a.source.mention && a.source.named === true)
      expect(anonymous.length).toBeGreaterThan(0)
      expect(named.length).toBeGreaterThan(0)
      const anonymousDrawn = await page.locator('.article-text .source-anonymous').allTextContents()
      const namedDrawn = await page.locator('.article-text .source-named').allTextContents()
      for (const a of anonymous) expect(anonymousDrawn.join('|')).toContain(a.source.mention.text.split(' ').at(-1))
      expect(namedDrawn.length).toBeGreaterThan(0)
      expect(anonymousDrawn.join(' ')).toContain('three security sources')

      // The profile and the conflict over where the arrest happened are called out above the text.
      await expect.poll(() => page.locator('.profile').textContent()).toContain('anonymous')
      const callout = await page.locator('.conflict-callout').first().textContent()
      expect(analysis.conflicts.length).toBeGreaterThan(0)
      expect(callout).toContain('place')
      expect(callout).toContain('Turkey')
      expect(callout).toContain('northwestern Syria')

      // Pointing at a source explains it: its claim and what it reports.
      await page.locator('.article-text .source-anonymous').first().hover()
      await expect.poll(() => page.locator('#explain').textContent()).toMatch(/anonymous/i)
      // Each claim says who its source is: affiliation, role, rank and the reason they are not named.
      const facts = await page.locator('.claims .source-facts').allTextContents()
      expect(facts.join('\n')).toContain('senior')
      expect(facts.join('\n')).toContain('anonymity: because they were discussing covert operations')
      // The keyboard reaches the same explanation.
      await page.locator('.article-text [role="button"].source-named').first().focus()
      await page.keyboard.press('Enter')
      await expect.poll(() => page.locator('#explain').textContent()).toMatch(/named/i)

      await screenshot(page, 'analyze-founding-report', false)
      await page.locator('.cards').scrollIntoViewIfNeeded()
      await screenshot(page, 'analyze-founding-report-full')
      const phone = await browser.newPage(390)
      await phone.goto(`${server.url}/#/analyze`)
      await phone.fill('#article-text', text)
      await phone.click('#analyze-button')
      await phone.waitForSelector('#analysis-result .conflict-callout')
      await phone.locator('.analysis').scrollIntoViewIfNeeded()
      await screenshot(phone, 'analyze-founding-report-phone', false)
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow).toBeLessThanOrEqual(0)
    })

    it('never runs script from an article, pasted or stored', async () => {
      const hostile =
        'Hostile <script>window.__pwned = 1; alert("script")</script> report.\n' +
        'The mayor said <img src=x onerror="window.__pwned = 2; alert(\'img\')"> nothing <b>bold</b>.\n' +
        'Police told reporters <svg onload="window.__pwned = 3"></svg> the suspect was detained in Vienna.'
      const page = await browser.newPage()
      await page.goto(`${server.url}/#/analyze`)
      await page.fill('#article-text', hostile)
      await page.click('#analyze-button')
      await page.waitForSelector('#analysis-result .article-text')
      expect(await page.locator('.article-text').textContent()).toBe(hostile)
      expect(await page.locator('#analysis-result img, #analysis-result script, #analysis-result b').count()).toBe(0)

      const put = await call(
        server.url,
        'POST',
        '/api/ingest',
        { articles: [{ text: hostile, id: 'hostile', title: '<img src=x onerror="window.__pwned=4">' }] },
        { authorization: `Bearer ${TOKEN}` },
      )
      expect(put.status).toBe(200)
      await page.goto(`${server.url}/#/article/hostile`)
      await page.waitForSelector('.article-text')
      expect(await page.locator('.article-text').textContent()).toBe(hostile)
      await page.goto(`${server.url}/#/search?q=mayor`)
      await page.waitForSelector('.hits li')
      await page.goto(`${server.url}/#/`)
      await page.waitForSelector('.article-list')
      await page.waitForTimeout(300)

      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
      expect(browser.incidents).toEqual([])
      await screenshot(page, 'hostile-article-home')
    })

    it('analyses an uploaded HTML file as its extracted text', async () => {
      const paragraph = 'The harbour master said on Monday that talks in Geneva would resume next week.'
      const html = `<html><head><title>Harbour talks</title></head><body><nav>Home | World</nav><article><h1>Harbour talks</h1><p>${paragraph}</p><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`
      const page = await browser.newPage()
      await page.goto(`${server.url}/#/analyze`)
      await page.setInputFiles('#article-file', {
        name: 'harbour.html',
        mimeType: 'text/html',
        buffer: Buffer.from(html),
      })
      await expect.poll(() => page.locator('.status').textContent()).toContain('harbour.html')
      await page.click('#analyze-button')
      await page.waitForSelector('#analysis-result .article-text')
      const text = (await page.locator('.article-text').textContent()) as string
      expect(text).toContain(paragraph)
      expect(text).not.toContain('<p>')
      expect(await page.locator('#analysis-result h1').first().textContent()).toBe('Harbour talks')
    })

    it('searches the demo corpus and opens an article and an entity', async () => {
      const demo = (await call(server.url, 'GET', '/api/articles?limit=200')).json.items
      const first = demo.find((a: { id: string; title: string | null }) => a.id !== 'hostile' && a.title)
      expect(first).toBeDefined()
      const word = (first.title as string).split(/\W+/).find((w) => w.length > 5) as string
      const page = await browser.newPage()
      await page.goto(`${server.url}/#/search`)
      await page.fill('#search-q', word)
      await page.press('#search-q', 'Enter')
      await page.waitForSelector('.hits li a')
      expect(await page.locator('.hits mark').count()).toBeGreaterThan(0)
      await screenshot(page, 'search')

      await page.locator('.hits li a').first().click()
      await page.waitForSelector('.article-text')
      await screenshot(page, 'article')
      // An entity the article names that some claim is by or about: its page lists every one of them.
      const hrefs = await page
        .locator('.entity-row a[href^="#/entity/"]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') as string))
      let entity: { name: string; claimsBy: unknown[]; claimsAbout: unknown[]; articleList: unknown[] } | undefined
      let href = ''
      for (const candidate of hrefs) {
        const found = (await call(server.url, 'GET', `/api/entities/${candidate.split('/').at(-1)}`)).json
        if (found.claimsBy.length + found.claimsAbout.length > 0) {
          entity = found
          href = candidate
          break
        }
      }
      if (!entity) throw new Error('no entity of the article has a claim by or about it')
      await page.locator(`.entity-row a[href="${href}"]`).first().click()
      await page.waitForSelector('.entity-page h1')
      expect(await page.locator('.entity-page h1').textContent()).toContain(entity.name)
      const section = (title: string) =>
        page.locator('.entity-page section.panel', { has: page.locator(`h2:text-is("${title}")`) })
      expect(await section('Claims by').locator('.claim').count()).toBe(entity.claimsBy.length)
      expect(await section('Claims about').locator('.claim').count()).toBe(entity.claimsAbout.length)
      expect(await section('Articles').locator('li').count()).toBe(entity.articleList.length)
      await screenshot(page, 'entity')
    })

    it('draws the timeline, the map, the graph and a story', async () => {
      const page = await browser.newPage()
      await page.goto(`${server.url}/#/timeline`)
      await page.waitForSelector('svg.timeline circle', { timeout: 10_000 })
      await screenshot(page, 'timeline')
      await page.goto(`${server.url}/#/map`)
      await page.waitForSelector('svg.map path.land', { timeout: 10_000 })
      expect(await page.locator('svg.map .pin').count()).toBeGreaterThan(0)
      await screenshot(page, 'map')
      await page.goto(`${server.url}/#/graph`)
      await page.waitForSelector('svg.graph .node', { timeout: 10_000 })
      await screenshot(page, 'graph')
      const story = (await call(server.url, 'GET', '/api/stories')).json.items[0]
      await page.goto(`${server.url}/#/story/${encodeURIComponent(story.id)}`)
      await page.waitForSelector('.story-page h1', { timeout: 10_000 })
      await screenshot(page, 'story')
      const events = (await call(server.url, 'GET', '/api/events')).json.items
      await page.goto(`${server.url}/#/event/${encodeURIComponent(events[0].id)}`)
      await page.waitForSelector('.event-page h1', { timeout: 10_000 })
      await screenshot(page, 'event')
    })

    it("shows a quote broken by its attribution without the writer's words", async () => {
      const text =
        'Dam holds after storm\n\nThe river rose for three days but the old dam did not give way.\n\n' +
        '"The dam held," said Ada Kerr, a farmer who lives below it. "It will hold again next spring."\n\n' +
        'Engineers said the wall would be inspected in May.\n'
      const put = await call(
        server.url,
        'POST',
        '/api/ingest',
        { articles: [{ text, id: 'dam-holds', title: 'Dam holds after storm' }] },
        { authorization: `Bearer ${TOKEN}` },
      )
      expect(put.status).toBe(200)
      const said = 'The dam held, … It will hold again next spring.'
      const page = await browser.newPage()
      await page.goto(`${server.url}/#/article/dam-holds`)
      await page.waitForSelector('.claims .claim blockquote')
      const quotes = await page.locator('.claims .claim blockquote').allTextContents()
      expect(quotes).toContain(said)
      expect(quotes.join('\n')).not.toContain('a farmer')
      // The text shades what the source said, not the interruption between.
      const shaded = await page.locator('.article-text .content').allTextContents()
      expect(shaded.join('')).toContain('The dam held,')
      expect(shaded.join('')).not.toContain('Ada Kerr')
      await page.locator('.claims .claim', { hasText: 'Ada Kerr' }).scrollIntoViewIfNeeded()
      await screenshot(page, 'broken-quote-article', false)

      const kerr = (await call(server.url, 'GET', '/api/entities?q=Ada%20Kerr')).json.items[0]
      await page.goto(`${server.url}/#/entity/${encodeURIComponent(kerr.id)}`)
      await page.waitForSelector('.entity-page .claim blockquote')
      expect(await page.locator('.entity-page .claim blockquote').allTextContents()).toEqual([said])
      await screenshot(page, 'broken-quote-entity', false)
    })

    it('asks nothing of any host but this server', () => {
      const origin = new URL(server.url).origin
      expect(browser.requests.length).toBeGreaterThan(10)
      const elsewhere = browser.requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))
      expect(elsewhere).toEqual([])
    })
  },
)

interface Attribution {
  source: { mention: { text: string } | null; named: boolean | null }
}

import { describe, expect, it } from 'vitest'
import { brokenQuote, personStory, protest, rivalAccount, wireCopy, wireOrigin } from '../../test/store/stories.js'
import type { Store } from './store.js'

/*
 * The store conformance suite: every engine runs these same tests (test/store/*.test.ts).
 * `open` gives a fresh, empty store each time.
 */

async function withStore(open: () => Promise<Store>, fn: (store: Store) => Promise<void>): Promise<void> {
  const store = await open()
  try {
    await fn(store)
  } finally {
    await store.close()
  }
}

async function loadAll(store: Store): Promise<void> {
  for (const a of [wireOrigin, wireCopy, rivalAccount, protest])
    await store.putAnalysis(a, { pipelineVersion: 'test-1' })
}

async function entityNamed(store: Store, name: string) {
  const page = await store.listEntities({ q: name, limit: 10 })
  const found = page.items.find((e) => e.name === name || e.aliases.includes(name))
  if (!found) throw new Error(`no entity named ${name}`)
  return found
}

/** Runs the conformance suite against one engine. */
export function storeSuite(engine: string, open: () => Promise<Store>): void {
  const test = (name: string, fn: (store: Store) => Promise<void>) => it(name, () => withStore(open, fn))

  describe(`store conformance: ${engine}`, () => {
    test('stores an analysis once and gives it back in full with its pipeline version', async (store) => {
      const first = await store.putAnalysis(wireOrigin, {
        pipelineVersion: 'test-1',
        raw: 'raw bytes',
        source: 'a.txt',
      })
      const again = await store.putAnalysis(wireOrigin, { pipelineVersion: 'test-2' })
      expect(first).toEqual({ articleId: 'meridian-0304', added: true })
      expect(again).toEqual({ articleId: 'meridian-0304', added: false })
      const article = await store.getArticle('meridian-0304')
      expect(article?.analysis).toEqual(wireOrigin)
      expect(article?.pipelineVersion).toBe('test-1')
      expect(article?.source).toBe('a.txt')
      expect(await store.findByRawHash(article?.rawHash as string)).toBe('meridian-0304')
      expect((await store.stats()).articles).toBe(1)
      expect((await store.listArticles({ pipelineVersion: 'test-1' })).items.map((a) => a.id)).toEqual([
        'meridian-0304',
      ])
      expect((await store.listArticles({ pipelineVersion: 'test-2' })).items).toEqual([])
    })

    test('replaces an older analysis of the same content when asked, leaving no trace of the old one', async (store) => {
      await store.putAnalysis(wireOrigin, { pipelineVersion: 'test-1' })
      await store.putAnalysis(wireCopy, { pipelineVersion: 'test-1' })
      const fewer = { ...wireOrigin, entities: wireOrigin.entities.filter((e) => e.name !== 'Faris Naji') }
      const same = await store.putAnalysis(fewer, { pipelineVersion: 'test-1', replace: true })
      expect(same.added).toBe(false)
      const rerun = await store.putAnalysis(fewer, { pipelineVersion: 'test-2', replace: true })
      expect(rerun).toEqual({ articleId: 'meridian-0304', added: true, replaced: true })
      const article = await store.getArticle('meridian-0304')
      expect(article?.pipelineVersion).toBe('test-2')
      expect(article?.wireGroup).toBe('meridian-0304')
      expect(Object.keys(article?.entityLinks ?? {})).not.toContain('e4')
      expect((await entityNamed(store, 'Faris Naji')).articles).toBe(1)
      expect((await store.search({ q: 'surveillance' })).items).toHaveLength(2)
      expect((await store.listEvents()).items.map((e) => e.articles)).toEqual([2])
      expect((await store.stats()).articles).toBe(2)
    })

    test('gives an article whose id is taken by other content an id of its own', async (store) => {
      await store.putAnalysis(personStory('same-id', 'Ines Calder'))
      const other = { ...personStory('same-id', 'Tom Okafor') }
      const result = await store.putAnalysis(other)
      expect(result.added).toBe(true)
      expect(result.articleId).not.toBe('same-id')
      expect((await store.getArticle(result.articleId))?.analysis.article.text).toContain('Tom Okafor')
    })

    test('groups a republished wire story with its origin and leaves an independent account alone', async (store) => {
      await loadAll(store)
      const origin = await store.getArticle('meridian-0304')
      const copy = await store.getArticle('harbor-0304')
      const rival = await store.getArticle('ledger-0305')
      expect(copy?.wireGroup).toBe('meridian-0304')
      expect(origin?.wireGroup).toBe('meridian-0304')
      expect(origin?.isOrigin).toBe(true)
      expect(copy?.isOrigin).toBe(false)
      expect(origin?.copies.map((c) => c.id)).toEqual(['harbor-0304'])
      expect(rival?.wireGroup).toBeNull()
    })

    test('marks the agency copy as origin even when a newspaper copy was stored first', async (store) => {
      await store.putAnalysis(wireCopy)
      await store.putAnalysis(wireOrigin)
      expect((await store.getArticle('harbor-0304'))?.wireGroup).toBe('meridian-0304')
      expect((await store.getArticle('meridian-0304'))?.isOrigin).toBe(true)
    })

    test('links spelling variants and aliases to one corpus entity', async (store) => {
      await loadAll(store)
      const person = await entityNamed(store, 'Karim Hadi al-Jaburi')
      expect(person.aliases).toContain('Karim al-Jabouri')
      expect(person.articles).toBe(3)
      const group = await entityNamed(store, 'Islamic State')
      expect(group.aliases).toContain('ISIL')
      const article = await store.getArticle('ledger-0305')
      expect(article?.entityLinks.o1).toBe(group.id)
      expect(article?.entityLinks.p1).toBe(person.id)
    })

    test('links a bare surname only while one person has it', async (store) => {
      await store.putAnalysis(personStory('p1', 'Ines Calder'))
      await store.putAnalysis(personStory('p2', 'Calder'))
      const ines = await entityNamed(store, 'Ines Calder')
      expect((await store.getArticle('p2'))?.entityLinks.e1).toBe(ines.id)
      await store.putAnalysis(personStory('p3', 'Tom Calder'))
      await store.putAnalysis(personStory('p4', 'Calder'))
      const tom = await entityNamed(store, 'Tom Calder')
      expect(tom.id).not.toBe(ines.id)
      const p4 = (await store.getArticle('p4'))?.entityLinks.e1
      expect(p4).not.toBe(ines.id)
      expect(p4).not.toBe(tom.id)
    })

    test('shows every claim by and about an entity with its article', async (store) => {
      await loadAll(store)
      const naji = await store.getEntity((await entityNamed(store, 'Faris Naji')).id)
      expect(naji?.claimsBy.map((c) => [c.articleId, c.stance]).sort()).toEqual([
        ['harbor-0304', 'assert'],
        ['ledger-0305', 'deny'],
        ['meridian-0304', 'assert'],
      ])
      const person = await store.getEntity((await entityNamed(store, 'Karim Hadi al-Jaburi')).id)
      const about = person?.claimsAbout.map((c) => `${c.articleId}#${c.attribution}`).sort()
      expect(about).toEqual(['harbor-0304#a1', 'ledger-0305#a1', 'meridian-0304#a1'])
      expect(person?.claimsAbout.find((c) => c.articleId === 'ledger-0305')?.article.outlet).toBe('Eastern Ledger')
      expect(person?.events.length).toBe(1)
    })

    test("keeps a claim's spoken words apart from the writer's interruption, which names no one it is about", async (store) => {
      await loadAll(store)
      await store.putAnalysis(brokenQuote, { pipelineVersion: 'test-1' })
      const kerr = await store.getEntity((await entityNamed(store, 'Ada Kerr')).id)
      expect(kerr?.claimsBy.map((c) => c.spoken)).toEqual([['The dam held,', 'It will hold again.']])
      // The names in the writer's interruption are not in what she said.
      expect(kerr?.claimsAbout).toEqual([])
      const dunmore = await store.getEntity((await entityNamed(store, 'Dunmore Estates')).id)
      expect(dunmore?.claimsAbout).toEqual([])
      const links = await store.listEntityLinks()
      expect(links.filter((l) => l.kind === 'claim' && l.to === dunmore?.id)).toEqual([])
      const naji = await store.getEntity((await entityNamed(store, 'Faris Naji')).id)
      expect(naji?.claimsBy.every((c) => c.spoken === null)).toBe(true)
    })

    test('joins the reports of one arrest into one event, counting wire copies once', async (store) => {
      await loadAll(store)
      const events = await store.listEvents({ type: 'COERCE' })
      expect(events.items).toHaveLength(1)
      const event = await store.getEvent(events.items[0]?.id as string)
      expect(event?.articles).toBe(3)
      expect(event?.reports.map((r) => r.article.id).sort()).toEqual(['harbor-0304', 'ledger-0305', 'meridian-0304'])
      // Meridian's story (two copies) and the Ledger's: two reports; behind them the two
      // anonymous security sources, Naji (once across copies) and the council official.
      expect(event?.independentReports).toBe(2)
      expect(event?.independentSources).toBe(3)
      expect(event?.time).toBe('2024-03-03')
      expect(event?.place?.name).toBe('Mosul')
    })

    test('finds where accounts in different articles disagree on place and time', async (store) => {
      await loadAll(store)
      const id = (await store.listEvents({ type: 'COERCE' })).items[0]?.id as string
      const event = await store.getEvent(id)
      const slots = event?.conflictList.filter((c) => c.crossArticle).map((c) => c.slot)
      expect(slots?.sort()).toEqual(['place', 'time'])
      const place = event?.conflictList.find((c) => c.slot === 'place')
      const raqqa = place?.values.find((v) => v.value === 'Raqqa')
      expect(raqqa?.articles).toEqual(['ledger-0305'])
    })

    test('does not count wire copies of one story as a conflict', async (store) => {
      await store.putAnalysis(wireOrigin)
      await store.putAnalysis(wireCopy)
      const event = (await store.listEvents()).items[0]
      expect(event?.conflicts).toBe(0)
      expect(event?.independentReports).toBe(1)
    })

    test('puts the arrest reports in one story and the protest in another', async (store) => {
      await loadAll(store)
      const stories = await store.listStories()
      expect(stories.items).toHaveLength(2)
      const arrest = (await store.getArticle('ledger-0305'))?.story as string
      const story = await store.getStory(arrest)
      expect(story?.articleList.map((a) => a.id).sort()).toEqual(['harbor-0304', 'ledger-0305', 'meridian-0304'])
      expect(story?.events).toBe(1)
      expect(story?.firstPublished).toBe('2024-03-04')
      expect((await store.getArticle('coastal-0510'))?.story).not.toBe(arrest)
    })

    test('searches full text with every filter', async (store) => {
      await loadAll(store)
      const ids = async (q: Parameters<Store['search']>[0]) =>
        (await store.search(q)).items.map((h) => h.article.id).sort()
      expect(await ids({ q: 'surveillance' })).toEqual(['harbor-0304', 'meridian-0304'])
      expect((await store.search({ q: 'surveillance' })).items[0]?.snippet).toMatch(/\[surveillance\]/)
      expect(await ids({ q: 'helicopters Raqqa' })).toEqual(['ledger-0305'])
      expect(await ids({ q: 'seized', outlet: 'eastern ledger' })).toEqual(['ledger-0305'])
      expect(await ids({ entity: 'Faris Naji' })).toEqual(['harbor-0304', 'ledger-0305', 'meridian-0304'])
      expect(await ids({ entity: 'Daesh' })).toEqual(['harbor-0304', 'ledger-0305', 'meridian-0304'])
      expect(await ids({ entity: 'Karim al-Jabouri' })).toEqual(['harbor-0304', 'ledger-0305', 'meridian-0304'])
      expect(await ids({ eventType: 'protest' })).toEqual(['coastal-0510'])
      expect(await ids({ place: 'Raqqa' })).toEqual(['ledger-0305'])
      expect(await ids({ from: '2024-03-05', to: '2024-03-31' })).toEqual(['ledger-0305'])
      expect(await ids({ sourceKind: 'anonymous', q: 'fishermen' })).toEqual([])
      expect(await ids({ q: 'a "quoted" OR (syntax*' })).toEqual([])
    })

    test('pages through results with a cursor', async (store) => {
      await loadAll(store)
      const first = await store.listArticles({ limit: 3 })
      expect(first.items).toHaveLength(3)
      const second = await store.listArticles({ limit: 3, cursor: first.next })
      expect(second.items).toHaveLength(1)
      expect(second.next).toBeNull()
      const all = [...first.items, ...second.items].map((a) => a.id)
      expect(new Set(all).size).toBe(4)
      const hits = await store.search({ q: 'financier', limit: 1 })
      expect(hits.items).toHaveLength(1)
      const rest = await store.search({ q: 'financier', limit: 5, cursor: hits.next })
      expect(rest.items.map((h) => h.article.id)).not.toContain(hits.items[0]?.article.id)
    })

    test('records failures, lists them and clears them once the input is ingested', async (store) => {
      await store.recordFailure({ input: 'feed.jsonl:3', rule: 'read/invalid-json', reason: 'line 3 is not JSON' })
      await store.recordFailure({ input: 'feed.jsonl:3', rule: 'read/invalid-json', reason: 'line 3 is not JSON' })
      await store.recordFailure({ input: 'b.html', rule: 'read/empty', reason: 'no text' })
      const page = await store.listFailures()
      expect(page.items.map((f) => f.input).sort()).toEqual(['b.html', 'feed.jsonl:3'])
      await store.clearFailures('b.html')
      expect((await store.listFailures()).items.map((f) => f.rule)).toEqual(['read/invalid-json'])
    })

    test('keeps a merge for articles ingested after it', async (store) => {
      await store.putAnalysis(personStory('m1', 'Ines Calder'))
      await store.putAnalysis(personStory('m2', 'Agnes Kalder-Moss'))
      const ines = await entityNamed(store, 'Ines Calder')
      const agnes = await entityNamed(store, 'Agnes Kalder-Moss')
      const merged = await store.mergeEntities(ines.id, [agnes.id])
      expect(merged.articles).toBe(2)
      expect(merged.aliases).toContain('Agnes Kalder-Moss')
      expect(await store.getEntity(agnes.id)).toBeNull()
      await store.putAnalysis(personStory('m3', 'Agnes Kalder-Moss'))
      expect((await store.getArticle('m3'))?.entityLinks.e1).toBe(ines.id)
    })

    test('keeps a split for articles ingested after it', async (store) => {
      await store.putAnalysis(personStory('s1', 'Sami Rahal'))
      await store.putAnalysis(personStory('s2', 'Sammy Rahal'))
      const sami = await entityNamed(store, 'Sami Rahal')
      expect(sami.aliases).toContain('Sammy Rahal')
      const sammy = await store.splitEntity(sami.id, ['Sammy Rahal'])
      expect(sammy.id).not.toBe(sami.id)
      expect((await store.getArticle('s2'))?.entityLinks.e1).toBe(sammy.id)
      await store.putAnalysis(personStory('s3', 'Sammy Rahal'))
      await store.putAnalysis(personStory('s4', 'Sami Rahal'))
      expect((await store.getArticle('s3'))?.entityLinks.e1).toBe(sammy.id)
      expect((await store.getArticle('s4'))?.entityLinks.e1).toBe(sami.id)
      await expect(store.splitEntity(sami.id, ['Nobody Here'])).rejects.toThrow(/no article/)
    })

    test('lists claims of one article in text order', async (store) => {
      await loadAll(store)
      const claims = await store.listClaims({ article: 'meridian-0304' })
      expect(claims.items.map((c) => c.attribution)).toEqual(['a1', 'a2', 'a3'])
      expect(claims.items[2]?.stance).toBe('decline')
    })
  })
}

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { protest, rivalAccount, wireCopy, wireOrigin } from '../../test/store/stories.js'
import { openStore, type Store } from '../store/store.js'
import { CSV_COLUMNS, csvField } from './export-csv.js'
import { exportCorpus } from './index.js'

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-export-'))
let store: Store

beforeAll(async () => {
  store = await openStore(join(dir, 'export.db'))
  for (const a of [wireOrigin, wireCopy, rivalAccount, protest]) await store.putAnalysis(a)
})
afterAll(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

async function text(format: Parameters<typeof exportCorpus>[1]): Promise<string> {
  let out = ''
  for await (const piece of exportCorpus(store, format)) out += piece
  return out
}

describe('export', () => {
  it('writes one analysis per line with its corpus links', async () => {
    const lines = (await text('jsonl'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines).toHaveLength(4)
    const copy = lines.find((l) => l.article.id === 'harbor-0304')
    expect(copy.corpus.wireGroup).toBe('meridian-0304')
    expect(Object.keys(copy.corpus.entities)).toEqual(copy.entities.map((e: { id: string }) => e.id))
  })

  it('writes CSV with one row per event and its corroboration', async () => {
    const rows = (await text('csv')).trim().split('\r\n')
    expect(rows[0]).toBe(CSV_COLUMNS.join(','))
    expect(rows).toHaveLength(3)
    const arrest = rows.find((r) => r.includes(',COERCE,'))
    expect(arrest).toContain(',2024-03-03,2024,day,COERCE,arrest,')
    expect(arrest).toContain(',IQ,Mosul,36.34,43.13,')
    expect(arrest).toMatch(/,3,2,3,1,3,0,time; place,/)
  })

  it('quotes CSV fields holding commas, quotes or line breaks', () => {
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"')
    expect(csvField(null)).toBe('')
  })

  it('keeps a spreadsheet from running article text as a formula', () => {
    expect(csvField('=HYPERLINK("http://x.example","click")')).toBe('"\'=HYPERLINK(""http://x.example"",""click"")"')
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('-2+3')).toBe("'-2+3")
    expect(csvField(-43.5)).toBe('-43.5')
    expect(csvField('Mosul')).toBe('Mosul')
  })

  it('writes GeoJSON points, longitude first, for located events', async () => {
    const geo = JSON.parse(await text('geojson'))
    expect(geo.type).toBe('FeatureCollection')
    const arrest = geo.features.find((f: { properties: { type: string } }) => f.properties.type === 'COERCE')
    expect(arrest.geometry.coordinates).toEqual([43.13, 36.34])
    expect(arrest.properties.independentReports).toBe(2)
  })

  it('writes GraphML with entities, anonymous sources and claim edges', async () => {
    const xml = await text('graphml')
    expect(xml).toContain('<data key="label">Faris Naji</data>')
    expect(xml).toContain('<node id="anonymous:security sources">')
    expect(xml).toMatch(
      /<edge id="l\d+" source="anonymous:security sources" target="ent-[0-9a-f]+"><data key="relation">claim<\/data>/,
    )
    expect(xml.match(/<node /g)?.length).toBeGreaterThan(5)
  })
})

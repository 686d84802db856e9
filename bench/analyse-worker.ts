import { parentPort } from 'node:worker_threads'
import { createAnalyzer } from '../dist/analyze.js'
import { readText } from '../dist/read/text.js'
import type { BenchArticle } from './corpus.js'

/* One pool worker: prepares the pipeline, says ready, analyses the slice it is sent, says how many. */

const port = parentPort
if (!port) throw new Error('analyse-worker runs only as a worker thread')
const analyzer = await createAnalyzer()
for (let i = 0; i < 5; i++) analyzer.analyze(readText('Officials said on Monday that the talks in Geneva would go on.'))
port.on('message', (slice: BenchArticle[]) => {
  for (const a of slice) analyzer.analyze(readText(a.text, a.meta))
  port.postMessage({ done: slice.length })
})
port.postMessage({ ready: true })

/*
 * Readers: text, HTML, JSON and JSON Lines -> Doc. The only code that sees raw bytes.
 * Plain text and JSON `text` are kept exactly, so offsets agree with them.
 */
export { AGENCIES, type Agency, agencyNamed } from './agencies.js'
export { decodeUtf8 } from './decode.js'
export { type Frame, recogniseFrame } from './frame.js'
export { readHtml } from './html.js'
export { guessFormat, type InputFormat, type InputOptions, type ReadResult, readInput } from './input.js'
export { parsePublished, type ReadMeta } from './meta.js'
export { type ArticleRecord, readRecord } from './record.js'
export { contentId, readText } from './text.js'

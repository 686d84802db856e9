/*
 * Every size, time and count limit, each with the reason for its value. Documented in README
 * ("Limits"); a reader that breaks one throws `read/too-large` naming the value and the limit.
 */

/** Largest single input (a text, HTML or JSON file, or stdin): a long-form article is under 200 KB; 10 MB allows for HTML boilerplate. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024

/** Largest JSON Lines batch read at once: it is held in memory, and 256 MB is thousands of articles with HTML. */
export const MAX_BATCH_BYTES = 256 * 1024 * 1024

/** Largest article text after decoding or extraction: about 160,000 words, far past any news story. */
export const MAX_TEXT_CHARS = 1_000_000

/** Longest JSON Lines record: one article with its HTML fits; a longer line is a broken file. */
export const MAX_RECORD_BYTES = 10 * 1024 * 1024

/** Share of control characters (other than tab, line and page breaks) above which input is taken as binary. */
export const MAX_CONTROL_RATIO = 0.05

/** How much of the input the binary check looks at: enough to see a file's kind, cheap on large inputs. */
export const BINARY_SNIFF_BYTES = 64 * 1024

/** Longest first line still taken as a headline: headlines run to about 15 words; longer is a paragraph. */
export const MAX_HEADLINE_CHARS = 200

/** Fewest words an HTML page's extracted text must have to count as an article: a one-sentence news brief has more; a menu or cookie notice has fewer. */
export const MIN_ARTICLE_WORDS = 8

/** Longest wait for one URL, headers and body: a slow news site answers in seconds; a minute means it is not answering. */
export const FETCH_TIMEOUT_MS = 30_000

/** Redirects followed per URL: sites use one or two (http to https, to a canonical path); more is a loop. */
export const MAX_REDIRECTS = 5

/** Most elements in an HTML page: heavy news pages have about 10,000; parsing time grows fast past this. */
export const MAX_HTML_ELEMENTS = 100_000

/** Deepest element nesting in an HTML page: real pages stay under 100; the parser and extractor slow quadratically with depth. */
export const MAX_HTML_DEPTH = 1_000

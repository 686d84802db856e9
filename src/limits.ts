/*
 * Every size, time and count limit, each with the reason for its value. Documented in README.
 */

/** Largest input file or record analysed: a long-form article is under 200 KB; 10 MB allows for HTML boilerplate. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024

/** Largest article text after extraction: about 160,000 words, far past any news story. */
export const MAX_TEXT_CHARS = 1_000_000

/** Longest JSON Lines record: one article with HTML fits; a longer line is a broken file. */
export const MAX_RECORD_BYTES = 10 * 1024 * 1024

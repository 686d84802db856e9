/*
 * A claim as its source said it. When the attribution breaks the quote (`"A," said X. "B."`),
 * the analysis lists the source's own words as `spoken` (worked out once, server-side, where the
 * analysis becomes JSON); these helpers only choose between that and the whole content. Analyses
 * stored before `spoken` existed have none, and show the whole content as before.
 */

const ELLIPSIS = ' … '

/** The spans of an attribution's content its source said: `spoken`, else the content; [] without one. */
export function spokenSpans(attribution) {
  if (!attribution.content) return []
  return attribution.spoken?.length ? attribution.spoken : [attribution.content]
}

/** An attribution's content as its source said it, the writer's interruption shown as an ellipsis. */
export function spokenText(attribution) {
  return spokenSpans(attribution)
    .map((s) => s.text)
    .join(ELLIPSIS)
}

/** The same for a corpus claim, whose content and spoken parts are plain strings. */
export function claimText(claim) {
  return claim.spoken?.length ? claim.spoken.join(ELLIPSIS) : claim.content
}

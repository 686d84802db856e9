import type { Store } from '../store/store.js'
import { allPages } from './all-pages.js'

/**
 * One stored analysis per line, in the analysis format, with a `corpus` field linking it to
 * the corpus: its wire group, story, and the corpus ids of its entities and events.
 */
export async function* exportJsonl(store: Store): AsyncGenerator<string> {
  for await (const summary of allPages((o) => store.listArticles(o))) {
    const article = await store.getArticle(summary.id)
    if (!article) continue
    const corpus = {
      id: article.id,
      wireGroup: article.wireGroup,
      isOrigin: article.isOrigin,
      story: article.story,
      pipelineVersion: article.pipelineVersion,
      entities: article.entityLinks,
      events: article.eventLinks,
    }
    yield `${JSON.stringify({ ...article.analysis, corpus })}\n`
  }
}

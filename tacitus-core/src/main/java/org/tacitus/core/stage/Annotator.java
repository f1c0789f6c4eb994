package org.tacitus.core.stage;

import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.Article;

/**
 * The language-analysis stage: needs an {@link Article}; adds sentences, tokens with character offsets, part of
 * speech, lemmas, named-entity classes and dependency parses.
 *
 * <p>Implementations are thread safe: one instance serves every worker thread of a run.
 */
public interface Annotator {

  /**
   * Analyses one article.
   *
   * @throws StageException when the analysis fails for this article (the run goes on with the others)
   */
  AnnotatedArticle annotate(Article article);

  /** Name and version of the tools and models used, for provenance ("Stanford CoreNLP 4.5.10 ..."). */
  String describe();
}

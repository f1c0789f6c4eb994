package org.tacitus.core.model;

import java.util.List;

/**
 * An article with the language analysis of its text.
 *
 * @param article the article
 * @param sentences its sentences, in order
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {

  public AnnotatedArticle {
    sentences = List.copyOf(sentences);
  }

  public String text() {
    return article.text();
  }
}

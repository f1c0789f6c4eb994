package org.tacitus.core.stage;

import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.CodedArticle;

/**
 * The coding stage: needs an {@link AnnotatedArticle} (tokens, lemmas, NER and enhanced dependencies); adds actor
 * mentions and CAMEO events with their evidence and rule.
 *
 * <p>Implementations are pure functions of their input and their (immutable) dictionaries, and thread safe.
 */
public interface ArticleCoder {

  CodedArticle code(AnnotatedArticle article);
}

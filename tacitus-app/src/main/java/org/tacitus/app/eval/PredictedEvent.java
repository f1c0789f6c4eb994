package org.tacitus.app.eval;

import java.util.Objects;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Span;

/**
 * A coded event as the scorers see it: codes to compare, and the words and rule to show a reader.
 *
 * @param docId the article id
 * @param sentence the sentence index
 * @param sentenceSpan the sentence's characters in the article text
 * @param sentenceText the sentence
 * @param source the source actor code
 * @param sourceText the source's words
 * @param target the target actor code, or null
 * @param targetText the target's words, or null
 * @param code the CAMEO code
 * @param evidence the event's words in the article text
 * @param evidenceText those words
 * @param rule the dictionary entry that fired
 */
public record PredictedEvent(String docId, int sentence, Span sentenceSpan, String sentenceText, String source,
    String sourceText, String target, String targetText, String code, Span evidence, String evidenceText,
    String rule) {

  public PredictedEvent {
    Objects.requireNonNull(code, "code");
  }

  public static PredictedEvent of(CodedArticle article, Event e) {
    String text = article.article().text();
    Span sentence = e.sentence() >= 0 && e.sentence() < article.annotated().sentences().size()
        ? article.annotated().sentences().get(e.sentence()).span() : e.evidence();
    Mention target = e.target().orElse(null);
    return new PredictedEvent(article.article().id(), e.sentence(), sentence, sentence.of(text),
        e.source().actor().code(), e.source().span().of(text),
        target == null ? null : target.actor().code(), target == null ? null : target.span().of(text),
        e.code().code(), e.evidence(), e.evidence().of(text), e.rule());
  }

  /** A bare event with codes only (tests, and predictions read back from JSON Lines). */
  public static PredictedEvent of(String docId, String source, String target, String code) {
    return new PredictedEvent(docId, 0, new Span(0, 0), "", source, source, target, target, code, new Span(0, 0),
        "", "");
  }

  public String root() {
    return Codes.root(code);
  }

  /** {@code USAGOV "US officials" -> BRA "Brazil" 040 (rule 'meet'; "met")}. */
  public String describe() {
    return source + " \"" + sourceText + "\" -> " + (target == null ? "-" : target + " \"" + targetText + "\"") + " "
        + code + " (rule '" + rule + "'; \"" + evidenceText + "\")";
  }
}

package org.tacitus.core.model;

import java.util.Objects;
import java.util.Optional;
import org.tacitus.core.cameo.CameoCode;

/**
 * One coded event: who did what to whom, with the words that say so and the rule that decided it.
 *
 * @param docId id of the article
 * @param sentence index of the sentence in the article
 * @param code the CAMEO event code
 * @param source who acts
 * @param target whom the act is aimed at, when the text says
 * @param modality how the text presents the act
 * @param evidence the characters that carry the event
 * @param rule the dictionary entry and pattern that fired
 * @param confidence from 0 to 1, how sure the coder is
 * @param reportedBy who said so, when the event is reported speech of someone else than the source
 * @param date when it happened, once the post stage has dated it
 * @param place where it happened, once the post stage has placed it
 */
public record Event(
    String docId,
    int sentence,
    CameoCode code,
    Mention source,
    Optional<Mention> target,
    Modality modality,
    Span evidence,
    String rule,
    double confidence,
    Optional<Mention> reportedBy,
    Optional<EventDate> date,
    Optional<Place> place) {

  /** An event as the coder makes it: not yet dated or placed. */
  public Event(
      String docId,
      int sentence,
      CameoCode code,
      Mention source,
      Optional<Mention> target,
      Modality modality,
      Span evidence,
      String rule,
      double confidence,
      Optional<Mention> reportedBy) {
    this(docId, sentence, code, source, target, modality, evidence, rule, confidence, reportedBy,
        Optional.empty(), Optional.empty());
  }

  public Event {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reportedBy, "reportedBy");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(place, "place");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence " + confidence + " outside [0, 1]");
    }
  }

  /** The key under which one sentence keeps only one event: source, target and code. */
  public String dedupKey() {
    return sentence + "|" + source.actor().code() + "|" + target.map(t -> t.actor().code()).orElse("") + "|"
        + code.code();
  }

  /** This event with its date set. */
  public Event withDate(EventDate newDate) {
    return new Event(docId, sentence, code, source, target, modality, evidence, rule, confidence, reportedBy,
        Optional.of(newDate), place);
  }

  /** This event with its place set. */
  public Event withPlace(Place newPlace) {
    return new Event(docId, sentence, code, source, target, modality, evidence, rule, confidence, reportedBy,
        date, Optional.of(newPlace));
  }
}

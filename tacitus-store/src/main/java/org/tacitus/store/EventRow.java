package org.tacitus.store;

import java.util.Objects;
import java.util.Optional;
import org.tacitus.core.model.EventDate;
import org.tacitus.core.model.Place;
import org.tacitus.core.model.Span;

/**
 * One stored event with every offset: what {@link EventQueries} returns (where {@link StoredEvent} leaves the
 * offsets out).
 *
 * @param docId the article
 * @param seq its position in the article's events, from 0
 * @param sentence the sentence index
 * @param code the CAMEO code
 * @param root its two-digit root
 * @param quadClass 1 to 4
 * @param goldstein the code's Goldstein score
 * @param source who acts
 * @param target at whom, when the text says
 * @param modality asserted, intent, negated, conditional or hypothetical
 * @param evidence the characters that carry the event
 * @param evidenceText those characters
 * @param rule the dictionary entry that fired
 * @param confidence 0 to 1
 * @param reportedByCode who reported it, when not the source
 * @param date when it happened, with its precision, the words that gave it and why (the article's date unless a
 *     later stage dated it)
 * @param place where it happened ({@code Event.place()} as stored; its alternatives are not stored, so empty)
 */
public record EventRow(String docId, int seq, int sentence, String code, String root, int quadClass,
    double goldstein, StoredActor source, Optional<StoredActor> target, String modality, Span evidence,
    String evidenceText, String rule, double confidence, Optional<String> reportedByCode, Optional<EventDate> date,
    Optional<Place> place) {

  public EventRow {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(reportedByCode, "reportedByCode");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(place, "place");
  }
}

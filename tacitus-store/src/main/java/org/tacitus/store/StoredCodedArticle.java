package org.tacitus.store;

import java.util.List;
import java.util.Objects;
import org.tacitus.core.model.CodedArticle;

/**
 * One article as read back from the store, with the events an export asked for.
 *
 * @param coded the article, its sentences, all its mentions and the events that passed the filter, in stored order
 * @param eventSeqs each event's position among all the events stored for the article (its {@code seq}), so that ids
 *     made from it are the same whatever the filter
 * @param textStored whether the article text was kept; when not, {@code coded.article().text()} has the stored words
 *     (evidence, actors) at their offsets and spaces elsewhere, and the sentences are empty
 */
public record StoredCodedArticle(CodedArticle coded, List<Integer> eventSeqs, boolean textStored) {

  public StoredCodedArticle {
    Objects.requireNonNull(coded, "coded");
    eventSeqs = List.copyOf(eventSeqs);
    if (eventSeqs.size() != coded.events().size()) {
      throw new IllegalArgumentException(eventSeqs.size() + " seqs for " + coded.events().size() + " events");
    }
  }
}

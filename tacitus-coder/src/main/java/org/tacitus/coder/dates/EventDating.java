package org.tacitus.coder.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.EventDate;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.model.Span;

/**
 * The post stage that dates events: each event of an article that has a date gets the date of an expression in its
 * sentence ({@link DateResolver}), or the article's date when the sentence has none. Of several expressions in a
 * sentence, the first inside the event's evidence wins, else the one nearest to the evidence (the earlier on a tie).
 * An article without a date is returned unchanged: its events stay undated. Thread safe: no state.
 */
public final class EventDating {

  private EventDating() {
  }

  /** {@code coded} with every event dated, or unchanged when the article has no date. */
  public static CodedArticle apply(CodedArticle coded) {
    Optional<LocalDate> articleDate = coded.article().date();
    if (articleDate.isEmpty() || coded.events().isEmpty()) {
      return coded;
    }
    LocalDate ref = articleDate.get();
    String text = coded.article().text();
    Map<Integer, List<DateResolver.Expression>> bySentence = new HashMap<>();
    List<Event> dated = new ArrayList<>(coded.events().size());
    for (Event e : coded.events()) {
      List<DateResolver.Expression> found = bySentence.computeIfAbsent(e.sentence(),
          i -> sentence(coded, i).map(s -> DateResolver.find(s, text, ref)).orElse(List.of()));
      dated.add(e.withDate(choose(e.evidence(), found).map(DateResolver.Expression::date)
          .orElseGet(() -> EventDate.ofArticle(ref))));
    }
    return new CodedArticle(coded.annotated(), coded.mentions(), dated);
  }

  /** The expression that dates an event with this evidence: the first inside it, else the nearest. */
  static Optional<DateResolver.Expression> choose(Span evidence, List<DateResolver.Expression> found) {
    DateResolver.Expression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (DateResolver.Expression x : found) {
      if (evidence.contains(x.span())) {
        return Optional.of(x);
      }
      int distance = x.span().end() <= evidence.start() ? evidence.start() - x.span().end()
          : Math.max(0, x.span().start() - evidence.end());
      if (distance < bestDistance) {
        best = x;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<Sentence> sentence(CodedArticle coded, int index) {
    List<Sentence> sentences = coded.annotated().sentences();
    if (index >= 0 && index < sentences.size() && sentences.get(index).index() == index) {
      return Optional.of(sentences.get(index));
    }
    return sentences.stream().filter(s -> s.index() == index).findFirst();
  }
}

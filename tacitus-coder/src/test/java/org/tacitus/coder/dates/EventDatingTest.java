package org.tacitus.coder.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.Actor;
import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.EventDate;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Modality;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.model.Span;

class EventDatingTest {

  private static final String TEXT = "Egypt hosted talks on Monday. Sudan criticised Ethiopia yesterday after "
      + "Kenya met Uganda.";

  private static CodedArticle coded(Optional<LocalDate> date, Span... evidence) {
    String first = TEXT.substring(0, TEXT.indexOf('.') + 1);
    int secondStart = first.length() + 1;
    String second = TEXT.substring(secondStart);
    Sentence s0 = DateResolverTest.sentence(first);
    Sentence s1 = shift(DateResolverTest.sentence(second), 1, secondStart);
    Article article = new Article("a1", TEXT, Optional.empty(), date, Optional.empty(), "test");
    AnnotatedArticle annotated = new AnnotatedArticle(article, List.of(s0, s1));
    Mention m = new Mention(0, 0, new Span(0, 5), "Egypt", new Actor("EGY", Optional.of("EGY"), Optional.empty()),
        "test");
    List<Event> events = new java.util.ArrayList<>();
    for (Span e : evidence) {
      int sentence = e.start() >= secondStart ? 1 : 0;
      events.add(new Event("a1", sentence, CameoOntology.standard().code("040"), m, Optional.empty(),
          Modality.ASSERTED, e, "test", 0.5, Optional.empty()));
    }
    return new CodedArticle(annotated, List.of(m), events);
  }

  private static Sentence shift(Sentence s, int index, int by) {
    return new Sentence(index, s.start() + by, s.end() + by, s.tokens().stream().map(t -> new org.tacitus.core.model
        .Token(t.index(), t.word(), t.start() + by, t.end() + by, t.pos(), t.lemma(), t.ner())).toList(), s.basic(),
        s.enhanced());
  }

  private static Span spanOf(String words) {
    int at = TEXT.indexOf(words);
    return new Span(at, at + words.length());
  }

  @Test
  void eachEventTakesTheExpressionInsideItsEvidenceElseTheNearest() {
    LocalDate wed = LocalDate.of(2024, 3, 6);
    CodedArticle dated = EventDating.apply(coded(Optional.of(wed), spanOf("Egypt hosted talks"),
        spanOf("Sudan criticised Ethiopia yesterday"), spanOf("Kenya met Uganda")));
    List<EventDate> dates = dated.events().stream().map(e -> e.date().orElseThrow()).toList();
    assertThat(dates.get(0).date()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(dates.get(0).evidence().map(s -> s.of(TEXT))).contains("on Monday");
    assertThat(dates.get(1).date()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(dates.get(1).evidence().map(s -> s.of(TEXT))).contains("yesterday");
    // "Kenya met Uganda" holds no expression; "yesterday" is the nearest in its sentence.
    assertThat(dates.get(2).date()).isEqualTo(LocalDate.of(2024, 3, 5));
  }

  @Test
  void aSentenceWithoutExpressionGetsTheArticleDate() {
    LocalDate d = LocalDate.of(2024, 3, 6);
    CodedArticle coded = coded(Optional.of(d), spanOf("Egypt hosted talks"));
    // The same event in an article whose sentences give no expression (here: none at all).
    CodedArticle noTokens = new CodedArticle(new AnnotatedArticle(coded.article(), List.of()), coded.mentions(),
        coded.events());
    EventDate date = EventDating.apply(noTokens).events().get(0).date().orElseThrow();
    assertThat(date).isEqualTo(EventDate.ofArticle(d));
  }

  @Test
  void anUndatedArticleStaysUndated() {
    CodedArticle coded = coded(Optional.empty(), spanOf("Egypt hosted talks"));
    assertThat(EventDating.apply(coded).events().get(0).date()).isEmpty();
  }
}

package org.tacitus.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.Actor;
import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Modality;
import org.tacitus.core.model.Span;

class StoryDedupTest {

  private static final CameoOntology CAMEO = CameoOntology.standard();

  private static Mention mention(int sentence, String code) {
    return new Mention(sentence, 0, new Span(0, 3), code, Actor.country(code), "test");
  }

  private static Event event(int sentence, String source, String target, String code) {
    return new Event("d", sentence, CAMEO.code(code), mention(sentence, source),
        Optional.ofNullable(target).map(t -> mention(sentence, t)), Modality.ASSERTED, new Span(0, 3), "r", 0.5,
        Optional.empty());
  }

  @Test
  void keepsTheFirstOfEachSourceTargetCodeInTheStory() {
    CodedArticle a = new CodedArticle(new AnnotatedArticle(Article.of("d", "abc"), List.of()), List.of(),
        List.of(event(0, "KEN", "ETH", "043"), event(2, "KEN", "ETH", "043"), event(2, "ETH", "KEN", "043"),
            event(3, "KEN", null, "043"), event(4, "KEN", "ETH", "036")));
    CodedArticle d = StoryDedup.apply(a);
    assertThat(d.events()).extracting(e -> e.sentence() + " " + e.source().actor().code() + " "
        + e.target().map(t -> t.actor().code()).orElse("-") + " " + e.code().code())
        .containsExactly("0 KEN ETH 043", "2 ETH KEN 043", "3 KEN - 043", "4 KEN ETH 036");
    assertThat(StoryDedup.apply(d)).isSameAs(d);
  }
}

package org.tacitus.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.Article;
import org.tacitus.nlp.CoreNlpAnnotator;
import org.tacitus.nlp.NlpConfig;

@Tag("corenlp")
class ExplainTest {

  @Test
  void everyCandidateSaysWhyItWasOrWasNotCoded() {
    CoreNlpAnnotator nlp = new CoreNlpAnnotator(NlpConfig.defaults());
    StandardCoder coder = StandardCoder.load(CameoOntology.standard());
    List<StandardCoder.Explanation> ex = coder.explain(nlp.annotate(Article.of("x",
        "Kenya agreed to host talks with Ethiopia. Uganda did not attack Rwanda.")));
    assertThat(ex).hasSize(2);
    assertThat(ex.get(0).mentions()).extracting(m -> m.actor().code()).contains("KEN", "ETH");
    assertThat(ex.get(0).traces()).anySatisfy(t -> {
      assertThat(t.word()).isEqualTo("agreed");
      assertThat(t.outcome()).contains("frame");
    });
    assertThat(ex.get(0).traces()).anySatisfy(t -> assertThat(t.outcome()).startsWith("coded: KEN -> ETH"));
    assertThat(ex.get(0).events()).isNotEmpty();
    assertThat(ex.get(1).events()).isEmpty();
    assertThat(ex.get(1).traces()).anySatisfy(t -> {
      assertThat(t.word()).isEqualTo("attack");
      assertThat(t.outcome()).startsWith("not coded: negated");
    });
  }
}

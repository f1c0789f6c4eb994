package org.tacitus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tacitus.core.model.Article;

/** The generator is deterministic and its sentences are well formed. No timing is asserted anywhere here. */
class CorpusGeneratorTest {

  private static final Pattern UNFILLED = Pattern.compile("[{}]");

  @Test
  void sameSeedGivesSameCorpus() {
    assertThat(new CorpusGenerator(42).articles(200)).isEqualTo(new CorpusGenerator(42).articles(200));
  }

  @Test
  void otherSeedGivesOtherCorpus() {
    assertThat(new CorpusGenerator(43).articles(50)).isNotEqualTo(new CorpusGenerator(42).articles(50));
  }

  @Test
  void articleDependsOnlyOnSeedAndIndex() {
    List<Article> big = new CorpusGenerator(7).articles(300);
    assertThat(new CorpusGenerator(7).articles(100)).isEqualTo(big.subList(0, 100));
    assertThat(new CorpusGenerator(7).article(250)).isEqualTo(big.get(250));
  }

  @Test
  void articlesHaveAHeadlineAndNonEmptySentences() {
    for (Article a : new CorpusGenerator(42).articles(500)) {
      assertThat(a.id()).startsWith("gen-42-");
      assertThat(a.date()).isPresent();
      String[] parts = a.text().split("\n\n", 2);
      assertThat(parts).as("headline, blank line, body in %s", a.id()).hasSize(2);
      assertThat(parts[0]).isNotBlank().doesNotContain("\n").doesNotEndWith(".");
      assertThat(a.text()).as(a.id()).doesNotContainPattern(UNFILLED).doesNotContain("  ");
      // 2 to 7 body sentences, each ending with a full stop.
      String[] body = parts[1].strip().split("(?<=\\.)\\s+");
      assertThat(body.length).as("body sentences of %s", a.id()).isBetween(2, 7);
      for (String s : body) {
        assertThat(s).as(a.id()).isNotBlank().endsWith(".").hasSizeGreaterThan(10);
        assertThat(Character.isUpperCase(s.charAt(0))).as("capital at start of '%s'", s).isTrue();
      }
    }
  }

  @Test
  void everyTemplateFills() {
    Random rnd = new Random(1);
    for (int i = 0; i < 50; i++) {
      CorpusGenerator.Cast cast = CorpusGenerator.Cast.draw(rnd);
      assertThat(cast.a()).isNotEqualTo(cast.b());
      assertThat(cast.c()).isNotEqualTo(cast.a()).isNotEqualTo(cast.b());
      for (List<String> set : List.of(CorpusGenerator.HEADLINES, CorpusGenerator.EVENTS, CorpusGenerator.FILLERS)) {
        for (String t : set) {
          assertThat(CorpusGenerator.fill(t, rnd, cast)).doesNotContainPattern(UNFILLED).isNotBlank();
        }
      }
    }
  }

  @Test
  void jsonLinesHoldIdTextAndDate() throws IOException {
    StringWriter out = new StringWriter();
    new CorpusGenerator(42).writeJsonl(3, out);
    String[] lines = out.toString().split("\n", -1);
    assertThat(lines).hasSize(4);
    assertThat(lines[3]).isEmpty();
    assertThat(lines[0]).startsWith("{\"id\":\"gen-42-000000\",\"text\":\"").contains("\\n\\n")
        .containsPattern("\"date\":\"2024-\\d\\d-\\d\\d\"}$");
  }
}

package org.tacitus.coder.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacitus.coder.dict.ActorDictionary.Kind;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.DependencyGraph;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.model.Token;

class ActorDictionaryTest {

  private static final CameoOntology ONTOLOGY = CameoOntology.standard();

  private static DictionaryText text(String name, String... lines) {
    return DictionaryText.of(name, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  private static ActorDictionary small() {
    return ActorDictionary.compile(ONTOLOGY,
        text("countries.tsv", "# test", "CIV\tname\tCôte d'Ivoire", "USA\tname\tUnited States",
            "USA\tname\tUnited States of America", "RUS\tcapital\tMoscow", "RUSGOV\tseat\tKremlin"),
        text("organisations.tsv", "ISIS\tgroup\tIS", "IGOUNO\tigo\tUnited Nations"),
        text("agents.tsv", "GOV\tminister", "GOV\tforeign minister", "MIL\ttroop"));
  }

  /** A sentence from "word/POS/lemma" items, without dependencies (phrase matching does not read them). */
  static Sentence sentence(String tagged) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (String item : tagged.split(" ")) {
      String[] p = item.split("/");
      String word = p[0].replace('_', ' ');
      tokens.add(new Token(tokens.size(), word, offset, offset + word.length(), p[1], p[2], "O"));
      offset += word.length() + 1;
    }
    return new Sentence(0, 0, offset - 1, tokens, new DependencyGraph(tokens.size(), List.of()),
        new DependencyGraph(tokens.size(), List.of()));
  }

  @Test
  void longestNameWinsAndSpansSeveralTokens() {
    Sentence s = sentence("the/DT/the United/NNP/United States/NNPS/States of/IN/of America/NNP/America "
        + "said/VBD/say");
    var m = small().matchName(s, 1).orElseThrow();
    assertThat(m.phrase().code()).isEqualTo("USA");
    assertThat(m.from()).isEqualTo(1);
    assertThat(m.to()).isEqualTo(4);
  }

  @Test
  void typographicApostropheMatchesAndTokenisationMayDiffer() {
    Sentence s = sentence("Côte/NNP/Côte d’/NNP/d’ Ivoire/NNP/Ivoire");
    assertThat(small().matchName(s, 0)).hasValueSatisfying(m -> assertThat(m.to()).isEqualTo(2));
  }

  @Test
  void namesAreCaseSensitiveAndNeverVerbs() {
    assertThat(small().matchName(sentence("IS/NNP/IS fighters/NNS/fighter"), 0)).isPresent();
    assertThat(small().matchName(sentence("it/PRP/it IS/VBZ/be"), 1)).isEmpty();
    assertThat(small().matchName(sentence("moscow/NN/moscow"), 0)).isEmpty();
  }

  @Test
  void agentsMatchLemmasAndMustEndOnANoun() {
    Sentence s = sentence("Foreign/NNP/Foreign Ministers/NNPS/Minister met/VBD/meet");
    var m = small().matchAgent(s, 0).orElseThrow();
    assertThat(m.phrase().code()).isEqualTo("GOV");
    assertThat(m.phrase().kind()).isEqualTo(Kind.AGENT);
    assertThat(m.to()).isEqualTo(1);
    assertThat(small().matchAgent(sentence("troops/VBZ/troop"), 0)).isEmpty();
    assertThat(small().matchAgent(sentence("Russian/JJ/Russian troops/NNS/troop"), 1)).isPresent();
  }

  @Test
  void badCodesAreReportedWithTheFix() {
    assertThatThrownBy(() -> ActorDictionary.compile(ONTOLOGY, text("c.tsv", "RUSS\tname\tRussia"),
        text("o.tsv"), text("a.tsv"))).isInstanceOf(DictionaryException.class)
        .hasMessageStartingWith("c.tsv:1:1: actor code 'RUSS' is not a 3-letter ISO 3166 country code; "
            + "did you mean RUS?");
    assertThatThrownBy(() -> ActorDictionary.compile(ONTOLOGY, text("c.tsv", "RUX\tname\tRussia"),
        text("o.tsv"), text("a.tsv"))).hasMessageContaining("did you mean");
    assertThatThrownBy(() -> ActorDictionary.compile(ONTOLOGY, text("c.tsv", "RUSXYZ\tseat\tKremlin"),
        text("o.tsv"), text("a.tsv"))).hasMessageContaining("'XYZ' in 'RUSXYZ' is not a CAMEO sector");
    assertThatThrownBy(() -> ActorDictionary.compile(ONTOLOGY, text("c.tsv", "RUS\tcity\tMoscow"),
        text("o.tsv"), text("a.tsv"))).hasMessageContaining("unknown kind 'city'");
    assertThatThrownBy(() -> ActorDictionary.compile(ONTOLOGY, text("c.tsv"), text("o.tsv"),
        text("a.tsv", "XXX\ttroop"))).hasMessageContaining("a.tsv:1:1: 'XXX' is not a CAMEO sector");
    assertThatThrownBy(() -> ActorDictionary.compile(ONTOLOGY, text("c.tsv"), text("o.tsv"),
        text("a.tsv", "MIL\tTroop"))).hasMessageContaining("write 'troop'");
  }

  @Test
  void shippedDictionariesLoad() {
    ActorDictionary d = ActorDictionary.standard(ONTOLOGY);
    assertThat(d.size()).isGreaterThan(2000);
    assertThat(d.checksums()).hasSize(4);
    assertThat(d.matchName(sentence("Islamabad/NNP/Islamabad"), 0))
        .hasValueSatisfying(m -> assertThat(m.phrase().code()).isEqualTo("PAK"));
    assertThat(d.matchName(sentence("Kremlin/NNP/Kremlin"), 0))
        .hasValueSatisfying(m -> assertThat(m.phrase().code()).isEqualTo("RUSGOV"));
    assertThat(d.matchName(sentence("Daesh/NNP/Daesh"), 0))
        .hasValueSatisfying(m -> assertThat(m.phrase().code()).isEqualTo("ISIS"));
  }

  @Test
  void datedPeopleAreChosenByTheArticleDate() {
    ActorDictionary d = ActorDictionary.builder(ONTOLOGY)
        .leaders(text("leaders.tsv", "# people", "GBRGOV\t2010-05-11\t2016-07-13\tDavid Cameron",
            "GBRELI\t2016-07-14\t-\tDavid Cameron"))
        .build();
    Sentence s = sentence("David/NNP/David Cameron/NNP/Cameron spoke/VBD/speak");
    assertThat(d.matchName(s, 0, java.util.Optional.of(java.time.LocalDate.of(2012, 1, 1))))
        .hasValueSatisfying(m -> assertThat(m.phrase().code()).isEqualTo("GBRGOV"));
    assertThat(d.matchName(s, 0, java.util.Optional.of(java.time.LocalDate.of(2020, 1, 1))))
        .hasValueSatisfying(m -> assertThat(m.phrase().code()).isEqualTo("GBRELI"));
    assertThat(d.matchName(s, 0, java.util.Optional.of(java.time.LocalDate.of(2001, 1, 1)))).isEmpty();
    assertThat(d.matchName(s, 0)).as("no date: the open-ended entry")
        .hasValueSatisfying(m -> assertThat(m.phrase().code()).isEqualTo("GBRELI"));
  }

  @Test
  void badLeaderRowsAreReported() {
    assertThatThrownBy(() -> ActorDictionary.builder(ONTOLOGY)
        .leaders(text("l.tsv", "GBRGOV\t2010-13-01\t-\tX Y")).build())
        .hasMessageStartingWith("l.tsv:1:8: '2010-13-01' is not a date");
    assertThatThrownBy(() -> ActorDictionary.builder(ONTOLOGY)
        .leaders(text("l.tsv", "GBRGOV\t2010-01-01\t2009-01-01\tX Y")).build())
        .hasMessageContaining("ends (2009-01-01) before it starts");
  }
}

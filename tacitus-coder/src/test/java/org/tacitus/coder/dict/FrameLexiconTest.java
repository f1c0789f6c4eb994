package org.tacitus.coder.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tacitus.core.cameo.CameoOntology;

class FrameLexiconTest {

  private static final CameoOntology ONTOLOGY = CameoOntology.standard();
  private static final FrameLexicon STANDARD = FrameLexicon.standard(ONTOLOGY);

  @Test
  void intentRecodesMaterialActsToTheirExpressIntentCodes() {
    assertThat(STANDARD.recode("072", Frame.INTENT)).contains("0332");
    assertThat(STANDARD.recode("062", Frame.INTENT)).contains("0312");
    assertThat(STANDARD.recode("043", Frame.INTENT)).contains("036");
    assertThat(STANDARD.recode("087", Frame.INTENT)).contains("0356");
    assertThat(STANDARD.recode("0871", Frame.INTENT)).as("codebook: agreeing to a ceasefire is 0871")
        .contains("0871");
  }

  @Test
  void appealDemandRejectAndThreatFollowTheCodebook() {
    assertThat(STANDARD.recode("046", Frame.APPEAL)).contains("026");
    assertThat(STANDARD.recode("0841", Frame.DEMAND)).contains("1053");
    assertThat(STANDARD.recode("072", Frame.REJECT)).contains("1222");
    assertThat(STANDARD.recode("163", Frame.THREATEN)).contains("1312");
    assertThat(STANDARD.recode("190", Frame.THREATEN)).contains("1384");
    assertThat(STANDARD.recode("190", Frame.APPEAL)).isEmpty();
    assertThat(STANDARD.recode("111", Frame.INTENT)).as("verbal families are not re-coded").isEmpty();
  }

  @Test
  void frameWordsCarryTheirPreposition() {
    assertThat(STANDARD.lookup("call")).anySatisfy(w -> {
      assertThat(w.frame()).isEqualTo(Frame.APPEAL);
      assertThat(w.prep()).isEqualTo("on");
    });
    assertThat(STANDARD.lookup("say")).extracting(FrameLexicon.FrameWord::frame).contains(Frame.REPORT);
  }

  @Test
  void badRowsAreReportedByLine() {
    DictionaryText frames = DictionaryText.of("f.tsv", "intent\tagree\nhope\tx".getBytes(StandardCharsets.UTF_8));
    DictionaryText table = DictionaryText.of("m.tsv", "04\t036\t026\t106\t125\t-".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> FrameLexicon.compile(ONTOLOGY, frames, table))
        .hasMessageStartingWith("f.tsv:2:1: unknown frame kind 'hope'");
    DictionaryText ok = DictionaryText.of("f.tsv", "intent\tagree".getBytes(StandardCharsets.UTF_8));
    DictionaryText bad = DictionaryText.of("m.tsv", "04\t036\t026\t106\t999\t-".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> FrameLexicon.compile(ONTOLOGY, ok, bad))
        .hasMessageStartingWith("m.tsv:1:16: CAMEO code 999 is not in the codebook");
  }
}

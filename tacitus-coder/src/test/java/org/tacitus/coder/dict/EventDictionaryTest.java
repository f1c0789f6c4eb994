package org.tacitus.coder.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacitus.core.cameo.CameoOntology;

class EventDictionaryTest {

  private static final CameoOntology ONTOLOGY = CameoOntology.standard();

  private static DictionaryText text(String name, String... lines) {
    return DictionaryText.of(name, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  private static EventDictionary compile(String... verbLines) {
    return EventDictionary.compile(ONTOLOGY, text("verbs.txt", verbLines), text("nouns.txt", "# none"));
  }

  @Test
  void compilesEntriesWithSlotsAndKeepsTheirSource() {
    EventDictionary d = compile(
        "# aid",
        "070 provide obj=aid|assistance",
        "072 provide obj=aid|assistance objmod=military|defense  # military aid",
        "042 travel prep=to",
        "0874 pull_out");
    List<EventEntry> provide = d.verbs("provide");
    assertThat(provide).extracting(EventEntry::code).containsExactly("070", "072");
    assertThat(provide.get(1).objmod()).containsExactlyInAnyOrder("military", "defense");
    assertThat(provide.get(1).specificity()).isGreaterThan(provide.get(0).specificity());
    assertThat(provide.get(1).source()).isEqualTo("verbs.txt:3");
    assertThat(d.verbs("travel").get(0).prep()).isEqualTo("to");
    assertThat(d.verbs("pull").get(0).particle()).isEqualTo("out");
    assertThat(d.size()).isEqualTo(4);
  }

  @Test
  void aNoEventLineIsKeptApartFromTheCodedEntriesAndNeedsASlot() {
    EventDictionary d = compile(
        "190 fight",
        "--- fight obj=corruption|poverty  # an ill fought, no act of force");
    assertThat(d.verbs("fight")).extracting(EventEntry::code).containsExactly("190");
    assertThat(d.noEvent("fight", false)).singleElement().satisfies(e -> {
      assertThat(e.none()).isTrue();
      assertThat(e.obj()).containsExactlyInAnyOrder("corruption", "poverty");
      assertThat(e.source()).isEqualTo("verbs.txt:2");
    });
    assertThat(d.noEvent("fight", true)).isEmpty();
    assertThat(d.reachableCodes()).containsExactly("190");
    assertThat(d.size()).isEqualTo(2);
    assertThatThrownBy(() -> compile("190 fight", "--- fight"))
        .isInstanceOf(DictionaryException.class)
        .hasMessageStartingWith("verbs.txt:2:1: a '---' line says a reading of the head is no event");
  }

  @Test
  void anEntryThatAnEarlierOneHidesIsReported() {
    EventDictionary d = compile(
        "160 tear_up obj=agreement|treaty|deal",
        "057 sign obj=agreement",
        "160 tear_up obj=treaty|contract",
        "160 tear_up obj=contract",
        "160 tear_up obj=treaty objmod=peace",
        "111 condemn",
        "112 condemn");
    assertThat(d.shadowed()).containsExactly(
        "verbs.txt:7 ('112 condemn') is hidden by verbs.txt:6 ('111 condemn') wherever both hold (the bare verb)",
        "verbs.txt:3 ('160 tear_up obj=treaty|contract') is hidden by verbs.txt:1 ('160 tear_up "
            + "obj=agreement|treaty|deal') wherever both hold (obj=treaty)",
        "verbs.txt:4 ('160 tear_up obj=contract') is hidden by verbs.txt:3 ('160 tear_up obj=treaty|contract') "
            + "wherever both hold (obj=contract)");
  }

  @Test
  void theShippedDictionariesHideNoEntry() {
    assertThat(EventDictionary.standard(ONTOLOGY).shadowed()).isEmpty();
  }

  @Test
  void unknownCodeIsReportedWithFileLineColumnAndCaret() {
    assertThatThrownBy(() -> compile("043 meet", "0999 meet"))
        .isInstanceOf(DictionaryException.class)
        .hasMessageStartingWith("verbs.txt:2:1: CAMEO code 0999 is not in the codebook")
        .hasMessageContaining("\n  0999 meet\n  ^");
  }

  @Test
  void unknownSlotPointsAtTheSlot() {
    DictionaryException e = (DictionaryException) org.assertj.core.api.Assertions.catchThrowable(
        () -> compile("043 meet with=x"));
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(10);
    assertThat(e.getMessage()).contains("unknown slot 'with=x'").contains("\n           ^");
  }

  @Test
  void badLemmaAndMissingHeadAreErrors() {
    assertThatThrownBy(() -> compile("043 Meet")).hasMessageContaining("must be a lower-case lemma");
    assertThatThrownBy(() -> compile("043")).hasMessageContaining("needs a head lemma");
    assertThatThrownBy(() -> compile("043 meet obj=Talks")).hasMessageContaining("'Talks' is not a lower-case");
    assertThatThrownBy(() -> compile("043 meet prep=to|with")).hasMessageContaining("prep= takes one");
    assertThatThrownBy(() -> compile("072 receive from=from|by")).hasMessageContaining("from= takes one");
  }

  @Test
  void fromSlotNamesTheGiversPreposition() {
    EventDictionary d = compile("072 receive obj=weapon from=from");
    assertThat(d.verbs("receive")).singleElement().satisfies(e -> {
      assertThat(e.giver()).isEqualTo("from");
      assertThat(e.specificity()).isEqualTo(2);
    });
    assertThatThrownBy(() -> EventDictionary.compile(ONTOLOGY, text("v.txt", ""),
        text("n.txt", "072 delivery from=from"))).hasMessageContaining("from= is for verbs");
  }

  @Test
  void pobjSlotNamesTheNounOfThePrepPhrase() {
    EventDictionary d = compile("0874 pull prep=out_of pobj=town|place");
    assertThat(d.verbs("pull")).singleElement().satisfies(e -> {
      assertThat(e.prep()).isEqualTo("out_of");
      assertThat(e.pobj()).containsExactlyInAnyOrder("town", "place");
      assertThat(e.specificity()).isEqualTo(2);
    });
    assertThatThrownBy(() -> compile("0874 withdraw pobj=town")).hasMessageContaining("give prep= too");
  }

  @Test
  void subjSlotNamesTheSubjectAndIsForVerbs() {
    EventDictionary d = compile("0874 leave obj=place|town subj=troop|fighter");
    assertThat(d.verbs("leave")).singleElement().satisfies(e -> {
      assertThat(e.subj()).containsExactlyInAnyOrder("troop", "fighter");
      assertThat(e.specificity()).isEqualTo(2);
    });
    assertThatThrownBy(() -> EventDictionary.compile(ONTOLOGY, text("v.txt", ""),
        text("n.txt", "0874 retreat subj=troop"))).hasMessageContaining("subj= is for verbs");
  }

  @Test
  void nounSlotsAreCheckedAgainstTheirFile() {
    assertThatThrownBy(() -> EventDictionary.compile(ONTOLOGY, text("v.txt", ""),
        text("n.txt", "043 meeting obj=x"))).hasMessageContaining("n.txt:1:13")
        .hasMessageContaining("obj= is for verbs").isInstanceOf(DictionaryException.class);
    assertThatThrownBy(() -> EventDictionary.compile(ONTOLOGY, text("v.txt", "043 meet mod=x"),
        text("n.txt", ""))).hasMessageContaining("mod= is for nouns");
    assertThatThrownBy(() -> EventDictionary.compile(ONTOLOGY, text("v.txt", ""),
        text("n.txt", "190 strike_air"))).hasMessageContaining("nouns take no particle");
  }

  @Test
  void unreachableDirectiveIsRecorded() {
    EventDictionary d = compile("!unreachable 1125 needs the charge's content", "043 meet");
    assertThat(d.unreachable()).containsEntry("1125", "needs the charge's content");
    assertThat(d.reachableCodes()).containsExactly("043");
    assertThatThrownBy(() -> compile("!unreachable 1125")).hasMessageContaining("!unreachable CODE reason");
    assertThatThrownBy(() -> compile("!include x")).hasMessageContaining("unknown directive");
  }

  @Test
  void invalidUtf8IsAClearError() {
    byte[] bad = {'0', '4', '3', ' ', (byte) 0xC3, (byte) 0x28};
    assertThatThrownBy(() -> DictionaryText.of("bad.txt", bad)).hasMessageContaining("bad.txt:1:1")
        .hasMessageContaining("UTF-8");
  }

  @Test
  void shippedDictionariesCompileAndCoverTheOntology() {
    EventDictionary d = EventDictionary.standard(ONTOLOGY);
    assertThat(d.size()).as("entries in the shipped dictionaries").isGreaterThanOrEqualTo(1500);
    for (var code : ONTOLOGY.codes()) {
      assertThat(d.reachableCodes().contains(code.code()) || d.unreachable().containsKey(code.code()))
          .as("code %s (%s) is reachable or listed as unreachable", code.code(), code.name()).isTrue();
    }
    assertThat(d.checksums()).hasSize(2).allSatisfy((k, v) -> assertThat(v).hasSize(64));
  }
}

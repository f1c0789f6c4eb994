package org.tacitus.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.Dependency;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.model.Token;

@Tag("corenlp")
class CoreNlpAnnotatorTest {

  private static CoreNlpAnnotator nlp;

  @BeforeAll
  static void load() {
    nlp = new CoreNlpAnnotator(NlpConfig.defaults());
  }

  @Test
  void tokenOffsetsMapBackToTheTextWithTypographicQuotes() {
    String text = "Kenya’s president said “talks will resume” in Addis Ababa — officials’ words.";
    AnnotatedArticle a = nlp.annotate(Article.of("q", text));
    List<Token> tokens = a.sentences().stream().flatMap(s -> s.tokens().stream()).toList();
    assertThat(tokens).extracting(Token::word).contains("Kenya", "’s", "“", "”", "officials", "’");
    for (Token t : tokens) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.word());
    }
  }

  @Test
  void aHeadlineStaysApartFromTheFirstParagraph() {
    String text = "Ministers meet in Oslo\n\nThe two ministers met on Monday. They agreed to talk again.";
    AnnotatedArticle a = nlp.annotate(Article.of("h", text));
    assertThat(a.sentences()).hasSize(3);
    assertThat(a.sentences().get(0).span().of(text)).isEqualTo("Ministers meet in Oslo");
  }

  @Test
  void lemmasPartsOfSpeechAndEnhancedRelations() {
    String text = "Chile and Peru agreed to expand trade with Bolivia.";
    Sentence s = nlp.annotate(Article.of("d", text)).sentences().get(0);
    Token agreed = s.tokens().stream().filter(t -> t.word().equals("agreed")).findFirst().orElseThrow();
    assertThat(agreed.lemma()).isEqualTo("agree");
    assertThat(agreed.pos()).isEqualTo("VBD");
    int expand = s.tokens().stream().filter(t -> t.word().equals("expand")).findFirst().orElseThrow().index();
    // enhanced++ propagates the controller subject to the infinitive and names the preposition
    assertThat(s.enhanced().children(expand, "nsubj:xsubj")).hasSize(2);
    assertThat(s.enhanced().children(expand)).extracting(Dependency::relation).contains("obj");
    assertThat(s.enhanced().edges()).extracting(Dependency::relation).contains("nmod:with");
    assertThat(s.basic().roots()).hasSize(1);
  }

  @Test
  void aNounTaggedAsABaseFormVerbInsideANounPhraseIsANounBeforeParsing() {
    Sentence s = nlp.annotate(Article.of("d", "A Turkish drone strike hit a convoy near the border.")).sentences()
        .get(0);
    Token drone = s.tokens().get(2);
    assertThat(drone.word()).isEqualTo("drone");
    assertThat(drone.pos()).isEqualTo("NN");
    // parsed as the modifier of "strike", which is the subject of "hit"
    assertThat(s.basic().parents(2)).extracting(d -> d.relation()).containsExactly("compound");
    // a subjunctive after "that" keeps its verb
    Sentence t = nlp.annotate(Article.of("e", "Beijing demanded that the US cancel arms sales to Taiwan.")).sentences()
        .get(0);
    assertThat(t.tokens().get(5).word()).isEqualTo("cancel");
    assertThat(t.tokens().get(5).pos()).startsWith("VB");
    // the last of a noun phrase's nouns ("a new attack drone") is one too; after a causative it stays a verb
    Sentence u = nlp.annotate(Article.of("f", "Serbia is building a new attack drone capable of carrying bombs."))
        .sentences().get(0);
    assertThat(u.tokens().get(6).word()).isEqualTo("drone");
    assertThat(u.tokens().get(6).pos()).isEqualTo("NN");
    // so is a noun right after a determiner and an adjective, whatever follows it
    Sentence w = nlp.annotate(Article.of("h", "A Belarusian drone crashed in a Polish field.")).sentences().get(0);
    assertThat(w.tokens().get(2).word()).isEqualTo("drone");
    assertThat(w.tokens().get(2).pos()).isEqualTo("NN");
    Sentence v = nlp.annotate(Article.of("g", "Officials watched the army chief inspect the troops.")).sentences()
        .get(0);
    assertThat(v.tokens().get(5).word()).isEqualTo("inspect");
    assertThat(v.tokens().get(5).pos()).startsWith("VB");
  }

  @Test
  void aWithPhraseBeforeAPurposeClauseIsTheVerbs() {
    Sentence s = nlp.annotate(Article.of("w", "The minister met with union leaders to discuss the strike.")).sentences()
        .get(0);
    assertThat(s.tokens().get(5).word()).isEqualTo("leaders");
    // "with union leaders" is the meeting's, not the subject of "to discuss"
    assertThat(s.enhanced().parents(5)).extracting(d -> d.governor() + " " + d.relation()).containsExactly("2 obl:with");
    assertThat(s.basic().parents(5)).extracting(d -> d.governor() + " " + d.relation()).containsExactly("2 obl");
    assertThat(s.enhanced().children(7, "mark")).extracting(m -> s.tokens().get(m).word()).containsExactly("to");
  }

  @Test
  void aPrepositionTheParserMadeTheHeadOfItsPhraseIsItsCase() {
    Sentence s = nlp.annotate(Article.of("p", "Britain provided Kenya with $40 million in military aid.")).sentences()
        .get(0);
    assertThat(s.tokens().get(4).word()).isEqualTo("$");
    // whatever head the parser chose, the phrase hangs on the verb by its noun, the preposition its case
    assertThat(s.enhanced().parents(4)).extracting(d -> d.governor() + " " + d.relation()).containsExactly("1 obl:with");
    assertThat(s.basic().children(4, "case")).containsExactly(3);
  }

  @Test
  void aParticipleWithAByOrArmedWithPhraseBeforeTheVerbModifiesTheSubject() {
    for (String text : List.of("Israel backed by the United States rejected the resolution.",
        "Protesters backed by unions marched through Paris.", "Gunmen armed with rifles raided the village.")) {
      Sentence s = nlp.annotate(Article.of("r", text)).sentences().get(0);
      assertThat(s.tokens().get(1).word()).isIn("backed", "armed");
      // whatever the parser made of it, "backed by ..." modifies the subject and the true verb has it as subject
      assertThat(s.enhanced().parents(1)).extracting(d -> d.governor() + " " + d.relation()).containsExactly("0 acl");
      assertThat(s.enhanced().parents(0)).extracting(d -> s.tokens().get(d.governor()).pos() + " " + d.relation())
          .containsExactly("VBD nsubj");
    }
  }

  @Test
  void aParticipleAfterTheObjectModifiesTheObject() {
    Sentence s = nlp.annotate(Article.of("o", "Venezuela released five Colombian soldiers captured near the border."))
        .sentences().get(0);
    assertThat(s.tokens().get(5).word()).isEqualTo("captured");
    // whatever the parser made of it, "soldiers" is the object of "released" and "captured" describes them
    assertThat(s.enhanced().parents(4)).extracting(d -> d.governor() + " " + d.relation()).containsExactly("1 obj");
    assertThat(s.enhanced().parents(5)).extracting(d -> d.governor() + " " + d.relation()).containsExactly("4 acl");
  }

  @Test
  void aPresentTenseVerbRightAfterAPastOneBeforeANounIsANoun() {
    Sentence s = nlp.annotate(Article.of("d", "Iraqi militias launched drone attacks on US bases.")).sentences().get(0);
    assertThat(s.tokens().get(3).pos()).isEqualTo("NN");
    assertThat(s.tokens().get(2).pos()).startsWith("VB");
    // a verb that takes a bare infinitive keeps it
    Sentence h = nlp.annotate(Article.of("h", "Donors helped build schools in Gaza.")).sentences().get(0);
    assertThat(h.tokens().get(2).pos()).isEqualTo("VB");
  }

  @Test
  void aClausesOnlyVerbTaggedAsAParticipleIsItsPastTenseBeforeParsing() {
    Sentence s = nlp.annotate(Article.of("p", "Niger's military seized power and detained the president."))
        .sentences().get(0);
    assertThat(s.tokens().get(3).word()).isEqualTo("seized");
    assertThat(s.tokens().get(3).pos()).isEqualTo("VBD");
    assertThat(s.basic().children(3, "nsubj")).containsExactly(2);
    // past an apposition set off by commas
    // (CoreNLP 4.5.10 tags "condemned" VBN in this sentence)
    Sentence a = nlp.annotate(Article.of("q", "Britain, a close ally of the Philippines, condemned China's "
        + "\"aggressive and dangerous\" actions.")).sentences().get(0);
    assertThat(a.tokens().get(9).word()).isEqualTo("condemned");
    assertThat(a.tokens().get(9).pos()).isEqualTo("VBD");
    assertThat(a.basic().children(9, "nsubj")).containsExactly(0);
    // a participle that modifies a noun and takes no object stays one
    Sentence r = nlp.annotate(Article.of("r", "Civilians killed in the raid were buried on Sunday.")).sentences()
        .get(0);
    assertThat(r.tokens().get(1).pos()).isEqualTo("VBN");
    // a verb of intent before its infinitive is no passive
    Sentence o = nlp.annotate(Article.of("o", "Malaysia's prime minister offered to mediate between the two "
        + "neighbours.")).sentences().get(0);
    assertThat(o.tokens().get(4).pos()).isEqualTo("VBD");
    assertThat(o.basic().children(4, "nsubj")).containsExactly(3);
  }

  @Test
  void aReporterHungOnTheLastNounAsAnAppositionIsTheSubjectOfTheReportingVerb() {
    // (CoreNLP 4.5.10 parses "teenagers, the health ministry" as an apposition here)
    Sentence s = nlp.annotate(Article.of("a", "Israeli troops killed two Palestinian teenagers, the health ministry "
        + "said.")).sentences().get(0);
    int said = 10;
    assertThat(s.tokens().get(said).word()).isEqualTo("said");
    assertThat(s.basic().children(said, "nsubj")).containsExactly(9);
    assertThat(s.enhanced().children(said, "nsubj")).containsExactly(9);
    assertThat(s.basic().children(5, "appos")).isEmpty();
  }

  @Test
  void aHeadlineWithoutAVerbTakesTheWordAfterItsSubjectAsOne() {
    Sentence s = nlp.annotate(Article.of("h", "Chile Summons Peruvian Envoy Over Border Row\n\nChile summoned ..."))
        .sentences().get(0);
    assertThat(s.tokens().get(1).pos()).isEqualTo("VBZ");
    assertThat(s.tokens().get(1).lemma()).isEqualTo("summon");
    Sentence march = nlp.annotate(Article.of("m", "Thousands March in Lima Against New Mining Law\n\nText."))
        .sentences().get(0);
    assertThat(march.tokens().get(1).pos()).isEqualTo("VBP");
    // "police" is plural without an "s"
    Sentence police = nlp.annotate(Article.of("p", "Ugandan Police Fire Tear Gas At Students In Kampala\n\nText."))
        .sentences().get(0);
    assertThat(police.tokens().get(2).pos()).isEqualTo("VBP");
    // a headline with a verb of its own keeps its tags
    Sentence resume = nlp.annotate(Article.of("r", "Gaza Ceasefire Talks Resume in Cairo\n\nText.")).sentences()
        .get(0);
    assertThat(resume.tokens().get(2).pos()).startsWith("NN");
  }

  @Test
  void aSentenceCaseHeadlineWithoutAVerbTakesTheWordAfterItsSubjectAsOne() {
    Sentence hosts = nlp.annotate(Article.of("s", "Chile hosts Bolivian president at border summit\n\nText."))
        .sentences().get(0);
    assertThat(hosts.tokens().get(1).pos()).isEqualTo("VBZ");
    assertThat(hosts.basic().children(1)).extracting(Dependency::relation).contains("nsubj", "obj");
    // a noun the tagger read as an adjective closes the subject too; a participle is no verb of the headline
    Sentence visits = nlp.annotate(Article.of("v", "Mali army chief visits Algeria after border killing\n\nText."))
        .sentences().get(0);
    assertThat(visits.tokens().get(3).pos()).isEqualTo("VBZ");
    // a headline of nouns only stays so
    Sentence talks = nlp.annotate(Article.of("t", "Ceasefire talks in Doha\n\nText.")).sentences().get(0);
    assertThat(talks.tokens()).extracting(Token::pos).noneMatch(p -> p.startsWith("VB"));
  }

  @Test
  void aCapitalisedFirstWordWithNoNameInItTakesItsCommonNounsLemma() {
    Sentence s = nlp.annotate(Article.of("l", "Sanctions were imposed on Belarus.")).sentences().get(0);
    assertThat(s.tokens().get(0).lemma()).isEqualTo("sanction");
    Sentence name = nlp.annotate(Article.of("n", "Paris hosted the talks.")).sentences().get(0);
    assertThat(name.tokens().get(0).lemma()).isEqualTo("Paris");
    // (CoreNLP 4.5.10 tags "Missiles" NNP here, a singular name)
    Sentence plural = nlp.annotate(Article.of("m", "Missiles were fired at the port.")).sentences().get(0);
    assertThat(plural.tokens().get(0).lemma()).isEqualTo("missile");
    assertThat(plural.tokens().get(0).pos()).isEqualTo("NNS");
  }

  @Test
  void aVerbCompoundedWithANounAtAHyphenTakesTheCompoundAsItsLemma() {
    Sentence s = nlp.annotate(Article.of("h", "North Korea test-fired a cruise missile.")).sentences().get(0);
    assertThat(s.tokens().get(4).word()).isEqualTo("fired");
    assertThat(s.tokens().get(4).lemma()).isEqualTo("test-fire");
    // (CoreNLP 4.5.10 tags it VBN; the subject before the compound makes it the clause's verb)
    assertThat(s.tokens().get(4).pos()).isEqualTo("VBD");
    assertThat(s.basic().children(4, "nsubj")).containsExactly(1);
    // at the start of a sentence there is no subject before it (and no error)
    Sentence first = nlp.annotate(Article.of("j", "Air-dropped aid reached Gaza.")).sentences().get(0);
    assertThat(first.tokens().get(2).lemma()).isEqualTo("air-drop");
    // a hyphen with spaces joins nothing
    Sentence t = nlp.annotate(Article.of("i", "They held a test - and fired the coach.")).sentences().get(0);
    assertThat(t.tokens().get(6).lemma()).isEqualTo("fire");
  }

  @Test
  void aGerundBetweenAnArticleAndOfIsANounWithItsVerbsLemma() {
    // (CoreNLP 4.5.10 tags "storming" VBG here and makes "the" the object of "condemned")
    Sentence s = nlp.annotate(Article.of("j", "Jordan condemned the storming of the embassy.")).sentences().get(0);
    assertThat(s.tokens().get(3).pos()).isEqualTo("NN");
    assertThat(s.tokens().get(3).lemma()).isEqualTo("storm");
    assertThat(s.basic().children(1, "obj")).containsExactly(3);
  }

  @Test
  void aSpeechActCoordinatedInsideAComplementIsTheSpeakersNextAct() {
    // (CoreNLP 4.5.10 coordinates "accused" with "planned", the complement's verb)
    Sentence s = nlp.annotate(Article.of("k", "The Bolivian president denied that his government planned any "
        + "attack and accused Chile of provoking the crisis.")).sentences().get(0);
    int denied = 3;
    int accused = 11;
    assertThat(s.tokens().get(accused).word()).isEqualTo("accused");
    assertThat(s.basic().parents(accused)).extracting(Dependency::governor).containsExactly(denied);
    assertThat(s.enhanced().children(accused, "nsubj")).containsExactly(2);
    assertThat(s.enhanced().children(denied, "ccomp")).doesNotContain(accused);
    // a speech act with a subject of its own stays in the complement
    Sentence t = nlp.annotate(Article.of("l", "The minister said that Chile planned an attack and Peru accused it "
        + "of lying.")).sentences().get(0);
    assertThat(t.basic().parents(10)).extracting(Dependency::governor).doesNotContain(2);
  }

  @Test
  void aParticipleClauseAfterACommaIsNoApposition() {
    Sentence s = nlp.annotate(Article.of("p", "Hungary's prime minister visited Moscow and met President Putin, "
        + "angering EU leaders.")).sentences().get(0);
    int putin = 9;
    assertThat(s.tokens().get(putin).word()).isEqualTo("Putin");
    assertThat(s.basic().children(putin, "appos")).isEmpty();
    assertThat(s.enhanced().children(putin, "appos")).isEmpty();
  }

  @Test
  void aTitleCaseHeadlineIsTrueCasedBeforeTaggingAndKeepsItsOffsets() {
    String text = "Kenya Imposes New Tariffs On Ugandan Sugar\n\nKenya imposed new tariffs on Monday.";
    AnnotatedArticle a = nlp.annotate(Article.of("t", text));
    Sentence headline = a.sentences().get(0);
    Token imposes = headline.tokens().get(1);
    assertThat(imposes.word()).isEqualTo("imposes");
    assertThat(imposes.pos()).isEqualTo("VBZ");
    assertThat(imposes.lemma()).isEqualTo("impose");
    assertThat(text.substring(imposes.start(), imposes.end())).isEqualTo("Imposes");
    assertThat(headline.tokens().get(0).word()).isEqualTo("Kenya");
    assertThat(headline.basic().children(1)).extracting(Dependency::relation).contains("nsubj", "obj");
    // the prose sentence after it is read as written
    assertThat(a.sentences().get(1).tokens()).extracting(Token::word).startsWith("Kenya", "imposed", "new");
  }

  @Test
  void aHeadlineInCapitalsReadsItsNamesInTheirOwnCase() {
    String text = "CHILE RECALLS AMBASSADOR FROM CARACAS";
    Sentence s = nlp.annotate(Article.of("c", text)).sentences().get(0);
    assertThat(s.tokens()).extracting(Token::word).contains("Chile", "recalls", "Caracas");
    assertThat(s.tokens().get(1).pos()).isEqualTo("VBZ");
  }

  @Test
  void headlinesAreTitleCaseOrCapitalsNotProseWithManyNames() {
    assertThat(CoreNlpAnnotator.isHeadline(List.of("Kenya", "Imposes", "New", "Tariffs", "On", "Ugandan", "Sugar")))
        .isTrue();
    assertThat(CoreNlpAnnotator.isHeadline(List.of("CHILE", "RECALLS", "AMBASSADOR", "FROM", "CARACAS"))).isTrue();
    assertThat(CoreNlpAnnotator.isHeadline(List.of("Foreign", "Minister", "Ana", "Silva", "said", "Brazil",
        "would", "keep", "sending", "doctors", "to", "Haiti"))).isFalse();
    // too few long words to tell
    assertThat(CoreNlpAnnotator.isHeadline(List.of("Talks", "End", "In", "Oslo"))).isFalse();
  }

  @Test
  void whatAVerbOfNamingCallsItsObjectIsItsSecondaryPredicate() {
    for (String text : List.of("Somalia called the agreement a violation of its sovereignty.",
        "Somalia called the deal a violation of its sovereignty.")) {
      Sentence s = nlp.annotate(Article.of("n", text)).sentences().get(0);
      int called = 1;
      int violation = 5;
      assertThat(s.tokens().get(violation).word()).isEqualTo("violation");
      assertThat(s.basic().children(called, "xcomp")).as(text).containsExactly(violation);
      assertThat(s.enhanced().children(called, "xcomp")).as(text).containsExactly(violation);
    }
  }

  @Test
  void aGerundAfterACommaReadAsAnAdjectiveOfASecondObjectIsAClauseOfTheVerb() {
    Sentence s = nlp.annotate(Article.of("g", "Senegal's president postponed the February election, sparking "
        + "protests.")).sentences().get(0);
    int postponed = 3;
    int sparking = 8;
    int protests = 9;
    assertThat(s.tokens().get(sparking).word()).isEqualTo("sparking");
    assertThat(s.basic().children(postponed, "obj")).doesNotContain(protests);
    assertThat(s.basic().children(sparking, "obj")).containsExactly(protests);
    assertThat(s.basic().children(postponed, "advcl")).contains(sparking);
  }

  @Test
  void anObjectWithAParticipleReadAsAClauseOfItsOwnIsTheVerbsObject() {
    for (String text : List.of("Police arrested dozens of farmers blocking a motorway near Lyon.",
        "Police detained hundreds of workers blocking the port of Mombasa.")) {
      Sentence s = nlp.annotate(Article.of("p", text)).sentences().get(0);
      int verb = 1;
      int noun = 4;
      int participle = 5;
      assertThat(s.tokens().get(participle).word()).isEqualTo("blocking");
      for (var g : List.of(s.basic(), s.enhanced())) {
        assertThat(g.children(participle, "nsubj")).as(text).isEmpty();
        assertThat(g.children(verb, "dep")).as(text).doesNotContain(participle);
      }
      assertThat(s.enhanced().children(verb, "obj")).as(text).containsExactly(noun);
      assertThat(s.enhanced().children(noun, "acl")).as(text).containsExactly(participle);
    }
  }

  @Test
  void aBareAdjectiveAfterTheObjectIsTheVerbsSecondaryPredicate() {
    for (String text : List.of("The raid left 20 soldiers dead.", "The raid left 20 soldiers dead in Kidal.")) {
      Sentence s = nlp.annotate(Article.of("a", text)).sentences().get(0);
      int left = 2;
      int soldiers = 4;
      int dead = 5;
      assertThat(s.tokens().get(dead).word()).isEqualTo("dead");
      for (var g : List.of(s.basic(), s.enhanced())) {
        assertThat(g.children(left, "xcomp")).as(text).containsExactly(dead);
        assertThat(g.children(dead, "nsubj")).as(text).containsExactly(soldiers);
        assertThat(g.children(soldiers, "amod")).as(text).doesNotContain(dead);
      }
    }
    Sentence kept = nlp.annotate(Article.of("k", "Police arrested the men responsible for the raid."))
        .sentences().get(0);
    assertThat(kept.enhanced().children(1, "obj")).containsExactly(3);
  }

  @Test
  void aPastTenseWithAByPhraseBeforeTheVerbIsAParticipleOfTheSubject() {
    Sentence s = nlp.annotate(Article.of("b", "A car bomb carried out by al-Shabaab killed ten people."))
        .sentences().get(0);
    int bomb = 2;
    int carried = 3;
    int killed = 9;
    assertThat(s.tokens().get(killed).word()).isEqualTo("killed");
    assertThat(s.enhanced().children(killed, "nsubj")).containsExactly(bomb);
    assertThat(s.enhanced().children(bomb, "acl")).containsExactly(carried);
  }

  @Test
  void aParticipleAfterACommaReadAsAModifierOfTheNameAfterItTakesItAsItsObject() {
    Sentence s = nlp.annotate(Article.of("m", "Rwanda denied supporting the M23 rebels, accusing Congo of "
        + "collaborating with a militia.")).sentences().get(0);
    int accusing = 7;
    int congo = 8;
    int collaborating = 10;
    assertThat(s.tokens().get(accusing).word()).isEqualTo("accusing");
    for (var g : List.of(s.basic(), s.enhanced())) {
      assertThat(g.children(accusing, "obj")).containsExactly(congo);
      assertThat(g.children(congo, "amod")).isEmpty();
    }
    assertThat(s.enhanced().children(accusing, "obl:of")).containsExactly(collaborating);
  }

  @Test
  void theSecondOfTwoNounsCoordinatedInsideANounPhraseIsANoun() {
    Sentence s = nlp.annotate(Article.of("c", "Russian forces launched a massive missile and drone attack on the "
        + "grid.")).sentences().get(0);
    assertThat(s.tokens().get(7).word()).isEqualTo("drone");
    assertThat(s.tokens().get(7).pos()).isEqualTo("NN");
    Sentence verb = nlp.annotate(Article.of("v", "The sides agreed to halt fighting and allow aid deliveries."))
        .sentences().get(0);
    assertThat(verb.tokens().get(7).word()).isEqualTo("allow");
    assertThat(verb.tokens().get(7).pos()).startsWith("VB");
  }

  @Test
  void aPronounAfterAVerbOfSayingReadAsItsObjectIsTheSubjectOfWhatItSays() {
    Sentence s = nlp.annotate(Article.of("w", "North Korea warned it would use nuclear weapons.")).sentences().get(0);
    int warned = 2;
    int it = 3;
    int use = 5;
    for (var g : List.of(s.basic(), s.enhanced())) {
      assertThat(g.children(warned, "ccomp")).containsExactly(use);
      assertThat(g.children(use, "nsubj")).containsExactly(it);
      assertThat(g.children(warned, "obj")).isEmpty();
      assertThat(g.edges().stream().filter(e -> e.governor() < 0).map(e -> e.dependent())).containsExactly(warned);
    }
  }

  @Test
  void aGerundRightAfterAPrepositionIsTheHeadOfItsPhraseUnlessItIsAnAdjective() {
    Sentence s = nlp.annotate(Article.of("g", "Beijing warned Washington against sending warships into the strait."))
        .sentences().get(0);
    int warned = 1;
    int sending = 4;
    int warships = 5;
    assertThat(s.tokens().get(sending).word()).isEqualTo("sending");
    assertThat(s.enhanced().children(warned, "advcl:against")).containsExactly(sending);
    assertThat(s.basic().children(warned, "advcl")).contains(sending);
    for (var g : List.of(s.basic(), s.enhanced())) {
      assertThat(g.children(sending, "obj")).containsExactly(warships);
      assertThat(g.children(sending, "mark")).containsExactly(sending - 1);
      assertThat(g.children(warships, "amod")).isEmpty();
    }
    Sentence adjective = nlp.annotate(Article.of("a", "The minister warned against rising prices."))
        .sentences().get(0);
    int prices = 5;
    assertThat(adjective.tokens().get(prices).word()).isEqualTo("prices");
    assertThat(adjective.enhanced().children(prices, "amod")).containsExactly(prices - 1);
  }

  @Test
  void theNounAfterWhomSomethingWasToldIsTheSubjectOfWhatWasTold() {
    Sentence s = nlp.annotate(Article.of("t", "A Hamas official told Reuters the group was ready to release "
        + "hostages.")).sentences().get(0);
    int told = 3;
    int group = 6;
    int ready = 8;
    assertThat(s.tokens().get(ready).word()).isEqualTo("ready");
    for (var g : List.of(s.basic(), s.enhanced())) {
      assertThat(g.children(ready, "nsubj")).containsExactly(group);
      assertThat(g.children(told, "obj")).doesNotContain(group);
      assertThat(g.children(told, "ccomp")).containsExactly(ready);
    }
  }

  @Test
  void aVerbListedAfterACommaIsTheFirstVerbsConjunctAndSharesItsSubject() {
    Sentence s = nlp.annotate(Article.of("h", "Guinea-Bissau soldiers seize power, detain president")).sentences()
        .get(0);
    int soldiers = 3;
    int seize = 4;
    int detain = 7;
    assertThat(s.tokens().get(detain).word()).isEqualTo("detain");
    assertThat(s.basic().children(seize, "conj")).containsExactly(detain);
    assertThat(s.enhanced().children(detain, "nsubj")).containsExactly(soldiers);
  }

  @Test
  void aNationalityNamedAfterAnArticleOpensANounPhrase() {
    Sentence s = nlp.annotate(Article.of("d", "Poland said its jets had shot down a Belarusian drone.")).sentences()
        .get(0);
    int drone = 9;
    assertThat(s.tokens().get(drone).word()).isEqualTo("drone");
    assertThat(s.tokens().get(drone).pos()).isEqualTo("NN");
    assertThat(s.basic().children(5, "obj")).containsExactly(drone);
  }

  @Test
  void aByPhraseAfterTheNounOfAPhraseOfTimeIsThatNounsAgent() {
    Sentence s = nlp.annotate(Article.of("m", "The sailors were released on Monday after mediation by Kuwait."))
        .sentences().get(0);
    int released = 3;
    int mediation = 7;
    int kuwait = 9;
    assertThat(s.tokens().get(kuwait).word()).isEqualTo("Kuwait");
    assertThat(s.enhanced().children(mediation, "nmod:by")).containsExactly(kuwait);
    assertThat(s.basic().children(mediation, "nmod")).containsExactly(kuwait);
    for (var g : List.of(s.basic(), s.enhanced())) {
      assertThat(g.children(released, "obl:agent")).isEmpty();
    }
    Sentence kept = nlp.annotate(Article.of("k", "The sailors were released by Kuwait on Monday.")).sentences().get(0);
    assertThat(kept.enhanced().children(released, "obl:agent")).containsExactly(5);
  }

  @Test
  void aFiniteVerbAfterAndIsTheConjunctOfTheFiniteVerbAboveTheInfinitive() {
    Sentence s = nlp.annotate(Article.of("c", "Chile said the tariff was a blow to its efforts to diversify exports "
        + "and urged Peru to scrap it.")).sentences().get(0);
    int said = 1;
    int urged = 14;
    assertThat(s.tokens().get(urged).word()).isEqualTo("urged");
    assertThat(s.basic().children(said, "conj")).containsExactly(urged);
    assertThat(s.enhanced().children(urged, "nsubj")).containsExactly(0);
    Sentence infinitives = nlp.annotate(Article.of("p", "Chile said it wanted to diversify exports and cut tariffs."))
        .sentences().get(0);
    assertThat(infinitives.basic().children(1, "conj")).isEmpty();
  }

  @Test
  void aHeadlineVerbReadAsAPluralBeforeACompoundIsTheVerb() {
    Sentence s = nlp.annotate(Article.of("w", "Court issues arrest warrant for Peru's former president\n\nLIMA, "
        + "May 2 (Wire) -- The judge acted.")).sentences().get(0);
    assertThat(s.tokens().get(1).pos()).isEqualTo("VBZ");
    assertThat(s.tokens().get(2).pos()).isEqualTo("NN");
    assertThat(s.basic().children(1, "obj")).containsExactly(3);
  }

  @Test
  void aHeadlineListingActsAfterACommaHasAVerbBeforeItToo() {
    Sentence s = nlp.annotate(Article.of("r", "Gunmen storm hotel, kill 12 guests\n\nKANO, May 2 (Wire) -- The "
        + "police said they were searching.")).sentences().get(0);
    assertThat(s.tokens().get(1).word()).isEqualTo("storm");
    assertThat(s.tokens().get(1).pos()).startsWith("VB");
    assertThat(s.basic().children(1, "obj")).containsExactly(2);
  }

  @Test
  void outsideAfterAVerbOfGatheringIsAPreposition() {
    Sentence s = nlp.annotate(Article.of("o", "Protesters gathered outside parliament on Monday.")).sentences().get(0);
    assertThat(s.tokens().get(2).pos()).isEqualTo("IN");
    assertThat(s.enhanced().children(1, "obl:outside")).containsExactly(3);
    Sentence riot = nlp.annotate(Article.of("r", "Riot police armed with batons stood outside parliament."))
        .sentences().get(0);
    assertThat(riot.enhanced().children(5, "nsubj")).containsExactly(1);
  }

  @Test
  void aPhraseAfterALinkingVerbsAdjectiveCompletesTheAdjective() {
    Sentence s = nlp.annotate(Article.of("o", "Washington remained open to dialogue with Pyongyang."))
        .sentences().get(0);
    assertThat(s.tokens().get(2).word()).isEqualTo("open");
    assertThat(s.enhanced().children(1, "obl")).isEmpty();
    assertThat(s.enhanced().children(2, "obl:to")).containsExactly(4);
    assertThat(s.basic().children(2, "obl")).containsExactly(4);
  }

  @Test
  void aParticipleAfterAndBeforeItsNounIsAConjunctOfTheVerbBefore() {
    Sentence s = nlp.annotate(Article.of("o", "The United States has accused the RSF of committing genocide and "
        + "imposed sanctions on its leader.")).sentences().get(0);
    assertThat(s.tokens().get(11).word()).isEqualTo("imposed");
    assertThat(s.enhanced().children(4, "conj")).contains(11);
    assertThat(s.enhanced().children(11, "obj")).containsExactly(12);
    assertThat(s.enhanced().children(11, "nsubj")).containsExactly(2);
    assertThat(s.enhanced().children(12, "amod")).isEmpty();
  }

  @Test
  void aPossessiveBeforeANounAfterAVerbIsNoSubject() {
    Sentence s = nlp.annotate(Article.of("o", "Crowds stormed her official residence in Dhaka.")).sentences().get(0);
    assertThat(s.basic().children(1, "obj")).containsExactly(4);
    assertThat(s.basic().children(4, "nmod:poss")).containsExactly(2);
  }

  @Test
  void aVerbOfSayingWithANameBeforeACopulaIsTheRoot() {
    Sentence s = nlp.annotate(Article.of("o", "Erdogan said Turkey was ready to work with Egypt.")).sentences()
        .get(0);
    assertThat(s.basic().roots()).containsExactly(1);
    assertThat(s.basic().children(1, "ccomp")).containsExactly(4);
    assertThat(s.basic().children(4, "nsubj")).containsExactly(2);
  }

  @Test
  void aHeadlineOnTheLineBeforeTheDatelineIsASentenceOfItsOwn() {
    String text = "Kenya sends police to Haiti\nNAIROBI, May 2 (Wire) - Kenya sent 400 police officers to Haiti.";
    List<Sentence> ss = nlp.annotate(Article.of("h", text)).sentences();
    assertThat(ss).hasSize(3);
    assertThat(text.substring(ss.get(0).start(), ss.get(0).end())).isEqualTo("Kenya sends police to Haiti");
    assertThat(ss.get(1).index()).isEqualTo(1);
    assertThat(ss.get(2).tokens().get(0).word()).isEqualTo("Kenya");
    assertThat(ss.get(2).tokens().get(0).index()).isZero();
  }

  @Test
  void aPluralObjectOfAVerbOfNamingIsNoCompoundOfTheName() {
    Sentence s = nlp.annotate(Article.of("n", "Kenya branded the protesters traitors.")).sentences().get(0);
    assertThat(s.basic().children(1, "obj")).containsExactly(3);
    assertThat(s.basic().children(1, "xcomp")).containsExactly(4);
    Sentence rights = nlp.annotate(Article.of("r", "The report called the rights groups biased.")).sentences().get(0);
    assertThat(rights.basic().children(2, "obj")).doesNotContain(4); // "rights" still modifies "groups"
  }

  @Test
  void emptyAndWhitespaceTextsGiveNoSentences() {
    assertThat(nlp.annotate(Article.of("e", "")).sentences()).isEmpty();
    assertThat(nlp.annotate(Article.of("w", "  \n\n ")).sentences()).isEmpty();
  }

  @Test
  void randomTextsKeepOffsetsInsideAndOneAndTwoThreadsAgree() throws Exception {
    Random random = new Random(20261129L);
    String[] words = {"Kenya", "police", "said", "on", "Monday", "“", "”", "’s", "the", "army", "attacked",
        "rebels", ",", ".", "\n\n", "é", "Zürich", "talks", "ended", "—", "U.S.", "(", ")", "officials"};
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      StringBuilder b = new StringBuilder();
      int n = 5 + random.nextInt(40);
      for (int k = 0; k < n; k++) {
        b.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      texts.add(b.toString());
    }
    List<AnnotatedArticle> one = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      one.add(nlp.annotate(Article.of("r" + i, texts.get(i))));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<AnnotatedArticle>> futures = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        Article a = Article.of("r" + i, texts.get(i));
        futures.add(pool.submit(() -> nlp.annotate(a)));
      }
      for (int i = 0; i < texts.size(); i++) {
        AnnotatedArticle two = futures.get(i).get();
        assertThat(two).isEqualTo(one.get(i));
        String text = texts.get(i);
        for (Sentence s : two.sentences()) {
          for (Token t : s.tokens()) {
            assertThat(t.start()).isBetween(0, text.length());
            assertThat(t.end()).isBetween(t.start(), text.length());
            // a run of capitalised words may be read as a headline and true-cased: letter case only
            assertThat(text.substring(t.start(), t.end())).isEqualToIgnoringCase(t.word());
          }
        }
      }
    } finally {
      pool.shutdown();
    }
  }
}

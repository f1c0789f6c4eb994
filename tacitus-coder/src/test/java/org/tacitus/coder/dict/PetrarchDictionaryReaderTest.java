package org.tacitus.coder.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.coder.dict.ActorDictionary.Kind;
import org.tacitus.coder.dict.ActorDictionary.Match;
import org.tacitus.coder.dict.PetrarchDictionaryReader.Summary;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.DependencyGraph;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.model.Token;

/**
 * The PETRARCH/TABARI importer on small dictionaries written for these tests (never lines of the PETRARCH files).
 * Jane Q. Public is fictional.
 */
class PetrarchDictionaryReaderTest {

  private static final CameoOntology ONTOLOGY = CameoOntology.standard();

  private static DictionaryText text(String name, String... lines) {
    return DictionaryText.of(name, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
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

  private static ActorDictionary actors(String... lines) {
    ActorDictionary.Builder b = ActorDictionary.builder(ONTOLOGY);
    PetrarchDictionaryReader.readActors(text("test.actors", lines), b);
    return b.build();
  }

  private static ActorDictionary agents(String... lines) {
    ActorDictionary.Builder b = ActorDictionary.builder(ONTOLOGY);
    PetrarchDictionaryReader.readAgents(text("test.agents", lines), b);
    return b.build();
  }

  private static Optional<String> code(ActorDictionary d, String tagged, String date) {
    return d.matchName(sentence(tagged), 0, date == null ? Optional.empty() : Optional.of(LocalDate.parse(date)))
        .map(m -> m.phrase().code());
  }

  private static DictionaryException error(Runnable r) {
    try {
      r.run();
    } catch (DictionaryException e) {
      return e;
    }
    throw new AssertionError("no DictionaryException");
  }

  private static final String[] JANE = {
      "# a fictional person who changes role",
      "JANE_Q._PUBLIC_  [USAELI]   # default: a former official",
      "+JANE_PUBLIC_",
      "\t[USAGOV 100120-130119]   ; governor, legacy comment",
      "\t[USALEG <100119]",
      "\t[USAMIL 120101-120630]   # overlaps the first: never wins",
      "\t[USAGOV 20210120-20250120]",
      "",
      "UNITED_STATES_ [USA]",
      "+U.S."};

  @Test
  void theArticleDateChoosesTheCode() {
    ActorDictionary d = actors(JANE);
    String jane = "Jane/NNP/Jane Q./NNP/Q. Public/NNP/Public said/VBD/say";
    assertThat(code(d, jane, "2011-06-01")).hasValue("USAGOV");
    assertThat(code(d, jane, "2005-06-01")).hasValue("USALEG");
    assertThat(code(d, jane, "2015-06-01")).as("no restriction holds: the undated code").hasValue("USAELI");
    assertThat(code(d, jane, "2022-06-01")).hasValue("USAGOV");
    assertThat(code(d, jane, "2012-03-01")).as("the first restriction listed wins").hasValue("USAGOV");
    assertThat(code(d, jane, "2010-01-19")).as("both ends are included").hasValue("USALEG");
    assertThat(code(d, jane, "2010-01-20")).hasValue("USAGOV");
    assertThat(code(d, jane, "2013-01-19")).hasValue("USAGOV");
    assertThat(code(d, jane, "2013-01-20")).hasValue("USAELI");
    assertThat(code(d, jane, null)).as("without a date: the open-ended entry").hasValue("USAELI");
    assertThat(d.matchName(sentence(jane), 0, Optional.of(LocalDate.of(2011, 6, 1))).orElseThrow().phrase())
        .satisfies(p -> {
          assertThat(p.kind()).isEqualTo(Kind.PERSON);
          assertThat(p.source()).isEqualTo("test.actors:2/4");
          assertThat(p.from()).isEqualTo(LocalDate.of(2010, 1, 20));
          assertThat(p.to()).isEqualTo(LocalDate.of(2013, 1, 19));
        });
  }

  @Test
  void synonymsShareTheRecordsCodes() {
    ActorDictionary d = actors(JANE);
    assertThat(code(d, "Jane/NNP/Jane Public/NNP/Public", "2011-06-01")).hasValue("USAGOV");
    assertThat(code(d, "Jane/NNP/Jane Public/NNP/Public", "2015-06-01")).hasValue("USAELI");
    Match us = d.matchName(sentence("U.S./NNP/U.S. troops/NNS/troop"), 0).orElseThrow();
    assertThat(us.phrase().code()).isEqualTo("USA");
    assertThat(us.phrase().kind()).isEqualTo(Kind.NAME);
    assertThat(us.phrase().source()).isEqualTo("test.actors:10/9");
  }

  @Test
  void tabariYearsUpTo30AreThe2000s() {
    ActorDictionary d = actors("OLD_HAND_", "\t[GBRGOV 310101-311231]", "\t[FRAGOV 300101-301231]",
        "\t[DEUGOV 991231-991231]", "\t[ITAGOV 000101-000101]", "\t[ESPGOV 19050101-19051231]");
    String s = "Old/NNP/Old Hand/NNP/Hand";
    assertThat(code(d, s, "1931-05-01")).hasValue("GBRGOV");
    assertThat(code(d, s, "2030-05-01")).hasValue("FRAGOV");
    assertThat(code(d, s, "1999-12-31")).hasValue("DEUGOV");
    assertThat(code(d, s, "2000-01-01")).hasValue("ITAGOV");
    assertThat(code(d, s, "1905-06-01")).hasValue("ESPGOV");
    assertThat(code(d, s, "2031-05-01")).as("no default: outside the restrictions it is no actor").isEmpty();
  }

  @Test
  void theNullCodeBlocksTheDefaultForItsPeriod() {
    ActorDictionary d = actors("ROVING_ENVOY_ [USAELI]", "\t[--- 900101-991231]", "\t[USAGOV >20200101]");
    String s = "Roving/NNP/Roving Envoy/NNP/Envoy";
    assertThat(code(d, s, "1995-01-01")).isEmpty();
    assertThat(code(d, s, "1985-01-01")).hasValue("USAELI");
    assertThat(code(d, s, "2005-01-01")).hasValue("USAELI");
    assertThat(code(d, s, "2021-01-01")).hasValue("USAGOV");
    assertThat(code(d, s, null)).hasValue("USAGOV");
  }

  @Test
  void upperCasePhrasesAreAddedInNewsAndTitleCaseAndAsWritten() {
    ActorDictionary d = actors("REPUBLIC_OF_KOREA_ [KOR]", "COTE_D'IVOIRE_ [CIV]", "THE_GAMBIA_ [GMB]",
        "NATO [IGOWSTNAT]", "ABU_SAYYAF_AL-MUQATIL [PHLREB]", "PEOPLE'S_ARMY [PRKMIL]", "Freedonian_Guard [FRDMIL]");
    assertThat(code(d, "Republic/NNP/Republic of/IN/of Korea/NNP/Korea", null)).hasValue("KOR");
    assertThat(code(d, "Republic/NNP/Republic Of/NNP/Of Korea/NNP/Korea", null)).hasValue("KOR");
    assertThat(code(d, "REPUBLIC/NNP/REPUBLIC OF/IN/OF KOREA/NNP/KOREA", null)).hasValue("KOR");
    assertThat(code(d, "republic/NN/republic of/IN/of korea/NNP/korea", null)).as("case-sensitive").isEmpty();
    assertThat(code(d, "Cote/NNP/Cote d'Ivoire/NNP/d'Ivoire", null)).hasValue("CIV");
    assertThat(code(d, "Cote/NNP/Cote d’/NNP/d’ Ivoire/NNP/Ivoire", null)).as("typographic apostrophe")
        .hasValue("CIV");
    assertThat(code(d, "Gambia/NNP/Gambia", null)).as("a leading THE is dropped").hasValue("GMB");
    assertThat(code(d, "NATO/NNP/NATO", null)).hasValue("IGOWSTNAT");
    assertThat(code(d, "Nato/NNP/Nato", null)).hasValue("IGOWSTNAT");
    assertThat(code(d, "Abu/NNP/Abu Sayyaf/NNP/Sayyaf al-Muqatil/NNP/al-Muqatil", null)).hasValue("PHLREB");
    assertThat(code(d, "People's/NNP/People's Army/NNP/Army", null)).hasValue("PRKMIL");
    assertThat(code(d, "Freedonian/NNP/Freedonian Guard/NNP/Guard", null)).as("mixed case stays as written")
        .hasValue("FRDMIL");
    assertThat(code(d, "FREEDONIAN/NNP/FREEDONIAN GUARD/NNP/GUARD", null)).isEmpty();
    assertThat(PetrarchDictionaryReader.surfaceForms(List.of("BASHAR", "AL-ASSAD")))
        .containsExactly("Bashar al-Assad", "Bashar Al-Assad", "BASHAR AL-ASSAD");
    assertThat(PetrarchDictionaryReader.surfaceForms(List.of("JOHN", "MCCAIN"))).contains("John McCain");
  }

  @Test
  void codesGiveTheKind() {
    ActorDictionary d = actors("UNITED_NATIONS [IGOUNO]", "DEFENSE_DEPARTMENT [USAMIL]", "KURDS [KUR]",
        "REBEL_ALLIANCE [REB]", "JOHN_DOE_ [USAELI]", "\t[USAGOV >100101]");
    assertThat(d.matchName(sentence("United/NNP/United Nations/NNP/Nations"), 0).orElseThrow().phrase().kind())
        .isEqualTo(Kind.ORG);
    assertThat(d.matchName(sentence("Defense/NNP/Defense Department/NNP/Department"), 0).orElseThrow().phrase()
        .kind()).as("an undated country+sector code is an institution").isEqualTo(Kind.SEAT);
    assertThat(d.matchName(sentence("Kurds/NNPS/Kurd"), 0).orElseThrow().phrase().kind()).isEqualTo(Kind.NAME);
    assertThat(d.matchName(sentence("Rebel/NNP/Rebel Alliance/NNP/Alliance"), 0).orElseThrow().phrase().kind())
        .isEqualTo(Kind.ORG);
    assertThat(d.matchName(sentence("John/NNP/John Doe/NNP/Doe"), 0, Optional.of(LocalDate.of(2000, 1, 1)))
        .orElseThrow().phrase().kind()).as("a dated record is a person, also in its undated period")
        .isEqualTo(Kind.PERSON);
  }

  @Test
  void commentsInAllThreeStylesAndStop() {
    ActorDictionary d = actors(
        "<!-- a header comment -->",
        "<!-- a comment over",
        "     two lines [XXX] -->",
        "ATLANTIS_ <!-- inline --> [ATL] # trailing",
        "; a KEDS-style comment line",
        "",
        "+POSEIDONIA_ ; legacy comment",
        "---STOP---",
        "LEMURIA_ [LEM]",
        "this line would be an error [");
    assertThat(code(d, "Atlantis/NNP/Atlantis", null)).hasValue("ATL");
    assertThat(code(d, "Poseidonia/NNP/Poseidonia", null)).as("blank lines do not end a record").hasValue("ATL");
    assertThat(code(d, "Lemuria/NNP/Lemuria", null)).as("nothing after ---STOP---").isEmpty();
  }

  @Test
  void agentsBecomeLemmaPhrasesWithPluralsAndSubstitutions() {
    ActorDictionary d = agents(
        "<!-- role words for the tests -->",
        "!PERSON! = MAN, WOMAN, PERSON",
        "FOREIGN_MINISTER [~GOV] # the usual case",
        "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]",
        "POLICE {} [~COP]",
        "CONGRESS!PERSON! [~LEG]",
        "HUMAN_RIGHTS_GROUP [NGO~]",
        "ARMED_FORCES {} [~MIL]",
        "GENDARMERY {GENDARMERIE} [~COP]",
        "OWNERS_OF_PRIVATE_COMPANIES {} [~BUS]");
    assertThat(agent(d, "Foreign/NNP/Foreign Ministers/NNPS/Minister")).hasValue("GOV");
    assertThat(agent(d, "attorneys/NNS/attorney general/NN/general")).as("GOVATG keeps its first sector")
        .hasValue("GOV");
    assertThat(agent(d, "police/NN/police")).hasValue("COP");
    assertThat(agent(d, "congresswomen/NNS/congresswoman")).hasValue("LEG");
    assertThat(agent(d, "congressman/NN/congressman")).hasValue("LEG");
    assertThat(agent(d, "human/JJ/human rights/NNS/right group/NN/group")).as("lemmatised 'rights'")
        .hasValue("NGO");
    assertThat(agent(d, "armed/JJ/armed forces/NNS/force")).as("a plural phrase also as its singular")
        .hasValue("MIL");
    assertThat(agent(d, "gendarmerie/NN/gendarmerie")).as("the {...} form is a phrase too").hasValue("COP");
    assertThat(agent(d, "owners/NNS/owner of/IN/of private/JJ/private companies/NNS/company")).hasValue("BUS");
    assertThat(d.matchAgent(sentence("Foreign/NNP/Foreign Minister/NNP/Minister"), 0).orElseThrow().phrase()
        .source()).isEqualTo("test.agents:3");
  }

  private static Optional<String> agent(ActorDictionary d, String tagged) {
    return d.matchAgent(sentence(tagged), 0).map(m -> m.phrase().code());
  }

  @Test
  void importedEntriesJoinTheShippedOnesAndAreCounted() {
    ActorDictionary.Builder b = ActorDictionary.builder(ONTOLOGY)
        .countries(text("countries.tsv", "RUS\tname\tRussia"));
    Summary actors = PetrarchDictionaryReader.readActors(text("mine.actors", JANE), b);
    Summary agents = PetrarchDictionaryReader.readAgents(text("mine.agents", "TROOP [~MIL]", "ENVOY [~GOV]"), b);
    assertThat(actors).as("5 periods x 2 phrases x 2 forms, and USA: 2 forms + U.S.")
        .isEqualTo(new Summary("mine.actors", 2, 4, 23));
    assertThat(agents.records()).isEqualTo(2);
    assertThat(agents.phrases()).isEqualTo(2);
    ActorDictionary d = b.build();
    assertThat(d.checksums()).containsOnlyKeys("countries.tsv", "mine.actors", "mine.agents");
    assertThat(code(d, "Russia/NNP/Russia", null)).hasValue("RUS");
    assertThat(agent(d, "troops/NNS/troop")).hasValue("MIL");
  }

  @Test
  void readChoosesTheGrammarByTheFileName(@TempDir Path dir) throws IOException {
    Path actorsFile = Files.writeString(dir.resolve("Mine.Countries.actors.txt"), "ATLANTIS_ [ATL]\n");
    Path agentsFile = Files.writeString(dir.resolve("mine.agents"), "ENVOY [~GOV]\n");
    ActorDictionary.Builder b = ActorDictionary.builder(ONTOLOGY);
    assertThat(PetrarchDictionaryReader.read(actorsFile, b).records()).isEqualTo(1);
    assertThat(PetrarchDictionaryReader.read(agentsFile, b).records()).isEqualTo(1);
    ActorDictionary d = b.build();
    assertThat(code(d, "Atlantis/NNP/Atlantis", null)).hasValue("ATL");
    assertThat(agent(d, "envoy/NN/envoy")).hasValue("GOV");
    Path other = Files.writeString(dir.resolve("mine.txt"), "ATLANTIS_ [ATL]\n");
    assertThatThrownBy(() -> PetrarchDictionaryReader.read(other, ActorDictionary.builder(ONTOLOGY)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name it *.actors or *.agents");
  }

  @Test
  void actorSyntaxErrorsNameFileLineAndColumn() {
    assertThat(error(() -> actors("JANE_", "\t[USAGOV 130101-100101]")))
        .hasMessageStartingWith("test.actors:2:10: the restriction ends (2010-01-01) before it starts "
            + "(2013-01-01); write the earlier date first")
        .hasMessageContaining("\n   [USAGOV 130101-100101]\n           ^");
    assertThat(error(() -> actors("JANE_", "\t[USAGOV 1301-100101]")))
        .hasMessageStartingWith("test.actors:2:10: '1301' is not a date; write YYMMDD");
    assertThat(error(() -> actors("JANE_", "\t[USAGOV 130231-140101]")))
        .hasMessageStartingWith("test.actors:2:10: '130231' is not a day of the calendar");
    assertThat(error(() -> actors("JANE_", "\t[USAGOV >13010]")))
        .hasMessageStartingWith("test.actors:2:11: '13010' is not a date");
    assertThat(error(() -> actors("JANE_", "\t[USAGOV ~130101]")))
        .hasMessageStartingWith("test.actors:2:10: unknown date restriction '~130101'; write <YYMMDD");
    assertThat(error(() -> actors("+JANE_"))).hasMessageStartingWith("test.actors:1:1: a +synonym must follow");
    assertThat(error(() -> actors("\t[USA]"))).hasMessageStartingWith("test.actors:1:2: a code line must follow");
    assertThat(error(() -> actors("JANE_ [USA]", "  JOHN_ [USA]")))
        .hasMessageStartingWith("test.actors:2:3: an indented line must be a code or date restriction");
    assertThat(error(() -> actors("JANE_ [USAGOV"))).hasMessageStartingWith("test.actors:1:7: '[' without ']'");
    assertThat(error(() -> actors("JANE_ [usa]")))
        .hasMessageStartingWith("test.actors:1:8: actor code 'usa' is not an upper-case CAMEO code; write USA");
    assertThat(error(() -> actors("JANE_ [USA]", "\t[USAELI]")))
        .hasMessageStartingWith("test.actors:2:3: this record already has an undated code [USA] (line 1)");
    assertThat(error(() -> actors("JANE_ [USA] [GBR]")))
        .hasMessageStartingWith("test.actors:1:13: unexpected '[GBR]' after the code");
    assertThat(error(() -> actors("JANE_", "+JOHN_ [USA]")))
        .hasMessageStartingWith("test.actors:2:8: a +synonym takes the codes of its record");
    assertThat(error(() -> actors("JANE_ [USA]", "<!-- not closed", "JOHN_ [USA]")))
        .hasMessageStartingWith("test.actors:2:1: comment '<!--' is never closed; end it with '-->'");
    assertThat(error(() -> actors("[USA]"))).hasMessageStartingWith("test.actors:1:1: a code line must follow");
    DictionaryException e = error(() -> actors("JANE_", "\t[USAGOV 130101-100101]"));
    assertThat(e.file()).isEqualTo("test.actors");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(10);
  }

  @Test
  void agentSyntaxErrorsNameFileLineAndColumn() {
    assertThat(error(() -> agents("TROOP"))).hasMessageStartingWith("test.agents:1:1: agent 'TROOP' has no code");
    assertThat(error(() -> agents("TROOP [MIL]")))
        .hasMessageStartingWith("test.agents:1:7: agent code 'MIL' needs a ~");
    assertThat(error(() -> agents("TROOP [~XYZ]")))
        .hasMessageStartingWith("test.agents:1:8: 'XYZ' in agent code '~XYZ' is not a CAMEO sector code");
    assertThat(error(() -> agents("TROOP [~MIL}")))
        .hasMessageStartingWith("test.agents:1:12: the code opened with '[' is closed with '}'; write ']'");
    assertThat(error(() -> agents("CONGRESS!PERSON! [~LEG]")))
        .hasMessageStartingWith("test.agents:1:9: substitution marker !PERSON! is not defined");
    assertThat(error(() -> agents("!PERSON! = MAN,, WOMAN")))
        .hasMessageStartingWith("test.agents:1:10: empty item in the substitution set !PERSON!");
    assertThat(error(() -> agents("TROOP {TROOPS [~MIL]")))
        .hasMessageStartingWith("test.agents:1:7: '{' without '}'");
    assertThat(error(() -> agents("TROOP [~mil]"))).hasMessageContaining("must be upper case; write ~MIL");
  }

  /**
   * Seeded random dictionaries: well-formed records, a quarter of them with a random piece inserted somewhere. Each
   * is either read or rejected with a position inside the file; the outcome is deterministic and the same when
   * files are read on several threads at once.
   */
  @Test
  void randomInputIsReadOrRejectedWithAPosition() {
    Random random = new Random(20260401L);
    List<String[]> inputs = new ArrayList<>();
    for (int round = 0; round < 2000; round++) {
      List<String> lines = round % 2 == 0 ? randomActors(random) : randomAgents(random);
      if (random.nextInt(4) == 0) {
        int i = random.nextInt(lines.size());
        String line = lines.get(i);
        int at = random.nextInt(line.length() + 1);
        lines.set(i, line.substring(0, at) + JUNK[random.nextInt(JUNK.length)] + line.substring(at));
      }
      inputs.add(lines.toArray(String[]::new));
    }
    List<String> sequential = new ArrayList<>();
    for (int k = 0; k < inputs.size(); k++) {
      sequential.add(outcome(inputs.get(k), k % 2 == 0));
    }
    List<String> parallel = java.util.stream.IntStream.range(0, inputs.size()).parallel()
        .mapToObj(k -> outcome(inputs.get(k), k % 2 == 0)).toList();
    assertThat(parallel).isEqualTo(sequential);
    assertThat(sequential.stream().filter(o -> o.startsWith("ok ") && !o.equals("ok 0")).count())
        .as("loaded with entries").isGreaterThan(500);
    assertThat(sequential.stream().filter(o -> !o.startsWith("ok ")).count()).as("rejected").isGreaterThan(100);
  }

  private static final String[] JUNK = {"[", "]", "{", "}", "~", "!", "<!--", "-->", "#", ";", "+", "\t", " ",
      "_", "-", "<", ">", "=", ",", "é", "'", ".", "---", "---STOP---", "usa", "X", "99", "1231", "\t[USA]"};

  private static List<String> randomActors(Random r) {
    String[] words = {"JANE", "Q.", "PUBLIC", "AL-FOO", "OF", "THE", "D'BAR", "MCKAY", "UNITED", "Freedonia"};
    String[] codes = {"USA", "USAGOV", "IGOUNO", "---", "RUSMIL", "KUR", "REB", "AFGGOVMUS"};
    List<String> lines = new ArrayList<>();
    for (int rec = 0, n = 1 + r.nextInt(4); rec < n; rec++) {
      String phrase = randomPhrase(r, words);
      lines.add(phrase + (r.nextBoolean() ? "  [" + codes[r.nextInt(codes.length)] + "]" : "")
          + (r.nextInt(3) == 0 ? "  # note" : ""));
      for (int k = r.nextInt(3); k > 0; k--) {
        lines.add("+" + randomPhrase(r, words));
      }
      for (int k = r.nextInt(4); k > 0; k--) {
        String a = randomDate(r);
        String b = randomDate(r);
        String restriction = switch (r.nextInt(3)) {
          case 0 -> "<" + a;
          case 1 -> ">" + a;
          default -> a + "-" + b;
        };
        lines.add("\t[" + codes[r.nextInt(codes.length)] + " " + restriction + "]");
      }
    }
    return lines;
  }

  private static List<String> randomAgents(Random r) {
    String[] words = {"FOREIGN", "MINISTER", "ARMED", "FORCES", "POLICE", "HUMAN", "RIGHTS", "GROUP", "CHIEF"};
    String[] codes = {"~GOV", "~MIL", "~COP", "NGO~", "~GOVATG", "~CHRCTH", "~XYZ"};
    List<String> lines = new ArrayList<>();
    if (r.nextBoolean()) {
      lines.add("!P! = MAN, WOMAN, PERSON");
    }
    for (int k = 1 + r.nextInt(5); k > 0; k--) {
      String phrase = randomPhrase(r, words) + (lines.size() > 0 && lines.get(0).startsWith("!") && r.nextInt(4) == 0
          ? "!P!" : "");
      String plural = switch (r.nextInt(3)) {
        case 0 -> " {}";
        case 1 -> " {" + randomPhrase(r, words) + "}";
        default -> "";
      };
      lines.add(phrase + plural + " [" + codes[r.nextInt(codes.length)] + "]" + (r.nextInt(3) == 0 ? " # x" : ""));
    }
    return lines;
  }

  private static String randomPhrase(Random r, String[] words) {
    StringBuilder b = new StringBuilder(words[r.nextInt(words.length)]);
    for (int k = r.nextInt(3); k > 0; k--) {
      b.append(r.nextInt(4) == 0 ? " " : "_").append(words[r.nextInt(words.length)]);
    }
    return b.append(r.nextBoolean() ? "_" : "").toString();
  }

  private static String randomDate(Random r) {
    int year = 1950 + r.nextInt(80);
    String day = String.format("%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28));
    return r.nextBoolean() ? year + day : String.format("%02d", year % 100) + day;
  }

  private static String outcome(String[] lines, boolean actorsFile) {
    try {
      ActorDictionary d = actorsFile ? actors(lines) : agents(lines);
      return "ok " + d.size();
    } catch (DictionaryException e) {
      assertThat(e.line()).as("line of %s", List.of(lines)).isBetween(1, lines.length);
      assertThat(e.column()).as("column of %s", List.of(lines)).isGreaterThanOrEqualTo(1);
      return e.getMessage();
    }
  }
}

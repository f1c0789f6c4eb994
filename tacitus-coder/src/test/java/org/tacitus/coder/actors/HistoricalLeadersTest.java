package org.tacitus.coder.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tacitus.coder.testkit.CoderTestKit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tacitus.coder.dict.ActorDictionary;
import org.tacitus.coder.dict.ActorDictionary.Kind;
import org.tacitus.coder.dict.DictionaryText;
import org.tacitus.coder.testkit.CoderTestKit;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Mention;

/**
 * The office holders leaders.tsv lists from 1975 and beyond the G20: the file loads through the standard dictionary,
 * keeps its conventions, and the article date picks the office holder. Sentences written for this test.
 */
class HistoricalLeadersTest {

  private static final String LEADERS = "/org/tacitus/coder/actors/leaders.tsv";
  private static final ActorDictionary STANDARD = ActorDictionary.standard(CameoOntology.standard());
  private static final Pattern BLOCK = Pattern.compile("^# === ([A-Z]{3}) - ");
  /** UN members without a block, each for the reason the header gives. */
  private static final Set<String> UNCOVERED = Set.of("AND", "CHE", "NRU", "SMR", "TUV");

  /** One entry of the file, with the code of the "# === XXX - Name ===" block it stands in (null outside one). */
  private record Row(int line, String code, LocalDate from, Optional<LocalDate> to, String name, String block) {

    boolean overlaps(Row o) {
      return !from.isAfter(o.to.orElse(LocalDate.MAX)) && !o.from.isAfter(to.orElse(LocalDate.MAX));
    }
  }

  private static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    String block = null;
    List<String> lines = DictionaryText.resource(HistoricalLeadersTest.class, LEADERS).lines();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("# ===")) {
        Matcher m = BLOCK.matcher(line);
        block = m.find() ? m.group(1) : null;
      }
      if (DictionaryText.skip(line)) {
        continue;
      }
      String[] c = line.split("\t");
      assertThat(c).as("line %d has four columns", i + 1).hasSize(4);
      Optional<LocalDate> to = c[2].equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(c[2]));
      rows.add(new Row(i + 1, c[0], LocalDate.parse(c[1]), to, c[3], block));
    }
    return rows;
  }

  /** The codes of the first column of a coded file of this module. */
  private static Set<String> codes(String resource) {
    Set<String> codes = new HashSet<>();
    for (String line : DictionaryText.resource(HistoricalLeadersTest.class, resource).lines()) {
      if (!DictionaryText.skip(line)) {
        codes.add(line.split("\t")[0].strip());
      }
    }
    return codes;
  }


  /** The code the whole name has on {@code date}, through the standard dictionary. */
  private static Optional<String> code(String name, String date) {
    return STANDARD.matchName(CoderTestKit.nameSentence(name), 0, Optional.of(LocalDate.parse(date)))
        .filter(m -> m.phrase().kind() == Kind.PERSON && m.to() == name.split(" ").length - 1)
        .map(m -> m.phrase().code());
  }

  @Test
  void theFileLoadsThroughTheStandardDictionary() {
    assertThat(STANDARD.checksums()).containsKey(LEADERS);
    assertThat(rows()).hasSizeGreaterThan(3000);
  }

  @Test
  void everyPeriodEndsOnOrAfterItsStart() {
    assertThat(rows()).allSatisfy(r -> assertThat(r.to().orElse(LocalDate.MAX))
        .as("line %d, %s", r.line(), r.name()).isAfterOrEqualTo(r.from()));
  }

  @Test
  void aNameNeverHasTwoCodesAtOnce() {
    Map<String, List<Row>> byName = new LinkedHashMap<>();
    rows().forEach(r -> byName.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r));
    List<String> clashes = new ArrayList<>();
    byName.values().forEach(same -> {
      for (int i = 0; i < same.size(); i++) {
        for (int j = i + 1; j < same.size(); j++) {
          Row a = same.get(i);
          Row b = same.get(j);
          if (!a.code().equals(b.code()) && a.overlaps(b)) {
            clashes.add(a.name() + ": lines " + a.line() + " (" + a.code() + ") and " + b.line() + " (" + b.code()
                + ")");
          }
        }
      }
    });
    assertThat(clashes).isEmpty();
  }

  @Test
  void everyBlockIsACountryOfCountriesTsvAndHoldsOnlyItsRows() {
    Set<String> countries = codes("/org/tacitus/coder/actors/countries.tsv");
    Set<String> organisations = codes("/org/tacitus/coder/actors/organisations.tsv");
    List<Row> rows = rows();
    List<String> wrong = new ArrayList<>();
    for (Row r : rows) {
      if (r.block() == null) {
        continue;
      }
      if (r.block().equals("IGO") ? !organisations.contains(r.code())
          : !countries.contains(r.block()) || !r.code().startsWith(r.block())) {
        wrong.add("line " + r.line() + ": " + r.code() + " in the block of " + r.block());
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(rows).filteredOn(r -> r.block() == null).as("rows outside a country block").hasSizeLessThan(60);
  }

  @Test
  void everyUnMemberStateHasABlockButTheDocumentedFew() {
    Set<String> members = new TreeSet<>();
    boolean inMembers = false;
    for (String line : DictionaryText.resource(HistoricalLeadersTest.class, "/org/tacitus/coder/actors/countries.tsv")
        .lines()) {
      if (line.startsWith("# ----")) {
        inMembers = line.contains("UN member states");
      } else if (inMembers && !DictionaryText.skip(line)) {
        members.add(line.split("\t")[0]);
      }
    }
    assertThat(members).hasSize(193);
    Set<String> covered = new HashSet<>();
    rows().forEach(r -> covered.add(r.code().substring(0, 3)));
    Set<String> missing = new TreeSet<>(members);
    missing.removeAll(covered);
    assertThat(UNCOVERED).containsAll(missing);
  }

  @Test
  void theArticleDatePicksTheOfficeHolderOnEveryContinent() {
    // Europe: a Soviet leader carries the successor's code (countries.tsv has none for the Soviet Union)
    assertThat(code("Mikhail Gorbachev", "1987-06-01")).hasValue("RUSGOV");
    assertThat(code("Mikhail Gorbachev", "1995-06-01")).isEmpty();
    assertThat(code("Helmut Kohl", "1990-10-03")).hasValue("DEUGOV");
    assertThat(code("Helmut Kohl", "2001-06-01")).isEmpty();
    // Africa
    assertThat(code("Julius Nyerere", "1980-06-01")).hasValue("TZAGOV");
    assertThat(code("Julius Nyerere", "1990-06-01")).isEmpty();
    assertThat(code("Nelson Mandela", "1994-05-10")).as("handover day").hasValue("ZAFGOV");
    assertThat(code("F. W. de Klerk", "1994-05-10")).as("state president, then deputy").hasValue("ZAFGOV");
    // the Americas
    assertThat(code("Raúl Alfonsín", "1985-06-01")).hasValue("ARGGOV");
    assertThat(code("Raul Alfonsin", "1985-06-01")).as("without accents").hasValue("ARGGOV");
    assertThat(code("Raul Alfonsin", "1990-06-01")).isEmpty();
    // Asia and Oceania
    assertThat(code("Suharto", "1990-06-01")).as("a name used alone").hasValue("IDNGOV");
    assertThat(code("Lee Kuan Yew", "1980-06-01")).hasValue("SGPGOV");
    assertThat(code("Bob Hawke", "1988-06-01")).hasValue("AUSGOV");
    // the Middle East: a gap between two terms, and a body that is not a state
    assertThat(code("Shimon Peres", "1985-06-01")).hasValue("ISRGOV");
    assertThat(code("Shimon Peres", "1991-06-01")).as("out of government 1990-1992").isEmpty();
    assertThat(code("Yasser Arafat", "1995-06-01")).hasValue("PSEGOV");
    assertThat(code("Saddam Hussein", "1990-08-02")).hasValue("IRQGOV");
    assertThat(code("Saddam Hussein", "2004-06-01")).isEmpty();
  }

  @Test
  void anAmbiguousTitleIsListedOnlyWhileOneStateHasSuchAnOfficeHolder() {
    assertThat(code("King Abdullah", "2001-06-01")).hasValue("JORGOV");
    assertThat(code("King Abdullah", "2010-06-01")).as("Saudi Arabia had a King Abdullah too").isEmpty();
    assertThat(code("King Abdullah", "2016-06-01")).hasValue("JORGOV");
  }

  @Test
  void theUnSecretaryGeneralCarriesTheUnsCode() {
    assertThat(code("Kofi Annan", "2000-06-01")).hasValue("IGOUNO");
    assertThat(code("Ban Ki-moon", "2005-06-01")).as("foreign minister before").hasValue("KORGOV");
    assertThat(code("Ban Ki-moon", "2010-06-01")).hasValue("IGOUNO");
  }

  @Test
  void aFullNameThatIsNoLeadersIsAnotherPerson() {
    assertThat(STANDARD.isLeaderName("Micheál Martin")).isTrue();
    assertThat(STANDARD.isLeaderName("Mikhail Gorbachev")).isTrue();
    assertThat(STANDARD.isLeaderName("Tom Martin")).isFalse();
    assertThat(STANDARD.leaderBySurname("Gorbachev", Optional.of(LocalDate.of(1988, 6, 1))))
        .hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("RUSGOV"));
  }

  private static Optional<Mention> mention(CodedArticle coded, String words) {
    return coded.mentions().stream().filter(m -> m.text().equals(words)).findFirst();
  }

  @Test
  @Tag("corenlp")
  void anUntitledNameInADatedStoryResolvesOnlyDuringTheTerm() {
    String text = "Carlos Menem opened a new bridge over the river on Tuesday.";
    assertThat(mention(CoderTestKit.code(text, LocalDate.of(1995, 6, 13)), "Carlos Menem"))
        .hasValueSatisfying(m -> assertThat(m.actor().code()).as(m.reason()).isEqualTo("ARGGOV"));
    assertThat(mention(CoderTestKit.code(text, LocalDate.of(2005, 6, 14)), "Carlos Menem").map(m -> m.actor().code()))
        .as("out of office in 2005").isNotEqualTo(Optional.of("ARGGOV"));
    String other = "Julius Nyerere visited a school near the coast.";
    assertThat(mention(CoderTestKit.code(other, LocalDate.of(1981, 3, 2)), "Julius Nyerere"))
        .hasValueSatisfying(m -> assertThat(m.actor().code()).as(m.reason()).isEqualTo("TZAGOV"));
  }

  @Test
  @Tag("corenlp")
  void aStrangerWithALeadersSurnameIsNotTheLeader() {
    // Micheál Martin was Ireland's head of government in 2021; this Martin is somebody else
    CodedArticle coded = CoderTestKit.code("Tom Martin sold his farm to a neighbour.", LocalDate.of(2021, 3, 2));
    assertThat(mention(coded, "Tom Martin").map(m -> m.actor().code())).isNotEqualTo(Optional.of("IRLGOV"));
  }
}

package org.tacitus.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.coder.StandardCoder;
import org.tacitus.core.cameo.CameoOntology;

/** {@code tacitus dict validate}: the shipped set, and the user's files with their errors. */
class DictValidateTest {

  @TempDir
  Path dir;

  @Test
  void shippedDictionariesAreValidAndCoverEveryCameoCode() {
    Cli.Result r = Cli.run("dict", "validate");
    assertThat(r.code()).as(r.err()).isZero();
    for (String resource : Dictionaries.ONTOLOGY) {
      assertThat(r.out()).containsPattern(resource.replace(".", "\\.") + " +ontology +\\d+ (codes|sectors) +sha256"
          + " [0-9a-f]{12}\n");
    }
    for (String resource : Dictionaries.CODER) {
      String kind = DictionaryKind.byName(Path.of(resource)).orElseThrow().label();
      assertThat(r.out()).containsPattern(resource.replace(".", "\\.") + " +" + kind + " +\\d+ entries +sha256"
          + " [0-9a-f]{12}\n");
    }
    assertThat(r.out()).containsPattern("CAMEO coverage: 296 codes: \\d+ reachable, \\d+ listed unreachable,"
        + " 0 missing\n");
    assertThat(r.err()).isEqualTo("tacitus: 10 dictionaries checked, all valid\n");
  }

  @Test
  void theListOfShippedFilesIsWhatTheCoderReads() {
    assertThat(StandardCoder.load(CameoOntology.standard()).checksums().keySet())
        .containsExactlyInAnyOrderElementsOf(Dictionaries.CODER);
  }

  @Test
  void everyErrorOfABrokenFileIsPrintedWithFileLineColumnAndCaret() throws IOException {
    Path verbs = Files.writeString(dir.resolve("my-verbs.txt"), String.join("\n",
        "# my verbs",
        "043 meet",
        "04x convene",
        "042 travel prep=to",
        "051 praise bogus=1",
        ""));
    Path countries = Files.writeString(dir.resolve("countries-extra.tsv"), "ALB\tname\tElbonia\n");
    Path missing = dir.resolve("gone.agents");
    Cli.Result r = Cli.run("dict", "validate", verbs.toString(), countries.toString(), missing.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains(verbs + ":3:1: '04x' is not a CAMEO code (3 or 4 digits, e.g. 043 or 0332) nor '---' (no event)\n"
            + "  04x convene\n"
            + "  ^\n")
        .contains(verbs + ":5:12: unknown slot 'bogus=1'; slots are obj=, objmod=, mod=, prep=, pobj=, xcomp=, "
            + "subj=, from=\n"
            + "  051 praise bogus=1\n"
            + "             ^\n")
        .contains(missing + ": no such file\n")
        .endsWith("tacitus: 3 dictionaries checked: 1 valid, 2 with errors; 3 errors in all\n");
    // The valid file is still checked and listed.
    assertThat(r.out()).containsPattern(countries.toString().replace(".", "\\.")
        + " +countries +1 entry +sha256 [0-9a-f]{12}");
  }

  @Test
  void aPetrarchFileReportsItsFirstError() throws IOException {
    Path actors = Files.writeString(dir.resolve("Mine.actors"), "ELBONIA [ALB]\n+ELBONIAN_REPUBLIC\nFOO [usa]\n");
    Cli.Result r = Cli.run("dict", "validate", actors.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(actors + ":3:6: actor code 'usa' is not an upper-case CAMEO code; write USA\n"
        + "  FOO [usa]\n"
        + "       ^\n");
    Files.writeString(actors, "ELBONIA [ALB]\n+ELBONIAN_REPUBLIC\nFOO [USA]\n");
    Cli.Result fixed = Cli.run("dict", "validate", actors.toString());
    assertThat(fixed.code()).as(fixed.err()).isZero();
    assertThat(fixed.out()).containsPattern("petrarch-actors +2 records +sha256 ");
  }

  @Test
  void aUserEventFileIsCheckedForCoverageInPlaceOfTheShippedOne() throws IOException {
    Path nouns = Files.writeString(dir.resolve("nouns.txt"), "043 meeting\n042 visit prep=to\n");
    Cli.Result r = Cli.run("dict", "validate", nouns.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("nouns  ").contains("With /org/tacitus/coder/dict/cameo-verbs.txt and " + nouns)
        .containsPattern("CAMEO coverage: 296 codes: \\d+ reachable");
  }

  @Test
  void anEntryHiddenByAnEarlierOneIsAWarningNotAnError() throws IOException {
    Path nouns = Files.writeString(dir.resolve("nouns.txt"), "043 meeting\n040 meeting\n");
    Cli.Result r = Cli.run("dict", "validate", nouns.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("tacitus: warning: " + nouns + ":2 ('040 meeting') is hidden by " + nouns
        + ":1 ('043 meeting') wherever both hold (the bare noun)\n");
  }

  @Test
  void theGrammarComesFromTheNameOrFromKind() throws IOException {
    Path odd = Files.writeString(dir.resolve("mine.dat"), "043 meet\n");
    Cli.Result unknown = Cli.run("dict", "validate", odd.toString());
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("cannot tell the grammar of " + odd).contains("--kind");
    Cli.Result asVerbs = Cli.run("dict", "validate", "--kind", "verbs", odd.toString());
    assertThat(asVerbs.code()).as(asVerbs.err()).isZero();
    assertThat(Cli.run("dict", "validate", "--kind", "bogus", odd.toString()).err())
        .contains("no dictionary kind 'bogus'");
    assertThat(Cli.run("dict", "validate", "--kind", "verbs").code()).isEqualTo(2);
    assertThat(Cli.run("dict").code()).isEqualTo(2);
  }

  @Test
  void namesGiveKinds() {
    assertThat(kind("cameo-verbs.txt")).contains(DictionaryKind.VERBS);
    assertThat(kind("My-Nouns.TXT")).contains(DictionaryKind.NOUNS);
    assertThat(kind("countries-extra.tsv")).contains(DictionaryKind.COUNTRIES);
    assertThat(kind("organisations.tsv")).contains(DictionaryKind.ORGANISATIONS);
    assertThat(kind("agents.tsv")).contains(DictionaryKind.AGENTS);
    assertThat(kind("leaders-2024.tsv")).contains(DictionaryKind.LEADERS);
    assertThat(kind("Phoenix.Countries.actors")).contains(DictionaryKind.PETRARCH_ACTORS);
    assertThat(kind("Phoenix.Countries.actors.txt")).contains(DictionaryKind.PETRARCH_ACTORS);
    assertThat(kind("Phoenix.agents.txt")).contains(DictionaryKind.PETRARCH_AGENTS);
    assertThat(kind("mine.agents")).contains(DictionaryKind.PETRARCH_AGENTS);
    assertThat(kind("frames.tsv")).contains(DictionaryKind.FRAMES);
    assertThat(kind("my-countries.tsv")).isEmpty();
    assertThat(kind("verbs.tsv")).isEmpty();
    assertThat(kind("notes.txt")).isEmpty();
  }

  private static Optional<DictionaryKind> kind(String name) {
    return DictionaryKind.byName(Path.of("some", "dir", name));
  }
}

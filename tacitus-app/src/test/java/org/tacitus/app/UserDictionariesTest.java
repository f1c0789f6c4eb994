package org.tacitus.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.coder.StandardCoder;
import org.tacitus.coder.dict.ActorDictionary;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Mention;

/** --actors, --verbs and --nouns without the models: the coder they build, its checksums, and their errors. */
class UserDictionariesTest {

  @TempDir
  Path dir;

  static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path elbonia() throws IOException {
    return Files.writeString(dir.resolve("Elbonia.actors"), "# an invented country, coded as Albania\n"
        + "ELBONIA [ALB]\n");
  }

  @Test
  void userActorFilesComeWithTheShippedOnesAndTheirChecksums() throws IOException {
    Path actors = elbonia();
    Path orgs = Files.writeString(dir.resolve("organisations-mine.tsv"), "IGOELB\tigo\tElbonian Union\n");
    UserDictionaries user = new UserDictionaries(List.of(UserDictionaries.ActorFile.of(actors),
        UserDictionaries.ActorFile.of(orgs)), Optional.empty(), Optional.empty());
    StandardCoder coder = Pipeline.coder(user);
    assertThat(coder.checksums())
        .containsEntry(actors.toString(), sha256(actors))
        .containsEntry(orgs.toString(), sha256(orgs))
        .containsKeys(Dictionaries.CODER.toArray(String[]::new));
  }

  @Test
  void aUserVerbsFileReplacesTheShippedOne() throws IOException {
    Path verbs = Files.writeString(dir.resolve("verbs.txt"), "043 meet\n");
    StandardCoder coder = Pipeline.coder(new UserDictionaries(List.of(), Optional.of(verbs), Optional.empty()));
    assertThat(coder.checksums()).containsEntry(verbs.toString(), sha256(verbs))
        .doesNotContainKey(Dictionaries.VERBS).containsKey(Dictionaries.NOUNS);
    PipelineConfig config = PipelineConfig.defaults().withDictionaries(new UserDictionaries(List.of(),
        Optional.of(verbs), Optional.empty()));
    assertThat(config.asMap()).containsEntry("dictionaries.verbs", verbs.toString())
        .containsEntry("dictionaries.nouns", "shipped").containsEntry("dictionaries.actors", "shipped");
  }

  @Test
  void theUsersNameIsResolvedByTheirEntry() throws IOException {
    StandardCoder coder = Pipeline.coder(new UserDictionaries(List.of(UserDictionaries.ActorFile.of(elbonia())),
        Optional.empty(), Optional.empty()));
    Article article = new Article("e", "Elbonia protested.", Optional.empty(), Optional.empty(), Optional.empty(),
        "e.txt");
    CodedArticle coded = coder.code(new FakeStages.FakeAnnotator().annotate(article));
    assertThat(coded.mentions()).extracting(Mention::text, m -> m.actor().code())
        .contains(org.assertj.core.groups.Tuple.tuple("Elbonia", "ALB"));
  }

  @Test
  void theShippedActorsAreTheSameWithOrWithoutUserEntries() {
    CameoOntology o = CameoOntology.standard();
    ActorDictionary plain = ActorDictionary.standard(o);
    ActorDictionary empty = ActorDictionary.standard(o, builder -> { });
    assertThat(empty.size()).isEqualTo(plain.size());
    assertThat(empty.checksums()).isEqualTo(plain.checksums());
  }

  @Test
  void aBrokenUserFileStopsThePipelineWithFileLineColumnAndCaret() throws IOException {
    Path bad = Files.writeString(dir.resolve("countries-bad.tsv"), "ALB\tname\tElbonia\nZZZ\tname\tZedland\n");
    UserDictionaries user = new UserDictionaries(List.of(UserDictionaries.ActorFile.of(bad)), Optional.empty(),
        Optional.empty());
    assertThatThrownBy(() -> Pipeline.coder(user)).isInstanceOf(PipelineException.class)
        .hasMessageContaining(bad + ":2:1: actor code 'ZZZ'").hasMessageContaining("\n  ZZZ name Zedland\n  ^");
  }

  @Test
  void optionsAreCheckedBeforeAnythingLoads() throws IOException {
    Path article = Files.writeString(dir.resolve("a.txt"), "Elbonia protested.");
    Cli.Result odd = Cli.run("code", article.toString(), "--actors", dir.resolve("mine.dat").toString());
    assertThat(odd.code()).isEqualTo(2);
    assertThat(odd.err()).contains("--actors: cannot tell the format of").contains("*.actors");
    Path verbs = Files.writeString(dir.resolve("my-verbs.txt"), "043 meet\n");
    Cli.Result wrong = Cli.run("actors", article.toString(), "--actors", verbs.toString());
    assertThat(wrong.code()).isEqualTo(2);
    assertThat(wrong.err()).contains("is named as a verbs dictionary").contains("give it with --verbs");
    Cli.Result missing = Cli.run("eval", "--gold", "g.jsonl", "--actors", dir.resolve("none.actors").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("tacitus: --actors " + dir.resolve("none.actors") + ": no such file");
    assertThat(Cli.run("code", article.toString(), "--nouns", dir.toString()).err()).contains(": not a file");
  }

  @Test
  void helpNamesTheOptions() {
    for (String command : List.of("code", "eval", "actors")) {
      assertThat(Cli.run(command, "--help").out()).contains("--actors=FILE").contains("--verbs=FILE")
          .contains("--nouns=FILE");
    }
    assertThat(Cli.run("--help").out()).contains("actors").contains("dict");
    assertThat(Cli.run("actors", "--help").out()).contains("--json");
  }
}

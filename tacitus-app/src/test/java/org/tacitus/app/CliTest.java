package org.tacitus.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line where it needs no models: help, version, usage errors, inputs of which nothing is readable. */
class CliTest {

  @TempDir
  Path dir;

  @Test
  void helpAndVersionExitZero() {
    Cli.Result help = Cli.run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Usage: tacitus").contains("code").contains("eval").contains("Exit codes");
    assertThat(Cli.run("code", "--help").out()).contains("--out").contains("--threads").contains("--date");
    assertThat(Cli.run("eval", "--help").out()).contains("--gold").contains("--seed").contains("--min-required");
    Cli.Result version = Cli.run("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("tacitus " + Version.tacitus()).contains("Stanford CoreNLP 4.5.10");
  }

  @Test
  void usageErrorsExitTwo() {
    Cli.Result unknown = Cli.run("--bogus");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("tacitus: Unknown option: '--bogus'").contains("--help");
    assertThat(Cli.run().code()).isEqualTo(2);
    assertThat(Cli.run("frobnicate").code()).isEqualTo(2);
    assertThat(Cli.run("code").err()).contains("Missing required parameter: 'FILE'");
    assertThat(Cli.run("code", "--threads", "0", "a.txt").code()).isEqualTo(2);
    Cli.Result date = Cli.run("code", "--date", "2020-13-01", "a.txt");
    assertThat(date.code()).isEqualTo(2);
    assertThat(date.err()).contains("--date");
    Cli.Result dedup = Cli.run("code", "--dedup", "paragraph", "a.txt");
    assertThat(dedup.code()).isEqualTo(2);
    assertThat(dedup.err()).contains("--dedup takes 'sentence', 'story' or 'daily'");
    assertThat(Cli.run("eval").code()).isEqualTo(2);
    assertThat(Cli.run("eval", "--gold", "g.jsonl", "--seed", "s.json").code()).isEqualTo(2);
    assertThat(Cli.run("eval", "--seed", "s.json").err()).contains("needs the ARTICLE");
    Cli.Result level = Cli.run("eval", "--gold", "g.jsonl", "--min-f1", "bogus=0.5");
    assertThat(level.code()).isEqualTo(2);
    assertThat(level.err()).contains("no level 'bogus'");
  }

  @Test
  void missingFileIsNamedAndNothingReadableExitsOne() {
    Path missing = dir.resolve("missing.txt");
    Cli.Result r = Cli.run("code", missing.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("tacitus: " + missing + ": no such file; check the path; skipped")
        .contains("tacitus: 1 read, 0 coded, 1 skipped (1 missing file), 0 failed; 0 sentences, 0 events in ")
        .contains("no article could be coded");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void emptyFileIsReported() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Cli.Result r = Cli.run("code", empty.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("tacitus: " + empty + ": file is empty; there is nothing to code; skipped")
        .contains("1 skipped (1 empty file)");
  }

  @Test
  void invalidUtf8IsReportedWithWhereAndHowToFix() throws IOException {
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "Caf\u00e9 talks\n".getBytes(StandardCharsets.ISO_8859_1));
    Cli.Result r = Cli.run("code", latin1.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(latin1 + ": not valid UTF-8 (byte 3, line 1); save the file as UTF-8")
        .contains("1 skipped (1 invalid UTF-8)");
  }

  @Test
  void jsonLinesWithOnlyBadRecordsNameEachLine() throws IOException {
    Path f = Files.writeString(dir.resolve("bad.jsonl"),
        "not json\n{\"id\":\"x\"}\n\n{\"text\":\"a\",\"date\":\"5 May\"}\n");
    Cli.Result r = Cli.run("code", f.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("tacitus: " + f + ":1: line is not JSON (Unrecognized token 'not' at column 1); write one JSON"
            + " object per line; skipped")
        .contains("tacitus: " + f + ":2: line has no \"text\"; give the article text as \"text\": \"...\"; skipped")
        .contains("tacitus: " + f + ":4: \"date\" \"5 May\" is not a date; write YYYY-MM-DD")
        .contains("3 read, 0 coded, 3 skipped (1 not JSON, 1 no \"text\", 1 bad date), 0 failed");
  }

  @Test
  void unwritableOutputIsAFailure() throws IOException {
    Path in = Files.writeString(dir.resolve("a.txt"), "Kenya and Ethiopia met.");
    Cli.Result r = Cli.run("code", in.toString(), "--out", dir.resolve("no/such/dir/out.jsonl").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("tacitus: cannot write ").contains("out.jsonl");
  }

  @Test
  void goldFileProblemsExitOne() throws IOException {
    Cli.Result missing = Cli.run("eval", "--gold", dir.resolve("none.jsonl").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("none.jsonl: no such gold file");
    Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\":\"a\",\"text\":\"t\",\"events\":[]}\n{oops\n");
    Cli.Result malformed = Cli.run("eval", "--gold", bad.toString());
    assertThat(malformed.code()).isEqualTo(1);
    assertThat(malformed.err()).contains("tacitus: " + bad + ":2: not JSON");
    Path twice = Files.writeString(dir.resolve("twice.jsonl"),
        "{\"id\":\"a\",\"text\":\"t\"}\n{\"id\":\"a\",\"text\":\"u\"}\n");
    assertThat(Cli.run("eval", "--gold", twice.toString()).err()).contains(":2: record id 'a' was used before, at ");
  }
}

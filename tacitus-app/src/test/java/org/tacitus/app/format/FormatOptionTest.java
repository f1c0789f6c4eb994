package org.tacitus.app.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.tacitus.app.Main;

/** {@code tacitus code --format}: the names it takes, and a usage error (exit 2) before any model loads. */
class FormatOptionTest {

  @Test
  void namesAreTheOptionsValues() {
    assertThat(OutputFormat.labels()).isEqualTo("jsonl|csv|gdelt|mentions|phoenix|icews|polecat|parquet");
    for (OutputFormat f : OutputFormat.values()) {
      assertThat(OutputFormat.byLabel(f.label())).contains(f);
    }
    assertThat(OutputFormat.byLabel("GDELT")).isEmpty();
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"code", "--format", "ices", "a.txt"}, new PrintWriter(out),
        new PrintWriter(err));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("--format takes jsonl|csv|gdelt|mentions|phoenix|icews|polecat|parquet, not 'ices'");
  }

  @Test
  void helpListsTheFormats() {
    StringWriter out = new StringWriter();
    int code = Main.run(new String[] {"code", "--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    assertThat(out.toString()).contains("--format=jsonl|csv|gdelt|mentions|phoenix|icews|polecat|parquet")
        .contains("--header");
  }
}

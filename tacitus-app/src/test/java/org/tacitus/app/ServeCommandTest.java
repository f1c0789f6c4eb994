package org.tacitus.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The usage errors of {@code tacitus serve}, found before any model loads or port opens. */
class ServeCommandTest {

  @Test
  void helpNamesTheOptions() {
    Cli.Result r = Cli.run("serve", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--db", "--port", "--host", "--token", "TACITUS_TOKEN", "--max-request-bytes",
        "--timeout");
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    Cli.Result r = Cli.run("serve", "--port", "70000");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--port must be 0 to 65535, not 70000");
  }

  @Test
  void anEmptyTokenIsAUsageError() {
    Cli.Result r = Cli.run("serve", "--token", " ");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("the token is empty");
  }

  @Test
  void theTopHelpListsServe() {
    assertThat(Cli.run("--help").out()).contains("serve");
  }
}

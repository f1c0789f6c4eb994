package org.tacitus.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.tacitus.app.web.WebConfig;
import org.tacitus.app.web.WebServer;
import org.tacitus.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacitus serve}: the REST API and the page over a store, until the process is stopped (docs/WEB.md). */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Serves the JSON API (/api/..., described at /api/openapi.json) and the page that explores events",
        "and their evidence, over a DuckDB store. Reading is open; storing and deleting need the token. Stop with",
        "Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

  static final String TOKEN_VARIABLE = "TACITUS_TOKEN";

  @Spec
  CommandSpec spec;

  @Option(names = "--db", paramLabel = "FILE",
      description = "The store (created if missing). Without it, a temporary store deleted when the server stops.")
  Path db;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: 8080; 0: any).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = WebConfig.DEFAULT_HOST,
      description = "Address to bind (default: 127.0.0.1, this machine only).")
  String host;

  @Option(names = "--token", paramLabel = "T", description = "Token for writing requests (Authorization: Bearer T);"
      + " default: the environment variable " + TOKEN_VARIABLE + ", else a random one printed at start.")
  String token;

  @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "1000000",
      description = "Largest request body (default: 1000000); larger ones get 413.")
  long maxRequestBytes;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
      description = "Longest time to code one article (default: 120); longer gets 503.")
  int timeoutSeconds;

  @Mixin
  DictionaryOptions dictionaries;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535, not " + port);
    }
    if (timeoutSeconds < 1 || maxRequestBytes < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--timeout and --max-request-bytes must be"
          + " at least 1");
    }
    String given = token != null ? token : System.getenv(TOKEN_VARIABLE);
    if (given != null && given.isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "the token is empty; give --token T or set "
          + TOKEN_VARIABLE);
    }
    String secret = given != null ? given : randomToken();
    Path file = db;
    Path temp = null;
    if (file == null) {
      temp = Files.createTempDirectory("tacitus-serve");
      file = temp.resolve("events.duckdb");
    }
    WebConfig config = new WebConfig(host, port, secret, maxRequestBytes, Duration.ofSeconds(timeoutSeconds),
        Duration.ofSeconds(30));
    Pipeline pipeline = Pipeline.create(PipelineConfig.defaults().withDictionaries(dictionaries.resolve()));
    err.println("tacitus: loading the language models and dictionaries ...");
    pipeline.load();
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    try (EventStore store = EventStore.open(file); WebServer server = WebServer.start(config, store, pipeline)) {
      err.println("tacitus: serving " + (temp == null ? file : "a temporary store (deleted at exit; give --db FILE"
          + " to keep it)") + " at http://" + hostInUrl(host) + ":" + server.port() + "/");
      if (given == null) {
        err.println("tacitus: token for storing and deleting (Authorization: Bearer ...): " + secret);
      }
      if (!host.equals(WebConfig.DEFAULT_HOST) && !host.equals("localhost")) {
        err.println("tacitus: warning: bound to " + host + ", not only this machine; anyone who reaches it can read"
            + " the store");
      }
      err.flush();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        stopped.countDown();
        try {
          closed.await(10, TimeUnit.SECONDS);  // let the store close cleanly before the JVM halts
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "tacitus-serve-stop"));
      stopped.await();
    } finally {
      if (temp != null) {
        deleteTree(temp);
      }
      closed.countDown();
    }
    return CommandLine.ExitCode.OK;
  }

  private static String hostInUrl(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }

  private static String randomToken() {
    byte[] b = new byte[18];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

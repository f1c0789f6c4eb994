package org.tacitus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.core.model.Article;

/** A list of feed URLs, fetched from a JDK HTTP server on the loopback interface (no internet). */
class FeedListReaderTest {

  @TempDir
  Path dir;

  private HttpServer server;
  private String base;

  private static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Horn Wire</title><link>https://example.org</link>
      <description>test</description>
      <item><guid>w1</guid><title>Talks</title><link>https://example.org/w1</link>
        <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;Kenya met Ethiopia.&lt;/p&gt;</description>
      </item>
      <item><guid>w2</guid><title>Aid</title><description>Egypt sent aid to Sudan.</description></item>
      </channel></rss>
      """;

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/wire.rss", exchange -> {
      byte[] body = RSS.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.createContext("/gone.rss", exchange -> {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.createContext("/page.html", exchange -> {
      byte[] body = "<html><body>not a feed</body></html>".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    base = "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void fetchesEachFeedAndReportsTheOnesThatFailAtTheirLine() throws IOException {
    Files.writeString(dir.resolve("local.rss"), RSS.replace("w1", "l1").replace("w2", "l2"));
    Path list = Files.writeString(dir.resolve("news.feeds"), "# feeds to read\n" + base + "/wire.rss\n\n"
        + base + "/gone.rss\n" + base + "/page.html\nlocal.rss\nnot a url at all\n");
    List<ReadResult> all = ReadAll.of(Inputs.open(list));
    assertThat(all).extracting(ReadResult::origin).containsExactly(base + "/wire.rss:item 1",
        base + "/wire.rss:item 2", list + ":4", base + "/page.html", dir.resolve("local.rss") + ":item 1",
        dir.resolve("local.rss") + ":item 2", dir.resolve("not a url at all").toString());
    Article first = ((ReadResult.Ok) all.get(0)).article();
    assertThat(first.id()).isEqualTo("w1");
    assertThat(first.text()).isEqualTo("Kenya met Ethiopia.");
    assertThat(first.date()).contains(LocalDate.of(2024, 3, 5));
    assertThat(first.source()).contains("Horn Wire");
    assertThat(all.get(2)).isInstanceOfSatisfying(RecordError.class, e -> {
      assertThat(e.reason()).isEqualTo(RecordError.BAD_FEED);
      assertThat(e.message()).contains("HTTP status 404").contains("/gone.rss");
    });
    assertThat(all.get(3)).isInstanceOfSatisfying(RecordError.class, e -> assertThat(e.reason())
        .isEqualTo(RecordError.BAD_FEED));
    assertThat(all.get(6)).isInstanceOfSatisfying(RecordError.class, e -> assertThat(e.reason())
        .isEqualTo(RecordError.MISSING_FILE));
  }

  @Test
  void aListWithoutFeedsAndAnUnreachableHost() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.feeds"), "# nothing yet\n\n");
    assertThat(ReadAll.of(Inputs.open(empty))).singleElement().isInstanceOfSatisfying(RecordError.class,
        e -> assertThat(e.message()).contains("names no feed"));
    server.stop(0);
    Path list = Files.writeString(dir.resolve("down.feeds"), base + "/wire.rss\n");
    assertThat(ReadAll.of(Inputs.open(list))).singleElement().isInstanceOfSatisfying(RecordError.class, e -> {
      assertThat(e.origin()).isEqualTo(list + ":1");
      assertThat(e.message()).contains("cannot fetch").contains("check the address");
    });
  }
}

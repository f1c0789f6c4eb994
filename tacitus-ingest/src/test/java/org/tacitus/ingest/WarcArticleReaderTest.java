package org.tacitus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.tacitus.core.model.Article;

class WarcArticleReaderTest {

  @TempDir
  Path dir;

  private static final Instant CRAWLED = Instant.parse("2024-04-01T08:00:00Z");

  private static WarcResponse response(String url, String type, String body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
    return new WarcResponse.Builder(URI.create(url)).date(CRAWLED).body(http).build();
  }

  private static List<WarcRecord> records() throws IOException {
    return List.of(
        response("https://example.org/a", "text/html; charset=utf-8", "<html><head><title>A</title>"
            + "<meta property=\"article:published_time\" content=\"2024-03-05\"></head>"
            + "<body><article><p>Kenya met Ethiopia.</p></article></body></html>"),
        response("https://example.org/logo.png", "image/png", "\u0089PNG"),
        response("https://example.org/b", "text/html", "<p>No date in this page.</p>"),
        new WarcResource.Builder(URI.create("https://example.org/c")).date(CRAWLED)
            .body(MediaType.HTML_UTF8, "<p>A resource page.</p>".getBytes(StandardCharsets.UTF_8)).build(),
        response("https://example.org/d", "text/html", "<html><body><nav>only navigation</nav></body></html>"));
  }

  private Path write(String name, WarcCompression compression) throws IOException {
    Path f = dir.resolve(name);
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(f, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE), compression)) {
      for (WarcRecord r : records()) {
        w.write(r);
      }
    }
    return f;
  }

  @Test
  void htmlResponsesAndResourcesAreArticles() throws IOException {
    for (String name : List.of("crawl.warc", "crawl.warc.gz")) {
      Path f = write(name, name.endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE);
      List<ReadResult> all = ReadAll.of(new WarcArticleReader(f));
      assertThat(all).as(name).hasSize(4);
      Article a = ((ReadResult.Ok) all.get(0)).article();
      assertThat(a.id()).startsWith("urn:uuid:");
      assertThat(a.url()).contains("https://example.org/a");
      assertThat(a.title()).contains("A");
      assertThat(a.text()).isEqualTo("Kenya met Ethiopia.");
      assertThat(a.date()).contains(LocalDate.of(2024, 3, 5));
      assertThat(a.origin()).isEqualTo(f + ":offset 0");
      Article b = ((ReadResult.Ok) all.get(1)).article();
      assertThat(b.date()).as("the WARC-Date when the page has none").contains(LocalDate.of(2024, 4, 1));
      assertThat(b.url()).contains("https://example.org/b");
      Article c = ((ReadResult.Ok) all.get(2)).article();
      assertThat(c.text()).isEqualTo("A resource page.");
      assertThat(all.get(3)).isInstanceOfSatisfying(RecordError.class, e -> {
        assertThat(e.reason()).isEqualTo(RecordError.NO_ARTICLE_TEXT);
        assertThat(e.origin()).startsWith(f + ":offset ");
      });
    }
  }

  @Test
  void aTruncatedWarcGzKeepsTheRecordsBeforeTheCut() throws IOException {
    Path whole = write("whole.warc.gz", WarcCompression.GZIP);
    byte[] bytes = Files.readAllBytes(whole);
    long thirdOffset = offsets(whole).get(2);
    Path cut = dir.resolve("cut.warc.gz");
    Files.write(cut, Arrays.copyOf(bytes, (int) thirdOffset + 30));
    List<ReadResult> all = ReadAll.of(new WarcArticleReader(cut));
    assertThat(all).hasSize(2);
    assertThat(all.get(0)).isInstanceOf(ReadResult.Ok.class);
    assertThat(all.get(1)).isInstanceOfSatisfying(RecordError.class, e -> {
      assertThat(e.reason()).isEqualTo(RecordError.BAD_WARC);
      assertThat(e.origin()).isEqualTo(cut + ":offset " + thirdOffset);
      assertThat(e.message()).contains("truncated or malformed").contains("1 page(s) before it were read");
    });
  }

  @Test
  void aTruncatedPlainWarcIsReportedToo() throws IOException {
    Path whole = write("whole.warc", WarcCompression.NONE);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.warc");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length - 40));
    List<ReadResult> all = ReadAll.of(new WarcArticleReader(cut));
    assertThat(all).hasSize(4).last().isInstanceOfSatisfying(RecordError.class, e -> {
      assertThat(e.reason()).isEqualTo(RecordError.BAD_WARC);
      assertThat(e.message()).contains("truncated");
    });
    assertThat(all.subList(0, 3)).allSatisfy(r -> assertThat(r).isInstanceOf(ReadResult.Ok.class));
  }

  @Test
  void aWarcGzCutInsideAPayloadKeepsTheRecordsBeforeIt() throws IOException {
    Path whole = write("whole2.warc.gz", WarcCompression.GZIP);
    byte[] bytes = Files.readAllBytes(whole);
    long third = offsets(whole).get(2);
    long fourth = offsets(whole).get(3);
    Path cut = dir.resolve("cut2.warc.gz");
    Files.write(cut, Arrays.copyOf(bytes, (int) (third + fourth) / 2));
    List<ReadResult> all = ReadAll.of(new WarcArticleReader(cut));
    assertThat(all).hasSize(2);
    assertThat(all.get(0)).isInstanceOf(ReadResult.Ok.class);
    assertThat(all.get(1)).isInstanceOfSatisfying(RecordError.class, e -> {
      assertThat(e.reason()).isEqualTo(RecordError.BAD_WARC);
      assertThat(e.origin()).isEqualTo(cut + ":offset " + third);
    });
  }

  @Test
  void notAWarcAndAWarcWithoutPages() throws IOException {
    Path junk = Files.writeString(dir.resolve("junk.warc"), "this is not a web archive\n");
    assertThat(ReadAll.of(new WarcArticleReader(junk))).singleElement().isInstanceOfSatisfying(RecordError.class,
        e -> assertThat(e.reason()).isEqualTo(RecordError.BAD_WARC));
    Path images = dir.resolve("images.warc");
    try (WarcWriter w = new WarcWriter(images)) {
      w.write(response("https://example.org/x.png", "image/png", "png"));
    }
    assertThat(ReadAll.of(new WarcArticleReader(images))).singleElement().isInstanceOfSatisfying(
        RecordError.class, e -> assertThat(e.message()).contains("no HTML response"));
  }

  private static List<Long> offsets(Path f) throws IOException {
    try (org.netpreserve.jwarc.WarcReader r = new org.netpreserve.jwarc.WarcReader(f)) {
      return r.records().map(WarcRecord::position).toList();
    }
  }
}

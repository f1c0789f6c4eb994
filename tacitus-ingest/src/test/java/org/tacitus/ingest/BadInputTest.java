package org.tacitus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.core.model.Article;

/**
 * Files no reader can take, for every reader: binary files, compressed files under a text name, wrong encodings,
 * empty files, an article of 10 MB, truncated files. Each is one clear {@link RecordError} naming the file (or the
 * record) and the fix, and the files after it are still read.
 */
class BadInputTest {

  @TempDir
  Path dir;

  /** The start of a PNG image: binary, with NUL bytes. */
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
      'R', 0, 0, 1, 0};

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static List<ReadResult> read(Path... files) throws IOException {
    return ReadAll.of(Inputs.open(List.of(files)));
  }

  private static RecordError onlyError(Path file) throws IOException {
    List<ReadResult> all = read(file);
    assertThat(all).as("records of %s", file).singleElement().isInstanceOf(RecordError.class);
    RecordError e = (RecordError) all.get(0);
    assertThat(e.origin()).startsWith(file.toString());
    return e;
  }

  @Test
  void binaryFilesAreNamedAsSuchByEveryTextReader() throws IOException {
    for (String name : List.of("image.txt", "image.html", "image.jsonl", "image.csv")) {
      RecordError e = onlyError(write(name, PNG));
      assertThat(e.reason()).as(name).isEqualTo(RecordError.BINARY);
      assertThat(e.message()).as(name).contains("NUL bytes").contains("not text");
    }
  }

  @Test
  void compressedFilesUnderATextNameSayHowToUnpackThem() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write("{\"text\": \"Kenya met Ethiopia.\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    RecordError e = onlyError(write("news.jsonl", gz.toByteArray()));
    assertThat(e.reason()).isEqualTo(RecordError.BINARY);
    assertThat(e.message()).contains("gzip").contains("gunzip");
    RecordError pdf = onlyError(write("report.txt", "%PDF-1.7\n%binary".getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(pdf.message()).contains("PDF").contains("pdftotext");
  }

  @Test
  void utf16WithAByteOrderMarkIsAWrongEncodingWithTheIconvFix() throws IOException {
    byte[] le = "\uFEFFKenya met Ethiopia.\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] be = "\uFEFFid,text\n1,Kenya met Ethiopia.\n".getBytes(StandardCharsets.UTF_16BE);
    for (Path f : List.of(write("le.txt", le), write("le.jsonl", le), write("be.csv", be))) {
      RecordError e = onlyError(f);
      assertThat(e.reason()).isEqualTo(RecordError.WRONG_ENCODING);
      assertThat(e.message()).contains("UTF-16").contains("iconv -f UTF-16 -t UTF-8");
    }
  }

  @Test
  void htmlInUtf16WithAByteOrderMarkIsDecoded() throws IOException {
    byte[] page = "\uFEFF<html><body><article><p>Kenya met Ethiopia in Nairobi.</p></article></body></html>"
        .getBytes(StandardCharsets.UTF_16LE);
    List<ReadResult> all = read(write("page.html", page));
    assertThat(all).singleElement().isInstanceOf(ReadResult.Ok.class);
    assertThat(((ReadResult.Ok) all.get(0)).article().text()).isEqualTo("Kenya met Ethiopia in Nairobi.");
  }

  @Test
  void latin1BytesInAUtf8FileNameTheirLineAndOtherLinesStand() throws IOException {
    byte[] latin1 = "{\"text\": \"Caf\u00e9 owners protested.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] good = "{\"text\": \"Kenya met Ethiopia.\"}\n".getBytes(StandardCharsets.UTF_8);
    List<ReadResult> all = read(write("mixed.jsonl", concat(good, latin1, good)));
    assertThat(all).hasSize(3);
    assertThat(all.get(0)).isInstanceOf(ReadResult.Ok.class);
    assertThat(all.get(1)).isInstanceOfSatisfying(RecordError.class, e -> {
      assertThat(e.origin()).endsWith("mixed.jsonl:2");
      assertThat(e.reason()).isEqualTo(RecordError.INVALID_UTF8);
      assertThat(e.message()).contains("iconv");
    });
    assertThat(all.get(2)).isInstanceOf(ReadResult.Ok.class);
    RecordError text = onlyError(write("latin1.txt", "Line one.\nCaf\u00e9 talks.\n".getBytes(
        StandardCharsets.ISO_8859_1)));
    assertThat(text.reason()).isEqualTo(RecordError.INVALID_UTF8);
    assertThat(text.message()).contains("line 2");
  }

  @Test
  void emptyFilesOfEveryFormatAreOneErrorEach() throws IOException {
    for (String name : List.of("e.txt", "e.html", "e.jsonl", "e.csv", "e.rss", "e.feeds", "e.warc", "e.warc.gz")) {
      RecordError e = onlyError(write(name, new byte[0]));
      assertThat(e.reason()).as(name).isIn(RecordError.EMPTY_FILE, RecordError.BAD_WARC);
      assertThat(e.message()).as(name).isNotBlank();
    }
  }

  @Test
  void aTenMegabyteArticleIsTooLargeAndTheRecordsAroundItStand() throws IOException {
    String sentence = "Kenya and Ethiopia agreed to expand border cooperation. ";
    String huge = sentence.repeat(10_000_000 / sentence.length() + 1);
    RecordError single = onlyError(write("huge.txt", huge));
    assertThat(single.reason()).isEqualTo(RecordError.TOO_LARGE);
    assertThat(single.message()).contains(huge.length() + " characters").contains("split it");

    Path jsonl = write("lines.jsonl", "{\"id\": \"a\", \"text\": \"Kenya met Ethiopia.\"}\n{\"id\": \"big\", \"text\": \""
        + huge + "\"}\n{\"id\": \"c\", \"text\": \"Egypt met Sudan.\"}\n");
    List<ReadResult> all = read(jsonl);
    assertThat(all).hasSize(3);
    assertThat(all.get(1)).isInstanceOfSatisfying(RecordError.class, e -> {
      assertThat(e.origin()).endsWith("lines.jsonl:2");
      assertThat(e.reason()).isEqualTo(RecordError.TOO_LARGE);
      assertThat(e.message()).contains("'big'");
    });
    assertThat(all.get(2)).isInstanceOfSatisfying(ReadResult.Ok.class, ok -> assertThat(ok.article().id())
        .isEqualTo("c"));
  }

  @Test
  void aJsonLinesFileCutMidLineKeepsTheLinesBeforeTheCut() throws IOException {
    String full = "{\"id\": \"a\", \"text\": \"Kenya met Ethiopia.\"}\n{\"id\": \"b\", \"text\": \"Egypt met Sudan.\"}\n";
    Path cut = write("cut.jsonl", full.substring(0, full.length() - 12));
    List<ReadResult> all = read(cut);
    assertThat(all).hasSize(2);
    assertThat(all.get(0)).isInstanceOf(ReadResult.Ok.class);
    assertThat(all.get(1)).isInstanceOfSatisfying(RecordError.class, e -> {
      assertThat(e.origin()).endsWith("cut.jsonl:2");
      assertThat(e.reason()).isEqualTo(RecordError.NOT_JSON);
    });
  }

  @Test
  void aTruncatedGzipThatIsNoWarcIsOneErrorAtItsOffset() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write("Kenya met Ethiopia. ".repeat(2000).getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = gz.toByteArray();
    RecordError e = onlyError(write("cut.warc.gz", Arrays.copyOf(bytes, bytes.length / 2)));
    assertThat(e.reason()).isEqualTo(RecordError.BAD_WARC);
    assertThat(e.message()).isNotBlank();
  }

  @Test
  void afterEveryKindOfBadFileTheNextFileIsStillRead() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(write("a.txt", PNG));
    files.add(write("b.jsonl", "\uFEFF".getBytes(StandardCharsets.UTF_16LE)));
    files.add(write("c.csv", new byte[0]));
    files.add(write("d.warc.gz", new byte[] {0x1F, (byte) 0x8B, 8, 0}));
    files.add(write("e.html", "<html><body><div><p>Broken <b>markup <p>Egypt met Sudan.</div></i></html"));
    files.add(write("z.txt", "Kenya met Ethiopia."));
    List<ReadResult> all = ReadAll.of(Inputs.open(files));
    assertThat(all).hasSize(6);
    assertThat(all.subList(0, 4)).allMatch(r -> r instanceof RecordError);
    assertThat(all.get(4)).isInstanceOfSatisfying(ReadResult.Ok.class, ok -> assertThat(ok.article().text())
        .contains("Egypt met Sudan."));
    Article last = ((ReadResult.Ok) all.get(5)).article();
    assertThat(last.text()).isEqualTo("Kenya met Ethiopia.");
  }

  @Test
  void recordsAreCountedAheadWhereThatIsCheap() throws IOException {
    Path jsonl = write("n.jsonl", "{\"text\": \"a\"}\n\n  \n{\"text\": \"b\"}\n{\"text\": \"c\"}");
    Path csv = write("n.csv", "id,text\n1,a\n2,b\n");
    Path txt = write("n.txt", "a");
    assertThat(Inputs.countRecords(List.of(jsonl, csv, txt))).isEqualTo(OptionalLong.of(6));
    assertThat(Inputs.countRecords(List.of(dir))).isEqualTo(OptionalLong.of(6));
    assertThat(Inputs.countRecords(List.of(txt, write("f.rss", "<rss/>")))).isEmpty();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}

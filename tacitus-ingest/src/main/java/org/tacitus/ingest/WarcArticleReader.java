package org.tacitus.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A web archive ({@code .warc}, {@code .warc.gz}), read with jwarc: every {@code response} record whose HTTP
 * content type is HTML, and every {@code resource} record of type text/html, is one page, read as
 * {@link HtmlReader} reads a page. The id is the WARC-Record-ID, the url the WARC-Target-URI, the date the page's
 * own date, else the WARC-Date (as a UTC day). Records are reported as "crawl.warc.gz:offset N" (N is the record's
 * byte offset in the file, compressed when the file is). Other records are skipped. A truncated or malformed record
 * ends the file with a {@link RecordError} at its offset; the pages before it stand.
 */
public final class WarcArticleReader implements ArticleReader {

  /** Larger payloads are not read as pages. */
  public static final long MAX_PAYLOAD = 32L << 20;

  private final Path file;
  private final String name;
  private WarcReader warc;
  private int pages;
  private int records;
  private boolean done;

  public WarcArticleReader(Path file) {
    this.file = file;
    this.name = file.toString();
  }

  @Override
  public Optional<ReadResult> next() throws IOException {
    if (done) {
      return Optional.empty();
    }
    if (warc == null) {
      Optional<RecordError> problem = FileProblems.check(file);
      if (problem.isPresent()) {
        done = true;
        return Optional.of(problem.get());
      }
      try {
        warc = new WarcReader(file);
      } catch (IOException e) {
        done = true;
        Optional<RecordError> error = FileProblems.of(file, e);
        return Optional.of(error.orElseGet(() -> broken(0, e)));
      }
    }
    while (true) {
      Optional<WarcRecord> next;
      try {
        next = warc.next();
      } catch (IOException | RuntimeException e) {
        // after a failed next(), jwarc's position is where the record that failed starts
        long at = warc.position();
        close();
        return Optional.of(broken(at, e));
      }
      if (next.isEmpty()) {
        close();
        if (records == 0) {
          return Optional.of(FileProblems.empty(name));
        }
        return pages == 0 ? Optional.of(new RecordError(name, RecordError.NO_ARTICLE_TEXT, "archive has "
            + records + " records and no HTML response or resource among them; there is nothing to code"))
            : Optional.empty();
      }
      records++;
      WarcRecord record = next.get();
      Optional<ReadResult> page;
      try {
        page = page(record);
      } catch (EOFException e) {
        close();
        return Optional.of(broken(record.position(), e));
      } catch (IOException | RuntimeException e) {
        // the record is whole but its payload cannot be decoded: skip it, read on
        page = Optional.of(new RecordError(name + ":offset " + record.position(), RecordError.BAD_WARC,
            "payload of the record cannot be decoded (" + clip(e) + "); skipped"));
      }
      if (page.isPresent()) {
        pages++;
        return page;
      }
    }
  }

  private Optional<ReadResult> page(WarcRecord record) throws IOException {
    MessageBody body;
    MediaType type;
    String target;
    if (record instanceof WarcResponse response) {
      if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
        return Optional.empty();
      }
      type = response.http().contentType();
      if (!isHtml(type)) {
        return Optional.empty();
      }
      body = response.http().bodyDecoded();
      target = response.target();
    } else if (record instanceof WarcResource resource) {
      type = resource.contentType();
      if (!isHtml(type)) {
        return Optional.empty();
      }
      body = resource.body();
      target = resource.target();
    } else {
      return Optional.empty();
    }
    String origin = name + ":offset " + record.position();
    byte[] bytes;
    try (InputStream in = body.stream()) {
      bytes = in.readNBytes((int) MAX_PAYLOAD + 1);
    }
    if (bytes.length > MAX_PAYLOAD) {
      return Optional.of(new RecordError(origin, RecordError.TOO_LARGE, "page " + target + " has more than "
          + (MAX_PAYLOAD >> 20) + " MiB; skipped"));
    }
    Document doc = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), charset(type), target == null ? "" : target);
    Optional<LocalDate> warcDate = Optional.ofNullable(record.date())
        .map(d -> d.atZone(ZoneOffset.UTC).toLocalDate());
    return Optional.of(HtmlReader.article(HtmlExtractor.extract(doc), record.id().toString(), origin, warcDate,
        Optional.ofNullable(target).filter(t -> !t.isBlank())));
  }

  private static boolean isHtml(MediaType type) {
    String t = type.base().toString();
    return t.equals("text/html") || t.equals("application/xhtml+xml");
  }

  /** The declared charset when Java knows it, else null (jsoup then looks at the page's meta tags). */
  private static String charset(MediaType type) {
    String c = type.parameters().get("charset");
    if (c == null) {
      return null;
    }
    try {
      return Charset.forName(c.strip()).name();
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String clip(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
    return m.length() > 120 ? m.substring(0, 117) + "..." : m;
  }

  private RecordError broken(long offset, Exception e) {
    String m = clip(e);
    return new RecordError(name + ":offset " + offset, RecordError.BAD_WARC, "record at byte " + offset
        + " is truncated or malformed (" + m + "); the " + pages + " page(s) before it were read, the rest of the "
        + "file was not; re-fetch the file, or cut it before this offset");
  }

  @Override
  public void close() throws IOException {
    done = true;
    if (warc != null) {
      warc.close();
    }
  }
}

package org.tacitus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A list of feeds ({@code .feeds}): one feed a line, an {@code http://} or {@code https://} URL fetched with the
 * JDK's HTTP client, or a path to a feed file (relative to the list's folder); blank lines and lines starting with
 * {@code #} are skipped. Each feed is read as by {@link FeedReader}, its items reported as "URL:item N". A feed that
 * cannot be fetched (no connection, a status other than 200, a timeout, more than {@link FeedReader#MAX_BYTES}) is a
 * {@link RecordError} at "list.feeds:LINE", and the next feed is read. The list must be UTF-8.
 */
public final class FeedListReader implements ArticleReader {

  /** How long to wait for a connection, and for a whole response. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private static final String USER_AGENT = "Tacitus feed reader";
  private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
      + "text/xml;q=0.9, */*;q=0.5";

  private final Path list;
  private final String name;
  private List<String> lines;
  private int line;
  private ArticleReader current;
  private HttpClient http;
  private boolean done;

  public FeedListReader(Path list) {
    this.list = list;
    this.name = list.toString();
  }

  @Override
  public Optional<ReadResult> next() throws IOException {
    if (done) {
      return Optional.empty();
    }
    if (lines == null) {
      Optional<RecordError> problem = FileProblems.check(list);
      if (problem.isPresent()) {
        done = true;
        return Optional.of(problem.get());
      }
      byte[] bytes = Files.readAllBytes(list);
      Utf8.Decoded decoded = Utf8.decode(bytes, bytes.length);
      if (!decoded.ok()) {
        done = true;
        return Optional.of(new RecordError(name, RecordError.INVALID_UTF8, "feed list is not valid UTF-8 (byte "
            + decoded.badByte() + "); " + FileProblems.utf8Fix()));
      }
      lines = Utf8.stripBom(decoded.text()).lines().toList();
      if (lines.stream().allMatch(FeedListReader::skipped)) {
        done = true;
        return Optional.of(new RecordError(name, RecordError.EMPTY_FILE,
            "feed list names no feed; write one feed URL (or feed file) a line"));
      }
    }
    while (true) {
      if (current != null) {
        Optional<ReadResult> r = current.next();
        if (r.isPresent()) {
          return r;
        }
        current.close();
        current = null;
      }
      if (line >= lines.size()) {
        done = true;
        return Optional.empty();
      }
      String entry = lines.get(line++).strip();
      if (skipped(entry)) {
        continue;
      }
      String lower = entry.toLowerCase(Locale.ROOT);
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        Optional<RecordError> problem = fetch(entry);
        if (problem.isPresent()) {
          return Optional.of(problem.get());
        }
      } else {
        Path parent = list.toAbsolutePath().getParent();
        current = new FeedReader(parent == null ? Path.of(entry) : parent.resolve(entry));
      }
    }
  }

  private static boolean skipped(String line) {
    String s = line.strip();
    return s.isEmpty() || s.startsWith("#");
  }

  /** Fetches one feed and makes it the current reader, or says why it could not be fetched. */
  private Optional<RecordError> fetch(String url) throws IOException {
    String at = name + ":" + line;
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.of(new RecordError(at, RecordError.BAD_FEED, "'" + clip(url, 80) + "' is not a URL ("
          + e.getReason() + "); write one feed URL a line"));
    }
    if (http == null) {
      http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL)
          .build();
    }
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).header("User-Agent", USER_AGENT)
        .header("Accept", ACCEPT).GET().build();
    HttpResponse<InputStream> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while fetching " + url);
    } catch (IOException | IllegalArgumentException e) {
      return Optional.of(new RecordError(at, RecordError.BAD_FEED, "cannot fetch " + clip(url, 100) + " ("
          + clip(String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), 100)
          + "); check the address and the network, or save the feed to a file and list the file"));
    }
    byte[] body;
    try (InputStream in = response.body()) {
      if (response.statusCode() != 200) {
        return Optional.of(new RecordError(at, RecordError.BAD_FEED, "HTTP status " + response.statusCode()
            + " from " + clip(url, 100) + "; check the address (the feed may have moved)"));
      }
      body = in.readNBytes((int) FeedReader.MAX_BYTES + 1);
    } catch (IOException e) {
      return Optional.of(new RecordError(at, RecordError.BAD_FEED, "reading " + clip(url, 100) + " broke off ("
          + e.getMessage() + "); try again later"));
    }
    if (body.length > FeedReader.MAX_BYTES) {
      return Optional.of(new RecordError(at, RecordError.TOO_LARGE, clip(url, 100) + " sends more than "
          + (FeedReader.MAX_BYTES >> 20) + " MiB; that is not a news feed"));
    }
    current = new FeedReader(url, TextFileReader.idOf(list) + "-" + line, body);
    return Optional.empty();
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 3) + "...";
  }

  @Override
  public void close() throws IOException {
    done = true;
    if (current != null) {
      current.close();
      current = null;
    }
  }
}

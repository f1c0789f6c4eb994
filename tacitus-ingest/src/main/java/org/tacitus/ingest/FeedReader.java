package org.tacitus.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.tacitus.core.model.Article;
import org.xml.sax.InputSource;

/**
 * An RSS or Atom feed ({@code .rss}, {@code .atom}, {@code .xml}), read with Rome: each item is one article,
 * reported as "feed.rss:item N". The id is the item's guid (Atom id), else its link, else {@code STEM-N}; the text
 * is the item's content, else its description, with the HTML taken out by jsoup (paragraphs joined by blank lines);
 * the date is the published date, else the updated one, as a UTC day (feeds give instants); the url is the link; the
 * source is the feed's title. A
 * feed that is not well-formed XML or not RSS/Atom is one {@link RecordError} for the file, and the run goes on.
 * Document type declarations are refused (no external entities).
 */
public final class FeedReader implements ArticleReader {

  /** Larger feeds are refused; a feed is read into memory whole. */
  public static final long MAX_BYTES = 64L << 20;

  private final Path file;
  private final String name;
  private final String stem;
  private byte[] content;
  private List<SyndEntry> entries;
  private Optional<String> feedTitle = Optional.empty();
  private int index;
  private boolean done;

  public FeedReader(Path file) {
    this.file = file;
    this.name = file.toString();
    this.stem = TextFileReader.idOf(file);
  }

  /** A feed already in memory (fetched by {@link FeedListReader}); {@code name} stands for it in messages. */
  FeedReader(String name, String stem, byte[] content) {
    this.file = null;
    this.name = name;
    this.stem = stem;
    this.content = content;
  }

  @Override
  public Optional<ReadResult> next() throws IOException {
    if (done) {
      return Optional.empty();
    }
    if (entries == null) {
      Optional<RecordError> problem = load();
      if (problem.isPresent()) {
        done = true;
        return Optional.of(problem.get());
      }
    }
    if (index >= entries.size()) {
      done = true;
      entries = List.of();
      return Optional.empty();
    }
    SyndEntry e = entries.get(index++);
    return Optional.of(article(e, index));
  }

  private Optional<RecordError> load() throws IOException {
    long size = content != null ? content.length : -1;
    if (file != null) {
      Optional<RecordError> problem = FileProblems.check(file);
      if (problem.isPresent()) {
        return problem;
      }
      size = Files.size(file);
    }
    if (size > MAX_BYTES) {
      return Optional.of(new RecordError(name, RecordError.TOO_LARGE, "feed has " + (size >> 20)
          + " MiB, more than the " + (MAX_BYTES >> 20) + " MiB a feed may have; split it"));
    }
    if (size == 0) {
      return Optional.of(FileProblems.empty(name));
    }
    SyndFeed feed;
    try (InputStream in = content != null ? new java.io.ByteArrayInputStream(content) : Files.newInputStream(file)) {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new InputSource(in));
    } catch (FeedException | IllegalArgumentException e) {
      String m = String.valueOf(e.getCause() != null && e.getCause().getMessage() != null
          ? e.getCause().getMessage() : e.getMessage());
      return Optional.of(new RecordError(name, RecordError.BAD_FEED, "not a readable RSS or Atom feed ("
          + clip(m.replaceAll("\\s+", " "), 140) + "); check it with an XML validator (e.g. xmllint --noout "
          + name + ")"));
    } catch (IOException e) {
      Optional<RecordError> error = file == null ? Optional.empty() : FileProblems.of(file, e);
      if (error.isPresent()) {
        return error;
      }
      throw e;
    }
    content = null;
    feedTitle = nonBlank(feed.getTitle());
    entries = feed.getEntries();
    if (entries.isEmpty()) {
      return Optional.of(new RecordError(name, RecordError.EMPTY_FILE, "feed has no items; there is nothing to code"));
    }
    return Optional.empty();
  }

  private ReadResult article(SyndEntry e, int n) {
    String origin = name + ":item " + n;
    StringBuilder html = new StringBuilder();
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null) {
        html.append(c.getValue()).append('\n');
      }
    }
    if (html.toString().isBlank() && e.getDescription() != null && e.getDescription().getValue() != null) {
      html.append(e.getDescription().getValue());
    }
    String text = HtmlExtractor.fragmentText(html.toString());
    if (text.isBlank()) {
      return new RecordError(origin, RecordError.EMPTY_TEXT, "item" + (e.getTitle() == null ? "" : " \""
          + clip(e.getTitle().strip(), 60) + "\"") + " has no description or content; there is nothing to code "
          + "(for a headline-only feed, fetch the linked pages and read them as HTML)");
    }
    Optional<String> link = nonBlank(e.getLink());
    String id = nonBlank(e.getUri()).or(() -> link).orElse(stem + "-" + n);
    Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
    Optional<LocalDate> date = when == null ? Optional.empty()
        : Optional.of(when.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
    Optional<String> title = nonBlank(e.getTitle()).map(t -> Jsoup.parseBodyFragment(t).text().strip())
        .filter(t -> !t.isEmpty());
    return new ReadResult.Ok(new Article(id, text, title, date, link, origin, feedTitle));
  }

  private static Optional<String> nonBlank(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 3) + "...";
  }

  @Override
  public void close() {
    done = true;
    entries = List.of();
  }
}

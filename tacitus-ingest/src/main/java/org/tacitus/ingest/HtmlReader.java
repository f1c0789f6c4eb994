package org.tacitus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.tacitus.core.model.Article;

/**
 * One web page ({@code .html}, {@code .htm}) as one article: the id is the file name without its extension, the
 * title, date, canonical URL and text come from {@link HtmlExtractor}'s heuristic. The character set is the one the
 * page declares (byte-order mark, {@code <meta charset>}), else UTF-8. Broken markup is read as a browser would;
 * a page without article text is a {@link RecordError}.
 */
public final class HtmlReader extends SingleArticleFile {

  public HtmlReader(Path file) {
    super(file);
  }

  @Override
  String tooLarge(long mib, long limit) {
    return "page has " + mib + " MiB, more than the " + limit + " MiB a web page may have; is it really one article?";
  }

  @Override
  ReadResult read() throws IOException {
    String name = file.toString();
    if (Files.size(file) == 0) {
      return FileProblems.empty(name);
    }
    Optional<RecordError> odd = FileProblems.sniff(file, true);
    if (odd.isPresent()) {
      return odd.get();
    }
    Document doc;
    try (InputStream in = Files.newInputStream(file)) {
      doc = Jsoup.parse(in, null, file.toUri().toString());
    } catch (IOException e) {
      Optional<RecordError> error = FileProblems.of(file, e);
      if (error.isPresent()) {
        return error.get();
      }
      throw e;
    }
    return article(HtmlExtractor.extract(doc), TextFileReader.idOf(file), name, Optional.empty(),
        Optional.empty());
  }

  /**
   * The article of an extracted page, or the error that it has no text.
   *
   * @param fallbackDate the date when the page gives none (a WARC record's date)
   * @param url the URL the page was fetched from, which wins over the page's own canonical link
   */
  static ReadResult article(HtmlExtractor.Page page, String id, String origin, Optional<LocalDate> fallbackDate,
      Optional<String> url) {
    if (page.text().isBlank()) {
      return new RecordError(origin, RecordError.NO_ARTICLE_TEXT, "page has no article text (no paragraphs outside "
          + "navigation, scripts and boilerplate); if it is a script-rendered page, save the rendered HTML, "
          + "or give the text as .txt or .jsonl");
    }
    return new ReadResult.Ok(new Article(id, page.text(), page.title(), page.date().or(() -> fallbackDate),
        url.or(page::url), origin));
  }
}

package org.tacitus.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which JSON Lines fields or CSV columns hold an article's parts, each a list of names tried in order (matched
 * ignoring case and surrounding blanks). Only the text is required.
 *
 * @param id the article id; a record without one gets {@code STEM-LINE}
 * @param text the article text (required)
 * @param title the headline
 * @param date the publication date, YYYY-MM-DD or an ISO-8601 date-time
 * @param url where the story came from
 * @param source who published it
 */
public record FieldNames(List<String> id, List<String> text, List<String> title, List<String> date, List<String> url,
    List<String> source) {

  /** The parts a name can be given for, as {@link #with} takes them. */
  public static final List<String> PARTS = List.of("id", "text", "title", "date", "url", "source");

  /**
   * id/guid/doc_id, text/content/body/article/story, title/headline, date/published/pubdate/publish_date/
   * published_at/publication_date, url/link, source/publisher/site.
   */
  public static final FieldNames DEFAULTS = new FieldNames(List.of("id", "guid", "doc_id"),
      List.of("text", "content", "body", "article", "story"), List.of("title", "headline"),
      List.of("date", "published", "pubdate", "publish_date", "published_at", "publication_date"),
      List.of("url", "link"), List.of("source", "publisher", "site"));

  public FieldNames {
    id = List.copyOf(id);
    text = List.copyOf(text);
    title = List.copyOf(title);
    date = List.copyOf(date);
    url = List.copyOf(url);
    source = List.copyOf(source);
    if (text.isEmpty()) {
      throw new IllegalArgumentException("field names: name at least one text field");
    }
  }

  /**
   * These names with {@code part} ("id", "text", "title", "date", "url" or "source") looked up under {@code name}
   * only.
   *
   * @throws IllegalArgumentException when the part is none of those, or the name is blank
   */
  public FieldNames with(String part, String name) {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("field name for '" + part + "' is empty; write PART=NAME, e.g. text=body");
    }
    List<String> one = List.of(name.strip());
    return switch (part.strip().toLowerCase(Locale.ROOT)) {
      case "id" -> new FieldNames(one, text, title, date, url, source);
      case "text" -> new FieldNames(id, one, title, date, url, source);
      case "title" -> new FieldNames(id, text, one, date, url, source);
      case "date" -> new FieldNames(id, text, title, one, url, source);
      case "url" -> new FieldNames(id, text, title, date, one, source);
      case "source" -> new FieldNames(id, text, title, date, url, one);
      default -> throw new IllegalArgumentException("'" + part + "' is not an article part; use one of "
          + String.join(", ", PARTS));
    };
  }

  /** For messages: "body" or "text or content". */
  static String describe(List<String> names) {
    return String.join(" or ", new ArrayList<>(names));
  }
}

package org.tacitus.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;

/**
 * The article in a web page: title, publication date and main text, found by the heuristic that
 * {@code tacitus-ingest/README.md} describes. Pure and thread safe.
 */
final class HtmlExtractor {

  /**
   * What a page yields; {@code text} is empty when no article text was found.
   *
   * @param title og:title, else &lt;title&gt;, else the first &lt;h1&gt;
   * @param date the first parseable date of the meta tags, JSON-LD or &lt;time datetime&gt;
   * @param url the canonical link or og:url
   * @param text paragraphs joined by blank lines
   */
  record Page(Optional<String> title, Optional<LocalDate> date, Optional<String> url, String text) {
  }

  /** Elements that never hold article text. */
  private static final String DROP = "script, style, nav, header, footer, aside, form, noscript, iframe, svg, "
      + "button, template, select, dialog";

  /** Words in a class or id that mark boilerplate. */
  private static final Set<String> BOILERPLATE = Set.of("comment", "comments", "share", "sharing", "social",
      "related", "menu", "cookie", "cookies", "consent", "subscribe", "newsletter", "promo", "advert", "ad", "ads",
      "sidebar", "breadcrumb", "breadcrumbs", "popup", "modal", "banner", "outbrain", "taboola");

  /** Elements kept even when their class looks like boilerplate ({@code <body class="has-cookie-banner">}). */
  private static final Set<String> NEVER_DROPPED = Set.of("html", "body", "article", "main");

  /** Blocks whose text is one paragraph of the output. */
  private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
      "pre", "dd", "dt", "figcaption", "td", "th");

  private static final Pattern WORDS = Pattern.compile("[^a-z0-9]+");

  /** Meta tags that carry the publication date, best first (property, name or itemprop). */
  private static final List<String> DATE_META = List.of("article:published_time", "og:published_time",
      "datepublished", "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued",
      "dcterms.date", "dcterms.issued", "sailthru.date", "parsely-pub-date");

  private static final ObjectMapper JSON = new ObjectMapper();

  private HtmlExtractor() {
  }

  static Page extract(Document doc) {
    return new Page(title(doc), date(doc), url(doc), text(doc));
  }

  /** The text of an HTML fragment (a feed item's description), paragraphs joined by blank lines. */
  static String fragmentText(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    Element body = doc.body();
    body.select(DROP).remove();
    return blocksOf(body);
  }

  private static Optional<String> title(Document doc) {
    Optional<String> og = meta(doc, "og:title");
    if (og.isPresent()) {
      return og;
    }
    String t = doc.title().strip();
    if (!t.isEmpty()) {
      return Optional.of(t);
    }
    Element h1 = doc.selectFirst("h1");
    return h1 == null || h1.text().isBlank() ? Optional.empty() : Optional.of(h1.text().strip());
  }

  private static Optional<String> url(Document doc) {
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    if (canonical != null && !canonical.attr("href").isBlank()) {
      return Optional.of(canonical.attr("href").strip());
    }
    return meta(doc, "og:url");
  }

  private static Optional<LocalDate> date(Document doc) {
    Map<String, String> metas = new HashMap<>();
    for (Element m : doc.select("meta[content]")) {
      for (String key : List.of("property", "name", "itemprop")) {
        String k = m.attr(key).strip().toLowerCase(Locale.ROOT);
        if (!k.isEmpty()) {
          metas.putIfAbsent(k, m.attr("content"));
        }
      }
    }
    for (String key : DATE_META) {
      String v = metas.get(key);
      if (v != null) {
        Optional<LocalDate> d = Dates.parse(v);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Optional<LocalDate> d = jsonLdDate(script.data());
      if (d.isPresent()) {
        return d;
      }
    }
    for (Element time : doc.select("time[datetime]")) {
      Optional<LocalDate> d = Dates.parse(time.attr("datetime"));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> jsonLdDate(String json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (java.io.IOException e) {
      return Optional.empty();
    }
    if (node == null) {
      return Optional.empty();
    }
    for (JsonNode v : node.findValues("datePublished")) {
      if (v.isTextual()) {
        Optional<LocalDate> d = Dates.parse(v.textValue());
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> meta(Document doc, String key) {
    Element m = doc.selectFirst("meta[property=" + key + "][content], meta[name=" + key + "][content]");
    return m == null || m.attr("content").isBlank() ? Optional.empty() : Optional.of(m.attr("content").strip());
  }

  private static String text(Document original) {
    Element body = original.body().clone();
    body.select(DROP).remove();
    List<Element> boilerplate = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (!NEVER_DROPPED.contains(e.normalName()) && looksLikeBoilerplate(e)) {
        boilerplate.add(e);
      }
    }
    boilerplate.forEach(Element::remove);
    Element root = best(body.select("article"));
    if (root == null) {
      root = densest(body);
    }
    String text = blocksOf(root);
    return text.isBlank() && root != body ? blocksOf(body) : text;
  }

  private static boolean looksLikeBoilerplate(Element e) {
    String marks = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (marks.isBlank()) {
      return false;
    }
    for (String word : WORDS.split(marks)) {
      if (BOILERPLATE.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Of several &lt;article&gt; elements, the one with the most paragraph text; null when there is none. */
  private static Element best(Elements articles) {
    Element best = null;
    int most = -1;
    for (Element a : articles) {
      int n = 0;
      for (Element p : a.select("p")) {
        n += p.text().length();
      }
      if (n > most) {
        most = n;
        best = a;
      }
    }
    return best;
  }

  /** The element whose own &lt;p&gt; children hold the most text; the body when there are no paragraphs. */
  private static Element densest(Element body) {
    Map<Element, Integer> score = new HashMap<>();
    for (Element p : body.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        score.merge(parent, p.text().length(), Integer::sum);
      }
    }
    Element best = body;
    int most = 0;
    for (Map.Entry<Element, Integer> e : score.entrySet()) {
      if (e.getValue() > most) {
        most = e.getValue();
        best = e.getKey();
      }
    }
    return best;
  }

  /** The texts of the outermost blocks under {@code root} in document order, joined by blank lines. */
  private static String blocksOf(Element root) {
    List<String> parts = new ArrayList<>();
    StringBuilder loose = new StringBuilder();
    root.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          flush(loose, parts);
          String t = e.text().strip();
          if (!t.isEmpty()) {
            parts.add(t);
          }
          return FilterResult.SKIP_ENTIRELY;
        }
        if (node instanceof org.jsoup.nodes.TextNode t) {
          loose.append(t.text());
        } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
          flush(loose, parts);
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock()) {
          flush(loose, parts);
        }
        return FilterResult.CONTINUE;
      }
    });
    flush(loose, parts);
    return String.join("\n\n", parts);
  }

  private static void flush(StringBuilder loose, List<String> parts) {
    String t = loose.toString().replaceAll("\\s+", " ").strip();
    if (!t.isEmpty()) {
      parts.add(t);
    }
    loose.setLength(0);
  }
}

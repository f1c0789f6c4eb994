package org.tacitus.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Sentence;

/**
 * The actor mentions that {@code tacitus actors} prints: as JSON Lines, one mention a line
 * ({@code doc_id, sentence, start, end, text, code, country, sector, reason}), or as text grouped by sentence.
 * {@code start} and {@code end} are character offsets into the article text and {@code text} is exactly
 * {@code text.substring(start, end)}, as in the event lines.
 */
final class MentionJson {

  /** Mentions in text order: by sentence, then by where they start and end. */
  static final Comparator<Mention> TEXT_ORDER = Comparator.comparingInt(Mention::sentence)
      .thenComparingInt(m -> m.span().start()).thenComparingInt(m -> m.span().end());

  private static final int EXCERPT = 100;

  private MentionJson() {
  }

  static List<Mention> inTextOrder(CodedArticle article) {
    return article.mentions().stream().sorted(TEXT_ORDER).toList();
  }

  /** One mention as the JSON object of its line. */
  static ObjectNode mention(CodedArticle article, Mention m) {
    ObjectNode n = EventJson.MAPPER.createObjectNode();
    n.put("doc_id", article.article().id());
    n.put("sentence", m.sentence());
    n.put("start", m.span().start());
    n.put("end", m.span().end());
    n.put("text", m.span().of(article.article().text()));
    n.put("code", m.actor().code());
    n.put("country", m.actor().country().orElse(null));
    n.put("sector", m.actor().sector().orElse(null));
    n.put("reason", m.reason());
    return n;
  }

  /** Writes one line per mention of {@code article}. */
  static void writeJson(CodedArticle article, Writer out) throws IOException {
    for (Mention m : inTextOrder(article)) {
      out.write(EventJson.MAPPER.writeValueAsString(mention(article, m)));
      out.write('\n');
    }
  }

  /**
   * Writes, for each sentence with mentions, a line naming the article, the sentence's index and its text (cut at
   * {@value #EXCERPT} characters), then one line per mention: offsets, words, code and reason.
   */
  static void writeText(CodedArticle article, Writer out) throws IOException {
    String text = article.article().text();
    List<Sentence> sentences = article.annotated().sentences();
    int current = -1;
    for (Mention m : inTextOrder(article)) {
      if (m.sentence() != current) {
        current = m.sentence();
        String s = current >= 0 && current < sentences.size() ? sentences.get(current).span().of(text) : "";
        out.write(article.article().id() + ", sentence " + current + ": " + excerpt(s) + "\n");
      }
      out.write(String.format(Locale.ROOT, "  %-11s %-24s %-10s %s%n", m.span().start() + "-" + m.span().end(),
          oneLine(m.span().of(text)), m.actor().code(), m.reason()));
    }
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static String excerpt(String s) {
    String t = oneLine(s);
    return t.length() <= EXCERPT ? t : t.substring(0, EXCERPT) + "...";
  }
}

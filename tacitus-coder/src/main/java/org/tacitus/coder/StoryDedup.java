package org.tacitus.coder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Event;

/**
 * Story-level de-duplication: a story often repeats its news (headline, lead, a quote that says it again). This keeps
 * the first event of each (source, target, code) in the article and drops the later repetitions. The coder itself
 * keeps one event per (source, target, code) per sentence; this is the optional story-level step.
 */
public final class StoryDedup {

  private StoryDedup() {
  }

  /** The article with only the first event of each (source, target, code). */
  public static CodedArticle apply(CodedArticle article) {
    Set<String> seen = new HashSet<>();
    List<Event> kept = new ArrayList<>();
    for (Event e : article.events()) {
      String key = e.source().actor().code() + "|" + e.target().map(t -> t.actor().code()).orElse("") + "|"
          + e.code().code();
      if (seen.add(key)) {
        kept.add(e);
      }
    }
    return kept.size() == article.events().size() ? article
        : new CodedArticle(article.annotated(), article.mentions(), kept);
  }
}

package org.tacitus.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.Actor;
import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Dependency;
import org.tacitus.core.model.DependencyGraph;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Modality;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.model.Span;
import org.tacitus.core.model.Token;

/**
 * Hand-built articles for unit tests, no CoreNLP: each sentence is written "word/POS" or "word/POS/NER" token by
 * token ("Talks/NNS in/IN Paris/NNP/LOCATION ./."), dependencies are optional ("gov>dep:rel", token indices),
 * actor mentions and events name their tokens.
 */
final class TestArticle {

  private static final CameoOntology CAMEO = CameoOntology.standard();

  private final StringBuilder text = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();

  /** Adds a sentence; {@code deps} are "governor>dependent:relation" with -1 for the root. */
  TestArticle sentence(String tokens, String... deps) {
    if (text.length() > 0) {
      text.append(' ');
    }
    int start = text.length();
    List<Token> ts = new ArrayList<>();
    String[] words = tokens.trim().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String[] p = words[i].split("/");
      if (i > 0) {
        text.append(' ');
      }
      int s = text.length();
      text.append(p[0]);
      ts.add(new Token(i, p[0], s, text.length(), p[1], p[0].toLowerCase(java.util.Locale.ROOT),
          p.length > 2 ? p[2] : "O"));
    }
    List<Dependency> edges = new ArrayList<>();
    for (String d : deps) {
      String[] gd = d.split("[>:]", 3);
      edges.add(new Dependency(Integer.parseInt(gd[0]), Integer.parseInt(gd[1]), gd[2]));
    }
    DependencyGraph g = new DependencyGraph(ts.size(), edges);
    sentences.add(new Sentence(sentences.size(), start, text.length(), ts, g, g));
    return this;
  }

  /** An actor mention of tokens {@code from..to} of the last sentence. */
  TestArticle actor(int from, int to, Actor actor) {
    Sentence s = sentences.get(sentences.size() - 1);
    Span span = s.span(from, to);
    mentions.add(new Mention(s.index(), to, span, span.of(text.toString()), actor, "test"));
    return this;
  }

  /** An event of the last sentence: the last two actor mentions as source and target, evidence tokens given. */
  TestArticle event(String code, int evidenceFrom, int evidenceTo) {
    Sentence s = sentences.get(sentences.size() - 1);
    Mention source = mentions.get(mentions.size() - 2);
    Mention target = mentions.get(mentions.size() - 1);
    events.add(new Event("test", s.index(), CAMEO.code(code), source, Optional.of(target), Modality.ASSERTED,
        s.span(evidenceFrom, evidenceTo), "test rule", 0.8, Optional.empty()));
    return this;
  }

  String text() {
    return text.toString();
  }

  CodedArticle coded() {
    AnnotatedArticle a = new AnnotatedArticle(Article.of("test", text.toString()), sentences);
    return new CodedArticle(a, mentions, events);
  }
}

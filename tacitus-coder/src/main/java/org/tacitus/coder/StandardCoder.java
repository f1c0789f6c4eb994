package org.tacitus.coder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tacitus.coder.actors.ActorResolver;
import org.tacitus.coder.actors.DocumentContext;
import org.tacitus.coder.actors.SentenceActors;
import org.tacitus.coder.dict.ActorDictionary;
import org.tacitus.coder.dict.EventDictionary;
import org.tacitus.coder.dict.FrameLexicon;
import org.tacitus.coder.events.EventEngine;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.stage.ArticleCoder;

/**
 * The shipped actor and event dictionaries behind the {@link ArticleCoder} contract: reads an article sentence by
 * sentence as a reader would, resolving actors against what the story said before and coding events.
 *
 * <p>Immutable once loaded and thread safe: one instance serves every worker.
 */
public final class StandardCoder implements ArticleCoder {

  private final ActorResolver resolver;
  private final EventEngine engine;
  private final Map<String, String> checksums;

  public StandardCoder(ActorDictionary actors, EventDictionary events, FrameLexicon frames,
      CameoOntology ontology) {
    this.resolver = new ActorResolver(actors, frames);
    this.engine = new EventEngine(events, frames, ontology);
    Map<String, String> sums = new TreeMap<>();
    sums.putAll(actors.checksums());
    sums.putAll(events.checksums());
    sums.putAll(frames.checksums());
    this.checksums = Collections.unmodifiableMap(sums);
  }

  /** Loads and compiles the shipped dictionaries (once per JVM is enough; the result is immutable). */
  public static StandardCoder load(CameoOntology ontology) {
    return new StandardCoder(ActorDictionary.standard(ontology), EventDictionary.standard(ontology),
        FrameLexicon.standard(ontology), ontology);
  }

  /**
   * A coder with the given actor and event dictionaries (the user's, or the shipped ones with the user's added) and
   * the shipped frame lexicon.
   */
  public static StandardCoder load(CameoOntology ontology, ActorDictionary actors, EventDictionary events) {
    return new StandardCoder(actors, events, FrameLexicon.standard(ontology), ontology);
  }

  /** Dictionary file name → SHA-256 of its content, for provenance. */
  public Map<String, String> checksums() {
    return checksums;
  }

  /**
   * One sentence as {@code tacitus explain} shows it: its actors and, for every verb and event noun, why it was or
   * was not coded.
   *
   * @param sentence the sentence
   * @param mentions the actors resolved in it
   * @param traces the candidates and their fate
   * @param events the events coded from it
   */
  public record Explanation(Sentence sentence, List<Mention> mentions, List<EventEngine.Trace> traces,
      List<Event> events) {
  }

  /** Codes the article as {@link #code} does, keeping the reasons, sentence by sentence. */
  public List<Explanation> explain(AnnotatedArticle article) {
    DocumentContext context = new DocumentContext();
    String text = article.text();
    resolver.readStory(article.sentences(), text, context, article.article().date());
    List<Explanation> result = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      SentenceActors actors = resolver.resolve(s, context, text, article.article().date());
      List<EventEngine.Trace> traces = new ArrayList<>();
      List<Event> events = engine.code(article.article().id(), s, actors, context, text, traces);
      result.add(new Explanation(s, actors.all(), traces, events));
    }
    return result;
  }

  @Override
  public CodedArticle code(AnnotatedArticle article) {
    DocumentContext context = new DocumentContext();
    List<Mention> mentions = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    String text = article.text();
    resolver.readStory(article.sentences(), text, context, article.article().date());
    for (Sentence s : article.sentences()) {
      SentenceActors actors = resolver.resolve(s, context, text, article.article().date());
      mentions.addAll(actors.all());
      events.addAll(engine.code(article.article().id(), s, actors, context, text));
    }
    return new CodedArticle(article, mentions, events);
  }
}

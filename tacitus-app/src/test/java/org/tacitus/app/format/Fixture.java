package org.tacitus.app.format;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.Actor;
import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.DependencyGraph;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.EventDate;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Modality;
import org.tacitus.core.model.Place;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.model.Span;

/**
 * Two coded articles built from core records (no CoreNLP) whose text has what breaks careless writers: a tab, a line
 * break, double quotes and commas inside mentions and evidence, an actor without a country, an organisation, an event
 * without a target, an article without a date or URL.
 */
final class Fixture {

  private static final CameoOntology CAMEO = CameoOntology.standard();

  /** The time the fixed run "adds" its events (GDELT's DATEADDED). */
  static final Instant ADDED = Instant.parse("2024-03-06T12:30:00Z");

  static final String TEXT = "The \"reformist\" Kenyan minister met\tUN envoys in Nairobi.\n"
      + "Police\ncriticised Eritrea, \"again\".";
  static final String TEXT2 = "Russia threatened Ukraine.";
  static final String TEXT3 = "The Kenyan minister met UN envoys again.";

  private Fixture() {
  }

  static List<CodedArticle> articles() {
    return List.of(first(), second(), third());
  }

  static CodedArticle first() {
    Article article = new Article("wire/1", TEXT, Optional.of("Talks"), Optional.of(LocalDate.of(2024, 3, 5)),
        Optional.of("https://example.org/kenya-eritrea?id=1&lang=en"), "wire.jsonl:1");
    int split = TEXT.indexOf('\n');
    DependencyGraph none = new DependencyGraph(0, List.of());
    List<Sentence> sentences = List.of(new Sentence(0, 0, split, List.of(), none, none),
        new Sentence(1, split + 1, TEXT.length(), List.of(), none, none));
    Mention minister = mention(TEXT, 0, "\"reformist\" Kenyan minister", Actor.of("KEN", "GOV"));
    Mention un = mention(TEXT, 0, "UN envoys", Actor.organisation("IGOUNO", "IGO"));
    Mention police = mention(TEXT, 1, "Police", Actor.of(null, "COP"));
    Mention eritrea = mention(TEXT, 1, "Eritrea", Actor.country("ERI"));
    Mention kenyan = mention(TEXT, 0, "Kenyan minister", Actor.of("KEN", "GOV"));
    Event meet = new Event("wire/1", 0, CAMEO.code("040"), minister, Optional.of(un),
        Modality.ASSERTED, span(TEXT, "minister met\tUN"), "040 meet, obj", 0.9, Optional.empty());
    Event intent = new Event("wire/1", 0, CAMEO.code("0332"),
        kenyan, Optional.empty(), Modality.INTENT, span(TEXT, "met"), "0332 \"test\"", 1.0, Optional.of(police));
    Event criticise = new Event("wire/1", 1, CAMEO.code("111"), police,
        Optional.of(eritrea), Modality.ASSERTED, span(TEXT, "Police\ncriticised Eritrea, \"again\""),
        "111 criticise", 0.75, Optional.empty())
        .withDate(new EventDate(LocalDate.of(2024, 3, 4), EventDate.Precision.DAY, Optional.empty(),
            "test: the day before"))
        .withPlace(new Place("Nairobi", Place.GeoType.CITY, Optional.of("KEN"), Optional.of("Nairobi Area"),
            Optional.of(-1.28333), Optional.of(36.81667), Optional.of(184745L), Optional.of(span(TEXT, "Nairobi")),
            "test: named in the article", List.of()));
    return new CodedArticle(new AnnotatedArticle(article, sentences), List.of(minister, un, police, eritrea, kenyan),
        List.of(meet, intent, criticise));
  }

  static CodedArticle second() {
    Article article = Article.of("plain.txt", TEXT2);
    DependencyGraph none = new DependencyGraph(0, List.of());
    List<Sentence> sentences = List.of(new Sentence(0, 0, TEXT2.length(), List.of(), none, none));
    Mention russia = mention(TEXT2, 0, "Russia", Actor.country("RUS"));
    Mention ukraine = mention(TEXT2, 0, "Ukraine", Actor.country("UKR"));
    Event threaten = new Event("plain.txt", 0, CAMEO.code("130"), russia,
        Optional.of(ukraine), Modality.ASSERTED, span(TEXT2, "threatened"), "130 threaten", 0.8, Optional.empty());
    return new CodedArticle(new AnnotatedArticle(article, sentences), List.of(russia, ukraine), List.of(threaten));
  }

  /** A second report of the first article's meeting, the same day, from another publisher. */
  static CodedArticle third() {
    Article article = new Article("wire/2", TEXT3, Optional.empty(), Optional.of(LocalDate.of(2024, 3, 5)),
        Optional.of("https://www.other.example/news/7"), "wire.jsonl:2");
    DependencyGraph none = new DependencyGraph(0, List.of());
    List<Sentence> sentences = List.of(new Sentence(0, 0, TEXT3.length(), List.of(), none, none));
    Mention minister = mention(TEXT3, 0, "Kenyan minister", Actor.of("KEN", "GOV"));
    Mention un = mention(TEXT3, 0, "UN envoys", Actor.organisation("IGOUNO", "IGO"));
    Event meet = new Event("wire/2", 0, CAMEO.code("040"), minister, Optional.of(un),
        Modality.ASSERTED, span(TEXT3, "met"), "040 meet", 0.9, Optional.empty());
    return new CodedArticle(new AnnotatedArticle(article, sentences), List.of(minister, un), List.of(meet));
  }

  /** Everything a format writes with the one-a-day filter, for the fixture. */
  static String writeDaily(OutputFormat format, boolean header) throws IOException {
    StringWriter out = new StringWriter();
    try (EventFormat writer = new DailyDedup(format.open(out, header, ADDED))) {
      writer.header();
      for (CodedArticle a : articles()) {
        writer.write(a);
      }
    }
    return out.toString();
  }

  /** Everything a format writes for the fixture: header, both articles, close. */
  static String write(OutputFormat format, boolean header) throws IOException {
    StringWriter out = new StringWriter();
    try (EventFormat writer = format.open(out, header, ADDED)) {
      writer.header();
      for (CodedArticle a : articles()) {
        writer.write(a);
      }
    }
    return out.toString();
  }

  /** The number of events in the fixture. */
  static int events() {
    List<Event> all = new ArrayList<>();
    articles().forEach(a -> all.addAll(a.events()));
    return all.size();
  }

  private static Span span(String text, String words) {
    int at = text.indexOf(words);
    if (at < 0) {
      throw new IllegalArgumentException("'" + words + "' not in the fixture text");
    }
    return new Span(at, at + words.length());
  }

  private static Mention mention(String text, int sentence, String words, Actor actor) {
    return new Mention(sentence, 0, span(text, words), words, actor, "test");
  }
}

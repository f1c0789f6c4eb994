package org.tacitus.coder.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.tacitus.coder.StandardCoder;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.DependencyGraph;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.model.Token;
import org.tacitus.nlp.CoreNlpAnnotator;
import org.tacitus.nlp.NlpConfig;

/**
 * One-line checks for linguistic rules: {@code assertCodes("Japan will send military aid to Peru.",
 * "JPN PER 0332")}. An expected actor of three letters is compared with the first three letters of the coded actor
 * (country level); a longer one must match exactly; "-" stands for no target. The CoreNLP models load once per JVM.
 */
public final class CoderTestKit {

  private static volatile CoreNlpAnnotator nlp;
  private static volatile StandardCoder coder;

  private CoderTestKit() {
  }

  private static synchronized void init() {
    if (nlp == null) {
      nlp = new CoreNlpAnnotator(NlpConfig.defaults());
      coder = StandardCoder.load(CameoOntology.standard());
    }
  }

  /** Codes a text as one article. */
  public static CodedArticle code(String text) {
    init();
    return coder.code(nlp.annotate(Article.of("test", text)));
  }

  /** Codes a text as one article published on {@code date}. */
  public static CodedArticle code(String text, java.time.LocalDate date) {
    init();
    return coder.code(nlp.annotate(Article.of("test", text).withDate(date)));
  }

  /** Each expected "SOURCE TARGET CODE" is among the events of {@code text}. */
  public static CodedArticle assertCodes(String text, String... expected) {
    CodedArticle coded = code(text);
    for (String e : expected) {
      assertThat(coded.events().stream().anyMatch(ev -> matches(ev, e)))
          .as("expected event '%s' in \"%s\"; coded: %s", e, text, describe(coded))
          .isTrue();
    }
    return coded;
  }

  /** Exactly the expected events, no more. */
  public static CodedArticle assertCodesExactly(String text, String... expected) {
    CodedArticle coded = assertCodes(text, expected);
    assertThat(coded.events()).as("events of \"%s\": %s", text, describe(coded)).hasSize(expected.length);
    return coded;
  }

  /** None of the events of {@code text} is "SOURCE TARGET CODE". */
  public static void assertNotCoded(String text, String unexpected) {
    CodedArticle coded = code(text);
    assertThat(coded.events().stream().noneMatch(ev -> matches(ev, unexpected)))
        .as("did not expect '%s' in \"%s\"; coded: %s", unexpected, text, describe(coded)).isTrue();
  }

  /** {@code text} codes no event at all. */
  public static void assertNoEvents(String text) {
    CodedArticle coded = code(text);
    assertThat(coded.events()).as("events of \"%s\": %s", text, describe(coded)).isEmpty();
  }

  /** The mention written {@code words} (the last one if several) resolves to {@code code}. */
  public static Mention assertActor(String text, String words, String code) {
    CodedArticle coded = code(text);
    Mention found = null;
    for (Mention m : coded.mentions()) {
      if (m.text().equals(words) || m.text().endsWith(" " + words) && found == null) {
        found = m;
      }
    }
    assertThat(found).as("a mention '%s' in \"%s\"; mentions: %s", words, text, mentions(coded)).isNotNull();
    assertThat(actorMatches(found.actor().code(), code))
        .as("'%s' resolves to %s, not %s (%s)", words, code, found.actor().code(), found.reason()).isTrue();
    return found;
  }

  static boolean matches(Event ev, String expected) {
    String[] p = expected.trim().split("\\s+");
    if (p.length != 3) {
      throw new IllegalArgumentException("write 'SOURCE TARGET CODE', not '" + expected + "'");
    }
    boolean source = actorMatches(ev.source().actor().code(), p[0]);
    boolean target = p[1].equals("-") ? ev.target().isEmpty()
        : ev.target().isPresent() && actorMatches(ev.target().get().actor().code(), p[1]);
    return source && target && ev.code().code().equals(p[2]);
  }

  private static boolean actorMatches(String coded, String expected) {
    return expected.length() == 3 ? coded.startsWith(expected) : coded.equals(expected);
  }

  public static String describe(CodedArticle coded) {
    List<String> r = new ArrayList<>();
    for (Event e : coded.events()) {
      r.add(e.source().actor().code() + " " + e.target().map(t -> t.actor().code()).orElse("-") + " "
          + e.code().code() + " [" + e.modality().label() + "; " + e.rule() + "]");
    }
    return r.isEmpty() ? "(none)" : String.join(" | ", r);
  }

  private static String mentions(CodedArticle coded) {
    List<String> r = new ArrayList<>();
    for (Mention m : coded.mentions()) {
      r.add("'" + m.text() + "'=" + m.actor().code());
    }
    return String.join(", ", r);
  }

  /** A sentence of proper nouns followed by "said", from a name as written (for dictionary lookups without CoreNLP). */
  public static Sentence nameSentence(String name) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (String word : (name + " said").split(" ")) {
      boolean verb = word.equals("said");
      tokens.add(new Token(tokens.size(), word, offset, offset + word.length(), verb ? "VBD" : "NNP",
          verb ? "say" : word, verb ? "O" : "PERSON"));
      offset += word.length() + 1;
    }
    return new Sentence(0, 0, offset - 1, tokens, new DependencyGraph(tokens.size(), List.of()),
        new DependencyGraph(tokens.size(), List.of()));
  }
}

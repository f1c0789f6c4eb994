package org.tacitus.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tacitus.core.cameo.CameoCode;
import org.tacitus.core.model.Actor;
import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.DependencyGraph;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Modality;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.model.Span;
import org.tacitus.core.model.Token;
import org.tacitus.core.stage.Annotator;
import org.tacitus.core.stage.ArticleCoder;

/**
 * Stages for tests that need no models: sentences end at '.', tokens are runs of non-space, and a sentence
 * {@code "SRC 040 TGT."} (or {@code "SRC 040 -."} for no target) codes one event. A text containing "FAIL" makes the
 * annotator throw; "BADSPAN" makes the coder give an evidence span past the end of the text.
 */
final class FakeStages {

  private static final Pattern SENTENCE = Pattern.compile("[^.]+\\.?");
  private static final Pattern TOKEN = Pattern.compile("[^\\s.]+|\\.");

  private FakeStages() {
  }

  static Pipeline pipeline() {
    return Pipeline.of(PipelineConfig.defaults(), new FakeAnnotator(), new FakeCoder(), java.util.Map.of(
        "fake.txt", "0000"));
  }

  static final class FakeAnnotator implements Annotator {

    @Override
    public AnnotatedArticle annotate(Article article) {
      if (article.text().contains("FAIL")) {
        throw new IllegalStateException("fake annotator refuses '" + article.id() + "'");
      }
      List<Sentence> sentences = new ArrayList<>();
      Matcher s = SENTENCE.matcher(article.text());
      while (s.find()) {
        List<Token> tokens = new ArrayList<>();
        Matcher t = TOKEN.matcher(article.text()).region(s.start(), s.end());
        while (t.find()) {
          // a capitalised word ("Moscow", not "RUS") is a proper noun, so that the gazetteer may place it
          String pos = t.group().matches("\\p{Lu}\\p{Ll}+") ? "NNP" : "NN";
          tokens.add(new Token(tokens.size(), t.group(), t.start(), t.end(), pos, t.group(), "O"));
        }
        if (tokens.isEmpty()) {
          continue;
        }
        DependencyGraph none = new DependencyGraph(tokens.size(), List.of());
        sentences.add(new Sentence(sentences.size(), tokens.get(0).start(), tokens.get(tokens.size() - 1).end(),
            tokens, none, none));
      }
      return new AnnotatedArticle(article, sentences);
    }

    @Override
    public String describe() {
      return "fake annotator";
    }
  }

  static final class FakeCoder implements ArticleCoder {

    @Override
    public CodedArticle code(AnnotatedArticle article) {
      List<Event> events = new ArrayList<>();
      List<Mention> mentions = new ArrayList<>();
      for (Sentence s : article.sentences()) {
        List<Token> w = s.tokens();
        if (w.size() < 3 || !w.get(1).word().matches("\\d{3,4}")) {
          continue;
        }
        Mention source = mention(s, w.get(0));
        Optional<Mention> target = w.get(2).word().equals("-") ? Optional.empty() : Optional.of(mention(s, w.get(2)));
        mentions.add(source);
        target.ifPresent(mentions::add);
        Span evidence = article.text().contains("BADSPAN") ? new Span(0, article.text().length() + 5)
            : w.get(1).span();
        events.add(new Event(article.article().id(), s.index(), new CameoCode(w.get(1).word(), "fake " + w.get(1)
            .word(), 1.0), source, target, Modality.ASSERTED, evidence, "fake " + w.get(1).word(), 0.5,
            Optional.empty()));
      }
      return new CodedArticle(article, mentions, events);
    }

    private static Mention mention(Sentence s, Token t) {
      String code = t.word();
      Actor actor = code.length() > 3 ? Actor.of(code.substring(0, 3), code.substring(3))
          : Actor.country(code);
      return new Mention(s.index(), t.index(), t.span(), t.word(), actor, "fake");
    }
  }
}

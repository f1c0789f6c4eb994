package org.tacitus.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.tacitus.coder.StandardCoder;
import org.tacitus.coder.events.EventEngine;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.Dependency;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.model.Token;
import org.tacitus.nlp.CoreNlpAnnotator;
import org.tacitus.nlp.NlpConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tacitus explain "sentence"}: the parse, the actors, each candidate predicate and why it matched or not. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = {"Shows how a text is coded: for each sentence its parse, the actors resolved (with the reason),",
        "every verb and event noun with the dictionary entry and frames found, and why it was or was not coded."})
final class ExplainCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The text to explain (words are joined by spaces).")
  String[] words;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The article date (picks dated actor entries).")
  String date;

  @Option(names = "--no-parse", description = "Leave out the dependency parse.")
  boolean noParse;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Article article = Article.of("explain", String.join(" ", words));
    if (date != null) {
      try {
        article = article.withDate(LocalDate.parse(date));
      } catch (DateTimeParseException e) {
        throw new CliException("--date '" + date + "' is not a date; write YYYY-MM-DD");
      }
    }
    CoreNlpAnnotator nlp = new CoreNlpAnnotator(NlpConfig.defaults());
    StandardCoder coder = StandardCoder.load(CameoOntology.standard());
    String text = article.text();
    AnnotatedArticle annotated = nlp.annotate(article);
    List<StandardCoder.Explanation> explanations = coder.explain(annotated);
    for (StandardCoder.Explanation ex : explanations) {
      Sentence s = ex.sentence();
      out.println("sentence " + s.index() + ": " + s.span().of(text));
      if (!noParse) {
        out.println("  parse (enhanced dependencies):");
        for (Dependency d : s.enhanced().edges()) {
          String gov = d.governor() < 0 ? "ROOT" : word(s, d.governor());
          out.println("    " + d.relation() + "(" + gov + ", " + word(s, d.dependent()) + ")");
        }
      }
      out.println("  actors:");
      if (ex.mentions().isEmpty()) {
        out.println("    (none)");
      }
      for (Mention m : ex.mentions()) {
        out.println("    '" + m.text() + "' [" + m.span().start() + "," + m.span().end() + ") = " + m.actor().code()
            + " — " + m.reason());
      }
      out.println("  candidates:");
      if (ex.traces().isEmpty()) {
        out.println("    (no verb or event noun)");
      }
      for (EventEngine.Trace t : ex.traces()) {
        out.println("    " + t.word() + " (token " + t.token() + "): " + (t.entry().isEmpty() ? "" : "entry "
            + t.entry() + "; ") + (t.frames().isEmpty() ? "" : "frames " + t.frames() + "; ") + t.outcome());
      }
      out.println("  events:");
      if (ex.events().isEmpty()) {
        out.println("    (none)");
      }
      for (Event e : ex.events()) {
        out.println("    " + e.source().actor().code() + " -> " + e.target().map(x -> x.actor().code()).orElse("-")
            + " " + e.code().code() + " " + e.code().name() + " [" + e.modality().label() + ", confidence "
            + e.confidence() + "] \"" + e.evidence().of(text) + "\" — " + e.rule()
            + e.reportedBy().map(r -> " (reported by " + r.text() + ")").orElse(""));
      }
      out.println();
    }
    PlaceExplanation.print(annotated, explanations, out);
    out.flush();
    return 0;
  }

  private static String word(Sentence s, int i) {
    Token t = s.token(i);
    return t.word() + "-" + i;
  }
}

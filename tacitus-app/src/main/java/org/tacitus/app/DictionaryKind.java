package org.tacitus.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tacitus.coder.dict.ActorDictionary;
import org.tacitus.coder.dict.DictionaryException;
import org.tacitus.coder.dict.DictionaryText;
import org.tacitus.coder.dict.EventDictionary;
import org.tacitus.coder.dict.FrameLexicon;
import org.tacitus.coder.dict.PetrarchDictionaryReader;
import org.tacitus.core.cameo.CameoOntology;

/**
 * The grammars a dictionary file can follow, and how a file's name tells which one it follows: {@code *verbs*.txt},
 * {@code *nouns*.txt}, {@code countries*.tsv}, {@code organisations*.tsv}, {@code agents*.tsv}, {@code leaders*.tsv},
 * {@code frames*.tsv}, {@code modality*.tsv}, {@code *.actors} and {@code *.actors.txt} (PETRARCH actors),
 * {@code *.agents} and {@code *agents*.txt} (PETRARCH agents). Names are compared without regard to case.
 */
public enum DictionaryKind {

  /** CAMEO verb patterns ({@code cameo-verbs.txt}; docs/DICTIONARY.md). */
  VERBS("verbs", false),
  /** CAMEO event nouns ({@code cameo-nouns.txt}; docs/DICTIONARY.md). */
  NOUNS("nouns", false),
  /** Country names, adjectives, capitals and seats ({@code countries.tsv}; docs/ACTORS.md). */
  COUNTRIES("countries", true),
  /** Organisations and armed groups ({@code organisations.tsv}). */
  ORGANISATIONS("organisations", true),
  /** Role words that give a sector ({@code agents.tsv}). */
  AGENTS("agents", true),
  /** Named office holders with dated codes ({@code leaders.tsv}). */
  LEADERS("leaders", true),
  /** A PETRARCH/TABARI {@code .actors} file. */
  PETRARCH_ACTORS("petrarch-actors", true),
  /** A PETRARCH/TABARI {@code .agents} file. */
  PETRARCH_AGENTS("petrarch-agents", true),
  /** Frame words ({@code frames.tsv}). */
  FRAMES("frames", false),
  /** The re-coding table of frames ({@code modality.tsv}). */
  MODALITY("modality", false);

  /** What compiling one file gave: how many entries (or PETRARCH records). */
  public record Compiled(int count, String unit) {
  }

  /** A file with no lines, standing in for the other file of a pair when a file is compiled alone. */
  private static final DictionaryText NONE = new DictionaryText("(none)", List.of(), "");

  private final String label;
  private final boolean actor;

  DictionaryKind(String label, boolean actor) {
    this.label = label;
    this.actor = actor;
  }

  /** The name used on the command line ({@code --kind petrarch-actors}). */
  public String label() {
    return label;
  }

  /** True for the grammars {@code --actors} accepts. */
  public boolean isActor() {
    return actor;
  }

  /** True when each line stands alone, so that the lines after an error can still be checked. */
  boolean lineByLine() {
    return this != PETRARCH_ACTORS && this != PETRARCH_AGENTS;
  }

  /** The grammar the file's name names, if it names one. */
  public static Optional<DictionaryKind> byName(Path file) {
    Path leaf = file.getFileName();
    String n = leaf == null ? "" : leaf.toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".tsv")) {
      for (DictionaryKind k : List.of(COUNTRIES, ORGANISATIONS, AGENTS, LEADERS, FRAMES, MODALITY)) {
        if (n.startsWith(k.label)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
    if (n.endsWith(".actors") || n.endsWith(".actors.txt")) {
      return Optional.of(PETRARCH_ACTORS);
    }
    if (n.endsWith(".agents") || n.endsWith(".txt") && n.contains("agents")) {
      return Optional.of(PETRARCH_AGENTS);
    }
    if (n.endsWith(".txt") && n.contains("verbs")) {
      return Optional.of(VERBS);
    }
    if (n.endsWith(".txt") && n.contains("nouns")) {
      return Optional.of(NOUNS);
    }
    return Optional.empty();
  }

  /** The kind of a {@code --kind} value. */
  public static DictionaryKind parse(String label) {
    for (DictionaryKind k : values()) {
      if (k.label.equalsIgnoreCase(label.strip())) {
        return k;
      }
    }
    throw new IllegalArgumentException("no dictionary kind '" + label + "'; use one of " + labels());
  }

  /** Every label, comma-separated. */
  public static String labels() {
    return Arrays.stream(values()).map(DictionaryKind::label).collect(Collectors.joining(", "));
  }

  /** The naming rule, for messages. */
  static String namingRule(boolean actorsOnly) {
    String actors = "countries*.tsv, organisations*.tsv, agents*.tsv, leaders*.tsv, *.actors or *.actors.txt "
        + "(PETRARCH actors), *.agents or *agents*.txt (PETRARCH agents)";
    return actorsOnly ? actors : "*verbs*.txt, *nouns*.txt, " + actors + ", frames*.tsv, modality*.tsv";
  }

  /**
   * Compiles {@code text} alone in this grammar, as the coder would, and says how many entries it holds.
   *
   * @throws DictionaryException at the first line that breaks the grammar
   */
  public Compiled compile(DictionaryText text, CameoOntology ontology) {
    return switch (this) {
      case VERBS -> new Compiled(EventDictionary.compile(ontology, text, NONE).size(), "entries");
      case NOUNS -> new Compiled(EventDictionary.compile(ontology, NONE, text).size(), "entries");
      case FRAMES -> {
        FrameLexicon.compile(ontology, text, NONE);
        yield new Compiled(entryLines(text), "entries");
      }
      case MODALITY -> {
        FrameLexicon.compile(ontology, NONE, text);
        yield new Compiled(entryLines(text), "entries");
      }
      case PETRARCH_ACTORS -> new Compiled(PetrarchDictionaryReader.readActors(text,
          ActorDictionary.builder(ontology)).records(), "records");
      case PETRARCH_AGENTS -> new Compiled(PetrarchDictionaryReader.readAgents(text,
          ActorDictionary.builder(ontology)).records(), "records");
      default -> {
        ActorDictionary.Builder builder = ActorDictionary.builder(ontology);
        addTo(builder, text);
        yield new Compiled(builder.build().size(), "entries");
      }
    };
  }

  /**
   * Adds the entries of an actor file to {@code builder}.
   *
   * @throws DictionaryException at the first line that breaks the grammar
   * @throws IllegalStateException for a kind that holds no actors
   */
  public void addTo(ActorDictionary.Builder builder, DictionaryText text) {
    switch (this) {
      case COUNTRIES -> builder.countries(text);
      case ORGANISATIONS -> builder.organisations(text);
      case AGENTS -> builder.agents(text);
      case LEADERS -> builder.leaders(text);
      case PETRARCH_ACTORS -> PetrarchDictionaryReader.readActors(text, builder);
      case PETRARCH_AGENTS -> PetrarchDictionaryReader.readAgents(text, builder);
      default -> throw new IllegalStateException(label + " dictionaries hold no actors");
    }
  }

  private static int entryLines(DictionaryText text) {
    return (int) text.lines().stream().filter(l -> !DictionaryText.skip(l)).count();
  }
}

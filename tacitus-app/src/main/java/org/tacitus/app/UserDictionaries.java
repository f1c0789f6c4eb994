package org.tacitus.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The user's dictionaries of a run: actor files loaded before the shipped ones, and event dictionaries that replace
 * the shipped verbs or nouns. Part of {@link PipelineConfig}; the files are read when the pipeline's stages load.
 *
 * @param actors actor files in the order given; for a phrase also in a shipped file, the user's entry is matched
 * @param verbs a verbs file to use instead of the shipped {@code cameo-verbs.txt}
 * @param nouns a nouns file to use instead of the shipped {@code cameo-nouns.txt}
 */
public record UserDictionaries(List<ActorFile> actors, Optional<Path> verbs, Optional<Path> nouns) {

  /**
   * One actor file and its grammar.
   *
   * @param path the file
   * @param kind its grammar, one that holds actors
   */
  public record ActorFile(Path path, DictionaryKind kind) {

    public ActorFile {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(kind, "kind");
      if (!kind.isActor()) {
        throw new IllegalArgumentException(path + " is a " + kind.label() + " dictionary, which holds no actors");
      }
    }

    /**
     * The file with the grammar its name names.
     *
     * @throws IllegalArgumentException when the name names no actor grammar, saying how to name the file
     */
    public static ActorFile of(Path path) {
      DictionaryKind kind = DictionaryKind.byName(path).orElseThrow(() -> new IllegalArgumentException(
          "cannot tell the format of " + path + " from its name; name it " + DictionaryKind.namingRule(true)));
      if (!kind.isActor()) {
        throw new IllegalArgumentException(path + " is named as a " + kind.label() + " dictionary, which holds no "
            + "actors" + (kind == DictionaryKind.VERBS || kind == DictionaryKind.NOUNS ? "; give it with --"
            + kind.label() : ""));
      }
      return new ActorFile(path, kind);
    }
  }

  public UserDictionaries {
    actors = List.copyOf(actors);
    Objects.requireNonNull(verbs, "verbs");
    Objects.requireNonNull(nouns, "nouns");
  }

  /** The shipped dictionaries only. */
  public static UserDictionaries none() {
    return new UserDictionaries(List.of(), Optional.empty(), Optional.empty());
  }

  /** True when the shipped dictionaries are used as they are. */
  public boolean isEmpty() {
    return actors.isEmpty() && verbs.isEmpty() && nouns.isEmpty();
  }

  /** The settings as key → value, for provenance (the files' checksums are in the provenance's dictionaries). */
  public Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("dictionaries.actors", actors.isEmpty() ? "shipped" : "user files first, then shipped: " + actors.stream()
        .map(a -> a.path() + " (" + a.kind().label() + ")").collect(Collectors.joining(", ")));
    m.put("dictionaries.verbs", verbs.map(Path::toString).orElse("shipped"));
    m.put("dictionaries.nouns", nouns.map(Path::toString).orElse("shipped"));
    return m;
  }
}

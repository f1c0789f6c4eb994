package org.tacitus.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options that bring the user's dictionaries to the commands that code: {@code code}, {@code eval} and
 * {@code actors}.
 */
final class DictionaryOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--actors", paramLabel = "FILE", description = {"An actor dictionary to use before the shipped "
      + "ones (repeatable). Its name gives its format: countries*.tsv, organisations*.tsv, agents*.tsv, "
      + "leaders*.tsv (docs/ACTORS.md), *.actors or *.actors.txt (PETRARCH actors), *.agents or *agents*.txt "
      + "(PETRARCH agents)."})
  List<Path> actors = new ArrayList<>();

  @Option(names = "--verbs", paramLabel = "FILE",
      description = "A verbs dictionary to use instead of the shipped cameo-verbs.txt (docs/DICTIONARY.md).")
  Path verbs;

  @Option(names = "--nouns", paramLabel = "FILE",
      description = "A nouns dictionary to use instead of the shipped cameo-nouns.txt.")
  Path nouns;

  /**
   * The dictionaries the options name.
   *
   * @throws CommandLine.ParameterException when a file's name names no actor format (a usage error)
   * @throws CliException when a file does not exist
   */
  UserDictionaries resolve() {
    List<UserDictionaries.ActorFile> files = new ArrayList<>();
    for (Path p : actors) {
      try {
        files.add(UserDictionaries.ActorFile.of(p));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--actors: " + e.getMessage());
      }
    }
    UserDictionaries user = new UserDictionaries(files, Optional.ofNullable(verbs), Optional.ofNullable(nouns));
    List<String> missing = new ArrayList<>();
    user.actors().forEach(f -> check(f.path(), "--actors", missing));
    user.verbs().ifPresent(f -> check(f, "--verbs", missing));
    user.nouns().ifPresent(f -> check(f, "--nouns", missing));
    if (!missing.isEmpty()) {
      throw new CliException(String.join("; ", missing));
    }
    return user;
  }

  private static void check(Path file, String option, List<String> missing) {
    if (!Files.isRegularFile(file)) {
      missing.add(option + " " + file + ": " + (Files.exists(file) ? "not a file" : "no such file"));
    } else if (!Files.isReadable(file)) {
      missing.add(option + " " + file + ": cannot be read (permissions?)");
    }
  }
}

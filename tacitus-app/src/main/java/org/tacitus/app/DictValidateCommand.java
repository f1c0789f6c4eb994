package org.tacitus.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tacitus.coder.StandardCoder;
import org.tacitus.coder.dict.DictionaryException;
import org.tacitus.coder.dict.DictionaryText;
import org.tacitus.coder.dict.EventDictionary;
import org.tacitus.core.cameo.CameoCode;
import org.tacitus.core.cameo.CameoOntology;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tacitus dict validate [FILE...]}: compiles dictionaries as the coder would and reports each file's entries
 * and checksum, or every line that breaks its grammar as {@code file:line:col} with a caret.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Compiles dictionaries as the coder would and prints one line per file: its entries and the"
        + " first 12 hex digits of its SHA-256 (the provenance of a run holds all 64).",
        "Without FILE: every shipped dictionary (the CAMEO tables, countries, organisations, agents, leaders,"
            + " cameo-verbs, cameo-nouns, frames, modality), then the CAMEO coverage of the event dictionaries:"
            + " codes reachable by an entry, listed as unreachable, and missing (none may be).",
        "With FILEs: the user's files, each in the grammar its name gives: *verbs*.txt, *nouns*.txt,"
            + " countries*.tsv, organisations*.tsv, agents*.tsv, leaders*.tsv, frames*.tsv, modality*.tsv,"
            + " *.actors or *.actors.txt (PETRARCH actors), *.agents or *agents*.txt (PETRARCH agents); --kind"
            + " overrides the name.",
        "Errors go to standard error as FILE:LINE:COL with the line and a caret; every file is checked and every"
            + " error printed (PETRARCH files: the first error of each). Exit 0 when all are valid, 1 otherwise."})
final class DictValidateCommand implements Callable<Integer> {

  /** Errors printed per file at most; a file with more is surely not in the grammar checked. */
  static final int MAX_ERRORS = 50;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Dictionary files (default: the shipped ones).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--kind", paramLabel = "KIND", converter = KindConverter.class,
      description = "Read every FILE in this grammar, whatever its name: verbs, nouns, countries, organisations,"
          + " agents, leaders, petrarch-actors, petrarch-agents, frames or modality.")
  DictionaryKind kind;

  /** One valid file, for the table. */
  private record Row(String name, String kind, int count, String unit, String sha256) {
  }

  private final List<Row> rows = new ArrayList<>();
  private int checked;
  private int invalid;
  private int errors;

  @Override
  public Integer call() {
    if (kind != null && files.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--kind applies to FILEs; give the files to "
          + "read as " + kind.label());
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CameoOntology ontology;
    try {
      ontology = CameoOntology.standard();
    } catch (RuntimeException e) {
      err.println("tacitus: the CAMEO tables of tacitus-core do not load: " + e.getMessage());
      return CommandLine.ExitCode.SOFTWARE;
    }
    if (files.isEmpty()) {
      shipped(ontology, out, err);
    } else {
      user(ontology, out, err);
    }
    out.flush();
    String files = checked + " dictionar" + (checked == 1 ? "y" : "ies") + " checked";
    err.println("tacitus: " + files + (errors == 0 ? ", all valid" : ": " + (checked - invalid) + " valid, "
        + invalid + " with errors; " + errors + " error" + (errors == 1 ? "" : "s") + " in all"));
    return errors == 0 ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
  }

  private void shipped(CameoOntology ontology, PrintWriter out, PrintWriter err) {
    for (String resource : Dictionaries.ONTOLOGY) {
      checked++;
      DictionaryText text = Dictionaries.shipped(resource);
      boolean codes = resource.endsWith("cameo-codes.tsv");
      rows.add(new Row(resource, "ontology", codes ? ontology.codes().size() : ontology.sectors().size(),
          codes ? "codes" : "sectors", text.sha256()));
    }
    Map<String, DictionaryText> valid = new LinkedHashMap<>();
    for (String resource : Dictionaries.CODER) {
      DictionaryKind k = DictionaryKind.byName(Path.of(resource)).orElseThrow();
      DictionaryText text = Dictionaries.shipped(resource);
      if (check(k, text, ontology, err)) {
        valid.put(resource, text);
      }
    }
    // The coder as a whole: every file it reads must be one checked above.
    if (invalid == 0) {
      try {
        Set<String> unchecked = new HashSet<>(StandardCoder.load(ontology).checksums().keySet());
        unchecked.removeAll(Dictionaries.CODER);
        if (!unchecked.isEmpty()) {
          failSet(err, "the coder reads " + String.join(", ", unchecked) + ", which 'dict validate' does not"
              + " check; add it to Dictionaries.CODER");
        }
      } catch (RuntimeException e) {
        failSet(err, "the shipped dictionaries compile one by one but not together: " + e.getMessage());
      }
    }
    table(out);
    DictionaryText verbs = valid.get(Dictionaries.VERBS);
    DictionaryText nouns = valid.get(Dictionaries.NOUNS);
    if (verbs != null && nouns != null) {
      List<String> missing = coverage(EventDictionary.compile(ontology, verbs, nouns), ontology, out, err);
      if (!missing.isEmpty()) {
        failSet(err, "CAMEO codes that no entry reaches and no !unreachable line lists: "
            + String.join(", ", missing) + "; add an entry for each, or list it as '!unreachable CODE reason'"
            + " in cameo-verbs.txt");
      }
    }
  }

  private void user(CameoOntology ontology, PrintWriter out, PrintWriter err) {
    List<String> unknown = new ArrayList<>();
    List<DictionaryKind> kinds = new ArrayList<>();
    for (Path f : files) {
      Optional<DictionaryKind> k = kind != null ? Optional.of(kind) : DictionaryKind.byName(f);
      k.ifPresentOrElse(kinds::add, () -> unknown.add(f.toString()));
    }
    if (!unknown.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "cannot tell the grammar of "
          + String.join(", ", unknown) + " from the name; name a file " + DictionaryKind.namingRule(false)
          + ", or give --kind");
    }
    List<DictionaryText> verbs = new ArrayList<>();
    List<DictionaryText> nouns = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Path f = files.get(i);
      DictionaryText text;
      try {
        text = DictionaryText.file(f);
      } catch (NoSuchFileException e) {
        checked++;
        fail(err, f + ": no such file");
        continue;
      } catch (IOException e) {
        checked++;
        fail(err, f + ": cannot read (" + e + ")");
        continue;
      } catch (DictionaryException e) {
        checked++;
        fail(err, e.getMessage());
        continue;
      }
      DictionaryKind k = kinds.get(i);
      if (check(k, text, ontology, err)) {
        if (k == DictionaryKind.VERBS) {
          verbs.add(text);
        } else if (k == DictionaryKind.NOUNS) {
          nouns.add(text);
        }
      }
    }
    table(out);
    if (verbs.size() <= 1 && nouns.size() <= 1 && verbs.size() + nouns.size() > 0) {
      DictionaryText v = verbs.isEmpty() ? Dictionaries.shipped(Dictionaries.VERBS) : verbs.get(0);
      DictionaryText n = nouns.isEmpty() ? Dictionaries.shipped(Dictionaries.NOUNS) : nouns.get(0);
      try {
        out.println("With " + v.name() + " and " + n.name() + ":");
        List<String> missing = coverage(EventDictionary.compile(ontology, v, n), ontology, out, err);
        if (!missing.isEmpty()) {
          out.println("  not reached and not listed unreachable: " + String.join(", ", missing));
        }
      } catch (DictionaryException e) {
        failSet(err, e.getMessage());
      }
    }
  }

  /**
   * Compiles one file; on errors, blanks each faulty line and compiles again, so that every error of a file whose
   * lines stand alone is printed. Returns true when the file is valid.
   */
  private boolean check(DictionaryKind k, DictionaryText text, CameoOntology ontology, PrintWriter err) {
    checked++;
    DictionaryText current = text;
    int found = 0;
    while (true) {
      try {
        DictionaryKind.Compiled c = k.compile(current, ontology);
        if (found == 0) {
          rows.add(new Row(text.name(), k.label(), c.count(), c.unit(), text.sha256()));
          return true;
        }
        break;
      } catch (DictionaryException e) {
        found++;
        errors++;
        err.println(e.getMessage());
        int line = e.line();
        if (!k.lineByLine()) {
          err.println("  (" + text.name() + " is read record by record: fix this error and validate again to "
              + "check the rest)");
          break;
        }
        if (line < 1 || line > current.lines().size() || current.lines().get(line - 1).isEmpty()) {
          break;
        }
        if (found == MAX_ERRORS) {
          err.println("  (" + text.name() + ": stopped after " + MAX_ERRORS + " errors; is it a "
              + k.label() + " dictionary?)");
          break;
        }
        List<String> lines = new ArrayList<>(current.lines());
        lines.set(line - 1, "");
        current = new DictionaryText(text.name(), lines, text.sha256());
      }
    }
    invalid++;
    return false;
  }

  /** Prints an error that makes a file invalid. */
  private void fail(PrintWriter err, String message) {
    err.println(message);
    invalid++;
    errors++;
  }

  /** Prints an error of the set as a whole (each file is valid on its own). */
  private void failSet(PrintWriter err, String message) {
    err.println("tacitus: " + message);
    errors++;
  }

  private void table(PrintWriter out) {
    int name = rows.stream().mapToInt(r -> r.name().length()).max().orElse(0);
    int kindWidth = rows.stream().mapToInt(r -> r.kind().length()).max().orElse(0);
    for (Row r : rows) {
      out.println(String.format(Locale.ROOT, "%-" + name + "s  %-" + kindWidth + "s  %6d %-8s sha256 %s",
          r.name(), r.kind(), r.count(), unit(r), r.sha256().substring(0, Math.min(12, r.sha256().length()))));
    }
    rows.clear();
  }

  private static String unit(Row r) {
    return r.count() != 1 ? r.unit() : r.unit().equals("entries") ? "entry"
        : r.unit().substring(0, r.unit().length() - 1);
  }

  /** Prints the coverage line; returns the codes neither reached nor listed unreachable. */
  private static List<String> coverage(EventDictionary events, CameoOntology ontology, PrintWriter out,
      PrintWriter err) {
    Set<String> reachable = events.reachableCodes();
    Map<String, String> unreachable = events.unreachable();
    int reached = 0;
    int listed = 0;
    List<String> missing = new ArrayList<>();
    List<String> both = new ArrayList<>();
    for (CameoCode c : ontology.codes()) {
      if (reachable.contains(c.code())) {
        reached++;
        if (unreachable.containsKey(c.code())) {
          both.add(c.code());
        }
      } else if (unreachable.containsKey(c.code())) {
        listed++;
      } else {
        missing.add(c.code());
      }
    }
    out.println("CAMEO coverage: " + ontology.codes().size() + " codes: " + reached + " reachable, " + listed
        + " listed unreachable, " + missing.size() + " missing");
    if (!both.isEmpty()) {
      err.println("tacitus: warning: listed as unreachable but reached by an entry: " + String.join(", ", both));
    }
    for (String hidden : events.shadowed()) {
      err.println("tacitus: warning: " + hidden);
    }
    return missing;
  }

  /** Reads {@code --kind}. */
  static final class KindConverter implements CommandLine.ITypeConverter<DictionaryKind> {

    @Override
    public DictionaryKind convert(String value) {
      try {
        return DictionaryKind.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}

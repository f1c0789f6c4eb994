package org.tacitus.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tacitus.store.ActorCount;
import org.tacitus.store.CodeCount;
import org.tacitus.store.Direction;
import org.tacitus.store.DyadPeriod;
import org.tacitus.store.EventStore;
import org.tacitus.store.Granularity;
import org.tacitus.store.StoredEvent;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacitus query}: the questions analysts ask of a store of coded events. */
@Command(name = "query", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Questions to a DuckDB store written by 'tacitus code --db': a dyad's time series (counts per",
        "QuadClass, Goldstein sum and mean), the top actors or codes, an actor's events, or events whose evidence",
        "contains some words."})
final class QueryCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions options;

  @ArgGroup(exclusive = true, multiplicity = "1")
  What what;

  static final class What {
    @Option(names = "--dyad", paramLabel = "A-B",
        description = "Events between actors A and B (codes by prefix: RUS matches RUSGOV), e.g. RUS-PAK.")
    String dyad;

    @Option(names = "--top-actors", paramLabel = "N", description = "The N actors in most events.")
    Integer topActors;

    @Option(names = "--top-codes", paramLabel = "N", description = "The N most frequent CAMEO codes.")
    Integer topCodes;

    @Option(names = "--actor", paramLabel = "CODE", description = "The events of one actor (by prefix).")
    String actor;

    @Option(names = "--search", paramLabel = "WORDS", description = "Events whose evidence contains WORDS.")
    String search;
  }

  @Option(names = "--by", paramLabel = "day|week|month", defaultValue = "month",
      description = "Period of a --dyad series (default: month).")
  String by;

  @Option(names = "--directed", description = "With --dyad: only A acting on B (default: both directions).")
  boolean directed;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Most rows for --actor, --search.")
  int limit;


  @Override
  public Integer call() throws IOException {
    Path db = options.checkedStore();
    PrintWriter out = spec.commandLine().getOut();
    List<String> columns;
    List<List<Object>> rows = new ArrayList<>();
    try (EventStore store = EventStore.openReadOnly(db)) {
      if (what.dyad != null) {
        String[] ab = what.dyad.split("-");
        if (ab.length != 2 || ab[0].isBlank() || ab[1].isBlank()) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--dyad takes A-B (e.g. RUS-PAK), not '"
              + what.dyad + "'");
        }
        Granularity g;
        try {
          g = Granularity.valueOf(by.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--by takes day, week or month, not '" + by
              + "'");
        }
        columns = List.of("period", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict",
            "events", "goldstein_sum", "goldstein_mean");
        for (DyadPeriod p : store.dyadSeries(ab[0], ab[1], g, directed ? Direction.DIRECTED : Direction.BOTH)) {
          rows.add(List.of(p.period(), p.verbalCooperation(), p.materialCooperation(), p.verbalConflict(),
              p.materialConflict(), p.events(), p.goldsteinSum(), p.goldsteinMean()));
        }
      } else if (what.topActors != null) {
        columns = List.of("actor", "as_source", "as_target", "events");
        for (ActorCount a : store.topActors(what.topActors)) {
          rows.add(List.of(a.code(), a.asSource(), a.asTarget(), a.events()));
        }
      } else if (what.topCodes != null) {
        columns = List.of("code", "name", "events");
        for (CodeCount c : store.topCodes(what.topCodes)) {
          rows.add(List.of(c.code(), c.name(), c.events()));
        }
      } else {
        columns = List.of("doc_id", "sentence", "date", "source", "target", "code", "modality", "evidence");
        List<StoredEvent> events = what.actor != null ? store.actorEvents(what.actor, limit)
            : store.searchEvidence(what.search, limit);
        for (StoredEvent e : events) {
          List<Object> row = new ArrayList<>();
          row.add(e.docId());
          row.add(e.sentence());
          row.add(e.eventDate().map(Object::toString).orElse(null));
          row.add(e.sourceCode());
          row.add(e.targetCode().orElse(null));
          row.add(e.code());
          row.add(e.modality().label());
          row.add(e.evidenceText());
          rows.add(row);
        }
      }
    }
    TablePrinter.print(options.format, columns, rows, out);
    return 0;
  }
}

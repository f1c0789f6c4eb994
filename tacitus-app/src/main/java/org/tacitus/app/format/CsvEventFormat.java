package org.tacitus.app.format;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.EventDate;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Place;

/**
 * Comma-separated values (RFC 4180 quoting by commons-csv, rows ended by a line feed), one row per event: the JSON
 * Lines fields flattened, always with a header row. An absent value is the empty cell.
 */
final class CsvEventFormat implements EventFormat {

  /** The columns, in order. */
  static final List<String> COLUMNS = List.of("doc_id", "sentence", "date", "code", "code_name", "root",
      "quad_class", "goldstein", "source_code", "source_country", "source_sector", "source_text", "source_start",
      "source_end", "target_code", "target_country", "target_sector", "target_text", "target_start", "target_end",
      "modality", "evidence_start", "evidence_end", "evidence_text", "rule", "confidence", "reported_by_code",
      "event_date", "date_precision", "date_reason", "place_name", "place_type", "place_country", "place_admin1",
      "place_lat", "place_lon", "place_geonames_id", "place_reason", "num_mentions", "num_sources", "num_articles",
      "event_id", "doc_ids", "urls");

  /** The DuckDB type of each column, for {@link ParquetOutput}: the CSV text is read back with these types. */
  static final List<String> TYPES = types();

  private static List<String> types() {
    List<String> t = new ArrayList<>();
    for (String c : COLUMNS) {
      t.add(switch (c) {
        case "sentence", "quad_class", "source_start", "source_end", "target_start", "target_end", "evidence_start",
            "evidence_end", "num_mentions", "num_sources", "num_articles" -> "INTEGER";
        case "goldstein", "confidence", "place_lat", "place_lon" -> "DOUBLE";
        case "date", "event_date" -> "DATE";
        case "place_geonames_id", "event_id" -> "BIGINT";
        default -> "VARCHAR";
      });
    }
    return List.copyOf(t);
  }

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  private final CSVPrinter printer;

  CsvEventFormat(Writer out) {
    try {
      this.printer = new CSVPrinter(out, FORMAT);
    } catch (IOException e) {
      // CSVPrinter writes nothing until asked when the format has no header or comments.
      throw new IllegalStateException("cannot start CSV output", e);
    }
  }

  @Override
  public void header() throws IOException {
    printer.printRecord(COLUMNS);
  }

  @Override
  public void write(EventRow r) throws IOException {
    Sighting first = r.first();
    Event e = first.event();
    String text = first.article().article().text();
    List<Object> row = new ArrayList<>(COLUMNS.size());
    row.add(first.docId());
    row.add(e.sentence());
    row.add(first.article().article().date().map(LocalDate::toString).orElse(""));
    row.add(e.code().code());
    row.add(e.code().name());
    row.add(e.code().root());
    row.add(e.code().quadClass().number());
    row.add(e.code().goldstein());
    actor(row, Optional.of(e.source()), text);
    actor(row, e.target(), text);
    row.add(e.modality().label());
    row.add(e.evidence().start());
    row.add(e.evidence().end());
    row.add(e.evidence().of(text));
    row.add(e.rule());
    row.add(e.confidence());
    row.add(e.reportedBy().map(m -> m.actor().code()).orElse(""));
    row.add(first.date().map(LocalDate::toString).orElse(""));
    row.add(e.date().map(d -> d.precision().name().toLowerCase(Locale.ROOT)).orElse(""));
    row.add(e.date().map(EventDate::reason).orElse(""));
    Optional<Place> p = e.place();
    row.add(p.map(Place::name).orElse(""));
    row.add(p.map(x -> x.type().name().toLowerCase(Locale.ROOT)).orElse(""));
    row.add(p.flatMap(Place::country).orElse(""));
    row.add(p.flatMap(Place::admin1).orElse(""));
    row.add(p.flatMap(Place::lat).map(Object::toString).orElse(""));
    row.add(p.flatMap(Place::lon).map(Object::toString).orElse(""));
    row.add(p.flatMap(Place::geonamesId).map(Object::toString).orElse(""));
    row.add(p.map(Place::reason).orElse(""));
    row.add(r.numMentions());
    row.add(r.numSources());
    row.add(r.numArticles());
    row.add(first.eventId());
    row.add(String.join(" ", r.docIds()));
    row.add(String.join(" ", r.urls()));
    printer.printRecord(row);
  }

  private static void actor(List<Object> row, Optional<Mention> mention, String text) {
    if (mention.isEmpty()) {
      for (int i = 0; i < 6; i++) {
        row.add("");
      }
      return;
    }
    Mention m = mention.get();
    row.add(m.actor().code());
    row.add(m.actor().country().orElse(""));
    row.add(m.actor().sector().orElse(""));
    row.add(m.span().of(text));
    row.add(m.span().start());
    row.add(m.span().end());
  }

  @Override
  public void close() throws IOException {
    printer.flush();
  }
}

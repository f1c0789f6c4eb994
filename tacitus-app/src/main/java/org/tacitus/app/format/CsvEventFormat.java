package org.tacitus.app.format;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.Mention;

/**
 * Comma-separated values (RFC 4180 quoting by commons-csv, rows ended by a line feed), one row per event: the JSON
 * Lines fields flattened, always with a header row. An absent value is the empty cell.
 */
final class CsvEventFormat implements EventFormat {

  /** The columns, in order. */
  static final List<String> COLUMNS = List.of("doc_id", "sentence", "date", "code", "code_name", "root",
      "quad_class", "goldstein", "source_code", "source_country", "source_sector", "source_text", "source_start",
      "source_end", "target_code", "target_country", "target_sector", "target_text", "target_start", "target_end",
      "modality", "evidence_start", "evidence_end", "evidence_text", "rule", "confidence", "reported_by_code");

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
  public void write(CodedArticle article) throws IOException {
    String text = article.article().text();
    for (Event e : article.events()) {
      List<Object> row = new ArrayList<>(COLUMNS.size());
      row.add(article.article().id());
      row.add(e.sentence());
      row.add(article.article().date().map(LocalDate::toString).orElse(""));
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
      printer.printRecord(row);
    }
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

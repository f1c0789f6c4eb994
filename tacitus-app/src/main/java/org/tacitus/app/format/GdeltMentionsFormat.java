package org.tacitus.app.format;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tacitus.core.model.Event;

/**
 * The GDELT 2.0 Mentions table: the 16 tab-separated columns of the codebook ({@code gdelt-mentions-columns.txt}
 * cites it), one row per sighting of an event in an article, no header unless asked for. Its GlobalEventID is the
 * id of the event's row in the GDELT Event layout written from the same run and options, so the two tables join.
 */
final class GdeltMentionsFormat implements EventFormat {

  /** The columns, in the codebook's order. */
  static final List<String> COLUMNS = Cells.columns("gdelt-mentions-columns.txt");

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  private final Writer out;
  private final boolean header;
  private final String added;

  GdeltMentionsFormat(Writer out, boolean header, Instant added) {
    this.out = out;
    this.header = header;
    this.added = STAMP.format(added);
  }

  @Override
  public void header() throws IOException {
    if (header) {
      Cells.row(out, COLUMNS);
    }
  }

  private static String day(LocalDate d) {
    return String.format(Locale.ROOT, "%04d%02d%02d000000", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  @Override
  public void write(EventRow r) throws IOException {
    String id = Long.toString(r.first().eventId());
    String eventTime = r.first().date().map(GdeltMentionsFormat::day).orElse("");
    for (Sighting s : r.sightings()) {
      Event e = s.event();
      List<String> row = new ArrayList<>(COLUMNS.size());
      row.add(id);
      row.add(eventTime);
      row.add(s.article().article().date().map(GdeltMentionsFormat::day).orElse(added));
      row.add(s.url().isPresent() ? "1" : "2");
      row.add(Cells.clean(s.publisher()));
      row.add(Cells.clean(s.url().orElse(s.docId())));
      row.add(Integer.toString(e.sentence() + 1));
      row.add(Integer.toString(e.source().span().start()));
      row.add(Integer.toString(e.target().map(t -> t.span().start()).orElse(-1)));
      row.add(Integer.toString(e.evidence().start()));
      row.add("1");
      row.add(Long.toString(Math.round(e.confidence() * 100)));
      row.add(Integer.toString(s.article().article().text().length()));
      row.add("");
      row.add("");
      row.add("");
      Cells.row(out, row);
    }
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}

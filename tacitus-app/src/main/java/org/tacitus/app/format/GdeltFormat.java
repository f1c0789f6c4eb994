package org.tacitus.app.format;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tacitus.core.model.Actor;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Place;

/**
 * The GDELT 2.0 Event table: the 61 columns of the GDELT 2.0 Event Codebook, in its order, tab-separated, one row
 * per event, no header unless asked for (GDELT ships none). docs/FORMATS.md says where each column comes from and
 * which stay empty.
 */
final class GdeltFormat implements EventFormat {

  /** The fields of each of the three places, after the place's prefix. */
  private static final String[] GEO = {"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
      "FeatureID"};

  /** The columns, in the codebook's order. */
  static final List<String> COLUMNS = columns();

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
  private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  private final Writer out;
  private final boolean header;
  private final String added;

  GdeltFormat(Writer out, boolean header, Instant added) {
    this.out = out;
    this.header = header;
    this.added = ADDED.format(added);
  }

  private static List<String> columns() {
    List<String> c = new ArrayList<>(List.of("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"));
    for (String actor : List.of("Actor1", "Actor2")) {
      for (String field : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
        c.add(actor + field);
      }
    }
    c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone"));
    for (String geo : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
      for (String field : GEO) {
        c.add(geo + field);
      }
    }
    c.addAll(List.of("DATEADDED", "SOURCEURL"));
    return List.copyOf(c);
  }

  @Override
  public void header() throws IOException {
    if (header) {
      Cells.row(out, COLUMNS);
    }
  }

  @Override
  public void write(EventRow r) throws IOException {
    Sighting first = r.first();
    Event e = first.event();
    Optional<LocalDate> date = first.date();
    String text = first.article().article().text();
    List<String> row = new ArrayList<>(COLUMNS.size());
    row.add(Long.toString(first.eventId()));
    row.add(date.map(DAY::format).orElse(""));
    row.add(date.map(d -> String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue())).orElse(""));
    row.add(date.map(d -> Integer.toString(d.getYear())).orElse(""));
    row.add(date.map(GdeltFormat::fractionDate).orElse(""));
    actor(row, Optional.of(e.source()), text);
    actor(row, e.target(), text);
    row.add(e.sentence() == 0 ? "1" : "0");
    String code = e.code().code();
    row.add(code);
    row.add(code.substring(0, 3));
    row.add(code.substring(0, 2));
    row.add(Integer.toString(e.code().quadClass().number()));
    row.add(Cells.number(e.code().goldstein()));
    row.add(Integer.toString(r.numMentions()));
    row.add(Integer.toString(r.numSources()));
    row.add(Integer.toString(r.numArticles()));
    row.add("");
    row.addAll(Collections.nCopies(2 * GEO.length, ""));
    actionGeo(row, Geo.resolved(e.place()));
    row.add(added);
    row.add(Cells.clean(first.url().orElse("")));
    Cells.row(out, row);
  }

  /**
   * ActionGeo_*: type (1 country, 2 US state, 3 US city, 4 world city, 5 world state), full name, latitude and
   * longitude from the event's place; CountryCode, ADM1Code (FIPS 10-4 in GDELT), ADM2Code and FeatureID (GNS/GNIS
   * ids) stay empty, as Tacitus has no FIPS or GNS codes.
   */
  private static void actionGeo(List<String> row, Optional<Place> place) {
    if (place.isEmpty()) {
      row.addAll(Collections.nCopies(GEO.length, ""));
      return;
    }
    Place p = place.get();
    boolean us = p.country().filter("USA"::equals).isPresent();
    row.add(switch (p.type()) {
      case COUNTRY -> "1";
      case ADMIN1 -> us ? "2" : "5";
      case CITY -> us ? "3" : "4";
      case UNRESOLVED -> "";
    });
    row.add(Cells.clean(Geo.fullName(p)));
    row.add("");
    row.add("");
    row.add("");
    row.add(p.lat().map(Cells::coordinate).orElse(""));
    row.add(p.lon().map(Cells::coordinate).orElse(""));
    row.add("");
  }

  /**
   * The codebook's YYYY.FFFF: the year plus the part of it completed by that day, counted in 30-day months,
   * {@code ((month - 1) * 30 + day) / 365}, to four places (2019-01-25 gives 2019.0685, as GDELT writes it).
   */
  static String fractionDate(LocalDate d) {
    BigDecimal part = BigDecimal.valueOf((d.getMonthValue() - 1) * 30L + d.getDayOfMonth())
        .divide(BigDecimal.valueOf(365), 4, RoundingMode.HALF_UP);
    return BigDecimal.valueOf(d.getYear()).add(part).toPlainString();
  }

  /** Actor Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1..3Code. */
  private static void actor(List<String> row, Optional<Mention> mention, String text) {
    if (mention.isEmpty()) {
      row.addAll(Collections.nCopies(10, ""));
      return;
    }
    Mention m = mention.get();
    Actor a = m.actor();
    String code = a.code().startsWith(Actor.UNKNOWN_COUNTRY)
        ? a.code().substring(Actor.UNKNOWN_COUNTRY.length()) : a.code();
    row.add(Cells.clean(code));
    row.add(Cells.clean(m.span().of(text).toUpperCase(Locale.ROOT)));
    row.add(a.country().orElse(""));
    row.add("");
    row.add("");
    row.add("");
    row.add("");
    row.add(a.sector().orElse(""));
    row.add("");
    row.add("");
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}

package org.tacitus.app.format;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tacitus.core.model.Actor;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Place;

/**
 * The Phoenix event data layout: 26 tab-separated columns, one row per event, no header unless asked for (Phoenix
 * ships none). The column order and the actor split follow the Phoenix pipeline's writer ({@code postprocess.py} of
 * openeventdata/phoenix_pipeline); docs/FORMATS.md says where each column comes from.
 */
final class PhoenixFormat implements EventFormat {

  /** The columns, in order, named as the Phoenix readers name them. */
  static final List<String> COLUMNS = List.of("EventID", "Date", "Year", "Month", "Day", "SourceActorFull",
      "SourceActorEntity", "SourceActorRole", "SourceActorAttribute", "TargetActorFull", "TargetActorEntity",
      "TargetActorRole", "TargetActorAttribute", "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore",
      "Issues", "Lat", "Lon", "LocationName", "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources");

  /** Root actors that are not countries, as Phoenix lists them. */
  private static final Set<String> ROOT_ACTORS = Set.of("IGO", "NGO", "IMG", "MNC");
  /** The primary agents (roles) Phoenix splits out. */
  private static final Set<String> PRIMARY_AGENTS = Set.of("GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY",
      "MED", "EDU", "BUS", "CRM", "CVL");

  private final Writer out;
  private final boolean header;

  PhoenixFormat(Writer out, boolean header) {
    this.out = out;
    this.header = header;
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
    List<String> row = new ArrayList<>(COLUMNS.size());
    row.add(Long.toString(first.eventId()));
    row.add(date.map(d -> String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(),
        d.getDayOfMonth())).orElse(""));
    row.add(date.map(d -> String.format(Locale.ROOT, "%04d", d.getYear())).orElse(""));
    row.add(date.map(d -> String.format(Locale.ROOT, "%02d", d.getMonthValue())).orElse(""));
    row.add(date.map(d -> String.format(Locale.ROOT, "%02d", d.getDayOfMonth())).orElse(""));
    actor(row, Optional.of(e.source()));
    actor(row, e.target());
    row.add(e.code().code());
    row.add(e.code().root());
    row.add(Integer.toString(quadClass(e.code().root())));
    row.add(Cells.number(e.code().goldstein()));
    row.add("");
    Optional<Place> place = Geo.resolved(e.place());
    row.add(place.flatMap(Place::lat).map(Cells::coordinate).orElse(""));
    row.add(place.flatMap(Place::lon).map(Cells::coordinate).orElse(""));
    row.add(Cells.clean(place.filter(p -> p.type() != Place.GeoType.COUNTRY).map(Place::name).orElse("")));
    row.add(Cells.clean(place.flatMap(Place::admin1).orElse("")));
    row.add(place.flatMap(Place::country).orElse(""));
    row.add(Cells.clean(r.sightings().stream().map(s -> s.docId() + "_" + s.event().sentence())
        .distinct().collect(Collectors.joining(";"))));
    row.add(Cells.clean(String.join(";", r.urls())));
    row.add(Cells.clean(r.sightings().stream().map(Sighting::publisher).distinct()
        .collect(Collectors.joining(";"))));
    Cells.row(out, row);
  }

  /**
   * Phoenix's own quad class of a root, which is not GDELT's: 0 neutral (01-02), 1 verbal cooperation (03-05),
   * 2 material cooperation (06-08), 3 verbal conflict (09-13, 16), 4 material conflict (14-15, 17-20), as the Phoenix
   * pipeline's table has it, so that the column means in our rows what it means in Phoenix data.
   */
  static int quadClass(String root) {
    return switch (root) {
      case "01", "02" -> 0;
      case "03", "04", "05" -> 1;
      case "06", "07", "08" -> 2;
      case "09", "10", "11", "12", "13", "16" -> 3;
      case "14", "15", "17", "18", "19", "20" -> 4;
      default -> throw new IllegalArgumentException("CAMEO root '" + root + "' is outside 01..20");
    };
  }

  /** Full code, entity (country or IGO/NGO/IMG/MNC), role (primary agent), attributes (the other 3-letter parts). */
  private static void actor(List<String> row, Optional<Mention> mention) {
    if (mention.isEmpty()) {
      row.addAll(Collections.nCopies(4, ""));
      return;
    }
    Actor a = mention.get().actor();
    String code = a.code();
    String head = code.length() >= 3 ? code.substring(0, 3) : code;
    String entity = a.country().isPresent() || ROOT_ACTORS.contains(head) ? head : "";
    String role = code.length() >= 6 && PRIMARY_AGENTS.contains(code.substring(3, 6)) ? code.substring(3, 6) : "";
    List<String> others = new ArrayList<>();
    for (int at = role.isEmpty() ? 3 : 6; at < code.length(); at += 3) {
      others.add(code.substring(at, Math.min(at + 3, code.length())));
    }
    row.add(Cells.clean(code));
    row.add(entity);
    row.add(role);
    row.add(Cells.clean(String.join(";", others)));
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}

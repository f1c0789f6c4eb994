package org.tacitus.app.format;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.Actor;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Place;

/**
 * The ICEWS coded event data layout: the 20 tab-separated columns of the Harvard Dataverse event files
 * ({@code icews-columns.txt} cites the source), with their header row, one row per event. docs/FORMATS.md says where
 * each column comes from and which stay empty.
 */
final class IcewsFormat implements EventFormat {

  /** The columns, in the data set's order. */
  static final List<String> COLUMNS = Cells.columns("icews-columns.txt");

  private final Writer out;

  IcewsFormat(Writer out) {
    this.out = out;
  }

  @Override
  public void header() throws IOException {
    Cells.row(out, COLUMNS);
  }

  @Override
  public void write(EventRow r) throws IOException {
    Sighting first = r.first();
    Event e = first.event();
    List<String> row = new ArrayList<>(COLUMNS.size());
    row.add(Long.toString(first.eventId()));
    row.add(first.date().map(LocalDate::toString).orElse(""));
    actor(row, Optional.of(e.source()));
    row.add(Cells.clean(e.code().name()));
    row.add(e.code().code());
    row.add(Cells.number(e.code().goldstein()));
    actor(row, e.target());
    row.add(Cells.clean(first.docId()));
    row.add(Integer.toString(e.sentence() + 1));
    row.add(Cells.clean(first.publisher()));
    Optional<Place> place = Geo.resolved(e.place());
    row.add(Cells.clean(place.filter(p -> p.type() == Place.GeoType.CITY).map(Place::name).orElse("")));
    row.add("");
    row.add(Cells.clean(place.flatMap(p -> p.type() == Place.GeoType.ADMIN1 ? Optional.of(p.name()) : p.admin1())
        .orElse("")));
    row.add(Cells.clean(place.flatMap(Place::country).flatMap(Geo::countryName).orElse("")));
    row.add(place.flatMap(Place::lat).map(Cells::coordinate).orElse(""));
    row.add(place.flatMap(Place::lon).map(Cells::coordinate).orElse(""));
    Cells.row(out, row);
  }

  /** Name (the words of the text), sectors (CAMEO sector names, comma-separated), country (its English name). */
  private static void actor(List<String> row, Optional<Mention> mention) {
    if (mention.isEmpty()) {
      row.add("");
      row.add("");
      row.add("");
      return;
    }
    Mention m = mention.get();
    Actor a = m.actor();
    row.add(Cells.clean(m.text()));
    List<String> sectors = new ArrayList<>();
    CameoOntology cameo = CameoOntology.standard();
    for (int at = 3; at + 3 <= a.code().length(); at += 3) {
      String part = a.code().substring(at, at + 3);
      if (cameo.hasSector(part)) {
        sectors.add(shortName(cameo.sector(part).name()));
      }
    }
    if (a.code().length() == 3 && a.country().isEmpty() && cameo.hasSector(a.code())) {
      sectors.add(shortName(cameo.sector(a.code()).name()));
    }
    row.add(Cells.clean(String.join(",", sectors)));
    row.add(Cells.clean(a.country().flatMap(Geo::countryName).orElse("")));
  }

  /**
   * The head of a CAMEO sector description, as ICEWS names sectors ("Government: the executive..." gives
   * "Government").
   */
  static String shortName(String description) {
    int cut = description.length();
    for (char c : new char[] {':', ',', ';', '('}) {
      int at = description.indexOf(c);
      if (at > 0) {
        cut = Math.min(cut, at);
      }
    }
    return description.substring(0, cut).strip();
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}

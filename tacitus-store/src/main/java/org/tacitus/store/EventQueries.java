package org.tacitus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.duckdb.DuckDBConnection;
import org.tacitus.core.model.EventDate;
import org.tacitus.core.model.Place;
import org.tacitus.core.model.Span;

/**
 * The queries a browsing face needs beyond {@link EventStore}'s: events by a {@link EventFilter} a page at a time,
 * one article with its mentions and events, the strongest actor-to-actor edges, and deleting an article. They run on
 * the store's connection, serialised with its other methods.
 *
 * <p>Errors as in {@link EventStore}: {@link StoreException} naming the file; wrong arguments are
 * {@link IllegalArgumentException}s.
 */
public final class EventQueries {

  /** The most events one page may hold. */
  public static final int MAX_LIMIT = 1000;

  private static final String EVENT_COLUMNS = "doc_id, seq, sentence, code, root, quad_class, goldstein,"
      + " source_code, source_country, source_sector, source_text, source_start, source_end,"
      + " target_code, target_country, target_sector, target_text, target_start, target_end,"
      + " modality, evidence_start, evidence_end, evidence_text, rule, confidence, reported_by_code,"
      + " CAST(event_date AS VARCHAR), date_precision, date_evidence_start, date_evidence_end, date_reason,"
      + " place_name, place_type, place_country, place_admin1, place_lat, place_lon, place_geonames_id,"
      + " place_evidence_start, place_evidence_end, place_reason";

  private final EventStore store;

  public EventQueries(EventStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** A WHERE clause and its parameters. */
  private record Where(String sql, List<Object> params) {
  }

  private static Where where(EventFilter f) {
    List<String> terms = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    f.from().ifPresent(d -> {
      terms.add("event_date >= CAST(? AS DATE)");
      params.add(d.toString());
    });
    f.to().ifPresent(d -> {
      terms.add("event_date <= CAST(? AS DATE)");
      params.add(d.toString());
    });
    f.actor().ifPresent(a -> {
      terms.add("(starts_with(source_code, ?) OR starts_with(coalesce(target_code, ''), ?))");
      params.add(a);
      params.add(a);
    });
    f.dyad().ifPresent(d -> {
      terms.add("((starts_with(source_code, ?) AND starts_with(coalesce(target_code, ''), ?))"
          + " OR (starts_with(source_code, ?) AND starts_with(coalesce(target_code, ''), ?)))");
      params.addAll(List.of(d.a(), d.b(), d.b(), d.a()));
    });
    f.code().ifPresent(c -> {
      terms.add("starts_with(code, ?)");
      params.add(c);
    });
    f.root().ifPresent(r -> {
      terms.add("root = ?");
      params.add(r);
    });
    f.quadClass().ifPresent(q -> {
      terms.add("quad_class = ?");
      params.add(q);
    });
    f.text().ifPresent(t -> {
      terms.add("evidence_text ILIKE ? ESCAPE '\\'");
      params.add("%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    });
    f.docId().ifPresent(id -> {
      terms.add("doc_id = ?");
      params.add(id);
    });
    return new Where(terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms), params);
  }

  private static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
    int i = 1;
    for (Object p : params) {
      ps.setObject(i++, p);
    }
    return i;
  }

  /**
   * The events {@code filter} selects, newest first (undated last), then by article and position, from
   * {@code offset} on, at most {@code limit} (1 to {@value #MAX_LIMIT}); with the number of all that match.
   */
  public EventPage events(EventFilter filter, int limit, int offset) {
    Objects.requireNonNull(filter, "filter");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", got " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be 0 or more, got " + offset);
    }
    Where w = where(filter);
    return store.withConnection("querying events", false, conn -> {
      long total;
      try (PreparedStatement ps = conn.prepareStatement("SELECT count(*) FROM events" + w.sql())) {
        bind(ps, w.params());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
      List<EventRow> rows = eventRows(conn, w, " ORDER BY event_date DESC NULLS LAST, doc_id, seq LIMIT ? OFFSET ?",
          limit, offset);
      return new EventPage(total, limit, offset, rows);
    });
  }

  private static List<EventRow> eventRows(DuckDBConnection conn, Where w, String tail, int... more)
      throws SQLException {
    List<EventRow> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM events" + w.sql() + tail)) {
      int i = bind(ps, w.params());
      for (int m : more) {
        ps.setInt(i++, m);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(eventRow(rs));
        }
      }
    }
    return out;
  }

  private static EventRow eventRow(ResultSet rs) throws SQLException {
    StoredActor source = actor(rs, 8).orElseThrow(() -> new IllegalStateException("an event without source_code"));
    return new EventRow(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5),
        rs.getInt(6), rs.getDouble(7), source, actor(rs, 14), rs.getString(20),
        new Span(rs.getInt(21), rs.getInt(22)), nonNull(rs.getString(23)), nonNull(rs.getString(24)),
        rs.getDouble(25), Optional.ofNullable(rs.getString(26)), eventDate(rs), place(rs));
  }

  /** The event's date from columns 27 to 31 (a row without precision or reason is dated by its article). */
  private static Optional<EventDate> eventDate(ResultSet rs) throws SQLException {
    String day = rs.getString(27);
    if (day == null) {
      return Optional.empty();
    }
    String precision = rs.getString(28);
    String reason = rs.getString(31);
    return Optional.of(new EventDate(LocalDate.parse(day), precision == null ? EventDate.Precision.DAY
        : EventDate.Precision.valueOf(precision), span(rs, 29), reason == null ? "article date" : reason));
  }

  /** The event's place from columns 32 to 41; its alternatives are not stored. */
  private static Optional<Place> place(ResultSet rs) throws SQLException {
    String name = rs.getString(32);
    if (name == null) {
      return Optional.empty();
    }
    return Optional.of(new Place(name, Place.GeoType.valueOf(rs.getString(33)), Optional.ofNullable(rs.getString(34)),
        Optional.ofNullable(rs.getString(35)), ResultColumns.doubleAt(rs, 36), ResultColumns.doubleAt(rs, 37),
        ResultColumns.longAt(rs, 38),
        span(rs, 39), nonNull(rs.getString(41)), List.of()));
  }



  /** The span in columns {@code col} and {@code col + 1}; empty when the start is null. */
  private static Optional<Span> span(ResultSet rs, int col) throws SQLException {
    int start = rs.getInt(col);
    if (rs.wasNull()) {
      return Optional.empty();
    }
    return Optional.of(new Span(start, rs.getInt(col + 1)));
  }

  /** The actor in the six columns from {@code col}: code, country, sector, text, start, end. */
  private static Optional<StoredActor> actor(ResultSet rs, int col) throws SQLException {
    String code = rs.getString(col);
    if (code == null) {
      return Optional.empty();
    }
    return Optional.of(new StoredActor(code, Optional.ofNullable(rs.getString(col + 1)),
        Optional.ofNullable(rs.getString(col + 2)), nonNull(rs.getString(col + 3)), rs.getInt(col + 4),
        rs.getInt(col + 5)));
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  /** The article stored under {@code id}, with its mentions and events in text order; empty when there is none. */
  public Optional<StoredArticle> article(String id) {
    Objects.requireNonNull(id, "id");
    return store.withConnection("reading article '" + id + "'", false, conn -> {
      String url;
      String title;
      String date;
      String text;
      try (PreparedStatement ps = conn.prepareStatement(
          "SELECT url, title, CAST(date AS VARCHAR), text FROM articles WHERE id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          url = rs.getString(1);
          title = rs.getString(2);
          date = rs.getString(3);
          text = rs.getString(4);
        }
      }
      List<StoredMention> mentions = new ArrayList<>();
      try (PreparedStatement ps = conn.prepareStatement("SELECT sentence, span_start, span_end, text, code, country,"
          + " sector, reason FROM mentions WHERE doc_id = ? ORDER BY sentence, span_start, span_end")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String words = nonNull(rs.getString(4));
            StoredActor actor = new StoredActor(rs.getString(5), Optional.ofNullable(rs.getString(6)),
                Optional.ofNullable(rs.getString(7)), words, rs.getInt(2), rs.getInt(3));
            mentions.add(new StoredMention(rs.getInt(1), new Span(rs.getInt(2), rs.getInt(3)), words, actor,
                nonNull(rs.getString(8))));
          }
        }
      }
      EventFilter byDoc = new EventFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(id));
      List<EventRow> events = eventRows(conn, where(byDoc), " ORDER BY seq");
      return Optional.of(new StoredArticle(id, Optional.ofNullable(url), Optional.ofNullable(title),
          Optional.ofNullable(date).map(LocalDate::parse), Optional.ofNullable(text), mentions, events));
    });
  }

  /**
   * The {@code n} most frequent (source, target) pairs of full actor codes among the events {@code filter} selects
   * that have a target, with their mean Goldstein score; ties by codes.
   */
  public List<DyadEdge> network(EventFilter filter, int n) {
    Objects.requireNonNull(filter, "filter");
    if (n < 1 || n > MAX_LIMIT) {
      throw new IllegalArgumentException("n must be 1 to " + MAX_LIMIT + ", got " + n);
    }
    Where w = where(filter);
    String sql = "SELECT source_code, target_code, count(*), avg(goldstein) FROM events"
        + (w.sql().isEmpty() ? " WHERE " : w.sql() + " AND ") + "target_code IS NOT NULL"
        + " GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?";
    return store.withConnection("querying the actor network", false, conn -> {
      List<DyadEdge> out = new ArrayList<>();
      try (PreparedStatement ps = conn.prepareStatement(sql)) {
        int i = bind(ps, w.params());
        ps.setInt(i, n);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new DyadEdge(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getDouble(4)));
          }
        }
      }
      return out;
    });
  }

  /**
   * Deletes the article stored under {@code id} with its mentions and events, in one transaction.
   *
   * @return whether there was such an article
   */
  public boolean deleteArticle(String id) {
    Objects.requireNonNull(id, "id");
    return store.withConnection("deleting article '" + id + "'", true, conn -> {
      int deleted;
      try (PreparedStatement ps = conn.prepareStatement("DELETE FROM articles WHERE id = ?")) {
        ps.setString(1, id);
        deleted = ps.executeUpdate();
      }
      for (String table : List.of("mentions", "events")) {
        try (PreparedStatement ps = conn.prepareStatement("DELETE FROM " + table + " WHERE doc_id = ?")) {
          ps.setString(1, id);
          ps.executeUpdate();
        }
      }
      return deleted > 0;
    });
  }
}

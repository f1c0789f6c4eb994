package org.tacitus.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tacitus.core.cameo.CameoCode;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.Actor;
import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.DependencyGraph;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.EventDate;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Modality;
import org.tacitus.core.model.Place;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.model.Span;

/**
 * Reads coded articles back from the tables, in article id order: four sorted queries (articles, sentences, mentions,
 * events) on connections of their own, merged by article id, so that an export streams the store once.
 */
final class StoreReader {

  private static final DependencyGraph NO_GRAPH = new DependencyGraph(0, List.of());

  private static final String EVENT_COLUMNS = "doc_id, seq, sentence, code, goldstein, source_code, source_country,"
      + " source_sector, source_text, source_start, source_end, target_code, target_country, target_sector,"
      + " target_text, target_start, target_end, modality, evidence_start, evidence_end, evidence_text, rule,"
      + " confidence, reported_by_code, reported_by_country, reported_by_sector, reported_by_text,"
      + " reported_by_start, reported_by_end, CAST(event_date AS VARCHAR), date_precision, date_evidence_start,"
      + " date_evidence_end, date_reason, place_name, place_type, place_country, place_admin1, place_lat,"
      + " place_lon, place_geonames_id, place_evidence_start, place_evidence_end, place_reason";

  private StoreReader() {
  }

  /** A result set read one article id at a time. */
  private static final class Cursor implements AutoCloseable {
    private final Connection conn;
    private final PreparedStatement ps;
    private final ResultSet rs;
    private boolean more;

    Cursor(Connection parent, String sql, List<String> params) throws SQLException {
      this.conn = ((org.duckdb.DuckDBConnection) parent).duplicate();
      this.ps = conn.prepareStatement(sql);
      for (int i = 0; i < params.size(); i++) {
        ps.setString(i + 1, params.get(i));
      }
      this.rs = ps.executeQuery();
      this.more = rs.next();
    }

    /** True while the current row belongs to {@code docId}. */
    boolean at(String docId) throws SQLException {
      return more && docId.equals(rs.getString(1));
    }

    void next() throws SQLException {
      more = rs.next();
    }

    @Override
    public void close() throws SQLException {
      try (conn; ps; rs) {
        more = false;
      }
    }
  }

  static void read(Connection conn, ExportFilter filter, ArticleSink sink) throws SQLException, IOException {
    String where = filter.where();
    List<String> params = filter.parameters();
    String ids = " IN (SELECT doc_id FROM events WHERE " + where + ")";
    try (Cursor articles = new Cursor(conn, "SELECT id, url, CAST(date AS VARCHAR), title, text, origin"
        + " FROM articles WHERE id" + ids + " ORDER BY id", params);
        Cursor sentences = new Cursor(conn, "SELECT doc_id, sentence, span_start, span_end FROM sentences"
            + " WHERE doc_id" + ids + " ORDER BY doc_id, sentence", params);
        Cursor mentions = new Cursor(conn, "SELECT doc_id, sentence, head, span_start, span_end, text, code,"
            + " country, sector, reason FROM mentions WHERE doc_id" + ids + " ORDER BY doc_id, span_start, span_end,"
            + " code", params);
        Cursor events = new Cursor(conn, "SELECT " + EVENT_COLUMNS + " FROM events WHERE " + where
            + " ORDER BY doc_id, seq", params)) {
      while (articles.more) {
        ResultSet a = articles.rs;
        String id = a.getString(1);
        String text = a.getString(5);
        List<int[]> sentenceSpans = new ArrayList<>();
        while (sentences.at(id)) {
          sentenceSpans.add(new int[] {sentences.rs.getInt(2), sentences.rs.getInt(3), sentences.rs.getInt(4)});
          sentences.next();
        }
        List<Mention> ms = new ArrayList<>();
        while (mentions.at(id)) {
          ResultSet m = mentions.rs;
          ms.add(new Mention(m.getInt(2), m.getInt(3), new Span(m.getInt(4), m.getInt(5)), m.getString(6),
              actor(m.getString(7), m.getString(8), m.getString(9)), String.valueOf(m.getString(10))));
          mentions.next();
        }
        List<Event> evs = new ArrayList<>();
        List<Integer> seqs = new ArrayList<>();
        List<Word> evidence = new ArrayList<>();
        while (events.at(id)) {
          seqs.add(events.rs.getInt(2));
          evidence.add(new Word(new Span(events.rs.getInt(19), events.rs.getInt(20)), events.rs.getString(21)));
          evs.add(event(events.rs));
          events.next();
        }
        boolean stored = text != null;
        String full = stored ? text : placeholder(ms, evs, evidence);
        Optional<LocalDate> date = Optional.ofNullable(a.getString(3)).map(LocalDate::parse);
        Article article = new Article(id, full, Optional.ofNullable(a.getString(4)), date,
            Optional.ofNullable(a.getString(2)), Optional.ofNullable(a.getString(6)).orElse("store:" + id));
        List<Sentence> ss = new ArrayList<>();
        if (stored) {
          for (int[] s : sentenceSpans) {
            ss.add(new Sentence(s[0], s[1], s[2], List.of(), NO_GRAPH, NO_GRAPH));
          }
        }
        // an event dated by its article alone was stored with that date; it reads back undated, as it was coded
        List<Event> read = new ArrayList<>(evs.size());
        for (Event e : evs) {
          boolean articleDate = e.date().isPresent() && e.date().get().equals(date.map(EventDate::ofArticle)
              .orElse(null));
          read.add(articleDate ? new Event(e.docId(), e.sentence(), e.code(), e.source(), e.target(), e.modality(),
              e.evidence(), e.rule(), e.confidence(), e.reportedBy(), Optional.empty(), e.place()) : e);
        }
        sink.accept(new StoredCodedArticle(new CodedArticle(new AnnotatedArticle(article, ss), ms, read), seqs, stored));
        articles.next();
      }
    }
  }

  /**
   * A stand-in for a text that was not kept: spaces, with every stored word (evidence, actors, mentions) at its
   * offsets, so that every span reads what it read when coded.
   */
  private static String placeholder(List<Mention> mentions, List<Event> events, List<Word> evidence) {
    List<Word> words = new ArrayList<>(evidence);
    List<Mention> actors = new ArrayList<>(mentions);
    for (Event e : events) {
      actors.add(e.source());
      e.target().ifPresent(actors::add);
      e.reportedBy().ifPresent(actors::add);
    }
    for (Mention m : actors) {
      words.add(new Word(m.span(), m.text()));
    }
    int length = 0;
    for (Word w : words) {
      length = Math.max(length, w.span().end());
    }
    char[] chars = new char[length];
    Arrays.fill(chars, ' ');
    for (Word w : words) {
      if (w.text() != null && w.text().length() == w.span().end() - w.span().start()) {
        w.text().getChars(0, w.text().length(), chars, w.span().start());
      }
    }
    return new String(chars);
  }

  /** Stored words at their offsets. */
  private record Word(Span span, String text) {
  }

  private static Actor actor(String code, String country, String sector) {
    return new Actor(code, Optional.ofNullable(country), Optional.ofNullable(sector));
  }

  private static Optional<Mention> mention(ResultSet rs, int sentence, int codeCol, int countryCol, int sectorCol,
      int textCol, int startCol, int endCol) throws SQLException {
    String code = rs.getString(codeCol);
    if (code == null) {
      return Optional.empty();
    }
    int start = rs.getInt(startCol);
    int end = rs.wasNull() ? start : rs.getInt(endCol);
    String text = rs.getString(textCol);
    return Optional.of(new Mention(sentence, -1, new Span(start, Math.max(start, end)), text == null ? "" : text,
        actor(code, rs.getString(countryCol), rs.getString(sectorCol)), "stored"));
  }

  private static Event event(ResultSet rs) throws SQLException {
    String docId = rs.getString(1);
    int sentence = rs.getInt(3);
    String code = rs.getString(4);
    double goldstein = rs.getDouble(5);
    CameoCode cameo = CameoOntology.standard().find(code).orElse(new CameoCode(code, "", goldstein));
    Mention source = mention(rs, sentence, 6, 7, 8, 9, 10, 11).orElseThrow();
    Optional<Mention> target = mention(rs, sentence, 12, 13, 14, 15, 16, 17);
    Modality modality = Modality.valueOf(rs.getString(18).toUpperCase(Locale.ROOT));
    Span evidence = new Span(rs.getInt(19), rs.getInt(20));
    Optional<Mention> reporter = mention(rs, sentence, 24, 25, 26, 27, 28, 29);
    Event e = new Event(docId, sentence, cameo, source, target, modality, evidence, rs.getString(22),
        rs.getDouble(23), reporter);
    String day = rs.getString(30);
    if (day != null) {
      String precision = rs.getString(31);
      Optional<Span> dateEvidence = span(rs, 32, 33);
      String reason = rs.getString(34);
      e = e.withDate(new EventDate(LocalDate.parse(day), precision == null ? EventDate.Precision.DAY
          : EventDate.Precision.valueOf(precision), dateEvidence, reason == null ? "article date" : reason));
    }
    String placeName = rs.getString(35);
    if (placeName != null) {
      e = e.withPlace(new Place(placeName, Place.GeoType.valueOf(rs.getString(36)),
          Optional.ofNullable(rs.getString(37)), Optional.ofNullable(rs.getString(38)),
          ResultColumns.doubleAt(rs, 39), ResultColumns.doubleAt(rs, 40), ResultColumns.longAt(rs, 41),
          span(rs, 42, 43), String.valueOf(rs.getString(44)), List.of()));
    }
    return e;
  }

  private static Optional<Span> span(ResultSet rs, int startCol, int endCol) throws SQLException {
    int start = rs.getInt(startCol);
    if (rs.wasNull()) {
      return Optional.empty();
    }
    return Optional.of(new Span(start, rs.getInt(endCol)));
  }
}

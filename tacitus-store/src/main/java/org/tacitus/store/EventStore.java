package org.tacitus.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.cameo.CameoCode;
import org.tacitus.core.cameo.QuadClass;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.EventDate;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Modality;
import org.tacitus.core.model.Place;
import org.tacitus.core.model.Provenance;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.model.Span;

/**
 * Coded articles, their actor mentions and events, and the runs that made them, in one embedded DuckDB file.
 *
 * <p>{@link #open(Path)} creates the file or migrates it to the current {@linkplain #SCHEMA_VERSION schema version};
 * a file from a newer Tacitus raises {@link NewerSchemaException}, a file another process holds raises
 * {@link StoreLockedException}. {@link #store(CodedArticle, String)} writes one article in one transaction and
 * replaces what was stored for the same article id or the same text before, so coding again never duplicates rows.
 * The query methods return records; {@link #sql(String, int)} runs a user's read-only query.
 *
 * <p>Thread safety: an instance may be shared; its methods are serialised on it. DuckDB allows one process to open
 * a file for writing; several processes may open it with {@link #openReadOnly(Path)} when none writes.
 *
 * <p>Errors are unchecked {@link StoreException}s whose message names the file; wrong arguments (a blank actor code,
 * a span outside the article text, a writing SQL statement) are {@link IllegalArgumentException}s.
 */
public final class EventStore implements AutoCloseable {

  /** The schema version this code writes; see docs/STORE.md. */
  public static final int SCHEMA_VERSION = Schema.CURRENT;

  private final Path file;
  private final DuckDBConnection conn;
  private final boolean readOnly;
  /** Test hook: runs inside the article's transaction after its mentions are written, before its events. */
  Consumer<String> afterMentions = docId -> { };

  private EventStore(Path file, DuckDBConnection conn, boolean readOnly) {
    this.file = file;
    this.conn = conn;
    this.readOnly = readOnly;
  }

  /** Opens (creating if needed) the database file for reading and writing, migrating it to the current schema. */
  public static EventStore open(Path file) {
    return open(file, false);
  }

  /** Opens an existing database file read-only; it must already have the current schema version. */
  public static EventStore openReadOnly(Path file) {
    return open(file, true);
  }

  private static EventStore open(Path given, boolean readOnly) {
    Objects.requireNonNull(given, "file");
    Path file = given.toAbsolutePath().normalize();
    if (readOnly && !Files.isRegularFile(file)) {
      throw new StoreException("event database " + file + " does not exist; write one first (tacitus code --db "
          + file + ")");
    }
    if (!readOnly && file.getParent() != null) {
      try {
        Files.createDirectories(file.getParent());
      } catch (IOException e) {
        throw new StoreException("cannot create the folder of event database " + file + ": " + e.getMessage(), e);
      }
    }
    Properties props = new Properties();
    if (readOnly) {
      props.setProperty("duckdb.read_only", "true");
    }
    DuckDBConnection conn;
    try {
      conn = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file, props);
    } catch (SQLException e) {
      if (isLockError(e)) {
        throw new StoreLockedException(file, e);
      }
      throw new StoreException("cannot open event database " + file + " (" + firstLine(e.getMessage())
          + "); is it a DuckDB file written by Tacitus?", e);
    }
    EventStore store = new EventStore(file, conn, readOnly);
    try {
      store.migrate();
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  static boolean isLockError(SQLException e) {
    String m = String.valueOf(e.getMessage());
    return m.contains("Could not set lock") || m.contains("Conflicting lock");
  }

  /** The database file. */
  public Path file() {
    return file;
  }

  /** True when opened with {@link #openReadOnly(Path)}. */
  public boolean readOnly() {
    return readOnly;
  }

  // ---------------------------------------------------------------------------------------------- schema

  /** The schema version recorded in the file. */
  public synchronized int schemaVersion() {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw fail("reading the schema version", e);
    }
  }

  private void migrate() {
    try {
      if (!readOnly) {
        try (Statement st = conn.createStatement()) {
          st.execute(Schema.VERSION_TABLE);
        }
      } else if (!hasTable("schema_version")) {
        throw new StoreException("event database " + file + " has no schema_version table; it was not written by"
            + " Tacitus");
      }
      int version = schemaVersion();
      if (version > Schema.CURRENT) {
        throw new NewerSchemaException(file, version, Schema.CURRENT);
      }
      if (version == Schema.CURRENT) {
        return;
      }
      if (readOnly) {
        throw new StoreException("event database " + file + " has schema version " + version + ", older than this"
            + " Tacitus's " + Schema.CURRENT + "; open it once for writing to migrate it");
      }
      for (Schema.Migration m : Schema.MIGRATIONS) {
        if (m.version() > version) {
          apply(m);
        }
      }
    } catch (SQLException e) {
      throw fail("migrating the schema", e);
    }
  }

  private void apply(Schema.Migration m) throws SQLException {
    inTransaction(() -> {
      try (Statement st = conn.createStatement()) {
        for (String sql : m.statements()) {
          st.execute(sql);
        }
      }
      try (PreparedStatement ps = conn.prepareStatement(
          "INSERT INTO schema_version VALUES (?, CAST(? AS TIMESTAMP), ?)")) {
        ps.setInt(1, m.version());
        ps.setString(2, utcNow());
        ps.setString(3, m.note());
        ps.executeUpdate();
      }
    });
  }

  /** Work on the connection that may throw SQLException. */
  private interface SqlWork {
    void run() throws SQLException;
  }

  /** Runs {@code work} in one transaction: committed whole, or rolled back whole on any failure. */
  private void inTransaction(SqlWork work) throws SQLException {
    conn.setAutoCommit(false);
    Exception failure = null;
    try {
      work.run();
      conn.commit();
    } catch (SQLException | RuntimeException e) {
      failure = e;
      try {
        conn.rollback();
      } catch (SQLException rollback) {
        // DuckDB has already ended a transaction whose commit failed (a full disk): the first error is the one to
        // report
        e.addSuppressed(rollback);
      }
      throw e;
    } finally {
      try {
        conn.setAutoCommit(true);
      } catch (SQLException e) {
        // DuckDB's JDBC commits here; after a failure there is nothing left to commit, and the failure is reported
        if (failure == null) {
          throw e;
        }
        failure.addSuppressed(e);
      }
    }
  }

  /** Work on the connection that returns a value and may throw SQLException. */
  interface SqlQuery<T> {
    T run(DuckDBConnection connection) throws SQLException;
  }

  /**
   * Runs {@code work} on this store's connection, serialised with the other methods, for the queries and writes of
   * this package that live outside this class ({@link EventQueries}); {@code write} work runs in one transaction
   * and needs a writable store.
   */
  synchronized <T> T withConnection(String what, boolean write, SqlQuery<T> work) {
    if (write) {
      requireWritable();
    }
    try {
      if (!write) {
        return work.run(conn);
      }
      List<T> result = new ArrayList<>(1);
      inTransaction(() -> result.add(work.run(conn)));
      return result.get(0);
    } catch (SQLException e) {
      throw fail(what, e);
    }
  }

  private boolean hasTable(String name) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  // ---------------------------------------------------------------------------------------------- runs

  /** Records a new run that starts now, and returns its id (a random UUID). */
  public synchronized String startRun(Provenance provenance) {
    String runId = UUID.randomUUID().toString();
    recordRun(runId, Instant.now(), provenance);
    return runId;
  }

  /** Records (or replaces) the run {@code runId}. */
  public synchronized void recordRun(String runId, Instant started, Provenance provenance) {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(provenance, "provenance");
    requireWritable();
    try {
      inTransaction(() -> {
        try (PreparedStatement del = conn.prepareStatement("DELETE FROM runs WHERE run_id = ?")) {
          del.setString(1, runId);
          del.executeUpdate();
        }
        try (PreparedStatement ps = conn.prepareStatement(
            "INSERT INTO runs VALUES (?, CAST(? AS TIMESTAMP), ?, ?, ?, ?)")) {
          ps.setString(1, runId);
          ps.setString(2, LocalDateTime.ofInstant(started, ZoneOffset.UTC).toString());
          ps.setString(3, provenance.tacitusVersion());
          ps.setString(4, provenance.nlp());
          ps.setString(5, Json.object(provenance.dictionaries()));
          ps.setString(6, Json.object(provenance.config()));
          ps.executeUpdate();
        }
      });
    } catch (SQLException e) {
      throw fail("recording run " + runId, e);
    }
  }

  /** Every recorded run, oldest first. */
  public synchronized List<RunRecord> runs() {
    List<RunRecord> out = new ArrayList<>();
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT run_id, epoch_ms(started), tacitus_version, nlp, dictionaries, config"
            + " FROM runs ORDER BY started, run_id")) {
      while (rs.next()) {
        out.add(new RunRecord(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6)));
      }
      return out;
    } catch (SQLException e) {
      throw fail("reading runs", e);
    }
  }

  // ---------------------------------------------------------------------------------------------- writing

  /** {@link #store(CodedArticle, String, boolean)} keeping the article text. */
  public void store(CodedArticle coded, String runId) {
    store(coded, runId, true);
  }

  /**
   * Stores one coded article, its mentions and its events in one transaction. Rows stored before under the same
   * article id, or for an article with the same text (same SHA-256 of the text) under any id, are deleted first, so
   * the store holds each article once, as last coded. On any failure nothing of this call is written and what was
   * stored before stays.
   *
   * @param coded the coded article
   * @param runId the run that coded it (see {@link #startRun(Provenance)}); not checked against the runs table
   * @param keepText whether to keep the article text in {@code articles.text} (evidence text is always kept)
   */
  public synchronized void store(CodedArticle coded, String runId, boolean keepText) {
    Objects.requireNonNull(coded, "coded");
    Objects.requireNonNull(runId, "runId");
    requireWritable();
    Article article = coded.article();
    String text = article.text();
    checkSpans(coded);
    String hash = contentHash(text);
    try {
      inTransaction(() -> {
        // an article's rows are written in one transaction, so rows exist only for ids in the articles table:
        // looking there first spares the scans of mentions and events for a new article
        List<String> replaced = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(
            "SELECT id FROM articles WHERE id = ? OR content_hash = ?")) {
          ps.setString(1, article.id());
          ps.setString(2, hash);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              replaced.add(rs.getString(1));
            }
          }
        }
        for (String old : replaced) {
          for (String table : List.of("mentions", "events", "sentences")) {
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM " + table + " WHERE doc_id = ?")) {
              ps.setString(1, old);
              ps.executeUpdate();
            }
          }
          try (PreparedStatement ps = conn.prepareStatement("DELETE FROM articles WHERE id = ?")) {
            ps.setString(1, old);
            ps.executeUpdate();
          }
        }
        try (PreparedStatement ps = conn.prepareStatement(
            "INSERT INTO articles (id, url, date, title, content_hash, text, run_id, stored, origin)"
                + " VALUES (?, ?, CAST(? AS DATE), ?, ?, ?, ?, CAST(? AS TIMESTAMP), ?)")) {
          ps.setString(1, article.id());
          ps.setString(2, article.url().orElse(null));
          ps.setString(3, article.date().map(LocalDate::toString).orElse(null));
          ps.setString(4, article.title().orElse(null));
          ps.setString(5, hash);
          ps.setString(6, keepText ? text : null);
          ps.setString(7, runId);
          ps.setString(8, utcNow());
          ps.setString(9, article.origin());
          ps.executeUpdate();
        }
        appendSentences(article.id(), coded.annotated().sentences());
        appendMentions(article.id(), coded.mentions());
        afterMentions.accept(article.id());
        appendEvents(article, coded.events());
      });
    } catch (SQLException e) {
      throw fail("storing article '" + article.id() + "' (" + article.origin() + ")", e);
    }
  }

  private void appendSentences(String docId, List<Sentence> sentences) throws SQLException {
    if (sentences.isEmpty()) {
      return;
    }
    try (DuckDBAppender ap = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sentences")) {
      for (Sentence s : sentences) {
        ap.beginRow();
        ap.append(docId);
        ap.append(s.index());
        ap.append(s.span().start());
        ap.append(s.span().end());
        ap.endRow();
      }
    }
  }

  private void appendMentions(String docId, List<Mention> mentions) throws SQLException {
    if (mentions.isEmpty()) {
      return;
    }
    try (DuckDBAppender ap = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "mentions")) {
      for (Mention m : mentions) {
        ap.beginRow();
        ap.append(docId);
        ap.append(m.sentence());
        ap.append(m.head());
        ap.append(m.span().start());
        ap.append(m.span().end());
        ap.append(m.text());
        ap.append(m.actor().code());
        ap.append(m.actor().country().orElse(null));
        ap.append(m.actor().sector().orElse(null));
        ap.append(m.reason());
        ap.endRow();
      }
    }
  }

  private void appendEvents(Article article, List<Event> events) throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    String text = article.text();
    LocalDate date = article.date().orElse(null);
    try (DuckDBAppender ap = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
      int seq = 0;
      for (Event e : events) {
        CameoCode code = e.code();
        ap.beginRow();
        ap.append(article.id());
        ap.append(seq++);
        ap.append(e.sentence());
        ap.append(code.code());
        ap.append(code.root());
        ap.append((byte) code.quadClass().number());
        ap.append(code.goldstein());
        appendActor(ap, Optional.of(e.source()));
        appendActor(ap, e.target());
        ap.append(e.modality().label());
        ap.append(e.evidence().start());
        ap.append(e.evidence().end());
        ap.append(e.evidence().of(text));
        ap.append(e.rule());
        ap.append(e.confidence());
        ap.append(e.reportedBy().map(m -> m.actor().code()).orElse(null));
        // schema v1 ends here; the columns below came with v2, in its order
        Optional<EventDate> when = e.date().or(() -> Optional.ofNullable(date).map(EventDate::ofArticle));
        if (when.isEmpty()) {
          ap.appendNull();
        } else {
          ap.append(when.get().date());
        }
        Optional<Mention> reporter = e.reportedBy();
        ap.append(reporter.flatMap(m -> m.actor().country()).orElse(null));
        ap.append(reporter.flatMap(m -> m.actor().sector()).orElse(null));
        ap.append(reporter.map(Mention::text).orElse(null));
        appendInt(ap, reporter.map(m -> m.span().start()));
        appendInt(ap, reporter.map(m -> m.span().end()));
        ap.append(when.map(d -> d.precision().name()).orElse(null));
        appendInt(ap, when.flatMap(EventDate::evidence).map(Span::start));
        appendInt(ap, when.flatMap(EventDate::evidence).map(Span::end));
        ap.append(when.map(EventDate::reason).orElse(null));
        Optional<Place> place = e.place();
        ap.append(place.map(Place::name).orElse(null));
        ap.append(place.map(p -> p.type().name()).orElse(null));
        ap.append(place.flatMap(Place::country).orElse(null));
        ap.append(place.flatMap(Place::admin1).orElse(null));
        appendDouble(ap, place.flatMap(Place::lat));
        appendDouble(ap, place.flatMap(Place::lon));
        if (place.flatMap(Place::geonamesId).isPresent()) {
          ap.append((long) place.get().geonamesId().get());
        } else {
          ap.appendNull();
        }
        appendInt(ap, place.flatMap(Place::evidence).map(Span::start));
        appendInt(ap, place.flatMap(Place::evidence).map(Span::end));
        ap.append(place.map(Place::reason).orElse(null));
        ap.endRow();
      }
    }
  }

  private static void appendInt(DuckDBAppender ap, Optional<Integer> value) throws SQLException {
    if (value.isPresent()) {
      ap.append((int) value.get());
    } else {
      ap.appendNull();
    }
  }

  private static void appendDouble(DuckDBAppender ap, Optional<Double> value) throws SQLException {
    if (value.isPresent()) {
      ap.append((double) value.get());
    } else {
      ap.appendNull();
    }
  }

  private static void appendActor(DuckDBAppender ap, Optional<Mention> mention) throws SQLException {
    if (mention.isEmpty()) {
      for (int i = 0; i < 6; i++) {
        ap.appendNull();
      }
      return;
    }
    Mention m = mention.get();
    ap.append(m.actor().code());
    ap.append(m.actor().country().orElse(null));
    ap.append(m.actor().sector().orElse(null));
    ap.append(m.text());
    ap.append(m.span().start());
    ap.append(m.span().end());
  }

  /** Every span must lie inside the text, checked before anything is written. */
  private static void checkSpans(CodedArticle coded) {
    Article a = coded.article();
    int n = a.text().length();
    for (Mention m : coded.mentions()) {
      checkSpan(a, m.sentence(), "mention '" + m.text() + "'", m.span(), n);
    }
    for (Event e : coded.events()) {
      checkSpan(a, e.sentence(), "evidence of event " + e.code().code(), e.evidence(), n);
      checkSpan(a, e.sentence(), "source '" + e.source().text() + "'", e.source().span(), n);
      if (e.target().isPresent()) {
        checkSpan(a, e.sentence(), "target '" + e.target().get().text() + "'", e.target().get().span(), n);
      }
    }
  }

  private static void checkSpan(Article a, int sentence, String what, Span span, int length) {
    if (span.end() > length) {
      throw new IllegalArgumentException("article '" + a.id() + "' sentence " + sentence + ": " + what + " spans ["
          + span.start() + ", " + span.end() + ") but the text has " + length + " characters; nothing was stored");
    }
  }

  /** Lower-case hex SHA-256 of the text's UTF-8 bytes: the identity of an article's content. */
  public static String contentHash(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  // ---------------------------------------------------------------------------------------------- queries

  /** Row counts of the tables. */
  public synchronized StoreCounts counts() {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions),"
            + " (SELECT count(*) FROM events), (SELECT count(*) FROM runs)")) {
      rs.next();
      return new StoreCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
    } catch (SQLException e) {
      throw fail("counting rows", e);
    }
  }

  /** {@link #dyadSeries(String, String, Granularity, Direction)} counting both directions. */
  public List<DyadPeriod> dyadSeries(String a, String b, Granularity granularity) {
    return dyadSeries(a, b, granularity, Direction.BOTH);
  }

  /**
   * Events between two actors per period. An actor code matches every stored code it is a prefix of ({@code RUS}
   * matches {@code RUS}, {@code RUSGOV}, {@code RUSMIL}). {@link Direction#DIRECTED} counts events with source
   * {@code a} and target {@code b}; {@link Direction#BOTH} adds those with source {@code b} and target {@code a}.
   * Events without a target or without a date (an article with no date) are not counted; periods without events are
   * left out. Periods are in ascending order.
   */
  public synchronized List<DyadPeriod> dyadSeries(String a, String b, Granularity granularity, Direction direction) {
    String codeA = actorPrefix(a, "a");
    String codeB = actorPrefix(b, "b");
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(direction, "direction");
    String sql = "SELECT CAST(CAST(date_trunc('" + granularity.datePart() + "', event_date) AS DATE) AS VARCHAR) p,"
        + " count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),"
        + " count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),"
        + " count(*), sum(goldstein), avg(goldstein)"
        + " FROM events WHERE event_date IS NOT NULL AND target_code IS NOT NULL AND ("
        + " (starts_with(source_code, ?) AND starts_with(target_code, ?))"
        + " OR (? AND starts_with(source_code, ?) AND starts_with(target_code, ?)))"
        + " GROUP BY p ORDER BY p";
    List<DyadPeriod> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setString(1, codeA);
      ps.setString(2, codeB);
      ps.setBoolean(3, direction == Direction.BOTH);
      ps.setString(4, codeB);
      ps.setString(5, codeA);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new DyadPeriod(LocalDate.parse(rs.getString(1)), rs.getLong(2), rs.getLong(3), rs.getLong(4),
              rs.getLong(5), rs.getLong(6), rs.getDouble(7), rs.getDouble(8)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw fail("querying the dyad " + codeA + "-" + codeB, e);
    }
  }

  /**
   * The {@code n} actor codes that take part in the most events, as source or target, by full code ({@code RUSGOV}
   * and {@code RUS} count apart); ties in code order.
   */
  public synchronized List<ActorCount> topActors(int n) {
    requirePositive(n, "n");
    String sql = "WITH a AS (SELECT source_code AS code, 1 AS s, 0 AS t FROM events"
        + " UNION ALL SELECT target_code, 0, 1 FROM events WHERE target_code IS NOT NULL)"
        + " SELECT code, CAST(sum(s) AS BIGINT), CAST(sum(t) AS BIGINT), count(*) FROM a"
        + " GROUP BY code ORDER BY 4 DESC, code LIMIT ?";
    List<ActorCount> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setInt(1, n);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new ActorCount(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw fail("querying top actors", e);
    }
  }

  /** The {@code n} most frequent CAMEO event codes; ties in code order. */
  public synchronized List<CodeCount> topCodes(int n) {
    requirePositive(n, "n");
    List<CodeCount> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT code, count(*) FROM events GROUP BY code ORDER BY 2 DESC, code LIMIT ?")) {
      ps.setInt(1, n);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String code = rs.getString(1);
          String name = CameoOntology.standard().find(code).map(CameoCode::name).orElse("");
          out.add(new CodeCount(code, name, rs.getLong(2)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw fail("querying top codes", e);
    }
  }

  /**
   * Events where an actor whose code starts with {@code code} is source or target, newest first (undated last),
   * then by article id and position in the article.
   */
  public synchronized List<StoredEvent> actorEvents(String code, int limit) {
    String prefix = actorPrefix(code, "code");
    requirePositive(limit, "limit");
    return events("WHERE starts_with(source_code, ?) OR starts_with(coalesce(target_code, ''), ?)",
        List.of(prefix, prefix), limit, "querying events of " + prefix);
  }

  /**
   * Events whose evidence text contains {@code text}, ignoring case (SQL {@code ILIKE}; {@code %} and {@code _} in
   * the text are matched literally), in the order of {@link #actorEvents(String, int)}.
   */
  public synchronized List<StoredEvent> searchEvidence(String text, int limit) {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("empty evidence search; give a word or phrase to look for");
    }
    requirePositive(limit, "limit");
    String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return events("WHERE evidence_text ILIKE ? ESCAPE '\\'", List.of(pattern), limit,
        "searching evidence for '" + text + "'");
  }

  private List<StoredEvent> events(String where, List<String> params, int limit, String what) {
    String sql = "SELECT doc_id, sentence, code, quad_class, goldstein, source_code, source_text, target_code,"
        + " target_text, modality, evidence_text, rule, confidence, reported_by_code, CAST(event_date AS VARCHAR)"
        + " FROM events " + where + " ORDER BY event_date DESC NULLS LAST, doc_id, seq LIMIT ?";
    List<StoredEvent> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      int i = 1;
      for (String p : params) {
        ps.setString(i++, p);
      }
      ps.setInt(i, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String date = rs.getString(15);
          out.add(new StoredEvent(rs.getString(1), rs.getInt(2), rs.getString(3),
              quadClass(rs.getInt(4)), rs.getDouble(5), rs.getString(6), rs.getString(7),
              Optional.ofNullable(rs.getString(8)), Optional.ofNullable(rs.getString(9)),
              Modality.valueOf(rs.getString(10).toUpperCase(java.util.Locale.ROOT)), rs.getString(11),
              rs.getString(12), rs.getDouble(13), Optional.ofNullable(rs.getString(14)),
              Optional.ofNullable(date).map(LocalDate::parse)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw fail(what, e);
    }
  }

  private static QuadClass quadClass(int number) {
    for (QuadClass q : QuadClass.values()) {
      if (q.number() == number) {
        return q;
      }
    }
    throw new IllegalStateException("quad_class " + number + " in the events table is not 1 to 4");
  }

  /**
   * Reads back every stored article that has an event passing {@code filter}, in article id order, with its
   * sentences, all its mentions and the events that pass, and hands each to {@code sink}. One pass over the tables,
   * one article in memory at a time (DuckDB materialises each of the four sorted queries).
   *
   * @throws IOException when the sink throws it; the read stops there
   */
  public synchronized void read(ExportFilter filter, ArticleSink sink) throws IOException {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(sink, "sink");
    try {
      StoreReader.read(conn, filter, sink);
    } catch (SQLException e) {
      throw fail("reading articles back", e);
    }
  }

  /**
   * The stored articles as read from their input, for coding again: id, text, title, date, url and origin, in id
   * order. An article whose text was not kept ({@code store(..., false)}) comes with an empty text; see
   * {@link #textlessArticles()}.
   */
  public synchronized List<Article> articles() {
    List<Article> out = new ArrayList<>();
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, coalesce(text, ''), title, CAST(date AS VARCHAR), url, origin"
            + " FROM articles ORDER BY id")) {
      while (rs.next()) {
        String id = rs.getString(1);
        out.add(new Article(id, rs.getString(2), Optional.ofNullable(rs.getString(3)),
            Optional.ofNullable(rs.getString(4)).map(LocalDate::parse), Optional.ofNullable(rs.getString(5)),
            Optional.ofNullable(rs.getString(6)).orElse("store:" + id)));
      }
      return out;
    } catch (SQLException e) {
      throw fail("reading articles", e);
    }
  }

  /** Ids of the stored articles whose text was not kept, in id order: they cannot be coded again from the store. */
  public synchronized List<String> textlessArticles() {
    List<String> out = new ArrayList<>();
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT id FROM articles WHERE text IS NULL ORDER BY id")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    } catch (SQLException e) {
      throw fail("reading articles", e);
    }
  }

  /** {@link #sql(String, int)} returning at most 10,000 rows. */
  public QueryResult sql(String query) {
    return sql(query, 10_000);
  }

  /**
   * Runs one read-only statement (SELECT, WITH, SHOW, DESCRIBE, EXPLAIN; also DuckDB's FROM-first, SUMMARIZE, VALUES,
   * TABLE) and returns at most {@code maxRows} rows. Other statements, or more than one, are rejected with an
   * {@link IllegalArgumentException} before they run. The statement runs on its own connection in a transaction that
   * is always rolled back, so it cannot change the store even when opened for writing. A query DuckDB rejects
   * (syntax, unknown column) is a {@link StoreException} carrying DuckDB's message.
   */
  public synchronized QueryResult sql(String query, int maxRows) {
    ReadOnlySql.check(query);
    requirePositive(maxRows, "maxRows");
    try (Connection c = conn.duplicate()) {
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        st.setMaxRows(maxRows + 1);
        List<String> columns = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        boolean truncated = false;
        if (st.execute(query)) {
          try (ResultSet rs = st.getResultSet()) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
              columns.add(md.getColumnLabel(i));
            }
            while (rs.next()) {
              if (rows.size() == maxRows) {
                truncated = true;
                break;
              }
              List<Object> row = new ArrayList<>(columns.size());
              for (int i = 1; i <= columns.size(); i++) {
                row.add(rs.getObject(i));
              }
              rows.add(java.util.Collections.unmodifiableList(row));
            }
          }
        }
        return new QueryResult(columns, rows, truncated);
      } finally {
        c.rollback();
      }
    } catch (SQLException e) {
      throw new StoreException("query on event database " + file + " failed: " + firstLine(e.getMessage()), e);
    }
  }

  // ---------------------------------------------------------------------------------------------- helpers

  @Override
  public synchronized void close() {
    try {
      conn.close();
    } catch (SQLException e) {
      throw fail("closing", e);
    }
  }

  private void requireWritable() {
    if (readOnly) {
      throw new StoreException("event database " + file + " was opened read-only; open it with EventStore.open to"
          + " write");
    }
  }

  private static String actorPrefix(String code, String name) {
    Objects.requireNonNull(code, name);
    String c = code.strip();
    if (c.isEmpty()) {
      throw new IllegalArgumentException("actor code " + name + " is empty; give a code or its start (RUS, RUSGOV)");
    }
    return c;
  }

  private static void requirePositive(int n, String name) {
    if (n <= 0) {
      throw new IllegalArgumentException(name + " must be at least 1, got " + n);
    }
  }

  private StoreException fail(String what, SQLException e) {
    String m = firstLine(e.getMessage());
    String hint = m.contains("Could not write") || m.contains("No space left") || m.contains("File too large")
        ? "; the disk is full or the file too large: make room and run again (nothing of this step was written;"
            + " what was stored before is intact)"
        : "";
    return new StoreException("event database " + file + ": " + what + " failed: " + m + hint, e);
  }

  private static String utcNow() {
    return LocalDateTime.now(ZoneOffset.UTC).toString();
  }

  static String firstLine(String s) {
    if (s == null) {
      return "no detail";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** The few lines of JSON the runs table needs: a flat object of strings. */
  static final class Json {

    private Json() {
    }

    static String object(Map<String, String> map) {
      StringBuilder sb = new StringBuilder("{");
      boolean first = true;
      for (Map.Entry<String, String> e : map.entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        string(sb, e.getKey());
        sb.append(':');
        string(sb, e.getValue());
      }
      return sb.append('}').toString();
    }

    private static void string(StringBuilder sb, String s) {
      if (s == null) {
        sb.append("null");
        return;
      }
      sb.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> sb.append("\\\"");
          case '\\' -> sb.append("\\\\");
          case '\n' -> sb.append("\\n");
          case '\r' -> sb.append("\\r");
          case '\t' -> sb.append("\\t");
          default -> {
            if (c < 0x20) {
              sb.append(String.format("\\u%04x", (int) c));
            } else {
              sb.append(c);
            }
          }
        }
      }
      sb.append('"');
    }
  }
}

package org.tacitus.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tacitus.core.model.Article;
import org.tacitus.store.EventStore;
import org.tacitus.store.QueryResult;

/**
 * The articles a run with {@code --resume} does not code again: those already in the {@code --db} store (by id or
 * by the SHA-256 of the text, as the store identifies articles), or those whose events are already in the
 * {@code --out} JSON Lines file (by {@code doc_id}). Kept in memory: some 150 bytes an article done (300 with
 * the hashes of a store).
 */
final class DoneArticles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Set<String> ids;
  private final Set<String> hashes;
  private final String where;

  private DoneArticles(Set<String> ids, Set<String> hashes, String where) {
    this.ids = ids;
    this.hashes = hashes;
    this.where = where;
  }

  /** Nothing done. */
  static DoneArticles none() {
    return new DoneArticles(Set.of(), Set.of(), "nowhere");
  }

  /** The articles of the store. */
  static DoneArticles inStore(EventStore store) {
    QueryResult r = store.sql("SELECT id, content_hash FROM articles", Integer.MAX_VALUE - 1);
    Set<String> ids = new HashSet<>();
    Set<String> hashes = new HashSet<>();
    for (List<Object> row : r.rows()) {
      ids.add(String.valueOf(row.get(0)));
      if (row.get(1) != null) {
        hashes.add(String.valueOf(row.get(1)));
      }
    }
    return new DoneArticles(ids, hashes, store.file().toString());
  }

  /**
   * The articles whose events {@code out}, a JSON Lines event file, holds. The last article of the file may have been
   * cut off by the end of the run that wrote it, so its lines (and a last line without its line break) are removed
   * from the file and the article is coded again. A file that does not exist holds nothing.
   *
   * @throws CliException when a line of the file is not an event (not JSON, or without "doc_id")
   */
  static DoneArticles inJsonl(Path out) throws IOException {
    Set<String> ids = new HashSet<>();
    if (!Files.exists(out)) {
      return new DoneArticles(ids, Set.of(), out.toString());
    }
    long offset = 0;
    long lastStart = 0;
    String last = null;
    int lineNumber = 0;
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(out))) {
      java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
      int b;
      while (true) {
        b = in.read();
        if (b == -1) {
          break;
        }
        if (b != '\n') {
          line.write(b);
          continue;
        }
        lineNumber++;
        String s = line.toString(StandardCharsets.UTF_8);
        long start = offset;
        offset += line.size() + 1;
        line.reset();
        if (s.isBlank()) {
          continue;
        }
        String id = docId(out, lineNumber, s);
        if (!id.equals(last)) {
          if (last != null) {
            ids.add(last);
          }
          last = id;
          lastStart = start;
        }
      }
    }
    // Drop the last article's lines (it may be incomplete) and any unfinished line after them.
    long keep = last == null ? offset : lastStart;
    try (RandomAccessFile f = new RandomAccessFile(out.toFile(), "rw")) {
      f.setLength(keep);
    }
    return new DoneArticles(ids, Set.of(), out.toString());
  }

  private static String docId(Path out, int lineNumber, String line) {
    try {
      JsonNode node = JSON.readTree(line);
      JsonNode id = node == null ? null : node.get("doc_id");
      if (id != null && id.isValueNode()) {
        return id.asText();
      }
    } catch (JsonProcessingException e) {
      // reported below
    }
    throw new CliException(out + ":" + lineNumber + ": --resume reads this file as the JSON Lines events of an"
        + " earlier run, but the line is not an event with \"doc_id\"; resume with the --out file of that run", null);
  }

  /** Whether {@code article} was done: its id, or its text's hash, is known. */
  boolean contains(Article article) {
    if (ids.contains(article.id())) {
      return true;
    }
    return !hashes.isEmpty() && hashes.contains(EventStore.contentHash(article.text()));
  }

  int size() {
    return ids.size();
  }

  /** Where the done articles were found. */
  String where() {
    return where;
  }
}

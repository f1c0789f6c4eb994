package org.tacitus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tables and columns of the current schema version, against a golden file ({@code schema-v1.txt}). A change here
 * means a new schema version: add a migration, a new golden file and a section in docs/STORE.md; never edit a
 * released one.
 */
class SchemaGoldenTest {

  @TempDir
  Path dir;

  static String describe(EventStore store) {
    StringBuilder sb = new StringBuilder();
    QueryResult cols = store.sql("SELECT table_name, column_name, data_type, is_nullable"
        + " FROM information_schema.columns ORDER BY table_name, ordinal_position");
    for (List<Object> r : cols.rows()) {
      sb.append(r.get(0)).append('\t').append(r.get(1)).append('\t').append(r.get(2)).append('\t')
          .append("YES".equals(r.get(3)) ? "null" : "not null").append('\n');
    }
    return sb.toString();
  }

  @Test
  void theSchemaMatchesItsGoldenFile() throws IOException {
    String golden;
    try (InputStream in = SchemaGoldenTest.class.getResourceAsStream("schema-v" + EventStore.SCHEMA_VERSION
        + ".txt")) {
      assertThat(in).as("golden file schema-v" + EventStore.SCHEMA_VERSION + ".txt").isNotNull();
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (EventStore store = EventStore.open(dir.resolve("golden.duckdb"))) {
      assertThat(describe(store)).isEqualTo(golden);
    }
  }
}

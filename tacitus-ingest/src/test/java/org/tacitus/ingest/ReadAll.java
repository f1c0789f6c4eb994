package org.tacitus.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test helper: every record of a reader. */
final class ReadAll {

  private ReadAll() {
  }

  static List<ReadResult> of(ArticleReader reader) throws IOException {
    List<ReadResult> all = new ArrayList<>();
    try (reader) {
      Optional<ReadResult> r;
      while ((r = reader.next()).isPresent()) {
        all.add(r.get());
      }
      // Once at the end, a reader stays at the end.
      if (reader.next().isPresent()) {
        throw new AssertionError("reader gave a record after its end");
      }
    }
    return all;
  }
}

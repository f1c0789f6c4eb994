package org.tacitus.store;

import java.nio.file.Path;

/**
 * A child process for {@link StoreProcessTest}: {@code hold FILE} opens the store, prints "ready" and waits to be
 * killed; {@code loop FILE} stores articles of 3 events and 6 mentions each, in a loop, printing "stored N" after
 * each, until killed.
 */
public final class StoreLoop {

  private StoreLoop() {
  }

  public static void main(String[] args) throws InterruptedException {
    Path file = Path.of(args[1]);
    EventStore store = EventStore.open(file);
    if (args[0].equals("hold")) {
      System.out.println("ready");
      System.out.flush();
      Thread.sleep(600_000);
      return;
    }
    for (int i = 0; ; i++) {
      store.store(article(i), "loop");
      System.out.println("stored " + i);
      System.out.flush();
    }
  }

  static org.tacitus.core.model.CodedArticle article(int i) {
    // a distinct text per article, so the content hash never merges two of them; ids cycle so that
    // replacements (delete + insert) happen under the kill too
    return Articles.article("loop-" + (i % 50), "2024-01-" + String.format("%02d", 1 + i % 28))
        .event("RUSGOV", "meets #" + i, "PAK", "036")
        .event("PAK", "accuses #" + i, "RUS", "112")
        .event("USA", "visits #" + i, "UKR", "042")
        .build();
  }
}

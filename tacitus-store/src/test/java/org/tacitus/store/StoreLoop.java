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
    if (args[0].equals("fill")) {
      System.out.println("ready");
      System.out.flush();
      try {
        new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8))
            .readLine(); // the parent limits this process's file size, then says go
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      fill(store);
      return;
    }
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

  /**
   * Stores articles of 64 KB of random letters until the store fails (the file size limit of the process stands in
   * for a full disk), prints "stored N" after each and "failed: MESSAGE" at the end, then stores nothing more.
   */
  private static void fill(EventStore store) {
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; ; i++) {
      org.tacitus.core.model.CodedArticle a = article(i);
      StringBuilder padding = new StringBuilder(a.article().text()).append(' ');
      for (int k = 0; k < 64 * 1024; k++) {
        padding.append((char) ('a' + random.nextInt(26)));
      }
      org.tacitus.core.model.Article big = new org.tacitus.core.model.Article("fill-" + i, padding.toString(),
          a.article().title(), a.article().date(), a.article().url(), a.article().origin());
      org.tacitus.core.model.CodedArticle coded = new org.tacitus.core.model.CodedArticle(
          new org.tacitus.core.model.AnnotatedArticle(big, java.util.List.of()), a.mentions(), a.events());
      try {
        store.store(coded, "fill");
      } catch (StoreException e) {
        System.out.println("failed: " + e.getMessage());
        System.out.flush();
        return;
      }
      System.out.println("stored " + i);
      System.out.flush();
    }
  }
}

package org.tacitus.store;

import java.io.IOException;

/** Where {@link EventStore#read(EventFilter, ArticleSink)} delivers the articles, one at a time. */
@FunctionalInterface
public interface ArticleSink {

  /** Takes one article; an {@link IOException} stops the read and is passed on to the caller. */
  void accept(StoredArticle article) throws IOException;
}

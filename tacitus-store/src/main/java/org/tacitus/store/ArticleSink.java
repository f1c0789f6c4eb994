package org.tacitus.store;

import java.io.IOException;

/** Where {@link EventStore#read(ExportFilter, ArticleSink)} delivers the articles, one at a time. */
@FunctionalInterface
public interface ArticleSink {

  /** Takes one article; an {@link IOException} stops the read and is passed on to the caller. */
  void accept(StoredCodedArticle article) throws IOException;
}

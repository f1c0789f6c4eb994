package org.tacitus.app.format;

import java.io.IOException;
import java.io.Writer;
import org.tacitus.app.EventJson;
import org.tacitus.core.model.CodedArticle;

/** Tacitus' own JSON Lines, written by {@link EventJson}; no header. */
final class JsonlFormat implements EventFormat {

  private final Writer out;

  JsonlFormat(Writer out) {
    this.out = out;
  }

  @Override
  public void header() {
    // JSON Lines has no header.
  }

  @Override
  public void write(CodedArticle article) throws IOException {
    EventJson.write(article, out);
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}

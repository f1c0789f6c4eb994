package org.tacitus.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.tacitus.core.model.Article;

/**
 * One plain-text file as one article. The id is the file name without its extension; the title is the first
 * non-blank line; the analysed text is the whole file (headline included, so it is coded too and every offset points
 * into the file; a leading byte-order mark is dropped). Plain text carries no date. The file must be UTF-8.
 */
public final class TextFileReader extends SingleArticleFile {

  public TextFileReader(Path file) {
    super(file);
  }

  @Override
  String tooLarge(long mib, long limit) {
    return "file has " + mib + " MiB, more than the " + limit + " MiB a text article may have; split it, or write it "
        + "as JSON Lines (.jsonl)";
  }

  @Override
  ReadResult read() throws IOException {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      Optional<RecordError> error = FileProblems.of(file, e);
      if (error.isPresent()) {
        return error.get();
      }
      throw e;
    }
    Optional<RecordError> odd = FileProblems.sniff(name, bytes, bytes.length, false);
    if (odd.isPresent()) {
      return odd.get();
    }
    Utf8.Decoded decoded = Utf8.decode(bytes, bytes.length);
    if (!decoded.ok()) {
      return new RecordError(name, RecordError.INVALID_UTF8, "not valid UTF-8 (byte " + decoded.badByte()
          + ", line " + Utf8.lineOf(bytes, decoded.badByte()) + "); " + FileProblems.utf8Fix());
    }
    String text = Utf8.stripBom(decoded.text());
    if (text.isBlank()) {
      return FileProblems.empty(name);
    }
    return new ReadResult.Ok(new Article(idOf(file), text, Optional.of(firstLine(text)), Optional.empty(),
        Optional.empty(), name));
  }

  /** The file name without its last extension ("story" for "news/story.txt"). */
  static String idOf(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  private static String firstLine(String text) {
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        return line.strip();
      }
    }
    return "";
  }
}

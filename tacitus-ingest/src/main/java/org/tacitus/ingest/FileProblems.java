package org.tacitus.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** The ways a named input file can fail to open, as record errors that name the file. */
final class FileProblems {

  private FileProblems() {
  }

  /** The problem that keeps {@code file} from being read, if any. */
  static Optional<RecordError> check(Path file) {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      return Optional.of(new RecordError(name, RecordError.UNREADABLE_FILE,
          "is a directory; name the files in it instead (e.g. " + file.resolve("*.txt") + ")"));
    }
    if (!Files.exists(file)) {
      return Optional.of(missing(name));
    }
    if (!Files.isReadable(file)) {
      return Optional.of(denied(name));
    }
    return Optional.empty();
  }

  /** The record error for an exception met while opening, or empty when it is an I/O failure to pass on. */
  static Optional<RecordError> of(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return Optional.of(missing(file.toString()));
    }
    if (e instanceof AccessDeniedException) {
      return Optional.of(denied(file.toString()));
    }
    return Optional.empty();
  }

  static RecordError empty(String name) {
    return new RecordError(name, RecordError.EMPTY_FILE, "file is empty; there is nothing to code");
  }

  static String utf8Fix() {
    return "save the file as UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8 IN > OUT)";
  }

  private static RecordError missing(String name) {
    return new RecordError(name, RecordError.MISSING_FILE, "no such file; check the path");
  }

  private static RecordError denied(String name) {
    return new RecordError(name, RecordError.UNREADABLE_FILE, "cannot read the file: permission denied");
  }
}

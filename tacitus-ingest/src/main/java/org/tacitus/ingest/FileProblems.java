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

  /** Bytes looked at by {@link #sniff}. */
  static final int SNIFF_BYTES = 8192;

  /**
   * What the first bytes of a file say it is, when that is not text a reader can take: UTF-32 or UTF-16 (by the
   * byte order mark; unless {@code unicodeOk}, for readers that decode them), gzip, zip or PDF (by their magic
   * numbers), or binary (a NUL byte among the first {@link #SNIFF_BYTES}).
   */
  static Optional<RecordError> sniff(String name, byte[] head, int length, boolean unicodeOk) {
    if (!unicodeOk) {
      if (starts(head, length, 0x00, 0x00, 0xFE, 0xFF) || starts(head, length, 0xFF, 0xFE, 0x00, 0x00)) {
        return Optional.of(new RecordError(name, RecordError.WRONG_ENCODING, "file is UTF-32 (it starts with a byte "
            + "order mark), not UTF-8; convert it: iconv -f UTF-32 -t UTF-8 IN > OUT"));
      }
      if (starts(head, length, 0xFF, 0xFE) || starts(head, length, 0xFE, 0xFF)) {
        return Optional.of(new RecordError(name, RecordError.WRONG_ENCODING, "file is UTF-16 (it starts with the "
            + "byte order mark " + String.format("%02X %02X", head[0] & 0xFF, head[1] & 0xFF) + "), not UTF-8; "
            + "convert it: iconv -f UTF-16 -t UTF-8 IN > OUT"));
      }
    } else if (starts(head, length, 0xFF, 0xFE) || starts(head, length, 0xFE, 0xFF)) {
      return Optional.empty();
    }
    if (starts(head, length, 0x1F, 0x8B)) {
      return Optional.of(new RecordError(name, RecordError.BINARY, "file is gzip-compressed; decompress it first "
          + "(gunzip -k FILE) and give the result (only .warc.gz is read compressed)"));
    }
    if (starts(head, length, 'P', 'K', 3, 4)) {
      return Optional.of(new RecordError(name, RecordError.BINARY, "file is a zip archive; unpack it (unzip FILE) "
          + "and give the files or their folder"));
    }
    if (starts(head, length, '%', 'P', 'D', 'F')) {
      return Optional.of(new RecordError(name, RecordError.BINARY, "file is a PDF; extract its text first (e.g. "
          + "pdftotext FILE) and give the text"));
    }
    for (int i = 0; i < Math.min(length, SNIFF_BYTES); i++) {
      if (head[i] == 0) {
        return Optional.of(new RecordError(name, RecordError.BINARY, "file holds NUL bytes (the first at byte " + i
            + "): it is binary (an image, a program, a database?), not text; give text, HTML, JSON Lines, CSV, a "
            + "feed or a WARC"));
      }
    }
    return Optional.empty();
  }

  /** {@link #sniff} on the first bytes of {@code file}. */
  static Optional<RecordError> sniff(Path file, boolean unicodeOk) throws IOException {
    byte[] head;
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF_BYTES);
    }
    return sniff(file.toString(), head, head.length, unicodeOk);
  }

  private static boolean starts(byte[] b, int length, int... magic) {
    if (length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((b[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}

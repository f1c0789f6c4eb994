package org.tacitus.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at '\n' (dropping a '\r' before it, unless told to keep it) without decoding,
 * so that one badly encoded line can be reported and the next still read.
 */
final class ByteLines implements Closeable {

  private final InputStream in;
  private final byte[] chunk = new byte[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;
  private byte[] line = new byte[1 << 12];
  private int length;

  private final boolean keepCarriageReturn;

  ByteLines(InputStream in) {
    this(in, false);
  }

  /** With {@code keepCarriageReturn}, a '\r' before '\n' stays in the line (CSV fields keep their line breaks). */
  ByteLines(InputStream in, boolean keepCarriageReturn) {
    this.in = in;
    this.keepCarriageReturn = keepCarriageReturn;
  }

  /** Reads the next line into {@link #bytes()}; false at the end of the stream. */
  boolean next() throws IOException {
    length = 0;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        if (eof) {
          return any;
        }
        int n = in.read(chunk);
        if (n < 0) {
          eof = true;
          pos = 0;
          limit = 0;
          continue;
        }
        pos = 0;
        limit = n;
        continue;
      }
      any = true;
      int i = pos;
      while (i < limit && chunk[i] != '\n') {
        i++;
      }
      append(pos, i - pos);
      if (i < limit) {
        pos = i + 1;
        if (!keepCarriageReturn && length > 0 && line[length - 1] == '\r') {
          length--;
        }
        return true;
      }
      pos = limit;
    }
  }

  /** The current line's bytes; valid up to {@link #length()} until the next call of {@link #next()}. */
  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  private void append(int from, int n) {
    if (length + n > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
    }
    System.arraycopy(chunk, from, line, length, n);
    length += n;
  }

  /** The lines of {@code file} that hold something other than blanks (spaces, tabs, '\r'). */
  static long countNonBlank(java.nio.file.Path file) throws IOException {
    long count = 0;
    boolean blank = true;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        for (int i = 0; i < n; i++) {
          byte b = buf[i];
          if (b == '\n') {
            count += blank ? 0 : 1;
            blank = true;
          } else if (b != ' ' && b != '\t' && b != '\r') {
            blank = false;
          }
        }
      }
    }
    return count + (blank ? 0 : 1);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

package org.tacitus.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where the first bad byte is, instead of replacing it. */
final class Utf8 {

  static final char BOM = '\uFEFF';

  private Utf8() {
  }

  /**
   * The decoded text, or the offset of the first malformed byte.
   *
   * @param text the text, when {@code badByte} is -1
   * @param badByte offset of the first byte that is not valid UTF-8, or -1
   */
  record Decoded(String text, int badByte) {

    boolean ok() {
      return badByte < 0;
    }
  }

  static Decoded decode(byte[] bytes, int length) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      return new Decoded(null, in.position());
    }
    r = decoder.flush(out);
    if (r.isError()) {
      return new Decoded(null, in.position());
    }
    out.flip();
    return new Decoded(out.toString(), -1);
  }

  /** The text without a leading byte-order mark. */
  static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == BOM ? s.substring(1) : s;
  }

  /** 1-based line number of byte {@code offset} (counting '\n' bytes before it). */
  static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}

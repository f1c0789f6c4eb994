package org.tacitus.app.format;

import java.io.Writer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The layouts {@code tacitus code --format} can write, by the name the option takes. */
public enum OutputFormat {
  /** One JSON object a line, as {@link org.tacitus.app.EventJson} writes it (the default). */
  JSONL,
  /** Comma-separated values, one row per event, the JSON Lines fields flattened; always with a header row. */
  CSV,
  /** The 61 tab-separated columns of the GDELT 2.0 Event table. */
  GDELT,
  /** The 26 tab-separated columns of the Phoenix event data set. */
  PHOENIX;

  /** The name as the option takes it ("jsonl"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format of a name as the option takes it, when there is one. */
  public static Optional<OutputFormat> byLabel(String label) {
    return Arrays.stream(values()).filter(f -> f.label().equals(label)).findFirst();
  }

  /** The names, as "jsonl|csv|gdelt|phoenix". */
  public static String labels() {
    return Arrays.stream(values()).map(OutputFormat::label).collect(Collectors.joining("|"));
  }

  /**
   * A writer of this layout.
   *
   * @param out where the events go; not closed by the format
   * @param header whether the tab-separated layouts (which ship without one) start with a header line; JSON Lines
   *     has none and CSV always has one
   * @param added when this run adds the events (GDELT's DATEADDED)
   */
  public EventFormat open(Writer out, boolean header, Instant added) {
    return switch (this) {
      case JSONL -> new JsonlFormat(out);
      case CSV -> new CsvEventFormat(out);
      case GDELT -> new GdeltFormat(out, header, added);
      case PHOENIX -> new PhoenixFormat(out, header);
    };
  }
}

package org.tacitus.app.format;

import java.io.Writer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The layouts {@code tacitus code --format} and {@code tacitus export --format} write, by the option's name. */
public enum OutputFormat {
  /** One JSON object a line, as {@link org.tacitus.app.EventJson} writes it, with counts (the default). */
  JSONL,
  /** Comma-separated values, one row per event, the JSON Lines fields flattened; always with a header row. */
  CSV,
  /** The 61 tab-separated columns of the GDELT 2.0 Event table. */
  GDELT,
  /** The 16 tab-separated columns of the GDELT 2.0 Mentions table, one row per sighting of an event. */
  MENTIONS,
  /** The 26 tab-separated columns of the Phoenix event data set. */
  PHOENIX,
  /** The 20 tab-separated columns of the ICEWS coded event data, with their header row. */
  ICEWS,
  /** PLOVER event records, one JSON object a line, as POLECAT users read them. */
  POLECAT,
  /** The CSV layout's columns, typed, in one Parquet file written by DuckDB; needs a file to write to. */
  PARQUET;

  /** The name as the option takes it ("jsonl"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format of a name as the option takes it, when there is one. */
  public static Optional<OutputFormat> byLabel(String label) {
    return Arrays.stream(values()).filter(f -> f.label().equals(label)).findFirst();
  }

  /** The names, as "jsonl|csv|gdelt|...". */
  public static String labels() {
    return Arrays.stream(values()).map(OutputFormat::label).collect(Collectors.joining("|"));
  }

  /** Whether the layout is text written through a {@link Writer}; Parquet is not (see {@link ParquetOutput}). */
  public boolean isText() {
    return this != PARQUET;
  }

  /**
   * A writer of this layout.
   *
   * @param out where the events go; not closed by the format
   * @param header whether the tab-separated layouts that ship without one (GDELT, mentions, Phoenix) start with a
   *     header line; JSON Lines has none, and CSV and ICEWS always have one
   * @param added when this run adds the events (GDELT's DATEADDED, POLECAT's dateCoded)
   * @throws IllegalArgumentException for {@link #PARQUET}, which {@link ParquetOutput} writes
   */
  public EventFormat open(Writer out, boolean header, Instant added) {
    return switch (this) {
      case JSONL -> new JsonlFormat(out);
      case CSV -> new CsvEventFormat(out);
      case GDELT -> new GdeltFormat(out, header, added);
      case MENTIONS -> new GdeltMentionsFormat(out, header, added);
      case PHOENIX -> new PhoenixFormat(out, header);
      case ICEWS -> new IcewsFormat(out);
      case POLECAT -> new PolecatFormat(out, added);
      case PARQUET -> throw new IllegalArgumentException("Parquet is written to a file: use ParquetOutput");
    };
  }
}

package org.tacitus.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.tacitus.app.format.DailyDedup;
import org.tacitus.app.format.EventFormat;
import org.tacitus.app.format.OutputFormat;
import org.tacitus.app.format.ParquetOutput;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where {@code code} and {@code export} write events: a layout ({@code --format}), to a file ({@code --out}) or
 * standard output, through the one-a-day filter when asked. Parquet needs a file.
 */
final class EventOutput implements AutoCloseable {

  private final EventFormat format;
  private final Writer file;
  private final ParquetOutput parquet;
  private final PrintWriter stdout;

  private EventOutput(EventFormat format, Writer file, ParquetOutput parquet, PrintWriter stdout) {
    this.format = format;
    this.file = file;
    this.parquet = parquet;
    this.stdout = stdout;
  }

  /** The layout of a {@code --format} value, or a usage error listing the names. */
  static OutputFormat layout(CommandSpec spec, String name) {
    return OutputFormat.byLabel(name).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
        "--format takes " + OutputFormat.labels() + ", not '" + name + "'"));
  }

  static EventOutput open(CommandSpec spec, OutputFormat layout, Path out, boolean header, boolean daily)
      throws IOException {
    return open(spec, layout, out, header, daily, false);
  }

  /** As {@link #open(CommandSpec, OutputFormat, Path, boolean, boolean)}; {@code append} adds to the file (resume). */
  static EventOutput open(CommandSpec spec, OutputFormat layout, Path out, boolean header, boolean daily,
      boolean append) throws IOException {
    Instant added = Instant.now();
    PrintWriter stdout = spec.commandLine().getOut();
    if (!layout.isText()) {
      if (out == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--format parquet writes a file: give --out"
            + " FILE.parquet");
      }
      ParquetOutput p = new ParquetOutput(out);
      return new EventOutput(daily ? new DailyDedup(p) : p, null, p, stdout);
    }
    Writer file = null;
    if (out != null) {
      try {
        file = append ? Files.newBufferedWriter(out, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND) : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new CliException("cannot write " + out + " (" + e + ")", e);
      }
    }
    EventFormat f = layout.open(file == null ? stdout : file, header, added);
    return new EventOutput(daily ? new DailyDedup(f) : f, file, null, stdout);
  }

  EventFormat format() {
    return format;
  }

  /** After writing to standard output: flushes it, and fails when it was closed (a pipe to head). */
  void flushStdout() throws IOException {
    if (file == null && parquet == null) {
      stdout.flush();
      if (stdout.checkError()) {
        throw new IOException("cannot write to standard output (closed?)");
      }
    }
  }

  /** Notes of the layout for the end of the run. */
  List<String> notes() {
    return format.notes();
  }

  /** Drops a Parquet file in the making (after a failure); text written so far stays. */
  void abandon() {
    if (parquet != null) {
      parquet.abandon();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      format.close();
    } finally {
      if (file != null) {
        file.close();
      }
    }
  }
}

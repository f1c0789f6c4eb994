package org.tacitus.app.format;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.tacitus.store.ParquetFiles;
import org.tacitus.store.StoreException;

/**
 * The Parquet layout: the CSV layout's rows, written to a temporary CSV file beside the target, then copied by
 * DuckDB into a typed Parquet file ({@link ParquetFiles}) that replaces the target in one move when the run closes.
 * A failed run leaves no Parquet file and no temporary file behind.
 */
public final class ParquetOutput implements EventFormat {

  private final Path target;
  private final Path csv;
  private final Writer writer;
  private final CsvEventFormat rows;
  private boolean closed;

  /** Starts a Parquet file at {@code target}. */
  public ParquetOutput(Path target) throws IOException {
    this.target = target.toAbsolutePath();
    Path dir = this.target.getParent();
    this.csv = Files.createTempFile(dir, "." + target.getFileName() + ".", ".csv");
    this.writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
    this.rows = new CsvEventFormat(writer);
  }

  @Override
  public void header() throws IOException {
    rows.header();
  }

  @Override
  public void write(EventRow row) throws IOException {
    if (closed) {
      return; // abandoned: what still comes (a filter's buffered rows) is dropped with it
    }
    rows.write(row);
  }

  /** Deletes the temporary file without writing the target (after a failed run). */
  public void abandon() {
    closed = true;
    try {
      writer.close();
    } catch (IOException e) {
      // the file goes anyway
    }
    try {
      Files.deleteIfExists(csv);
    } catch (IOException e) {
      // nothing more to do: it is a hidden temporary file
    }
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    Path part = target.resolveSibling("." + target.getFileName() + ".part");
    try {
      rows.close();
      writer.close();
      ParquetFiles.fromCsv(csv, CsvEventFormat.COLUMNS, CsvEventFormat.TYPES, part);
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (StoreException e) {
      throw new IOException(e.getMessage(), e);
    } finally {
      Files.deleteIfExists(csv);
      Files.deleteIfExists(part);
    }
  }
}

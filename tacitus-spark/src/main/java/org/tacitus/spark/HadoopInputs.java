package org.tacitus.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.tacitus.core.model.Article;
import org.tacitus.ingest.ArticleReader;
import org.tacitus.ingest.Inputs;
import org.tacitus.ingest.JsonlReader;
import org.tacitus.ingest.ReadResult;
import org.tacitus.ingest.RecordError;

/**
 * Input files on any Hadoop-compatible file system (local, HDFS, S3 through the user's Hadoop configuration), read by
 * the same readers as {@code tacitus code}. The driver {@linkplain #list lists} the files (a folder stands for the
 * input files in it at any depth, as {@link Inputs#expand} has it); each executor {@linkplain #read reads} its share.
 * A local file is read in place; JSON Lines elsewhere are streamed; other files elsewhere are copied to a local
 * temporary file first (the readers of single pages and archives take a file), and their records keep the remote name.
 */
final class HadoopInputs {

  /**
   * The files to read, and the inputs that gave none.
   *
   * @param files qualified paths ("hdfs://nn/news/a.jsonl", "file:/data/b.warc.gz"), folders expanded, in order
   * @param problems a missing input, or a folder without input files, as a record the run reports and skips
   */
  record Listing(List<String> files, List<RecordError> problems) {
  }

  private HadoopInputs() {
  }

  /** The files of {@code inputs} (files and folders), listed through the Hadoop file system of each path. */
  static Listing list(List<String> inputs, Configuration conf) throws IOException {
    List<String> files = new ArrayList<>();
    List<RecordError> problems = new ArrayList<>();
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus status;
      try {
        status = fs.getFileStatus(path);
      } catch (FileNotFoundException e) {
        problems.add(new RecordError(input, RecordError.MISSING_FILE, "no such file or folder; check the path"));
        continue;
      }
      if (!status.isDirectory()) {
        files.add(status.getPath().toString());
        continue;
      }
      Path root = status.getPath();
      List<String> found = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
      while (it.hasNext()) {
        LocatedFileStatus f = it.next();
        if (f.isFile() && !hidden(root, f.getPath()) && inputFile(f.getPath().getName())) {
          found.add(f.getPath().toString());
        }
      }
      if (found.isEmpty()) {
        problems.add(new RecordError(input, RecordError.EMPTY_FILE, "folder has no input files ("
            + String.join(" ", Inputs.FOLDER_EXTENSIONS) + "); name the files to read instead"));
      }
      found.sort(Comparator.naturalOrder());
      files.addAll(found);
    }
    return new Listing(files, problems);
  }

  private static boolean inputFile(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return Inputs.FOLDER_EXTENSIONS.stream().anyMatch(n::endsWith);
  }

  /** Whether a name between {@code root} and {@code file} (the file's own included) starts with '.'. */
  private static boolean hidden(Path root, Path file) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      if (p.getName().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** The Hadoop configuration as plain entries, to ship to executors (a {@link Configuration} is not serializable). */
  static Map<String, String> entries(Configuration conf) {
    Map<String, String> m = new HashMap<>();
    for (Map.Entry<String, String> e : conf) {
      m.put(e.getKey(), e.getValue());
    }
    return m;
  }

  static Configuration configuration(Map<String, String> entries) {
    Configuration conf = new Configuration(false);
    entries.forEach(conf::set);
    return conf;
  }

  /**
   * The records of one file as {@link Schemas#INPUT} rows, read lazily; the file is closed (and a temporary copy
   * deleted) when the last record has been read. A file that cannot be opened is one error row.
   */
  static Iterator<Row> read(String file, Configuration conf) {
    Path path = new Path(file);
    try {
      FileSystem fs = path.getFileSystem(conf);
      if ("file".equals(fs.getScheme())) {
        return new Rows(Inputs.open(java.nio.file.Path.of(path.toUri())), file, Optional.empty(), null);
      }
      if (Inputs.formatOf(java.nio.file.Path.of(path.getName())) == Inputs.Format.JSONL) {
        return new Rows(new JsonlReader(file, fs.open(path)), file, Optional.empty(), null);
      }
      java.nio.file.Path dir = Files.createTempDirectory("tacitus-spark-");
      java.nio.file.Path local = dir.resolve(path.getName());
      fs.copyToLocalFile(false, path, new Path(local.toUri()), true);
      return new Rows(Inputs.open(local), file, Optional.of(new Rename(local.toString(), file)), dir);
    } catch (IOException e) {
      return List.of(row(new RecordError(file, RecordError.UNREADABLE_FILE, "cannot open (" + e
          + "); check the path and the Hadoop configuration"))).iterator();
    }
  }

  /** The origin of a record read from a local copy, given the remote name instead. */
  private record Rename(String local, String remote) {

    String apply(String origin) {
      return origin.startsWith(local) ? remote + origin.substring(local.length()) : origin;
    }
  }

  static Row row(RecordError e) {
    return RowFactory.create(null, null, null, null, null, e.origin(), e.reason(), e.message());
  }

  static Row row(Article a) {
    return RowFactory.create(a.id(), a.text(), a.title().orElse(null), a.date().map(Object::toString).orElse(null),
        a.url().orElse(null), a.origin(), null, null);
  }

  /** The article of an {@link Schemas#INPUT} row that has text. */
  static Article article(Row r) {
    return new Article(r.getString(0), r.getString(1), Optional.ofNullable(r.getString(2)),
        Optional.ofNullable(r.getString(3)).map(java.time.LocalDate::parse), Optional.ofNullable(r.getString(4)),
        r.getString(5));
  }

  /** The rows of a reader, closing it (and deleting the temporary folder, if any) at the end. */
  private static final class Rows implements Iterator<Row> {

    private final ArticleReader reader;
    private final String origin;
    private final Optional<Rename> rename;
    private final java.nio.file.Path temporary;
    private Row ahead;
    private boolean done;

    Rows(ArticleReader reader, String origin, Optional<Rename> rename, java.nio.file.Path temporary) {
      this.reader = reader;
      this.origin = origin;
      this.rename = rename;
      this.temporary = temporary;
    }

    @Override
    public boolean hasNext() {
      if (ahead == null && !done) {
        Optional<ReadResult> next;
        try {
          next = reader.next();
        } catch (IOException | UncheckedIOException e) {
          // a failing device or stream ends this file, not the job: the records before stand
          finish();
          ahead = row(new RecordError(origin, RecordError.UNREADABLE_FILE, "reading stopped (" + e
              + "); the records before were read; check the file"));
          return true;
        }
        if (next.isEmpty()) {
          finish();
        } else if (next.get() instanceof ReadResult.Ok ok) {
          ahead = row(renamed(ok.article()));
        } else {
          ahead = row(renamed((RecordError) next.get()));
        }
      }
      return ahead != null;
    }

    private Article renamed(Article a) {
      return rename.map(r -> new Article(a.id(), a.text(), a.title(), a.date(), a.url(), r.apply(a.origin())))
          .orElse(a);
    }

    private RecordError renamed(RecordError e) {
      return rename.map(r -> new RecordError(r.apply(e.origin()), e.reason(), r.apply(e.message()))).orElse(e);
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Row r = ahead;
      ahead = null;
      return r;
    }

    private void finish() {
      done = true;
      try {
        reader.close();
        if (temporary != null) {
          try (var files = Files.walk(temporary)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
          }
        }
      } catch (IOException | UncheckedIOException e) {
        // a temporary file left behind is no reason to fail the task
      }
    }
  }
}

package org.tacitus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.tacitus.app.Pipeline;
import org.tacitus.app.PipelineConfig;
import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.stage.Annotator;

/**
 * Files on a file system other than the local one (HDFS, S3 ...) are listed and read through Hadoop: JSON Lines
 * streamed, other files copied to a temporary file, and every record keeps its remote name. The "remote" file system
 * here is the local disk under another scheme, {@code tfs:}.
 */
class RemoteFileSystemTest {

  /** The local disk, under the scheme "tfs", so that the job takes it for a remote file system. */
  public static final class TestFileSystem extends RawLocalFileSystem {

    @Override
    public String getScheme() {
      return "tfs";
    }

    @Override
    public URI getUri() {
      return URI.create("tfs:///");
    }

    // The local file system reads permissions through java.io.File, which takes "file:" URIs only: give plain ones.
    @Override
    public FileStatus getFileStatus(org.apache.hadoop.fs.Path f) throws IOException {
      return plain(super.getFileStatus(f));
    }

    @Override
    public FileStatus[] listStatus(org.apache.hadoop.fs.Path f) throws IOException {
      return Arrays.stream(super.listStatus(f)).map(TestFileSystem::plain).toArray(FileStatus[]::new);
    }

    private static FileStatus plain(FileStatus s) {
      return new FileStatus(s.getLen(), s.isDirectory(), 1, s.getBlockSize(), s.getModificationTime(), s.getPath());
    }
  }

  @TempDir
  Path dir;

  private static final class NoSentences implements Annotator {

    @Override
    public AnnotatedArticle annotate(org.tacitus.core.model.Article article) {
      return new AnnotatedArticle(article, List.of());
    }

    @Override
    public String describe() {
      return "no sentences";
    }
  }

  private static Pipeline fake() {
    return Pipeline.of(PipelineConfig.defaults(), new NoSentences(),
        annotated -> new CodedArticle(annotated, List.of(), List.of()), Map.of());
  }

  @Test
  void remoteFilesAreReadByTheirReadersAndKeepTheirNames() throws IOException {
    Path news = dir.resolve("news");
    Files.createDirectories(news);
    Files.writeString(news.resolve("a.jsonl"), "{\"id\": \"j1\", \"text\": \"One.\"}\nnot JSON\n{\"text\": \"Two.\"}\n",
        StandardCharsets.UTF_8);
    Files.writeString(news.resolve("story.txt"), "A plain story.\n", StandardCharsets.UTF_8);
    try (WarcWriter warc = new WarcWriter(Files.newByteChannel(news.resolve("crawl.warc.gz"),
        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html"),
          "<html><body><article><p>A page in an archive.</p></article></body></html>"
              .getBytes(StandardCharsets.UTF_8)).build();
      warc.write(new WarcResponse.Builder(URI.create("https://news.example/p"))
          .date(Instant.parse("2024-02-03T10:00:00Z")).body(http).build());
    }
    SparkSession spark = LocalSpark.session();
    spark.sparkContext().hadoopConfiguration().set("fs.tfs.impl", TestFileSystem.class.getName());
    String remote = "tfs://" + news.toAbsolutePath();

    List<Row> records = TacitusSpark.code(spark, List.of(remote),
        TacitusSpark.Options.defaults().withPipeline(RemoteFileSystemTest::fake)).records()
        .select("doc_id", "origin", "status", "reason").orderBy("origin").collectAsList();

    assertThat(records).hasSize(5).allSatisfy(r -> assertThat(r.getString(1)).startsWith("tfs:"));
    assertThat(records).filteredOn(r -> r.getString(2).equals("coded")).extracting(r -> r.getString(0))
        .containsExactlyInAnyOrder("j1", "a-3", "story", records.stream()
            .filter(r -> r.getString(1).contains("crawl.warc.gz")).findFirst().orElseThrow().getString(0));
    assertThat(records).anySatisfy(r -> {
      assertThat(r.getString(1)).endsWith("a.jsonl:2");
      assertThat(r.getString(3)).isEqualTo("not JSON");
    });
    assertThat(records).anySatisfy(r -> assertThat(r.getString(1)).endsWith("story.txt"));
    assertThat(records).anySatisfy(r -> assertThat(r.getString(1)).contains("crawl.warc.gz:offset"));
  }
}

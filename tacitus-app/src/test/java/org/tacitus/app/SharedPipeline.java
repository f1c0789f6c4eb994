package org.tacitus.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the slow tests share within one JVM: the pipeline of the shipped stages (the CoreNLP models load once, as
 * {@link Pipeline#create} keeps its stages per JVM, so the command line run in-process reuses them too), and the
 * shared data folder.
 */
final class SharedPipeline {

  private static final Pipeline PIPELINE = Pipeline.create(PipelineConfig.defaults());

  private SharedPipeline() {
  }

  /** The pipeline, with its stages loaded. */
  static Pipeline get() {
    PIPELINE.load();
    return PIPELINE;
  }

  /**
   * The shared data folder (gold sets, seed article) named by the system property {@code tacitus.shared}, which
   * the parent POM sets to {@code ../shared}; the test is skipped when it is not there.
   */
  static Path shared() {
    String p = System.getProperty("tacitus.shared");
    assumeTrue(p != null, "system property tacitus.shared is not set; run the tests through Maven");
    Path dir = Path.of(p).toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(dir), "shared data not found at " + dir + " (tacitus.shared); skipping");
    return dir;
  }
}

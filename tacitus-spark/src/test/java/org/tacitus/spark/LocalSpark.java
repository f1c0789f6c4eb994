package org.tacitus.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark session for the tests of this JVM (Spark allows one context per JVM); stopped at exit by Spark. */
final class LocalSpark {

  private LocalSpark() {
  }

  static synchronized SparkSession session() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("tacitus-spark-test")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }
}

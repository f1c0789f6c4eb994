/**
 * Tacitus as an Apache Spark job: articles read from any Hadoop-compatible path by the tacitus-ingest readers, coded
 * by the CLI's pipeline (one per executor JVM) inside {@code mapPartitions}, events written as Parquet partitioned by
 * date and, on request, in the GDELT and Phoenix layouts. {@link org.tacitus.spark.TacitusSpark} is the library API.
 */
package org.tacitus.spark;

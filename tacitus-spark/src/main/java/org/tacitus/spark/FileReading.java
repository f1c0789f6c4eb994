package org.tacitus.spark;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/** The reading step of the job: each file of a partition, one after the other, as {@link Schemas#INPUT} rows. */
final class FileReading implements MapPartitionsFunction<String, Row> {

  private static final long serialVersionUID = 1L;

  private final Map<String, String> hadoopConf;

  /** @param hadoopConf the driver's Hadoop configuration, as entries */
  FileReading(Map<String, String> hadoopConf) {
    this.hadoopConf = hadoopConf;
  }

  @Override
  public Iterator<Row> call(Iterator<String> files) {
    Configuration conf = HadoopInputs.configuration(hadoopConf);
    return new Iterator<>() {
      private Iterator<Row> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && files.hasNext()) {
          current = HadoopInputs.read(files.next(), conf);
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }
}

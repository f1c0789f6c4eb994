package org.tacitus.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The Tacitus version, from the resource that the build fills in. */
public final class Version {

  private static final String RESOURCE = "version.properties";
  private static final String TACITUS = load();

  private Version() {
  }

  /** The version of this build ("0.1.0-SNAPSHOT"). */
  public static String tacitus() {
    return TACITUS;
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " missing from the tacitus-app jar; rebuild it");
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "");
      if (v.isBlank() || v.startsWith("${")) {
        throw new IllegalStateException(RESOURCE + " was not filtered by the build (version '" + v + "')");
      }
      return v;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}

package org.tacitus.core.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The CAMEO to PLOVER crosswalk shipped as {@code cameo-plover.tsv} (its header cites the Open Event Data Alliance's
 * CAMEO2PLOVER-2021 table it restates). Immutable and thread safe.
 */
public final class PloverCrosswalk {

  private static final String FILE = "cameo-plover.tsv";
  private static volatile PloverCrosswalk standard;

  /**
   * The PLOVER reading of one CAMEO code.
   *
   * @param event the PLOVER event type (AGREE, CONSULT, ... ASSAULT)
   * @param mode the PLOVER mode, when the crosswalk gives one
   * @param context the PLOVER contexts, ';'-separated, when the crosswalk gives them
   * @param basis "listed" (the crosswalk's own line) or "parent X" (the line of the nearest listed parent code)
   */
  public record Plover(String event, Optional<String> mode, Optional<String> context, String basis) {

    public Plover {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(basis, "basis");
    }
  }

  private final Map<String, Plover> map;

  private PloverCrosswalk(Map<String, Plover> map) {
    this.map = Map.copyOf(map);
  }

  /** The shipped crosswalk, loaded on first use. */
  public static PloverCrosswalk standard() {
    PloverCrosswalk c = standard;
    if (c == null) {
      synchronized (PloverCrosswalk.class) {
        c = standard;
        if (c == null) {
          c = new PloverCrosswalk(load());
          standard = c;
        }
      }
    }
    return c;
  }

  /** The PLOVER reading of a 3- or 4-digit CAMEO code; empty for CAMEO 01 and 02, which PLOVER drops. */
  public Optional<Plover> of(String cameoCode) {
    return Optional.ofNullable(map.get(cameoCode));
  }

  private static Map<String, Plover> load() {
    Map<String, Plover> out = new HashMap<>();
    try (InputStream in = PloverCrosswalk.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 5) {
          throw new IllegalStateException(FILE + ":" + n + ": expected 5 tab-separated fields, found " + f.length);
        }
        if (!f[1].isEmpty()) {
          out.put(f[0], new Plover(f[1], Optional.of(f[2]).filter(s -> !s.isEmpty()),
              Optional.of(f[3]).filter(s -> !s.isEmpty()), f[4]));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }
}

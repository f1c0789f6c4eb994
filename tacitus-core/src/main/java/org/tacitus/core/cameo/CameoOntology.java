package org.tacitus.core.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO event codes and actor sector codes, loaded once from the tables shipped in this module
 * ({@code cameo-codes.tsv}, {@code cameo-sectors.tsv}; their headers cite their sources). Immutable and thread safe.
 */
public final class CameoOntology {

  private static final String CODES = "cameo-codes.tsv";
  private static final String SECTORS = "cameo-sectors.tsv";

  private static volatile CameoOntology standard;

  private final Map<String, CameoCode> codes;
  private final Map<String, Sector> sectors;

  private CameoOntology(Map<String, CameoCode> codes, Map<String, Sector> sectors) {
    this.codes = Collections.unmodifiableMap(codes);
    this.sectors = Collections.unmodifiableMap(sectors);
  }

  /** The shipped ontology, loaded on first use. */
  public static CameoOntology standard() {
    CameoOntology o = standard;
    if (o == null) {
      synchronized (CameoOntology.class) {
        o = standard;
        if (o == null) {
          o = new CameoOntology(loadCodes(), loadSectors());
          standard = o;
        }
      }
    }
    return o;
  }

  /** The code, or an {@link UnknownCodeException} naming it. Accepts two-digit roots ("04" → "040"). */
  public CameoCode code(String code) {
    CameoCode c = codes.get(normalise(code));
    if (c == null) {
      throw new UnknownCodeException("CAMEO event code '" + code + "' is not in the CAMEO codebook ("
          + CODES + " holds " + codes.size() + " codes)");
    }
    return c;
  }

  public Optional<CameoCode> find(String code) {
    return Optional.ofNullable(codes.get(normalise(code)));
  }

  public boolean has(String code) {
    return codes.containsKey(normalise(code));
  }

  /** Every code, in codebook order. */
  public Collection<CameoCode> codes() {
    return codes.values();
  }

  public Sector sector(String code) {
    Sector s = sectors.get(code);
    if (s == null) {
      throw new UnknownCodeException("CAMEO actor sector '" + code + "' is not in " + SECTORS);
    }
    return s;
  }

  public boolean hasSector(String code) {
    return sectors.containsKey(code);
  }

  public Collection<Sector> sectors() {
    return sectors.values();
  }

  private static String normalise(String code) {
    return code != null && code.length() == 2 ? code + "0" : code;
  }

  private static Map<String, CameoCode> loadCodes() {
    Map<String, CameoCode> map = new LinkedHashMap<>();
    read(CODES, (line, cols) -> {
      if (cols.length < 3) {
        throw new IllegalStateException(CODES + ":" + line + ": expected code<TAB>goldstein<TAB>name");
      }
      CameoCode c = new CameoCode(cols[0], cols[2], Double.parseDouble(cols[1]));
      if (map.put(c.code(), c) != null) {
        throw new IllegalStateException(CODES + ":" + line + ": code " + c.code() + " listed twice");
      }
    });
    return map;
  }

  private static Map<String, Sector> loadSectors() {
    Map<String, Sector> map = new LinkedHashMap<>();
    read(SECTORS, (line, cols) -> {
      if (cols.length < 3) {
        throw new IllegalStateException(SECTORS + ":" + line + ": expected code<TAB>kind<TAB>name");
      }
      if (map.put(cols[0], new Sector(cols[0], cols[2], cols[1])) != null) {
        throw new IllegalStateException(SECTORS + ":" + line + ": sector " + cols[0] + " listed twice");
      }
    });
    return map;
  }

  private interface Row {
    void accept(int line, String[] cols);
  }

  private static void read(String resource, Row row) {
    try (InputStream in = CameoOntology.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " missing from the tacitus-core jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String s;
      int line = 0;
      while ((s = reader.readLine()) != null) {
        line++;
        if (s.isBlank() || s.startsWith("#")) {
          continue;
        }
        row.accept(line, s.split("\t"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}

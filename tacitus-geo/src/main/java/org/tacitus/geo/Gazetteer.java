package org.tacitus.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.tacitus.core.model.Place.GeoType;

/**
 * Names to places, offline: the countries of world-countries, the populated places of GeoNames cities1000 (both
 * derived at build time into {@code gazetteer.tsv.gz}, see docs/GEO.md), the divisions of {@code admin1.tsv}, our
 * {@code alternate-names.tsv} and {@code regions.txt}. Names are looked up case- and accent-insensitively. Immutable
 * and thread safe; {@link #standard()} loads the shipped data once per JVM.
 */
public final class Gazetteer {

  static final String RESOURCE = "/org/tacitus/geo/gazetteer.tsv.gz";
  private static final String ADMIN1 = "/org/tacitus/geo/admin1.tsv";
  private static final String ALTERNATES = "/org/tacitus/geo/alternate-names.tsv";
  private static final String REGIONS = "/org/tacitus/geo/regions.txt";
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\-]+");
  /** Apostrophes and the transliteration marks of ayin and hamza ("Sāmarrā’", "Al ‘Amārah", "N'Djamena"). */
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02bb\u02bc\u02be\u02bf`]");
  /** The Arabic article as GeoNames writes it before a name ("Al Fallūjah", "Ar Raqqah", "As Samāwah"). */
  private static final Pattern ARABIC_ARTICLE = Pattern.compile("^(?:al|an|ar|as|ash|at|ath|az|ad|adh|ag|ay) (?=\\S{3})");
  private static final Comparator<GazetteerEntry> ORDER = Comparator.comparing(GazetteerEntry::type)
      .thenComparing(Comparator.comparingLong(GazetteerEntry::population).reversed())
      .thenComparing(GazetteerEntry::country).thenComparing(GazetteerEntry::name);

  private final Map<String, List<GazetteerEntry>> byName;
  private final Map<String, GazetteerEntry> countries;
  private final Map<String, GazetteerEntry> divisions;
  private final Map<String, List<GazetteerEntry>> qualifiers;
  private final Map<String, GazetteerEntry> aliases;
  private final Set<String> regions;
  private final String attribution;
  private final int places;
  private final int maxWords;

  private Gazetteer(Map<String, List<GazetteerEntry>> byName, Map<String, GazetteerEntry> countries,
      Map<String, GazetteerEntry> divisions, Map<String, List<GazetteerEntry>> qualifiers,
      Map<String, GazetteerEntry> aliases, Set<String> regions, String attribution, int places) {
    this.byName = byName;
    this.countries = countries;
    this.divisions = divisions;
    this.qualifiers = qualifiers;
    this.aliases = aliases;
    this.regions = regions;
    this.attribution = attribution;
    this.places = places;
    int m = 1;
    for (String k : byName.keySet()) {
      int words = 1;
      for (int i = 0; i < k.length(); i++) {
        words += k.charAt(i) == ' ' ? 1 : 0;
      }
      m = Math.max(m, words);
    }
    this.maxWords = Math.min(m, 6);
  }

  private static final class Holder {
    static final Gazetteer STANDARD = load();
  }

  /**
   * The shipped gazetteer, loaded on first use.
   *
   * @throws GazetteerException when the build did not generate it or a companion file is malformed
   */
  public static Gazetteer standard() {
    return Holder.STANDARD;
  }

  /** The lookup key of a name: lower case, without accents, periods or hyphens, single spaces. */
  public static String key(String name) {
    String fast = asciiKey(name);
    if (fast != null) {
      return fast;
    }
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    s = APOSTROPHES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("").replace(".", "");
    return SPACES.matcher(s).replaceAll(" ").trim();
  }

  /** The key of a plain ASCII name in one pass (most names), or null when the name needs the full treatment. */
  private static String asciiKey(String name) {
    StringBuilder b = new StringBuilder(name.length());
    boolean space = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 128) {
        return null;
      }
      if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r') {
        if (!space) {
          b.append(' ');
          space = true;
        }
      } else if (c != '.' && c != '\'') {
        b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        space = false;
      }
    }
    int n = b.length();
    if (n > 0 && b.charAt(n - 1) == ' ') {
      b.setLength(n - 1);
    }
    return b.toString();
  }

  /** Every place called {@code name}: countries first, then divisions, then places by population. */
  public List<GazetteerEntry> lookup(String name) {
    return byName.getOrDefault(key(name), List.of());
  }

  /** The country of ISO 3166-1 alpha-3 code {@code iso3}. */
  public Optional<GazetteerEntry> country(String iso3) {
    return Optional.ofNullable(countries.get(iso3));
  }

  /** The first-order division {@code code} of {@code iso3}, when admin1.tsv names it. */
  public Optional<GazetteerEntry> admin1(String iso3, String code) {
    return Optional.ofNullable(divisions.get(iso3 + "." + code));
  }

  /** The divisions and countries that {@code text} names when written after a comma ("Texas", "Tex.", "TX"). */
  public List<GazetteerEntry> qualifier(String text) {
    return qualifiers.getOrDefault(key(text), List.of());
  }

  /** The place our alternate-names.tsv gives {@code name}, its usual sense in the news ("Washington" -> D.C.). */
  public Optional<GazetteerEntry> alias(String name) {
    return Optional.ofNullable(aliases.get(key(name)));
  }

  /** A region ("Central Asia", "the Gulf") that stays unresolved rather than be sent to a namesake town. */
  public boolean isRegion(String name) {
    return regions.contains(key(name));
  }

  /** The most words a name of the gazetteer has (at most 6): how far a look-up of a span needs to reach. */
  public int maxWords() {
    return maxWords;
  }

  /** Number of populated places. */
  public int places() {
    return places;
  }

  /** Number of countries. */
  public int countries() {
    return countries.size();
  }

  /** The licence and attribution header of the derived data (CC BY 4.0 GeoNames, ODbL world-countries). */
  public String attribution() {
    return attribution;
  }

  private static Gazetteer load() {
    Map<String, List<GazetteerEntry>> byName = new HashMap<>(400_000);
    Map<String, GazetteerEntry> countries = new HashMap<>();
    Map<String, List<String>> countryNames = new HashMap<>();
    List<GazetteerEntry> placeList = new ArrayList<>(140_000);
    StringBuilder attribution = new StringBuilder();
    try (InputStream raw = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new GazetteerException("the gazetteer resource " + RESOURCE + " is not on the classpath: it is "
            + "generated by the tacitus-geo build (npm + node, see docs/GEO.md); build with 'mvn package'");
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16),
          StandardCharsets.UTF_8), 1 << 16);
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.startsWith("#")) {
          attribution.append(line.substring(1).trim()).append('\n');
          continue;
        }
        String[] f = line.split("\t", -1);
        try {
          if (f[0].equals("C") && f.length == 9) {
            GazetteerEntry c = new GazetteerEntry(f[3], GeoType.COUNTRY, f[1], "", "PCLI", 0, parse(f[7]),
                parse(f[8]), Optional.empty());
            countries.put(f[1], c);
            List<String> names = new ArrayList<>(List.of(f[3], f[4]));
            if (!f[5].isEmpty()) {
              names.addAll(List.of(f[5].split("\\|")));
            }
            countryNames.put(f[1], names);
          } else if (f[0].equals("P") && f.length == 10) {
            GazetteerEntry p = new GazetteerEntry(f[2], GeoType.CITY, f[4], f[6], f[5], Long.parseLong(f[7]),
                Double.parseDouble(f[8]), Double.parseDouble(f[9]), Optional.of(Long.parseLong(f[1])));
            placeList.add(p);
            String k = key(f[2]);
            byName.computeIfAbsent(k, x -> new ArrayList<>(1)).add(p);
            if (!f[3].equals(f[2]) && !key(f[3]).equals(k)) {
              add(byName, f[3], p);
            }
            // the news mostly drops the article: "Fallujah", "Raqqah", "Kut"
            String bare = ARABIC_ARTICLE.matcher(k).replaceFirst("");
            if (!bare.equals(k)) {
              byName.computeIfAbsent(bare, x -> new ArrayList<>(1)).add(p);
            }
          } else {
            throw new GazetteerException(RESOURCE + ":" + n + ": expected a C row of 9 or a P row of 10 columns, "
                + "found " + f.length + " columns; rebuild tacitus-geo (mvn clean package)");
          }
        } catch (NumberFormatException e) {
          throw new GazetteerException(RESOURCE + ":" + n + ": bad number (" + e.getMessage() + "); rebuild "
              + "tacitus-geo (mvn clean package)", e);
        }
      }
    } catch (IOException e) {
      throw new GazetteerException("cannot read " + RESOURCE + ": " + e, e);
    }
    // Countries: every name of world-countries, and as a country, not as a town sharing the name.
    countryNames.forEach((iso3, names) -> {
      Set<String> seen = new HashSet<>();
      for (String name : names) {
        if (seen.add(key(name))) {
          add(byName, name, countries.get(iso3));
        }
      }
    });
    Map<String, GazetteerEntry> divisions = new HashMap<>();
    Map<String, List<GazetteerEntry>> qualifiers = new HashMap<>();
    readDivisions(placeList, countries, byName, divisions, qualifiers);
    countries.values().forEach(c -> {
      qualifiers.computeIfAbsent(key(c.name()), k -> new ArrayList<>()).add(c);
    });
    Map<String, GazetteerEntry> aliases = new HashMap<>();
    readAlternates(ALTERNATES, lines(ALTERNATES), byName, qualifiers, aliases);
    Set<String> regions = new HashSet<>();
    for (Line l : lines(REGIONS)) {
      regions.add(key(l.text()));
    }
    byName.replaceAll((k, v) -> v.size() == 1 ? List.of(v.get(0)) : v.stream().distinct().sorted(ORDER).toList());
    qualifiers.replaceAll((k, v) -> List.copyOf(v));
    return new Gazetteer(Collections.unmodifiableMap(byName), Map.copyOf(countries), Map.copyOf(divisions),
        Map.copyOf(qualifiers), Map.copyOf(aliases), Set.copyOf(regions), attribution.toString(), placeList.size());
  }

  private static double parse(String s) {
    return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
  }

  private static void add(Map<String, List<GazetteerEntry>> byName, String name, GazetteerEntry e) {
    byName.computeIfAbsent(key(name), k -> new ArrayList<>(1)).add(e);
  }

  /** admin1.tsv: each division placed at the population-weighted centre of its places. */
  private static void readDivisions(List<GazetteerEntry> placeList, Map<String, GazetteerEntry> countries,
      Map<String, List<GazetteerEntry>> byName, Map<String, GazetteerEntry> divisions,
      Map<String, List<GazetteerEntry>> qualifiers) {
    Map<String, double[]> sums = new HashMap<>();
    for (Line l : lines(ADMIN1)) {
      String[] f = l.text().split("\t", -1);
      if (f.length != 4 || !countries.containsKey(f[0]) || f[1].isEmpty() || f[2].isEmpty()) {
        throw new GazetteerException(ADMIN1 + ":" + l.number() + ": expected COUNTRY(ISO3 known to the gazetteer) "
            + "<TAB> CODE <TAB> NAME <TAB> QUALIFIER FORMS, found '" + l.text() + "'");
      }
      sums.put(f[0] + "." + f[1], new double[3]);
    }
    for (GazetteerEntry p : placeList) {
      double[] s = sums.get(p.country() + "." + p.admin1());
      if (s != null) {
        double w = Math.max(p.population(), 1);
        s[0] += w;
        s[1] += w * p.lat();
        s[2] += w * p.lon();
      }
    }
    for (Line l : lines(ADMIN1)) {
      String[] f = l.text().split("\t", -1);
      double[] s = sums.get(f[0] + "." + f[1]);
      if (s[0] == 0) {
        throw new GazetteerException(ADMIN1 + ":" + l.number() + ": no place of the gazetteer lies in " + f[0] + " "
            + f[1] + " (" + f[2] + "); check the GeoNames admin1 code");
      }
      GazetteerEntry d = new GazetteerEntry(f[2], GeoType.ADMIN1, f[0], f[1], "ADM1", (long) s[0], s[1] / s[0],
          s[2] / s[0], Optional.empty());
      divisions.put(f[0] + "." + f[1], d);
      add(byName, f[2], d);
      qualifiers.computeIfAbsent(key(f[2]), k -> new ArrayList<>()).add(d);
      if (!f[3].isEmpty()) {
        for (String q : f[3].split("\\|")) {
          qualifiers.computeIfAbsent(key(q), k -> new ArrayList<>()).add(d);
        }
      }
    }
  }

  /** alternate-names.tsv: ALIAS becomes one more name of the place NAME in COUNTRY. */
  static void readAlternates(String source, List<Line> lines, Map<String, List<GazetteerEntry>> byName,
      Map<String, List<GazetteerEntry>> qualifiers, Map<String, GazetteerEntry> aliases) {
    for (Line l : lines) {
      String[] f = l.text().split("\t", -1);
      if (f.length != 3) {
        throw new GazetteerException(source + ":" + l.number() + ": expected ALIAS <TAB> NAME <TAB> COUNTRY, "
            + "found '" + l.text() + "'");
      }
      List<GazetteerEntry> named = byName.getOrDefault(key(f[1]), List.of()).stream()
          .filter(e -> e.country().equals(f[2])).sorted(Comparator.comparing((GazetteerEntry e) -> e.type()
              == GeoType.CITY ? 0 : e.type() == GeoType.ADMIN1 ? 1 : 2)
              .thenComparing(Comparator.comparingLong(GazetteerEntry::population).reversed()))
          .toList();
      if (named.isEmpty()) {
        throw new GazetteerException(source + ":" + l.number() + ": no place '" + f[1] + "' in " + f[2]
            + " in the gazetteer; write the name as the GeoNames or world-countries data spells it");
      }
      GazetteerEntry target = named.get(0);
      add(byName, f[0], target);
      aliases.put(key(f[0]), target);
      if (target.type() == GeoType.COUNTRY) {
        qualifiers.computeIfAbsent(key(f[0]), k -> new ArrayList<>()).add(target);
      }
    }
  }

  /** One line of a companion file, with its number for error messages. */
  record Line(int number, String text) {
  }

  /** The entries of {@code name} (exact key), for tests of the companion files. */
  Map<String, List<GazetteerEntry>> index() {
    return byName;
  }

  private static List<Line> lines(String resource) {
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new GazetteerException("resource " + resource + " is missing from the tacitus-geo jar");
      }
      List<Line> result = new ArrayList<>();
      String[] all = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
      for (int i = 0; i < all.length; i++) {
        String t = all[i].strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          result.add(new Line(i + 1, all[i].replace("\r", "")));
        }
      }
      return result;
    } catch (IOException e) {
      throw new GazetteerException("cannot read " + resource + ": " + e, e);
    }
  }
}

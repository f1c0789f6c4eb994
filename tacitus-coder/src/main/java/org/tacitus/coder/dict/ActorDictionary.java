package org.tacitus.coder.dict;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.model.Token;

/**
 * The actor dictionaries compiled into phrase tables: country names, adjectives, capitals and seats of power
 * ({@code countries.tsv}), organisations and armed groups ({@code organisations.tsv}), and role words that give a
 * sector ({@code agents.tsv}). Country and organisation phrases match the words as written (case-sensitive); role
 * words match lower-case lemmas, so "troops" finds the entry "troop".
 *
 * <p>Immutable and thread safe once built.
 */
public final class ActorDictionary {

  /** What a phrase names. */
  public enum Kind {
    /** A country's name ("Pakistan"). */
    NAME,
    /** An adjective or demonym ("Pakistani", "Russians"). */
    ADJ,
    /** A capital city standing for its state ("Moscow"). */
    CAPITAL,
    /** A building or institution standing for a government body ("the Kremlin"); its code has a sector. */
    SEAT,
    /** An international, non-governmental or other organisation, or an armed group, with a code of its own. */
    ORG,
    /** A role word that gives a sector ("foreign minister" → GOV). */
    AGENT,
    /** A named person with a dated role ("Sergey Lavrov" → RUSGOV from 2004). */
    PERSON
  }

  /**
   * One dictionary phrase.
   *
   * @param key the phrase's words joined without spaces (surface phrases) or with single spaces (lemma phrases)
   * @param words number of words in the phrase as written in the dictionary
   * @param code actor code: a country ("PAK"), a code with a sector ("RUSGOV"), an organisation ("IGOUNO"); for
   *     agents, the sector code
   * @param kind what it names
   * @param source {@code file:line} of the entry, shown in explanations
   * @param from first day the entry holds, or null for always
   * @param to last day the entry holds, or null for open-ended
   */
  public record Phrase(String key, int words, String code, Kind kind, String source, LocalDate from,
      LocalDate to) {

    public Phrase(String key, int words, String code, Kind kind, String source) {
      this(key, words, code, kind, source, null, null);
    }

    /**
     * Whether the entry holds on {@code date}. Without a date, only entries that are still open-ended hold (the
     * present reading).
     */
    public boolean holdsOn(Optional<LocalDate> date) {
      if (date.isEmpty()) {
        return to == null;
      }
      LocalDate d = date.get();
      return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }
  }

  /**
   * A phrase found in a sentence.
   *
   * @param phrase the dictionary phrase
   * @param from first token index
   * @param to last token index (inclusive)
   */
  public record Match(Phrase phrase, int from, int to) {
  }

  /**
   * Codes accepted besides ISO 3166 alpha-3: Kosovo as CAMEO writes it, and the CAMEO international region codes of
   * the codebook's Table 3.3 (chapter 3 of the CAMEO manual 1.1b3), which countries.tsv lists so that "Latin
   * America" or "Central Asian" is not read as a country.
   */
  private static final Set<String> CODE_EXCEPTIONS = Set.of("KSV", "AFR", "ASA", "BLK", "CRB", "CAU", "CFR",
      "CAS", "CEU", "EAF", "EEU", "EUR", "LAM", "MDT", "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN",
      "SEA", "WAF", "WST");

  private final Map<String, List<Phrase>> surface;
  private final Map<String, List<Phrase>> lemmas;
  private final Map<String, List<Phrase>> surnames;
  private final Map<String, String> checksums;
  private final int size;

  private ActorDictionary(Map<String, List<Phrase>> surface, Map<String, List<Phrase>> lemmas,
      Map<String, List<Phrase>> surnames, Map<String, String> checksums, int size) {
    this.surface = surface;
    this.lemmas = lemmas;
    this.surnames = surnames;
    this.checksums = checksums;
    this.size = size;
  }

  /** The dictionaries shipped in this module. */
  public static ActorDictionary standard(CameoOntology ontology) {
    return standard(ontology, builder -> { });
  }

  /**
   * The shipped dictionaries with the user's entries before them: {@code first} adds the user's files to the builder
   * (through its methods or an importer such as {@link PetrarchDictionaryReader}), then the shipped files are added.
   * Where a user's phrase is also a shipped one, the user's entry is matched first.
   */
  public static ActorDictionary standard(CameoOntology ontology, Consumer<Builder> first) {
    Builder builder = builder(ontology);
    first.accept(builder);
    return builder
        .countries(DictionaryText.resource(ActorDictionary.class, "/org/tacitus/coder/actors/countries.tsv"))
        .isoNames()
        .organisations(DictionaryText.resource(ActorDictionary.class,
            "/org/tacitus/coder/actors/organisations.tsv"))
        .agents(DictionaryText.resource(ActorDictionary.class, "/org/tacitus/coder/actors/agents.tsv"))
        .leaders(DictionaryText.resource(ActorDictionary.class, "/org/tacitus/coder/actors/leaders.tsv"))
        .build();
  }

  /** Compiles country, organisation and agent files; any grammar error is a {@link DictionaryException}. */
  public static ActorDictionary compile(CameoOntology ontology, DictionaryText countries,
      DictionaryText organisations, DictionaryText agents) {
    return builder(ontology).countries(countries).organisations(organisations).agents(agents).build();
  }

  public static Builder builder(CameoOntology ontology) {
    return new Builder(ontology);
  }

  /** Collects dictionary files (and imported entries) and compiles them into one {@link ActorDictionary}. */
  public static final class Builder {

    private final CameoOntology ontology;
    private final Set<String> iso3 = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    private final Map<String, List<Phrase>> surface = new HashMap<>();
    private final Map<String, List<Phrase>> lemmas = new HashMap<>();
    private final Map<String, List<Phrase>> surnames = new HashMap<>();
    private final Map<String, String> sums = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();
    private int size;

    private Builder(CameoOntology ontology) {
      this.ontology = ontology;
      iso3.addAll(CODE_EXCEPTIONS);
    }

    public Builder countries(DictionaryText text) {
      size += readCoded(text, ontology, iso3, surface, true, seen);
      sums.put(text.name(), text.sha256());
      return this;
    }

    /**
     * Adds the JDK's English country names (from its maintained CLDR data) for every ISO code the country file
     * names, so that a name our file lacks is still found. Names with punctuation that news never writes ("Congo -
     * Kinshasa", "Myanmar (Burma)") are skipped.
     */
    public Builder isoNames() {
      Map<String, String> alpha3To2 = new HashMap<>();
      for (String a2 : Locale.getISOCountries()) {
        alpha3To2.put(new Locale("", a2).getISO3Country(), a2);
      }
      Set<String> used = new HashSet<>();
      surface.values().forEach(l -> l.forEach(p -> {
        if (p.kind() == Kind.NAME && p.code().length() == 3) {
          used.add(p.code());
        }
      }));
      for (String code : used) {
        String a2 = alpha3To2.get(code);
        if (a2 == null) {
          continue;
        }
        String name = new Locale("", a2).getDisplayCountry(Locale.ENGLISH);
        if (name.isBlank() || name.matches(".*[()&,\\-].*") || name.equals(a2)) {
          continue;
        }
        addSurface(name, code, Kind.NAME, "JDK ISO 3166 name for " + code, null, null);
      }
      return this;
    }

    public Builder organisations(DictionaryText text) {
      size += readCoded(text, ontology, iso3, surface, false, seen);
      sums.put(text.name(), text.sha256());
      return this;
    }

    public Builder agents(DictionaryText text) {
      size += readAgents(text, ontology, lemmas, seen);
      sums.put(text.name(), text.sha256());
      return this;
    }

    /** A dated file of people: {@code CODE<TAB>FROM<TAB>TO<TAB>NAME}, dates YYYY-MM-DD or "-" for open. */
    public Builder leaders(DictionaryText text) {
      for (DictionaryText.Row row : text.rows(4, "CODE<TAB>FROM<TAB>TO<TAB>NAME")) {
        String[] cols = row.cols();
        int i = row.line() - 1;
        String code = cols[0].strip();
        checkActorCode(text, i + 1, code, ontology, iso3);
        LocalDate from = date(text, i + 1, cols[0].length() + 2, cols[1]);
        LocalDate to = date(text, i + 1, cols[0].length() + cols[1].length() + 3, cols[2]);
        if (from != null && to != null && to.isBefore(from)) {
          throw text.error(i + 1, cols[0].length() + 2, "the role ends (" + to + ") before it starts (" + from
              + ")");
        }
        String name = cols[3].strip();
        addSurface(name, code, Kind.PERSON, text.name() + ":" + (i + 1), from, to);
        String surname = surname(name, code);
        if (surname != null) {
          surnames.computeIfAbsent(surname, k -> new ArrayList<>()).add(new Phrase(surname, 1, code, Kind.PERSON,
              text.name() + ":" + (i + 1), from, to));
        }
      }
      sums.put(text.name(), text.sha256());
      return this;
    }

    /** Adds one surface phrase (used by importers of other dictionary formats). */
    public Builder addSurface(String phrase, String code, Kind kind, String source, LocalDate from, LocalDate to) {
      String[] words = phrase.strip().split("\\s+");
      String key = normalise(String.join("", words));
      if (seen.add(code + "\t" + kind + "\t" + words[0] + "\t" + key + "\t" + from + "\t" + to)) {
        surface.computeIfAbsent(normalise(words[0]), k -> new ArrayList<>())
            .add(new Phrase(key, words.length, code, kind, source, from, to));
        size++;
      }
      return this;
    }

    /** Adds one role phrase in lower-case lemmas (used by importers of other dictionary formats). */
    public Builder addAgent(String lemmas, String sector, String source) {
      String[] words = lemmas.strip().toLowerCase(Locale.ROOT).split("\\s+");
      if (seen.add("AGENT\t" + String.join(" ", words))) {
        this.lemmas.computeIfAbsent(words[0], k -> new ArrayList<>())
            .add(new Phrase(String.join(" ", words), words.length, sector, Kind.AGENT, source));
        size++;
      }
      return this;
    }

    /** Records the checksum of a file read by an importer. */
    public Builder checksum(DictionaryText text) {
      sums.put(text.name(), text.sha256());
      return this;
    }

    public ActorDictionary build() {
      Comparator<Phrase> longestFirst = Comparator.comparingInt((Phrase p) -> p.key().length()).reversed();
      // the tokenizer splits at hyphens ("al-Qaeda" is al / - / Qaeda): a phrase whose first word has one is also
      // looked up from the part before it; the match joins the tokens again and compares the whole
      for (String first : List.copyOf(surface.keySet())) {
        int dash = first.indexOf('-');
        if (dash > 0) {
          surface.computeIfAbsent(first.substring(0, dash), k -> new ArrayList<>()).addAll(surface.get(first));
        }
      }
      surface.values().forEach(l -> l.sort(longestFirst));
      lemmas.values().forEach(l -> l.sort(longestFirst));
      return new ActorDictionary(freeze(surface), freeze(lemmas), freeze(surnames), Collections.unmodifiableMap(
          new LinkedHashMap<>(sums)), size);
    }
  }

  private static final Set<String> SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");
  private static final Set<String> TITLES = Set.of("King", "Queen", "Pope", "Prince", "Princess", "Emperor",
      "Sheikh", "Emir", "Sultan");
  /** Countries whose news writes the family name first ("Xi Jinping", "Moon Jae-in"). */
  private static final Set<String> FAMILY_NAME_FIRST = Set.of("CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM");

  /**
   * The word a story uses alone for this person: the family name. Null for names with a title ("King Charles"),
   * which stories do not shorten to one word safely.
   */
  static String surname(String name, String code) {
    List<String> parts = new ArrayList<>(List.of(name.strip().split("\\s+")));
    while (parts.size() > 1 && SUFFIXES.contains(parts.get(parts.size() - 1).replace(",", ""))) {
      parts.remove(parts.size() - 1);
    }
    if (parts.size() < 2 || TITLES.contains(parts.get(0))) {
      return null;
    }
    String s = FAMILY_NAME_FIRST.contains(code.substring(0, 3)) ? parts.get(0) : parts.get(parts.size() - 1);
    s = s.replace(",", "");
    return s.length() < 2 ? null : normalise(s);
  }

  private static LocalDate date(DictionaryText text, int line, int col, String value) {
    String v = value.strip();
    if (v.equals("-") || v.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw text.error(line, col, "'" + v + "' is not a date (write YYYY-MM-DD, or - for open)");
    }
  }

  /** Checks a full actor code: a country or region, followed by sector codes. */
  static void checkActorCode(DictionaryText text, int line, String code, CameoOntology ontology,
      Set<String> iso3) {
    if (!code.matches("([A-Z]{3})+")) {
      throw text.error(line, 1, "actor code '" + code + "' is not made of 3-letter parts (e.g. PAK, RUSGOV)");
    }
    String country = code.substring(0, 3);
    if (!iso3.contains(country) && !ontology.hasSector(country)) {
      throw text.error(line, 1, "actor code '" + code + "': '" + country + "' is not an ISO 3166 alpha-3 "
          + "country code" + suggestion(country, iso3));
    }
    if (ontology.hasSector(country) && ontology.sector(country).kind().equals("org")) {
      return; // an organisation's own code (IGOEUREEC): its parts after the type are the organisation's name
    }
    for (int k = 3; k + 3 <= code.length(); k += 3) {
      String sector = code.substring(k, k + 3);
      if (!ontology.hasSector(sector)) {
        throw text.error(line, k + 1, "'" + sector + "' in '" + code + "' is not a CAMEO sector code");
      }
    }
  }

  private static Map<String, List<Phrase>> freeze(Map<String, List<Phrase>> m) {
    Map<String, List<Phrase>> r = new HashMap<>();
    m.forEach((k, v) -> r.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(r);
  }

  private static int readCoded(DictionaryText text, CameoOntology ontology, Set<String> iso3,
      Map<String, List<Phrase>> index, boolean countryFile, Set<String> seen) {
    int count = 0;
    for (DictionaryText.Row row : text.rows(3, "CODE<TAB>KIND<TAB>PHRASE")) {
      String[] cols = row.cols();
      int i = row.line() - 1;
      String line = text.lines().get(i);
      String code = cols[0].strip();
      String kindName = cols[1].strip().toLowerCase(Locale.ROOT);
      String phrase = cols[2].strip();
      Kind kind = kind(kindName, countryFile);
      if (kind == null) {
        throw text.error(i + 1, cols[0].length() + 2, "unknown kind '" + cols[1] + "'; use "
            + (countryFile ? "name, adj, capital or seat" : "igo, ngo, group, mnc, media or other"));
      }
      checkCode(text, i + 1, code, kind, ontology, iso3);
      if (phrase.isEmpty()) {
        throw text.error(i + 1, line.length(), "empty phrase");
      }
      String[] words = phrase.split("\\s+");
      String key = normalise(String.join("", words));
      if (!seen.add(code + "\t" + kind + "\t" + words[0] + "\t" + key + "\tnull\tnull")) {
        continue;
      }
      Phrase p = new Phrase(key, words.length, code, kind, text.name() + ":" + (i + 1));
      index.computeIfAbsent(normalise(words[0]), k -> new ArrayList<>()).add(p);
      count++;
    }
    return count;
  }

  private static Kind kind(String name, boolean countryFile) {
    if (countryFile) {
      return switch (name) {
        case "name" -> Kind.NAME;
        case "adj" -> Kind.ADJ;
        case "capital" -> Kind.CAPITAL;
        case "seat" -> Kind.SEAT;
        default -> null;
      };
    }
    return switch (name) {
      case "igo", "ngo", "group", "mnc", "media", "other" -> Kind.ORG;
      default -> null;
    };
  }

  private static void checkCode(DictionaryText text, int line, String code, Kind kind, CameoOntology ontology,
      Set<String> iso3) {
    if (!code.matches("[A-Z]{3}([A-Z]{3})*") && !code.matches("[A-Z]{4}")) {
      throw text.error(line, 1, "actor code '" + code + "' is not made of 3-letter parts (e.g. PAK, RUSGOV, "
          + "IGOUNO)");
    }
    if (kind == Kind.ORG) {
      return;
    }
    if (kind != Kind.SEAT && code.length() != 3) {
      String fix = iso3.contains(code.substring(0, 3)) ? "; did you mean " + code.substring(0, 3)
          + "? (use kind 'seat' for a code with a sector)" : suggestion(code.substring(0, 3), iso3);
      throw text.error(line, 1, "actor code '" + code + "' is not a 3-letter ISO 3166 country code" + fix);
    }
    String country = code.substring(0, 3);
    if (!iso3.contains(country)) {
      throw text.error(line, 1, "actor code '" + code + "': '" + country + "' is not an ISO 3166 alpha-3 "
          + "country code" + suggestion(country, iso3));
    }
    if (kind == Kind.SEAT) {
      if (code.length() < 6 || code.length() % 3 != 0) {
        throw text.error(line, 1, "a seat of power needs a sector after the country (e.g. RUSGOV), not '"
            + code + "'");
      }
      for (int k = 3; k + 3 <= code.length(); k += 3) {
        String sector = code.substring(k, k + 3);
        if (!ontology.hasSector(sector)) {
          throw text.error(line, k + 1, "'" + sector + "' in '" + code + "' is not a CAMEO sector code");
        }
      }
    }
  }

  private static String suggestion(String code, Set<String> iso3) {
    for (String c : iso3) {
      int same = 0;
      for (int k = 0; k < 3; k++) {
        same += c.charAt(k) == code.charAt(k) ? 1 : 0;
      }
      if (same == 2) {
        return "; did you mean " + c + "?";
      }
    }
    return "";
  }

  private static int readAgents(DictionaryText text, CameoOntology ontology, Map<String, List<Phrase>> index,
      Set<String> seen) {
    int count = 0;
    for (DictionaryText.Row row : text.rows(2, "SECTOR<TAB>PHRASE")) {
      String[] cols = row.cols();
      int i = row.line() - 1;
      String sector = cols[0].strip();
      if (!ontology.hasSector(sector)) {
        throw text.error(i + 1, 1, "'" + sector + "' is not a CAMEO sector code (see cameo-sectors.tsv)");
      }
      String phrase = cols[1].strip();
      if (!phrase.equals(phrase.toLowerCase(Locale.ROOT))) {
        throw text.error(i + 1, cols[0].length() + 2, "role phrases are lower-case lemmas: write '"
            + phrase.toLowerCase(Locale.ROOT) + "'");
      }
      if (!seen.add("AGENT\t" + String.join(" ", phrase.split("\\s+")))) {
        continue;
      }
      String[] words = phrase.split("\\s+");
      Phrase p = new Phrase(String.join(" ", words), words.length, sector, Kind.AGENT,
          text.name() + ":" + (i + 1));
      index.computeIfAbsent(words[0], k -> new ArrayList<>()).add(p);
      count++;
    }
    return count;
  }

  /** Typographic apostrophes match straight ones: "Côte d’Ivoire" finds "Côte d'Ivoire". */
  private static String normalise(String word) {
    return word.replace('\u2019', '\'').replace('\u2018', '\'');
  }

  /**
   * The longest country or organisation phrase that starts at token {@code i}, written as in the text. Verbs and
   * modals never match ("IS" the group, not "is").
   */
  public Optional<Match> matchName(Sentence s, int i) {
    return matchName(s, i, Optional.empty());
  }

  /** As {@link #matchName(Sentence, int)}, keeping only entries that hold on the article's date. */
  public Optional<Match> matchName(Sentence s, int i, Optional<LocalDate> date) {
    return matchName(s, i, date, false);
  }

  /**
   * As {@link #matchName(Sentence, int, Optional)}, without regard to case when {@code anyCase} is set: a wire
   * dateline writes its place in capitals ("NAIROBI, March 3 --", "DAR ES SALAAM:").
   */
  public Optional<Match> matchName(Sentence s, int i, Optional<LocalDate> date, boolean anyCase) {
    Token first = s.token(i);
    String w = normalise(first.word());
    List<Phrase> candidates = surface.get(anyCase && w.length() > 1
        ? w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT) : w);
    if (candidates == null) {
      return Optional.empty();
    }
    for (Phrase p : candidates) {
      if (!p.holdsOn(date)) {
        continue;
      }
      StringBuilder b = new StringBuilder();
      int j = i;
      while (j < s.size() && b.length() < p.key().length()) {
        Token t = s.token(j);
        if (t.pos().startsWith("VB") || t.pos().equals("MD")) {
          break;
        }
        b.append(normalise(t.word()));
        j++;
      }
      if (b.length() == p.key().length() && (anyCase ? b.toString().equalsIgnoreCase(p.key())
          : b.toString().equals(p.key())) && !partOfPersonName(s, i, j - 1, p)) {
        return Optional.of(new Match(p, i, j - 1));
      }
    }
    return Optional.empty();
  }

  /**
   * "UN coordinator Sofia Lindqvist", "Paul Jordan": a one-word place name the tagger reads as part of a person's
   * name (a person tag on it and on a proper noun beside it) is the name, not the capital or the country.
   */
  private static boolean partOfPersonName(Sentence s, int from, int to, Phrase p) {
    if (from != to || p.kind() != Kind.CAPITAL && p.kind() != Kind.NAME || !s.token(from).ner().equals("PERSON")) {
      return false;
    }
    return to + 1 < s.size() && s.token(to + 1).ner().equals("PERSON") && s.token(to + 1).pos().startsWith("NNP")
        || from > 0 && s.token(from - 1).ner().equals("PERSON") && s.token(from - 1).pos().startsWith("NNP");
  }

  /** The longest role phrase (by lemmas) that starts at token {@code i} and ends on a noun. */
  public Optional<Match> matchAgent(Sentence s, int i) {
    // both the word's own lemma and its singular: "Teachers" (a proper-noun tag keeps the plural lemma) must find
    // "teacher" even though "teachers union" is indexed under "teachers"
    String first = s.token(i).key();
    List<Phrase> own = lemmas.get(first);
    List<Phrase> single = singular(first).equals(first) ? null : lemmas.get(singular(first));
    List<Phrase> candidates;
    if (own == null || single == null) {
      candidates = own != null ? own : single; // each index list is already longest first
    } else {
      candidates = new ArrayList<>(own);
      candidates.addAll(single);
      candidates.sort(Comparator.comparingInt((Phrase p) -> p.key().length()).reversed());
    }
    if (candidates == null) {
      return Optional.empty();
    }
    for (Phrase p : candidates) {
      String[] words = p.key().split(" ");
      if (i + words.length > s.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < words.length && ok; k++) {
        String key = s.token(i + k).key();
        ok = key.equals(words[k]) || singular(key).equals(words[k]);
      }
      if (ok && (s.token(i + words.length - 1).isNoun() || titleAdjective(s, i + words.length - 1))) {
        return Optional.of(new Match(p, i, i + words.length - 1));
      }
    }
    return Optional.empty();
  }

  /**
   * A role word the tagger read as an adjective in a title before a name: "Iranian dissident Masih Alinejad". Before a
   * common noun ("military aid", "rebel positions") an adjective is no role of its own here.
   */
  private static boolean titleAdjective(Sentence s, int t) {
    return s.token(t).pos().equals("JJ") && s.basic().parents(t).stream().anyMatch(d -> d.relation().equals("amod")
        && d.governor() >= 0 && s.token(d.governor()).pos().startsWith("NNP"));
  }

  /**
   * The office holder of the leaders file whose surname is {@code surname} on {@code date}, when that surname
   * names only one actor then ("Putin" in 2015). Stories often name leaders by surname alone.
   */
  public Optional<Phrase> leaderBySurname(String surname, Optional<LocalDate> date) {
    List<Phrase> candidates = surnames.getOrDefault(normalise(surname), List.of());
    Phrase found = null;
    for (Phrase p : candidates) {
      if (!p.holdsOn(date)) {
        continue;
      }
      if (found != null && !found.code().equals(p.code())) {
        return Optional.empty();
      }
      found = p;
    }
    return Optional.ofNullable(found);
  }

  /**
   * Whether {@code name}, written in full ("Micheál Martin"), is a name of the leaders file in any period. A full name
   * that is not ("Tom Martin") is somebody else, even when its last word is a leader's surname.
   */
  public boolean isLeaderName(String name) {
    String[] words = name.strip().split("\\s+");
    String key = normalise(String.join("", words));
    String last = normalise(words[words.length - 1]);
    // the same first and last name written with another middle part ("Omar El Bashir" for "Omar al-Bashir") is
    // the same person
    return surface.getOrDefault(normalise(words[0]), List.of()).stream()
        .anyMatch(p -> p.kind() == Kind.PERSON && (p.key().equals(key) || p.key().endsWith(last)));
  }

  /**
   * The country of the office holders of the leaders file written with this full name ("Imran Khan"), in any period,
   * when they all share one: a full name tells the person where a surname shared across countries ("Khan") does not.
   */
  public Optional<String> leaderCountryByFullName(String name) {
    String[] words = name.strip().split("\\s+");
    String key = normalise(String.join("", words));
    return singleCountry(surface.getOrDefault(normalise(words[0]), List.of()).stream()
        .filter(p -> p.kind() == Kind.PERSON && p.key().equals(key)).toList());
  }

  /** The country all these leaders' entries share, if they share one. */
  private static Optional<String> singleCountry(List<Phrase> leaders) {
    String country = null;
    for (Phrase p : leaders) {
      String c = p.code().substring(0, 3);
      if (country != null && !country.equals(c)) {
        return Optional.empty();
      }
      country = c;
    }
    return Optional.ofNullable(country);
  }

  /**
   * The country of every office holder of the leaders file with this surname, in any period, when they all share
   * one ("Bush": USA); for undated stories, where the date cannot pick the office holder but a title says the
   * person holds an office.
   */
  public Optional<String> leaderCountryAnyTime(String surname) {
    return singleCountry(surnames.getOrDefault(normalise(surname), List.of()));
  }

  /** CoreNLP keeps some plurals as their own lemma ("troops"); role words are listed singular. */
  private static String singular(String lemma) {
    return lemma.length() > 3 && lemma.endsWith("s") && !lemma.endsWith("ss") ? lemma.substring(0,
        lemma.length() - 1) : lemma;
  }

  /** File name → SHA-256, for provenance. */
  public Map<String, String> checksums() {
    return checksums;
  }

  /** Number of distinct entries compiled. */
  public int size() {
    return size;
  }
}

package org.tacitus.coder.dict;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tacitus.coder.dict.ActorDictionary.Kind;
import org.tacitus.core.cameo.CameoOntology;

/**
 * Imports actor ({@code .actors}) and agent ({@code .agents}) dictionaries in the PETRARCH format, which extends
 * TABARI's, into an {@link ActorDictionary.Builder}, so that users can bring the dictionaries they maintain. The
 * grammar is the one of PETRARCH's {@code docs/source/dictionaries.rst} (openeventdata/petrarch2); what Tacitus
 * makes of each construct is described in {@code docs/ACTORS.md}. In short:
 *
 * <ul>
 *   <li>Comments: {@code #} or {@code ;} to the end of the line, {@code <!-- ... -->} on one or several lines;
 *       a line containing {@code ---STOP---} ends the file.</li>
 *   <li>Actors: a record is a phrase in column 1 with an optional {@code [CODE]}, then {@code +SYNONYM} lines,
 *       then indented code lines {@code [CODE]}, {@code [CODE <YYMMDD]}, {@code [CODE >YYMMDD]},
 *       {@code [CODE YYMMDD-YYMMDD]} (dates also YYYYMMDD; both ends included). The first restriction that
 *       holds on the article date wins; the undated code holds when none does; {@code ---} is the null code.
 *       Phrases become case-sensitive surface phrases: an all-upper-case phrase is added in news capitalisation
 *       ("Republic of Korea", "Bashar al-Assad"), in title case and as written ("NATO").</li>
 *   <li>Agents: {@code PHRASE {PLURAL} [~SECTOR]} or {@code [ORG~]}, with substitution sets
 *       {@code !NAME! = A, B, C}. Agents become lower-case lemma phrases with the first three letters of the code
 *       as their sector.</li>
 * </ul>
 *
 * <p>Every syntax error is a {@link DictionaryException} naming {@code file:line:col}, the problem and the fix;
 * the builder may then hold the records read before the error and should be discarded. Stateless and thread safe;
 * the builder it fills is not.
 */
public final class PetrarchDictionaryReader {

  /**
   * What one import added.
   *
   * @param file the file's name as given to the reader
   * @param records actor records (a phrase with its synonyms and codes) or agent lines read
   * @param phrases phrases read: actor phrases and synonyms, or agent phrases after substitution
   * @param entries dictionary entries offered to the builder (a phrase in each of its written forms and, for
   *     actors, each dated period); the builder drops entries it already holds
   */
  public record Summary(String file, int records, int phrases, int entries) {
  }

  private static final String STOP = "---STOP---";
  private static final String NULL_CODE = "---";
  private static final Pattern ACTOR_CODE = Pattern.compile("[A-Z]{3}[A-Z0-9]*");
  private static final Pattern MARKER_DEFINITION = Pattern.compile("!([A-Za-z0-9_]+)!\\s*=(.*)");
  private static final Pattern AGENT_CODE = Pattern.compile("~([A-Za-z]+)|([A-Za-z]+)~");
  private static final Pattern WORD_SEPARATORS = Pattern.compile("[ _\\t]+");

  /**
   * Words written in lower case inside names ("Republic of Korea", "Mohammed bin Salman", "Bashar al-Assad",
   * "Mazar-i-Sharif"), unless they start the phrase.
   */
  private static final Set<String> PARTICLES = Set.of("of", "the", "and", "for", "in", "on", "at", "to", "de",
      "del", "della", "der", "des", "di", "da", "das", "do", "dos", "du", "la", "le", "les", "van", "von", "den",
      "bin", "ibn", "bint", "al", "el", "ad", "ar", "as", "ash", "i", "e", "y", "und", "et", "ul", "ud");

  private PetrarchDictionaryReader() {
  }

  /**
   * Reads {@code file} as an actors or an agents dictionary, chosen by its name: a name containing "agents"
   * ({@code Phoenix.agents.txt}, {@code my.agents}) is an agents file, one containing "actors" an actors file.
   *
   * @throws IllegalArgumentException if the name says neither
   */
  public static Summary read(Path file, ActorDictionary.Builder builder) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.contains("agents")) {
      return readAgents(DictionaryText.file(file), builder);
    }
    if (name.contains("actors")) {
      return readActors(DictionaryText.file(file), builder);
    }
    throw new IllegalArgumentException("cannot tell whether " + file + " is a PETRARCH actors or agents "
        + "dictionary: name it *.actors or *.agents (names such as Phoenix.agents.txt work too)");
  }

  // ---------------------------------------------------------------------------------------------------- actors

  /** Adds the records of a PETRARCH {@code .actors} file to {@code builder} as surface phrases. */
  public static Summary readActors(DictionaryText text, ActorDictionary.Builder builder) {
    String[] content = stripComments(text);
    CameoOntology ontology = CameoOntology.standard();
    ActorRecord current = null;
    int records = 0;
    int phrases = 0;
    int entries = 0;
    for (int i = 0; i < content.length; i++) {
      int line = i + 1;
      String c = content[i];
      if (c.contains(STOP)) {
        break;
      }
      if (c.isBlank()) {
        continue;
      }
      int first = firstNonBlank(c);
      char ch = c.charAt(first);
      if (ch == '[') {
        if (current == null) {
          throw text.error(line, first + 1, "a code line must follow an actor phrase; write the phrase first "
              + "(e.g. UNITED_STATES_ [USA])");
        }
        int close = closingBracket(text, line, c, first);
        current.addCode(text, line, first + 1, c.substring(first + 1, close));
        rejectTrailing(text, line, c, close + 1);
      } else if (first > 0) {
        throw text.error(line, first + 1, "an indented line must be a code or date restriction such as "
            + "[USAGOV 450703-470121]; phrases and +synonyms start in column 1");
      } else if (ch == '+') {
        if (current == null) {
          throw text.error(line, 1, "a +synonym must follow an actor phrase; write the phrase first "
              + "(e.g. UNITED_STATES_ [USA])");
        }
        int bracket = c.indexOf('[');
        if (bracket >= 0) {
          throw text.error(line, bracket + 1, "a +synonym takes the codes of its record and cannot have its own; "
              + "remove the [...] or start a new record with the phrase in column 1");
        }
        current.phrases.add(phrase(text, line, 2, c.substring(1), true));
        phrases++;
      } else {
        entries += current == null ? 0 : current.emit(text, builder, ontology);
        current = new ActorRecord();
        records++;
        int bracket = c.indexOf('[');
        current.phrases.add(phrase(text, line, 1, bracket < 0 ? c : c.substring(0, bracket), true));
        phrases++;
        if (bracket >= 0) {
          int close = closingBracket(text, line, c, bracket);
          current.addCode(text, line, bracket + 1, c.substring(bracket + 1, close));
          rejectTrailing(text, line, c, close + 1);
        }
      }
    }
    entries += current == null ? 0 : current.emit(text, builder, ontology);
    builder.checksum(text);
    return new Summary(text.name(), records, phrases, entries);
  }

  /** One phrase of a record: its words as written and its line. */
  private record PhraseLine(List<String> words, int line) {
  }

  /** A code with the days it holds on (epoch days, both ends included; unbounded ends are MIN/MAX). */
  private record Coded(String code, long from, long to, int line) {
  }

  /** An actor record being read: a phrase, its synonyms, its default code and its date restrictions. */
  private static final class ActorRecord {

    private final List<PhraseLine> phrases = new ArrayList<>();
    private final List<Coded> restrictions = new ArrayList<>();
    private Coded fallback;

    void addCode(DictionaryText text, int line, int col, String inside) {
      String body = inside.strip();
      int lead = col + 1 + (inside.length() - inside.stripLeading().length());
      if (body.isEmpty()) {
        throw text.error(line, col, "empty code []; write a code such as [USA] or [USAGOV >100120]");
      }
      int space = indexOfBlank(body);
      String code = space < 0 ? body : body.substring(0, space);
      checkActorCode(text, line, lead, code);
      if (space < 0) {
        if (fallback != null) {
          throw text.error(line, lead, "this record already has an undated code [" + fallback.code()
              + "] (line " + fallback.line() + "); a second one is never used: give it a date restriction or "
              + "remove it");
        }
        fallback = new Coded(code, Long.MIN_VALUE, Long.MAX_VALUE, line);
        return;
      }
      String rest = body.substring(space).strip();
      int restCol = lead + body.indexOf(rest, space);
      long from;
      long to;
      if (rest.startsWith("<") || rest.startsWith(">")) {
        String digits = rest.substring(1).strip();
        long day = tabariDate(text, line, restCol + rest.indexOf(digits, 1), digits).toEpochDay();
        from = rest.startsWith("<") ? Long.MIN_VALUE : day;
        to = rest.startsWith("<") ? day : Long.MAX_VALUE;
      } else if (rest.indexOf('-') > 0) {
        int dash = rest.indexOf('-');
        String a = rest.substring(0, dash).strip();
        String b = rest.substring(dash + 1).strip();
        LocalDate start = tabariDate(text, line, restCol, a);
        LocalDate end = tabariDate(text, line, restCol + rest.indexOf(b, dash + 1), b);
        if (end.isBefore(start)) {
          throw text.error(line, restCol, "the restriction ends (" + end + ") before it starts (" + start
              + "); write the earlier date first");
        }
        from = start.toEpochDay();
        to = end.toEpochDay();
      } else {
        throw text.error(line, restCol, "unknown date restriction '" + rest + "'; write <YYMMDD (until), "
            + ">YYMMDD (from) or YYMMDD-YYMMDD (between), dates also as YYYYMMDD");
      }
      restrictions.add(new Coded(code, from, to, line));
    }

    /**
     * Adds the record's phrases for each period: every restriction for the days no earlier restriction covers
     * (the first one listed wins, as in PETRARCH), then the undated code for the days no restriction covers.
     */
    int emit(DictionaryText text, ActorDictionary.Builder builder, CameoOntology ontology) {
      List<Coded> periods = new ArrayList<>();
      List<long[]> covered = new ArrayList<>();
      for (Coded r : restrictions) {
        for (long[] piece : subtract(r.from(), r.to(), covered)) {
          periods.add(new Coded(r.code(), piece[0], piece[1], r.line()));
        }
        covered = union(covered, r.from(), r.to());
      }
      if (fallback != null) {
        for (long[] piece : subtract(Long.MIN_VALUE, Long.MAX_VALUE, covered)) {
          periods.add(new Coded(fallback.code(), piece[0], piece[1], fallback.line()));
        }
      }
      boolean dated = !restrictions.isEmpty();
      int entries = 0;
      for (Coded p : periods) {
        if (p.code().equals(NULL_CODE)) {
          continue;
        }
        Kind kind = kindOf(p.code(), dated, ontology);
        LocalDate from = p.from() == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(p.from());
        LocalDate to = p.to() == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(p.to());
        for (PhraseLine phrase : phrases) {
          String source = text.name() + ":" + phrase.line() + (p.line() == phrase.line() ? "" : "/" + p.line());
          for (String form : surfaceForms(phrase.words())) {
            builder.addSurface(form, p.code(), kind, source, from, to);
            entries++;
          }
        }
      }
      return entries;
    }
  }

  /** The parts of [from, to] that no interval of {@code covered} (sorted, disjoint) covers. */
  private static List<long[]> subtract(long from, long to, List<long[]> covered) {
    List<long[]> pieces = new ArrayList<>();
    long cursor = from;
    for (long[] c : covered) {
      if (c[1] < cursor) {
        continue;
      }
      if (c[0] > to) {
        break;
      }
      if (c[0] > cursor) {
        pieces.add(new long[] {cursor, c[0] - 1});
      }
      if (c[1] >= to) {
        return pieces;
      }
      cursor = c[1] + 1;
    }
    pieces.add(new long[] {cursor, to});
    return pieces;
  }

  private static List<long[]> union(List<long[]> covered, long from, long to) {
    List<long[]> all = new ArrayList<>(covered);
    all.add(new long[] {from, to});
    all.sort(Comparator.comparingLong(a -> a[0]));
    List<long[]> merged = new ArrayList<>();
    for (long[] a : all) {
      long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && (last[1] == Long.MAX_VALUE || a[0] <= last[1] + 1)) {
        last[1] = Math.max(last[1], a[1]);
      } else {
        merged.add(new long[] {a[0], a[1]});
      }
    }
    return merged;
  }

  /**
   * What an imported code names: organisations and groups coded by a CAMEO generic, role or religion code (IGOUNO,
   * NGO, REB) are ORG; a bare country, region or ethnic code (USA, AFR, KUR) is a NAME; a country with sectors
   * (USAGOV) is a PERSON in a dated record and a SEAT (an institution standing for that sector) otherwise.
   */
  static Kind kindOf(String code, boolean dated, CameoOntology ontology) {
    String head = code.substring(0, 3);
    if (ontology.hasSector(head) && !ontology.sector(head).kind().equals("ethnic")) {
      return Kind.ORG;
    }
    if (code.length() == 3) {
      return Kind.NAME;
    }
    if (code.length() % 3 != 0) {
      return Kind.ORG;
    }
    return dated ? Kind.PERSON : Kind.SEAT;
  }

  private static void checkActorCode(DictionaryText text, int line, int col, String code) {
    if (code.equals(NULL_CODE)) {
      return;
    }
    if (!ACTOR_CODE.matcher(code).matches()) {
      String upper = code.toUpperCase(Locale.ROOT);
      String fix = ACTOR_CODE.matcher(upper).matches() ? "; write " + upper
          : "; write letters and digits starting with three letters (USA, USAGOV, IGOUNO), or --- for no actor";
      throw text.error(line, col, "actor code '" + code + "' is not an upper-case CAMEO code" + fix);
    }
  }

  /**
   * A TABARI date: YYYYMMDD, or YYMMDD where YY from 00 to 30 is 20YY and from 31 to 99 is 19YY (the KEDS, TABARI
   * and PETRARCH rule).
   */
  static LocalDate tabariDate(DictionaryText text, int line, int col, String digits) {
    if (!digits.matches("\\d{6}|\\d{8}")) {
      throw text.error(line, col, "'" + digits + "' is not a date; write YYMMDD (YY 00-30 is 20YY, 31-99 is "
          + "19YY) or YYYYMMDD");
    }
    int year;
    int rest;
    if (digits.length() == 8) {
      year = Integer.parseInt(digits.substring(0, 4));
      rest = 4;
    } else {
      int yy = Integer.parseInt(digits.substring(0, 2));
      year = yy <= 30 ? 2000 + yy : 1900 + yy;
      rest = 2;
    }
    try {
      return LocalDate.of(year, Integer.parseInt(digits.substring(rest, rest + 2)),
          Integer.parseInt(digits.substring(rest + 2, rest + 4)));
    } catch (DateTimeException e) {
      throw text.error(line, col, "'" + digits + "' is not a day of the calendar (" + e.getMessage() + ")");
    }
  }

  /**
   * The forms in which an actor phrase is added. A phrase with lower-case letters is taken as written. An
   * all-upper-case phrase (the PETRARCH convention) is added in news capitalisation, in title case and as written;
   * a leading "THE" is dropped, because the matcher starts after determiners.
   */
  static Set<String> surfaceForms(List<String> words) {
    List<String> w = words.size() > 1 && words.get(0).equalsIgnoreCase("the") ? words.subList(1, words.size())
        : words;
    Set<String> forms = new LinkedHashSet<>();
    String written = String.join(" ", w);
    if (!written.equals(written.toUpperCase(Locale.ROOT))) {
      forms.add(written);
      return forms;
    }
    List<String> news = new ArrayList<>();
    List<String> title = new ArrayList<>();
    for (int k = 0; k < w.size(); k++) {
      news.add(titleWord(w.get(k), k == 0, true));
      title.add(titleWord(w.get(k), k == 0, false));
    }
    forms.add(String.join(" ", news));
    forms.add(String.join(" ", title));
    forms.add(written);
    return forms;
  }

  /** One upper-case word in title case; words with a digit or a dot ("U.S.", "G20") stay as written. */
  private static String titleWord(String word, boolean phraseStart, boolean particles) {
    if (word.chars().anyMatch(ch -> Character.isDigit(ch) || ch == '.')) {
      return word;
    }
    StringBuilder b = new StringBuilder();
    String[] parts = word.split("-", -1);
    for (int k = 0; k < parts.length; k++) {
      if (k > 0) {
        b.append('-');
      }
      boolean start = phraseStart && k == 0;
      String part = parts[k];
      String[] bits = part.split("'", -1);
      for (int j = 0; j < bits.length; j++) {
        if (j > 0) {
          b.append('\'');
        }
        String bit = bits[j].toLowerCase(Locale.ROOT);
        boolean lower = j > 0 ? bits[j - 1].length() != 1
            : particles && !start && (PARTICLES.contains(bit) || bits.length > 1 && (bit.equals("d")
                || bit.equals("l")));
        b.append(lower ? bit : capitalise(bit));
      }
    }
    return b.toString();
  }

  private static String capitalise(String s) {
    if (s.isEmpty()) {
      return s;
    }
    if (s.length() > 2 && s.startsWith("mc")) {
      return "Mc" + s.substring(2, 3).toUpperCase(Locale.ROOT) + s.substring(3);
    }
    int first = s.codePointAt(0);
    return new String(Character.toChars(Character.toUpperCase(first))) + s.substring(Character.charCount(first));
  }

  // ---------------------------------------------------------------------------------------------------- agents

  /** Adds the entries of a PETRARCH {@code .agents} file to {@code builder} as lemma phrases. */
  public static Summary readAgents(DictionaryText text, ActorDictionary.Builder builder) {
    String[] content = stripComments(text);
    CameoOntology ontology = CameoOntology.standard();
    Map<String, List<String>> markers = new HashMap<>();
    int records = 0;
    int phrases = 0;
    int entries = 0;
    for (int i = 0; i < content.length; i++) {
      int line = i + 1;
      String c = content[i];
      if (c.contains(STOP)) {
        break;
      }
      if (c.isBlank()) {
        continue;
      }
      int first = firstNonBlank(c);
      String body = c.strip();
      if (body.startsWith("!") && body.contains("=")) {
        defineMarker(text, line, first, body, markers);
        continue;
      }
      int open = c.indexOf('[');
      if (open < 0) {
        throw text.error(line, first + 1, "agent '" + body + "' has no code; add one after the phrase: [~GOV] "
            + "adds the sector after the country, [NGO~] before it");
      }
      int close = closingBracket(text, line, c, open);
      rejectTrailing(text, line, c, close + 1);
      String sector = agentSector(text, line, open + 1, c.substring(open + 1, close), ontology);
      String head = c.substring(0, open);
      String plural = null;
      int pluralCol = 0;
      int brace = head.indexOf('{');
      if (brace >= 0) {
        int end = head.indexOf('}', brace);
        if (end < 0) {
          throw text.error(line, brace + 1, "'{' without '}'; close the plural before the code: "
              + "PHRASE {PLURAL} [~GOV], or {} for none");
        }
        if (!head.substring(end + 1).isBlank()) {
          throw text.error(line, end + 2, "unexpected text between the plural and the code");
        }
        plural = head.substring(brace + 1, end);
        pluralCol = brace + 2;
        head = head.substring(0, brace);
      } else if (head.indexOf('}') >= 0) {
        throw text.error(line, head.indexOf('}') + 1, "'}' without '{'");
      }
      if (head.isBlank()) {
        throw text.error(line, first + 1, "no agent phrase before the code");
      }
      records++;
      List<List<String>> variants = new ArrayList<>();
      for (String expanded : substitute(text, line, 1, head, markers)) {
        variants.add(words(text, line, 1, expanded, false));
      }
      if (plural != null && !plural.isBlank()) {
        for (String expanded : substitute(text, line, pluralCol, plural, markers)) {
          variants.add(words(text, line, pluralCol, expanded, false));
        }
      }
      String source = text.name() + ":" + line;
      for (List<String> words : variants) {
        phrases++;
        for (String form : lemmaForms(words)) {
          builder.addAgent(form, sector, source);
          entries++;
        }
      }
    }
    builder.checksum(text);
    return new Summary(text.name(), records, phrases, entries);
  }

  private static void defineMarker(DictionaryText text, int line, int first, String body,
      Map<String, List<String>> markers) {
    Matcher m = MARKER_DEFINITION.matcher(body);
    if (!m.matches()) {
      throw text.error(line, first + 1, "a substitution set is defined as !NAME! = A, B, C (letters, digits and "
          + "_ between the !s)");
    }
    List<String> items = new ArrayList<>();
    for (String item : m.group(2).split(",", -1)) {
      String v = item.strip();
      if (v.indexOf('!') >= 0) {
        throw text.error(line, first + 1 + body.indexOf('='), "an item of the substitution set !" + m.group(1)
            + "! contains '!'; sets cannot contain markers");
      }
      if (v.isEmpty()) {
        throw text.error(line, first + 1 + body.indexOf('='), "empty item in the substitution set !"
            + m.group(1) + "!; separate words with single commas");
      }
      items.add(v);
    }
    markers.put(m.group(1), List.copyOf(items));
  }

  /**
   * The phrase with each !MARKER! replaced by each word of its set ({@code col} is the phrase's first column).
   * Items never contain a marker (see {@link #defineMarker}), so the expansion ends.
   */
  private static List<String> substitute(DictionaryText text, int line, int col, String phrase,
      Map<String, List<String>> markers) {
    int a = phrase.indexOf('!');
    if (a < 0) {
      return List.of(phrase);
    }
    int b = phrase.indexOf('!', a + 1);
    if (b < 0) {
      throw text.error(line, col + a, "unclosed substitution marker; write !NAME! with a ! on both sides");
    }
    String name = phrase.substring(a + 1, b);
    List<String> set = markers.get(name);
    if (set == null) {
      throw text.error(line, col + a, "substitution marker !" + name + "! is not defined; define it above its "
          + "first use: !" + name + "! = A, B, C");
    }
    List<String> out = new ArrayList<>();
    for (String tail : substitute(text, line, col + b + 1, phrase.substring(b + 1), markers)) {
      for (String item : set) {
        out.add(phrase.substring(0, a) + item + tail);
      }
    }
    return out;
  }

  private static String agentSector(DictionaryText text, int line, int col, String inside,
      CameoOntology ontology) {
    String code = inside.strip();
    Matcher m = AGENT_CODE.matcher(code);
    if (!m.matches()) {
      throw text.error(line, col, "agent code '" + code + "' needs a ~: [~GOV] adds the sector after the "
          + "country's code, [NGO~] puts the code before it");
    }
    String letters = m.group(1) != null ? m.group(1) : m.group(2);
    if (!letters.equals(letters.toUpperCase(Locale.ROOT))) {
      throw text.error(line, col + 1, "agent code '" + code + "' must be upper case; write "
          + code.toUpperCase(Locale.ROOT));
    }
    if (letters.length() < 3) {
      throw text.error(line, col + 1, "agent code '" + code + "' is not a 3-letter CAMEO sector (e.g. ~GOV)");
    }
    String sector = letters.substring(0, 3);
    if (!ontology.hasSector(sector)) {
      throw text.error(line, col + 1, "'" + sector + "' in agent code '" + code + "' is not a CAMEO sector code "
          + "(cameo-sectors.tsv); use one such as GOV, MIL, CVL or BUS");
    }
    return sector;
  }

  /**
   * The lemma phrases an agent phrase is added as: lower case as written, with the last word made singular, and
   * with every word made singular ("armed forces" also as "armed force", "owners of private companies" as
   * "owner of private company"), because role words match CoreNLP lemmas. The singular is a regular-plural rule;
   * irregular plurals ("men") need no entry since the lemmatiser reduces them.
   */
  static Set<String> lemmaForms(List<String> words) {
    List<String> lower = new ArrayList<>();
    for (String w : words) {
      lower.add(w.toLowerCase(Locale.ROOT));
    }
    Set<String> forms = new LinkedHashSet<>();
    forms.add(String.join(" ", lower));
    List<String> last = new ArrayList<>(lower);
    last.set(last.size() - 1, singular(last.get(last.size() - 1)));
    forms.add(String.join(" ", last));
    List<String> all = new ArrayList<>();
    for (String w : lower) {
      all.add(singular(w));
    }
    forms.add(String.join(" ", all));
    return forms;
  }

  static String singular(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  // ---------------------------------------------------------------------------------------------------- shared

  /**
   * The lines with comments blanked out ({@code #} and {@code ;} to the end of the line, {@code <!-- -->} on one
   * or several lines), so that columns stay those of the file.
   */
  static String[] stripComments(DictionaryText text) {
    String[] out = new String[text.lines().size()];
    int openedAt = 0;
    int openedCol = 0;
    for (int i = 0; i < out.length; i++) {
      char[] c = text.lines().get(i).toCharArray();
      int k = 0;
      if (openedAt > 0) {
        int end = text.lines().get(i).indexOf("-->");
        k = end < 0 ? c.length : end + 3;
        Arrays.fill(c, 0, k, ' ');
        if (end >= 0) {
          openedAt = 0;
        }
      }
      while (k < c.length) {
        if (c[k] == '#' || c[k] == ';') {
          Arrays.fill(c, k, c.length, ' ');
          break;
        }
        if (c[k] == '<' && new String(c, k, Math.min(4, c.length - k)).equals("<!--")) {
          int end = text.lines().get(i).indexOf("-->", k + 4);
          if (end < 0) {
            Arrays.fill(c, k, c.length, ' ');
            openedAt = i + 1;
            openedCol = k + 1;
            break;
          }
          Arrays.fill(c, k, end + 3, ' ');
          k = end + 3;
          continue;
        }
        k++;
      }
      out[i] = new String(c);
    }
    if (openedAt > 0) {
      throw text.error(openedAt, openedCol, "comment '<!--' is never closed; end it with '-->'");
    }
    return out;
  }

  /** The words of a phrase; blanks and underscores both separate words and the words must be consecutive. */
  private static List<String> words(DictionaryText text, int line, int col, String phrase, boolean actor) {
    for (int k = 0; k < phrase.length(); k++) {
      char ch = phrase.charAt(k);
      if (ch == '[' || ch == ']' || ch == '{' || ch == '}') {
        throw text.error(line, col + k, "unexpected '" + ch + "' in a phrase");
      }
      if (actor && ch == '!') {
        throw text.error(line, col + k, "substitution markers (!NAME!) belong to agents files; write the actor "
            + "phrases out in full");
      }
    }
    List<String> words = new ArrayList<>();
    for (String w : WORD_SEPARATORS.split(phrase.strip())) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      throw text.error(line, col, "empty phrase");
    }
    return words;
  }

  private static PhraseLine phrase(DictionaryText text, int line, int col, String phrase, boolean actor) {
    return new PhraseLine(words(text, line, col, phrase, actor), line);
  }

  private static int closingBracket(DictionaryText text, int line, String c, int open) {
    int close = c.indexOf(']', open);
    if (close < 0) {
      int brace = c.indexOf('}', open);
      throw text.error(line, brace >= 0 ? brace + 1 : open + 1, brace >= 0
          ? "the code opened with '[' is closed with '}'; write ']'"
          : "'[' without ']'; close the code, e.g. [USAGOV]");
    }
    return close;
  }

  private static void rejectTrailing(DictionaryText text, int line, String c, int from) {
    String rest = c.substring(from);
    if (!rest.isBlank()) {
      throw text.error(line, from + firstNonBlank(rest) + 1, "unexpected '" + rest.strip() + "' after the code; "
          + "one [code] per line, comments start with # or ;");
    }
  }

  private static int firstNonBlank(String s) {
    int k = 0;
    while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
      k++;
    }
    return k;
  }

  private static int indexOfBlank(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (Character.isWhitespace(s.charAt(k))) {
        return k;
      }
    }
    return -1;
  }
}

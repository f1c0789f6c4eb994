package org.tacitus.coder.dict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tacitus.core.cameo.CameoOntology;

/**
 * The CAMEO verb and noun dictionaries compiled into look-up tables by head lemma. The grammar is in
 * {@code docs/DICTIONARY.md}. Immutable and thread safe.
 */
public final class EventDictionary {

  private static final Pattern CODE = Pattern.compile("\\d{3,4}");
  private static final Pattern HEAD = Pattern.compile("[a-z][a-z'-]*(_[a-z]+)?");
  private static final Pattern LEMMA = Pattern.compile("[a-z0-9][a-z0-9'_-]*"); // "_": two-word prepositions (out_of)
  private static final Set<String> SLOTS = Set.of("obj", "objmod", "mod", "prep", "pobj", "xcomp", "subj", "from");

  private final Map<String, List<EventEntry>> verbs;
  /** Bare verb entries read as their gerunds' noun entries, filled on first use (thread safe). */
  private final Map<String, List<EventEntry>> gerunds = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, List<EventEntry>> nouns;
  /** Entries of readings that are no event ({@link EventEntry#NONE}), by "v:" or "n:" and the head lemma. */
  private final Map<String, List<EventEntry>> none;
  private final Map<String, String> unreachable;
  private final Map<String, String> checksums;
  private final int size;

  private EventDictionary(Map<String, List<EventEntry>> verbs, Map<String, List<EventEntry>> nouns,
      Map<String, List<EventEntry>> none, Map<String, String> unreachable, Map<String, String> checksums, int size) {
    this.verbs = verbs;
    this.nouns = nouns;
    this.none = none;
    this.unreachable = unreachable;
    this.checksums = checksums;
    this.size = size;
  }

  /** The dictionaries shipped in this module. */
  public static EventDictionary standard(CameoOntology ontology) {
    return compile(ontology,
        DictionaryText.resource(EventDictionary.class, "/org/tacitus/coder/dict/cameo-verbs.txt"),
        DictionaryText.resource(EventDictionary.class, "/org/tacitus/coder/dict/cameo-nouns.txt"));
  }

  /** Compiles a verbs file and a nouns file; any grammar error is a {@link DictionaryException}. */
  public static EventDictionary compile(CameoOntology ontology, DictionaryText verbFile, DictionaryText nounFile) {
    Map<String, List<EventEntry>> verbs = new HashMap<>();
    Map<String, List<EventEntry>> nouns = new HashMap<>();
    Map<String, List<EventEntry>> none = new HashMap<>();
    Map<String, String> unreachable = new LinkedHashMap<>();
    int n = parse(verbFile, false, ontology, verbs, none, unreachable);
    n += parse(nounFile, true, ontology, nouns, none, unreachable);
    Map<String, String> sums = new LinkedHashMap<>();
    sums.put(verbFile.name(), verbFile.sha256());
    sums.put(nounFile.name(), nounFile.sha256());
    return new EventDictionary(freeze(verbs), freeze(nouns), freeze(none),
        Collections.unmodifiableMap(unreachable), Collections.unmodifiableMap(sums), n);
  }

  private static Map<String, List<EventEntry>> freeze(Map<String, List<EventEntry>> m) {
    Map<String, List<EventEntry>> r = new HashMap<>();
    m.forEach((k, v) -> r.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(r);
  }

  /** Parses one file into {@code into}; returns the number of entries. */
  static int parse(DictionaryText text, boolean nounFile, CameoOntology ontology,
      Map<String, List<EventEntry>> into, Map<String, List<EventEntry>> none, Map<String, String> unreachable) {
    int count = 0;
    for (int i = 0; i < text.lines().size(); i++) {
      String raw = text.lines().get(i);
      if (DictionaryText.skip(raw)) {
        continue;
      }
      int lineNo = i + 1;
      String line = raw;
      int hash = line.indexOf(" #");
      int tabHash = line.indexOf("\t#");
      int cut = hash < 0 ? tabHash : (tabHash < 0 ? hash : Math.min(hash, tabHash));
      if (cut >= 0) {
        line = line.substring(0, cut);
      }
      List<int[]> spans = words(line);
      if (spans.isEmpty()) {
        continue;
      }
      String first = word(line, spans.get(0));
      if (first.equals("!unreachable")) {
        if (spans.size() < 3) {
          throw text.error(lineNo, spans.get(0)[0] + 1, "write '!unreachable CODE reason'");
        }
        String code = word(line, spans.get(1));
        checkCode(text, lineNo, spans.get(1)[0] + 1, code, ontology);
        unreachable.put(code, line.substring(spans.get(2)[0]).strip());
        continue;
      }
      if (first.startsWith("!")) {
        throw text.error(lineNo, spans.get(0)[0] + 1, "unknown directive '" + first + "'; the only one is "
            + "!unreachable");
      }
      if (!first.equals(EventEntry.NONE)) {
        checkCode(text, lineNo, spans.get(0)[0] + 1, first, ontology);
      }
      if (spans.size() < 2) {
        throw text.error(lineNo, line.length() + 1, "an entry needs a head lemma after the code");
      }
      String head = word(line, spans.get(1));
      if (!HEAD.matcher(head).matches()) {
        throw text.error(lineNo, spans.get(1)[0] + 1, "head '" + head + "' must be a lower-case lemma, "
            + "optionally with _particle (carry_out)");
      }
      String particle = "";
      int us = head.indexOf('_');
      if (us > 0) {
        if (nounFile) {
          throw text.error(lineNo, spans.get(1)[0] + us + 1, "nouns take no particle; write compounds with "
              + "mod= (\"air strike\" is 'strike mod=air')");
        }
        particle = head.substring(us + 1);
        head = head.substring(0, us);
      }
      Map<String, Set<String>> slots = new HashMap<>();
      String prep = "";
      for (int k = 2; k < spans.size(); k++) {
        int col = spans.get(k)[0] + 1;
        String slot = word(line, spans.get(k));
        int eq = slot.indexOf('=');
        String name = eq < 0 ? slot : slot.substring(0, eq);
        if (eq < 0 || !SLOTS.contains(name)) {
          throw text.error(lineNo, col, "unknown slot '" + slot + "'; slots are obj=, objmod=, mod=, prep=, "
              + "pobj=, xcomp=, subj=, from=");
        }
        if (nounFile && (name.equals("obj") || name.equals("objmod") || name.equals("xcomp")
            || name.equals("subj") || name.equals("from"))) {
          throw text.error(lineNo, col, "slot " + name + "= is for verbs; nouns take mod= and prep=");
        }
        if (!nounFile && name.equals("mod")) {
          throw text.error(lineNo, col, "slot mod= is for nouns; a verb's object modifiers are objmod=");
        }
        if (slots.containsKey(name) || (name.equals("prep") && !prep.isEmpty())) {
          throw text.error(lineNo, col, "slot " + name + "= given twice");
        }
        String value = slot.substring(eq + 1);
        Set<String> alts = new LinkedHashSet<>();
        int offset = col + eq + 1;
        for (String alt : value.split("\\|", -1)) {
          if (!LEMMA.matcher(alt).matches()) {
            throw text.error(lineNo, offset, "'" + alt + "' is not a lower-case lemma");
          }
          alts.add(alt);
          offset += alt.length() + 1;
        }
        if (name.equals("prep")) {
          if (alts.size() != 1) {
            throw text.error(lineNo, col, "prep= takes one preposition");
          }
          prep = alts.iterator().next();
        } else if (name.equals("from")) {
          if (alts.size() != 1) {
            throw text.error(lineNo, col, "from= takes one preposition");
          }
          slots.put(name, Set.copyOf(alts));
        } else {
          slots.put(name, Set.copyOf(alts));
        }
      }
      if (slots.containsKey("pobj") && prep.isEmpty()) {
        throw text.error(lineNo, spans.get(1)[0] + 1, "pobj= names the noun of the prep= phrase; give prep= too");
      }
      EventEntry e = new EventEntry(first, head, particle, slots.getOrDefault("obj", Set.of()),
          slots.getOrDefault("objmod", Set.of()), slots.getOrDefault("mod", Set.of()), prep,
          slots.getOrDefault("pobj", Set.of()),
          slots.getOrDefault("xcomp", Set.of()), slots.getOrDefault("subj", Set.of()),
          slots.getOrDefault("from", Set.of()).stream().findFirst().orElse(""),
          nounFile, text.name() + ":" + lineNo,
          line.strip().replaceAll("\\s+", " "));
      if (e.none() && e.specificity() == 0) {
        throw text.error(lineNo, spans.get(0)[0] + 1, "a '" + EventEntry.NONE + "' line says a reading of the "
            + "head is no event: give it a slot (obj=, prep= ...) that tells which reading");
      }
      if (e.none()) {
        none.computeIfAbsent((nounFile ? "n:" : "v:") + head, h -> new ArrayList<>()).add(e);
      } else {
        into.computeIfAbsent(head, h -> new ArrayList<>()).add(e);
      }
      count++;
    }
    return count;
  }

  private static void checkCode(DictionaryText text, int line, int col, String code, CameoOntology ontology) {
    if (!CODE.matcher(code).matches()) {
      throw text.error(line, col, "'" + code + "' is not a CAMEO code (3 or 4 digits, e.g. 043 or 0332) nor '"
          + EventEntry.NONE + "' (no event)");
    }
    if (!ontology.has(code)) {
      throw text.error(line, col, "CAMEO code " + code + " is not in the codebook (cameo-codes.tsv)");
    }
  }

  private static List<int[]> words(String line) {
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      if (i > start) {
        spans.add(new int[] {start, i});
      }
    }
    return spans;
  }

  private static String word(String line, int[] span) {
    return line.substring(span[0], span[1]);
  }

  /**
   * The entries of verb {@code lemma} that hold without any slot, read as entries of its gerund used as a noun ("the
   * storming of the mosque" is what bare "storm" is), in file order; computed once per verb.
   */
  public List<EventEntry> gerund(String lemma) {
    return gerunds.computeIfAbsent(lemma, l -> verbs(l).stream().filter(e -> e.specificity() == 0)
        .map(e -> new EventEntry(e.code(), e.head(), e.particle(), e.obj(), e.objmod(), e.mod(), e.prep(), e.pobj(),
            e.xcomp(), e.subj(), e.giver(), true, e.source(), e.text() + " (its gerund as a noun)"))
        .toList());
  }

  /**
   * Entries whose head is the verb lemma {@code lemma}, in file order. A verb written with the prefix "re-" and no
   * entries of its own ("re-impose", "re-examine", "re-arrest") does again what its stem does, and takes the stem's
   * entries; unhyphenated forms ("reimpose") are listed in the file, since "re" there is not always a prefix
   * ("resign", "retreat"). So does any verb compounded at a hyphen with no entries of its own, after the entries
   * of the word written without the hyphen ("air-drop" is "airdrop"; "carpet-bomb" does what "bomb" does;
   * "test-fire" has entries of its own).
   */
  public List<EventEntry> verbs(String lemma) {
    List<EventEntry> r = verbs.get(lemma);
    int hyphen = lemma.lastIndexOf('-');
    if (r == null && hyphen > 0 && hyphen < lemma.length() - 1) {
      r = lemma.startsWith("re-") ? null : verbs.get(lemma.replace("-", ""));
      if (r == null) {
        r = verbs.get(lemma.substring(hyphen + 1));
      }
    }
    return r == null ? List.of() : r;
  }

  /** Entries whose head is the noun lemma {@code lemma}, in file order. */
  public List<EventEntry> nouns(String lemma) {
    return nouns.getOrDefault(lemma, List.of());
  }

  /**
   * The "no event" entries ({@link EventEntry#NONE}) of the verb or noun lemma {@code lemma}, in file order: readings
   * of a head that name no act ("defend democracy", "fight corruption"), which beat its coded entries as specific.
   */
  public List<EventEntry> noEvent(String lemma, boolean noun) {
    return none.getOrDefault((noun ? "n:" : "v:") + lemma, List.of());
  }

  /**
   * Entries that a line written before them hides: the same file, head, particle, preposition and giver, the same
   * slots, and alternatives sharing a lemma in every slot. The engine takes the most specific entry that holds and,
   * between equals, the one written first, so the later entry never codes what the two share. One message per hidden
   * entry, by head lemma and then in file order: {@code "verbs.txt:9 ('160 tear_up obj=treaty') is hidden by
   * verbs.txt:3 ('160 tear_up obj=treaty|deal') wherever both hold (obj=treaty)"}.
   */
  public List<String> shadowed() {
    List<String> r = new ArrayList<>();
    for (Map<String, List<EventEntry>> m : List.of(verbs, nouns)) {
      for (String head : new java.util.TreeSet<>(m.keySet())) {
        List<EventEntry> entries = m.get(head);
        for (int j = 1; j < entries.size(); j++) {
          for (int i = 0; i < j; i++) {
            String shared = sharedContext(entries.get(i), entries.get(j));
            if (shared != null) {
              EventEntry a = entries.get(i);
              EventEntry b = entries.get(j);
              r.add(b.source() + " ('" + b.text() + "') is hidden by " + a.source() + " ('" + a.text()
                  + "') wherever both hold (" + shared + ")");
              break;
            }
          }
        }
      }
    }
    return r;
  }

  /** What two entries both hold for ("obj=treaty objmod=peace"), or null when one of them holds alone somewhere. */
  private static String sharedContext(EventEntry a, EventEntry b) {
    if (!a.particle().equals(b.particle()) || !a.prep().equals(b.prep()) || !a.giver().equals(b.giver())) {
      return null;
    }
    StringBuilder shared = new StringBuilder();
    Map<String, List<Set<String>>> slots = new LinkedHashMap<>();
    slots.put("obj", List.of(a.obj(), b.obj()));
    slots.put("objmod", List.of(a.objmod(), b.objmod()));
    slots.put("mod", List.of(a.mod(), b.mod()));
    slots.put("pobj", List.of(a.pobj(), b.pobj()));
    slots.put("xcomp", List.of(a.xcomp(), b.xcomp()));
    slots.put("subj", List.of(a.subj(), b.subj()));
    for (Map.Entry<String, List<Set<String>>> slot : slots.entrySet()) {
      Set<String> x = slot.getValue().get(0);
      Set<String> y = slot.getValue().get(1);
      if (x.isEmpty() != y.isEmpty()) {
        return null;
      }
      if (!x.isEmpty()) {
        List<String> both = new ArrayList<>(new java.util.TreeSet<>(x));
        both.retainAll(y);
        if (both.isEmpty()) {
          return null;
        }
        shared.append(shared.length() == 0 ? "" : " ").append(slot.getKey()).append('=')
            .append(String.join("|", both));
      }
    }
    return shared.length() == 0 ? "the bare " + (a.noun() ? "noun" : "verb") : shared.toString();
  }

  /** Codes listed as deliberately unreachable, with the reason. */
  public Map<String, String> unreachable() {
    return unreachable;
  }

  /** Every code some entry gives. */
  public Set<String> reachableCodes() {
    Set<String> codes = new LinkedHashSet<>();
    verbs.values().forEach(l -> l.forEach(e -> codes.add(e.code())));
    nouns.values().forEach(l -> l.forEach(e -> codes.add(e.code())));
    return codes;
  }

  public Map<String, String> checksums() {
    return checksums;
  }

  public int size() {
    return size;
  }
}

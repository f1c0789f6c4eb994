package org.tacitus.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.Dependency;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Place;
import org.tacitus.core.model.Place.GeoType;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.model.Span;
import org.tacitus.core.model.Token;

/**
 * Finds the place names of an article: spans the NER tagged as places, capitalised spans the NER missed that the
 * gazetteer knows (only with a preposition of location before them, or when they name a country, a national capital
 * or a city of a million), names written as "X-based", and the dateline. Stateless and thread safe.
 */
final class PlaceFinder {

  /** NER classes of places: coarse CoreNLP NER gives LOCATION; the fine-grained classes when it is on. */
  static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY", "GPE");
  /** Prepositions that make a name a place even where the coder read an actor ("a meeting in Moscow"). */
  static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "across", "around",
      "throughout", "within");
  /**
   * Prepositions of direction: a place ("a visit to Moscow") unless the coder read an actor there ("aid to
   * Pakistan", "sanctions on Russia").
   */
  static final Set<String> DIRECTIONAL = Set.of("to", "from", "into", "on", "onto", "toward", "towards");
  /** Tags of names the gazetteer must not be asked about. */
  private static final Set<String> NOT_PLACES = Set.of("PERSON", "ORGANIZATION", "TITLE", "NATIONALITY",
      "RELIGION", "IDEOLOGY", "CRIMINAL_CHARGE", "CAUSE_OF_DEATH", "DATE", "TIME", "DURATION", "MONEY", "NUMBER",
      "ORDINAL", "PERCENT", "MISC");
  private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
      "oct", "nov", "dec");
  private static final Set<String> DASHES = Set.of("-", "--", "\u2014", "\u2013");
  /** A span the NER missed needs this population with a preposition before it ... */
  static final long MIN_POPULATION_IN_CONTEXT = 15_000;
  /** ... and this one without (countries and national capitals need none). */
  static final long MIN_POPULATION_ALONE = 1_000_000;

  private final Gazetteer gazetteer;

  PlaceFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<PlaceMention> find(AnnotatedArticle article, List<Mention> actors) {
    List<PlaceMention> result = new ArrayList<>();
    String text = article.text();
    Optional<PlaceMention> dateline = dateline(article);
    dateline.ifPresent(result::add);
    for (Sentence s : article.sentences()) {
      int i = 0;
      while (i < s.size()) {
        if (dateline.isPresent() && dateline.get().sentence() == s.index() && i <= dateline.get().to()) {
          i = dateline.get().to() + 1;
          continue;
        }
        Token t = s.token(i);
        int end = -1;
        String source = null;
        Span nameSpan = null;
        Optional<String> preposition = Optional.empty();
        if (PLACE_NER.contains(t.ner())) {
          end = i;
          while (end + 1 < s.size() && s.token(end + 1).ner().equals(t.ner())) {
            end++;
          }
          end = namedOnward(s, i, end, text);
          source = "ner " + t.ner();
        } else if (t.word().endsWith("-based") && t.word().length() > 6 && capitalised(t.word())) {
          String prefix = t.word().substring(0, t.word().length() - 6);
          if (!gazetteer.lookup(prefix).isEmpty()) {
            end = i;
            source = "gazetteer";
            nameSpan = new Span(t.start(), t.start() + prefix.length());
            preposition = Optional.of("-based");
          }
        } else if (candidate(t) && (i == 0 || !candidate(s.token(i - 1)))) {
          end = gazetteerSpan(s, i, text);
          end = end < 0 ? end : namedOnward(s, i, end, text);
          source = "gazetteer";
        }
        if (end < 0) {
          i++;
          continue;
        }
        if (nameSpan == null) {
          nameSpan = s.span(i, end);
          preposition = preposition(s, i, end);
        }
        String name = nameSpan.of(text);
        if (source.equals("gazetteer") && !accepted(name, preposition)) {
          i = end + 1;
          continue;
        }
        // "Paris, Texas": a division or country after a comma narrows the name when a namesake lies there.
        Optional<String> qualifier = Optional.empty();
        int last = end;
        Span span = nameSpan;
        if (end + 2 < s.size() && s.token(end + 1).word().equals(",")) {
          for (int k = Math.min(s.size() - 1, end + 4); k >= end + 2; k--) {
            String q = s.span(end + 2, k).of(text);
            if (capitalised(s.token(end + 2).word()) && capitalised(s.token(k).word()) && narrows(name, q)) {
              qualifier = Optional.of(q);
              last = k;
              span = nameSpan.union(s.span(end + 2, k));
              break;
            }
          }
        }
        if (qualifier.isEmpty() && i >= 2 && s.token(i - 1).pos().equals("POS") && end + 1 < s.size()
            && WITHIN_WORDS.contains(s.token(end + 1).key())) {
          // "Bahrain's Jau prison", "Kenya's Mandera county": the possessor says where the place lies, and a namesake
          // elsewhere ("Jau" in Brazil) is not it ("Israel's Gaza offensive" says whose the act is, not where)
          for (int k = Math.max(0, i - 4); k <= i - 2 && qualifier.isEmpty(); k++) {
            String q = s.span(k, i - 2).of(text);
            if (capitalised(s.token(k).word()) && !gazetteer.qualifier(q).isEmpty()) {
              qualifier = Optional.of(q);
            }
          }
        }
        Optional<Integer> governor = governor(s, end);
        boolean stateWord = last + 1 < s.size() && s.token(last + 1).word().equalsIgnoreCase("state")
            || i >= 2 && s.token(i - 1).key().equals("of") && s.token(i - 2).word().equalsIgnoreCase("state");
        Optional<Mention> actor = Optional.empty();
        if (preposition.isEmpty() || DIRECTIONAL.contains(preposition.get())) {
          Span ns = nameSpan;
          // a name inside the phrase of a role whose country is not given ("the mayor of the city of Nablus") is
          // that role's place, not the actor
          actor = actors.stream().filter(m -> m.sentence() == s.index() && overlaps(m.span(), ns)
              && !(m.actor().roleWithoutCountry() && !ns.contains(s.token(m.head()).span()))).findFirst();
        } else {
          // an organisation is no place after any preposition ("China hit back at EU": not the French town of Eu)
          Span ns = nameSpan;
          actor = actors.stream().filter(m -> m.sentence() == s.index() && overlaps(m.span(), ns)
              && m.actor().country().isEmpty() && !m.actor().roleWithoutCountry()).findFirst();
        }
        result.add(new PlaceMention(s.index(), i, end, span, name, qualifier, preposition, governor, actor,
            stateWord, source));
        i = last + 1;
      }
    }
    result.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return result;
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  private static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  private static boolean candidate(Token t) {
    return capitalised(t.word()) && t.pos().startsWith("NNP") && !NOT_PLACES.contains(t.ner())
        && !CALENDAR.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /**
   * The last token of the longest gazetteer name that starts at token {@code i} and ends a run of capitalised words,
   * or -1.
   */
  private int gazetteerSpan(Sentence s, int i, String text) {
    int max = Math.min(s.size() - 1, i + gazetteer.maxWords() - 1);
    int allowed = i;
    while (allowed + 1 <= max && (candidate(s.token(allowed + 1)) || connector(s.token(allowed + 1)))) {
      allowed++;
    }
    // Whole names only: a span that stops before another capitalised word ("Kandahar" of "South Kandahar Airfield")
    // would be a namesake of part of the name.
    for (int j = allowed; j >= i; j--) {
      if (candidate(s.token(j)) && (j + 1 >= s.size() || !candidate(s.token(j + 1)))
          && !gazetteer.lookup(s.span(i, j).of(text)).isEmpty()) {
        return j;
      }
    }
    return -1;
  }

  /**
   * "in Novi Sad", where the tagger took only "Novi" for a name: the last token of a gazetteer name that goes on over
   * one or two more capitalised words after the run ending at {@code end}, or {@code end}.
   */
  private int namedOnward(Sentence s, int i, int end, String text) {
    int last = end;
    while (last + 1 < s.size() && last < end + 2 && capitalised(s.token(last + 1).word())) {
      last++;
    }
    for (int j = last; j > end; j--) {
      if (!gazetteer.lookup(s.span(i, j).of(text)).isEmpty()) {
        return j;
      }
    }
    return end;
  }

  /** Lower-case words inside place names: "Rio de Janeiro", "Bosnia and Herzegovina". */
  private static boolean connector(Token t) {
    return Set.of("de", "da", "do", "del", "of", "and", "al", "el", "es", "la", "am").contains(t.word());
  }

  /**
   * A capitalised span the NER did not tag is a place only if the gazetteer makes it likely: after a preposition of
   * location, a division, a country or a place of {@value #MIN_POPULATION_IN_CONTEXT}; without one, a country, a
   * national capital or a city of {@value #MIN_POPULATION_ALONE}.
   */
  private boolean accepted(String name, Optional<String> preposition) {
    boolean context = preposition.isPresent();
    for (GazetteerEntry e : gazetteer.lookup(name)) {
      if (e.type() == GeoType.COUNTRY || e.isCapital()
          || context && (e.type() == GeoType.ADMIN1 || e.population() >= MIN_POPULATION_IN_CONTEXT)
          || e.population() >= MIN_POPULATION_ALONE) {
        return true;
      }
    }
    return false;
  }

  /** Words after a place name that make it a place inside its possessor: "Kenya's Mandera county". */
  private static final Set<String> WITHIN_WORDS = Set.of("prison", "jail", "county", "province", "region",
      "district", "state", "city", "town", "village", "airport", "port", "camp", "border", "area", "valley", "island",
      "peninsula", "governorate", "municipality", "neighbourhood", "neighborhood", "refinery", "base", "hospital");

  /** {@code qualifier} names a division or country where a place called {@code name} lies. */
  private boolean narrows(String name, String qualifier) {
    List<GazetteerEntry> qs = gazetteer.qualifier(qualifier);
    if (qs.isEmpty()) {
      return false;
    }
    for (GazetteerEntry e : gazetteer.lookup(name)) {
      for (GazetteerEntry q : qs) {
        if (e != q && PlaceResolver.within(e, q)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The preposition that introduces the name: its "case" dependent, or that of the noun it is a compound of ("at the
   * Kabul airport"); without a parse, the word before it (past a determiner).
   */
  private static Optional<String> preposition(Sentence s, int from, int to) {
    if (!s.basic().edges().isEmpty()) {
      for (int h = to; h >= from; h--) {
        Optional<String> p = caseOf(s, h);
        if (p.isEmpty() && s.basic().children(h).stream().anyMatch(c -> c.relation().equals("case")
            && s.token(c.dependent()).key().equals("of"))) {
          // "in the east of the Gaza Strip", "in the town of Hebron": the part or settlement lies in the name
          p = partOf(s, h);
        }
        if (p.isPresent()) {
          return p;
        }
      }
      for (Dependency d : s.basic().parents(to)) {
        if (d.governor() >= 0 && (d.isA("compound") || d.isA("amod"))
            && !Place.MISSIONS.contains(s.token(d.governor()).key())) { // "outside the US embassy in Seoul": not in the US
          Optional<String> p = caseOf(s, d.governor());
          if (p.isPresent()) {
            return p;
          }
        }
      }
      return Optional.empty();
    }
    int k = from - 1;
    if (k >= 0 && Set.of("the", "a").contains(s.token(k).key())) {
      k--;
    }
    if (k >= 0 && prepositional(s.token(k).word().toLowerCase(Locale.ROOT))) {
      return Optional.of(s.token(k).word().toLowerCase(Locale.ROOT));
    }
    return Optional.empty();
  }

  private static boolean prepositional(String w) {
    return LOCATIVE.contains(w) || DIRECTIONAL.contains(w);
  }

  /** Nouns for a part of a place or a settlement in it: "the north of X", "the city of X". */
  private static final Set<String> PARTS = Set.of("north", "south", "east", "west", "northeast", "northwest",
      "southeast", "southwest", "centre", "center", "heart", "outskirts", "suburb", "suburbs", "part", "region",
      "area", "province", "district", "city", "town", "village", "capital", "state", "county", "port", "border");

  /** Part nouns that name a settlement: a phrase of direction to one of them is a place too. */
  private static final Set<String> SETTLEMENTS = Set.of("city", "town", "village", "capital", "port");

  /** The locative preposition (before a settlement, any of place) of the part noun an "of" name hangs from. */
  private static Optional<String> partOf(Sentence s, int name) {
    for (Dependency d : s.basic().parents(name)) {
      if (d.governor() >= 0 && d.isA("nmod")
          && PARTS.contains(s.token(d.governor()).word().toLowerCase(Locale.ROOT))) {
        Optional<String> p = caseOf(s, d.governor());
        // ("an attack on the port city of Odesa", "a visit to the town of Hebron": a settlement is where the act was)
        if (p.isPresent() && (LOCATIVE.contains(p.get())
            || SETTLEMENTS.contains(s.token(d.governor()).word().toLowerCase(Locale.ROOT)))) {
          return p;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> caseOf(Sentence s, int h) {
    for (Dependency c : s.basic().children(h)) {
      if (c.relation().equals("case")) {
        String w = s.token(c.dependent()).word().toLowerCase(Locale.ROOT);
        if (prepositional(w)) {
          return Optional.of(w);
        }
      }
    }
    return Optional.empty();
  }

  /** The token the name's phrase hangs from (through obl or nmod, or a compound's head first). */
  private static Optional<Integer> governor(Sentence s, int head) {
    int h = head;
    for (int step = 0; step < 2; step++) {
      for (Dependency d : s.basic().parents(h)) {
        if (d.governor() < 0) {
          continue;
        }
        String r = d.baseRelation();
        if (r.equals("obl") || r.equals("nmod") || r.equals("advmod")) {
          return Optional.of(d.governor());
        }
        if (r.equals("compound") || r.equals("amod") || r.equals("flat") || r.equals("appos")) {
          h = d.governor();
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A dateline: one of the first three sentences opens with a place name followed by a comma, a parenthesis or a
   * dash, with a dash within its first dozen tokens ("MOSCOW, Nov 3 (Reuters) -", "ABUJA, August 15 -").
   */
  private Optional<PlaceMention> dateline(AnnotatedArticle article) {
    String text = article.text();
    for (Sentence s : article.sentences().subList(0, Math.min(3, article.sentences().size()))) {
      int dash = -1;
      for (int k = 1; k < Math.min(s.size(), 14); k++) {
        int at = s.token(k).span().start();
        // (a hyphen joins a word or number to the next; after ")" it is the dash of a dateline broken off its story,
        // whose break moved the dash onto the space before it: "(Tacitus Wire)-")
        boolean joins = s.token(k).word().equals("-") && at > 0 && Character.isLetterOrDigit(text.charAt(at - 1));
        if (DASHES.contains(s.token(k).word()) && !joins) { // "India-Pakistan talks": a hyphen, not a dateline dash
          dash = k;
          break;
        }
      }
      if (dash < 0) {
        continue;
      }
      for (int end = Math.min(dash - 1, 3); end >= 0; end--) {
        String next = s.token(end + 1).word();
        if (!(next.equals(",") || next.equals("(") || next.equals("-LRB-") || DASHES.contains(next))) {
          continue;
        }
        boolean caps = true;
        for (int k = 0; k <= end; k++) {
          caps &= capitalised(s.token(k).word());
        }
        String name = s.span(0, end).of(text);
        if (caps && !gazetteer.lookup(name).isEmpty()) {
          return Optional.of(new PlaceMention(s.index(), 0, end, s.span(0, end), name, Optional.empty(),
              Optional.of("dateline"), Optional.empty(), Optional.empty(), false, "dateline"));
        }
      }
    }
    return Optional.empty();
  }
}

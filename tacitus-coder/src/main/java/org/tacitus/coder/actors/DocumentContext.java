package org.tacitus.coder.actors;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tacitus.core.model.Actor;
import org.tacitus.core.model.Mention;

/**
 * What a reader remembers while reading one story: the people met so far and what they are, the persons most
 * recently mentioned (for "he" and "she"), and the pair of countries that acted together most recently (for "the two
 * sides", "they", "both countries"). One per article; used by one thread.
 */
public final class DocumentContext {

  private static final int MAX_RECENT = 8;

  private final Map<String, Actor> people = new HashMap<>();
  private final Map<String, String> peopleNames = new HashMap<>();
  private final Deque<Mention> recentPersons = new ArrayDeque<>();
  private final Deque<Seen> recentBodies = new ArrayDeque<>();
  private final Map<String, Seen> byHeadWord = new HashMap<>();
  private final Map<Integer, Map.Entry<List<Mention>, Integer>> countryGroups = new HashMap<>();
  private List<Mention> pair = List.of();
  /** Every pair of states seen (by their countries), first seen first: its latest mentions and sentence. */
  private final Map<Set<String>, Map.Entry<List<Mention>, Integer>> pairs = new java.util.LinkedHashMap<>();
  /** In how many sentences of the story each country is named. */
  private Map<String, Integer> countrySentences = Map.of();
  private String storyCountry;
  private String storyCountryReason;
  private boolean storyCountryOnlyNamed;
  private int pairSentence = -100;
  /** The two sides last in contact or in conflict: as {@link #pair}, but they may be of one country. */
  private List<Mention> sides = List.of();
  private int sidesSentence = -100;
  /** The two armed sides that fought each other last. */
  private List<Mention> fighters = List.of();
  private int fightersSentence = -100;
  /** The agent of the latest asserted act of each family, for "the arrests", "the attack" told before. */
  private final java.util.Map<String, Acted> agents = new java.util.HashMap<>();
  private final List<Charge> charges = new ArrayList<>();
  private Acted attacked;
  /** The main subject of the latest sentence when it was a state or body, for a sentence-initial "it". */
  private Mention bodySubject;
  private int bodySubjectSentence = -100;
  /** The main subject of the latest sentence when it was a group of people named by a plural noun. */
  private Mention groupSubject;
  private int groupSubjectSentence = -100;
  private String lastCountry;
  private Actor lastBloc;
  private Mention lastGroup;

  /** Sets the country the story is about, and why ("dateline 'KABUL'"). */
  public void storyCountry(String iso3, String reason) {
    this.storyCountry = iso3;
    this.storyCountryReason = reason;
    this.storyCountryOnlyNamed = false;
  }

  /**
   * Sets the country the story is about when the only evidence is that it is the one country the story names: good
   * enough for domestic roles ("police", "rebels"), not for a government, which often speaks of another country.
   */
  public void onlyNamedCountry(String iso3, String reason) {
    storyCountry(iso3, reason);
    this.storyCountryOnlyNamed = true;
  }

  /** Whether the story's country rests only on its being the one country named (see {@link #onlyNamedCountry}). */
  public boolean storyCountryOnlyNamed() {
    return storyCountryOnlyNamed;
  }

  /** The country the story is about, when its dateline or its sentences make that clear. */
  public Optional<String> storyCountry() {
    return Optional.ofNullable(storyCountry);
  }

  public String storyCountryReason() {
    return storyCountryReason == null ? "" : storyCountryReason;
  }

  /** Notes the country of the last actor named in a sentence ("the country" in later sentences stands for it). */
  public void sawCountry(String iso3) {
    this.lastCountry = iso3;
  }

  /** The country of the actor most recently named in earlier sentences, if any. */
  public Optional<String> lastCountry() {
    return Optional.ofNullable(lastCountry);
  }

  /** Notes an intergovernmental organisation named in a sentence ("the bloc" in later sentences stands for it). */
  public void sawBloc(Actor organisation) {
    this.lastBloc = organisation;
  }

  /** The intergovernmental organisation most recently named, if any. */
  public Optional<Actor> lastBloc() {
    return Optional.ofNullable(lastBloc);
  }

  /** Notes an armed, political or civic group named in a sentence ("the group" in later sentences stands for it). */
  public void sawGroup(Mention group) {
    this.lastGroup = group;
  }

  /** The group most recently named, if any. */
  public Optional<Mention> lastGroup() {
    return Optional.ofNullable(lastGroup);
  }

  /** Remembers that the person called {@code name} is {@code actor} ("Sergey Lavrov" → RUSGOV). */
  public void rememberPerson(String name, Actor actor) {
    String[] parts = name.strip().split("\\s+");
    String full = key(String.join(" ", parts));
    Actor before = people.put(full, actor);
    peopleNames.put(full, name);
    if (parts.length > 1) {
      // (the surname keeps the first person of that name, unless it is this person, remembered anew)
      String surname = key(parts[parts.length - 1]);
      Actor bySurname = people.get(surname);
      if (bySurname == null || bySurname.equals(before) && name.equals(peopleNames.get(surname))) {
        people.put(surname, actor);
        peopleNames.put(surname, name);
      }
    }
  }

  /** The actor of a person met earlier in the story, by full name or surname. */
  public Optional<Actor> person(String name) {
    String[] parts = name.strip().split("\\s+");
    Actor a = people.get(key(String.join(" ", parts)));
    if (a == null) {
      a = people.get(key(parts[parts.length - 1]));
    }
    return Optional.ofNullable(a);
  }

  /** The full name under which a person was remembered. */
  public String personName(String name) {
    String[] parts = name.strip().split("\\s+");
    return peopleNames.getOrDefault(key(String.join(" ", parts)),
        peopleNames.getOrDefault(key(parts[parts.length - 1]), name));
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Notes a mention of a person (or a person's role) for later pronouns. */
  public void sawPerson(Mention m) {
    recentPersons.remove(m);
    recentPersons.addFirst(m);
    while (recentPersons.size() > MAX_RECENT) {
      recentPersons.removeLast();
    }
  }

  /**
   * Notes a body named with its country and role in sentence {@code sentence} ("Iran's foreign ministry"), for a
   * later "the ministry".
   */
  public void sawBody(Mention m, int sentence) {
    recentBodies.addFirst(new Seen(m, sentence));
    while (recentBodies.size() > 4 * MAX_RECENT) {
      recentBodies.removeLast();
    }
  }

  /** Notes a role mention whose head word is {@code headWord} (a lemma), for a later "the" + that word. */
  public void sawHeadWord(String headWord, Mention m, int sentence) {
    byHeadWord.put(headWord, new Seen(m, sentence));
  }

  /** The last role mention headed by {@code headWord} in the {@code window} sentences before {@code sentence}. */
  public Optional<Mention> lastWithHeadWord(String headWord, int sentence, int window) {
    Seen seen = byHeadWord.get(headWord);
    return seen != null && seen.sentence() < sentence && sentence - seen.sentence() <= window
        ? Optional.of(seen.agent()) : Optional.empty();
  }

  /** The bodies named in the {@code window} sentences before {@code sentence}, newest first. */
  public List<Mention> recentBodies(int sentence, int window) {
    return recentBodies.stream().filter(b -> b.sentence() < sentence && sentence - b.sentence() <= window)
        .map(Seen::agent).toList();
  }

  /**
   * Notes three or more states named together in sentence {@code sentence} ("the juntas of Mali, Burkina Faso and
   * Niger"), for a later "the three countries".
   */
  public void sawCountryGroup(List<Mention> group, int sentence) {
    countryGroups.put(group.size(), Map.entry(List.copyOf(group), sentence));
  }

  /** The {@code size} states named together last, within {@code window} sentences before {@code sentence}. */
  public List<Mention> countryGroup(int size, int sentence, int window) {
    Map.Entry<List<Mention>, Integer> g = countryGroups.get(size);
    return g != null && sentence - g.getValue() <= window ? g.getKey() : List.of();
  }

  /** The persons mentioned most recently, newest first (at most a few). */
  public List<Mention> recentPersons() {
    return List.copyOf(recentPersons);
  }

  /** The most recently mentioned person, if any. */
  public Optional<Mention> lastPerson() {
    return Optional.ofNullable(recentPersons.peekFirst());
  }

  /** Notes two distinct actors acting together or on each other in sentence {@code sentence}. */
  public void sawPair(Mention a, Mention b, int sentence) {
    if (!a.actor().code().equals(b.actor().code()) && !unnamed(a) && !unnamed(b)) {
      sawSides(a, b, sentence);
    }
    if (a.actor().root().equals(b.actor().root()) || unknown(a) || unknown(b) || !stateLevel(a) || !stateLevel(b)) {
      // "the two countries" and "both sides" stand for known parties, never for an unknown agent, and "the two
      // governments" for two states, not for troops and the civilians they shelled
      return;
    }
    pair = List.of(a, b);
    pairSentence = sentence;
    pairs.put(Set.of(a.actor().root(), b.actor().root()), Map.entry(pair, sentence));
  }

  /** Whether the story names the country (ISO code) anywhere. */
  public boolean names(String iso3) {
    return countrySentences.containsKey(iso3);
  }

  /** Notes in how many sentences of the story each country (ISO code) is named. */
  public void countrySentences(Map<String, Integer> counts) {
    this.countrySentences = Map.copyOf(counts);
  }

  private int salience(List<Mention> p) {
    return p.stream().mapToInt(m -> countrySentences.getOrDefault(m.actor().root(), 0)).sum();
  }

  /** A state or one of its organs (government, forces, police, courts, legislature). */
  static boolean stateLevel(Mention m) {
    return m.actor().sector().isEmpty() ? m.actor().code().length() == 3 : m.actor().stateOrgan();
  }

  /** An actor whose country the text does not give ("gunmen"); a named organisation (the RSF, the UN) is known. */
  private static boolean unnamed(Mention m) {
    return m.actor().code().startsWith(Actor.UNKNOWN_COUNTRY);
  }

  static boolean unknown(Mention m) {
    return m.actor().country().isEmpty() || m.actor().code().startsWith(Actor.UNKNOWN_COUNTRY);
  }

  /**
   * Notes two sides of a dispute or a contact in sentence {@code sentence}, also two of one country ("mediate between
   * the government and the opposition"): "both sides" and "the two parties" may stand for them.
   */
  public void sawSides(Mention a, Mention b, int sentence) {
    sides = List.of(a, b);
    sidesSentence = sentence;
  }

  /** Notes two armed sides fighting each other in sentence {@code sentence}: "the warring parties" are they. */
  public void sawFight(Mention a, Mention b, int sentence) {
    if (!a.actor().code().equals(b.actor().code()) && !unnamed(a) && !unnamed(b)) {
      fighters = List.of(a, b);
      fightersSentence = sentence;
    }
  }

  /** The two sides that fought most recently, within {@code window} sentences of {@code sentence}. */
  public List<Mention> fighters(int sentence, int window) {
    return sentence - fightersSentence <= window ? fighters : List.of();
  }

  /** Notes the state or body that sentence {@code sentence} was about (its main subject), or that none was. */
  public void sawBodySubject(Mention m, int sentence) {
    bodySubject = m;
    bodySubjectSentence = sentence;
  }

  /** Notes the group of people (a plural noun) that sentence {@code sentence} was about, or that none was. */
  public void sawGroupSubject(Mention m, int sentence) {
    groupSubject = m;
    groupSubjectSentence = sentence;
  }

  /** The group of people the sentence right before {@code sentence} was about ("protesters gathered ..."). */
  public Optional<Mention> lastGroupSubject(int sentence) {
    return groupSubjectSentence == sentence - 1 ? Optional.ofNullable(groupSubject) : Optional.empty();
  }

  /** The state or body the sentence right before {@code sentence} was about. */
  public Optional<Mention> lastBodySubject(int sentence) {
    return bodySubjectSentence == sentence - 1 ? Optional.ofNullable(bodySubject) : Optional.empty();
  }

  /**
   * Notes an agent of an asserted act of family {@code family} (see the engine's act families) in a sentence; the
   * agents of one sentence are kept together ("American and British warplanes struck ...").
   */
  public void sawAgent(String family, Mention agent, int sentence) {
    agents.put(family, Acted.with(agents.get(family), agent, sentence));
  }

  /**
   * The agents of the latest act of {@code family} told within {@code window} sentences before {@code sentence}; empty
   * when there is none.
   */
  public List<Mention> lastAgents(String family, int sentence, int window) {
    Acted seen = agents.get(family);
    return seen == null || seen.sentence() >= sentence || sentence - seen.sentence() > window ? List.of()
        : seen.agents();
  }

  /**
   * Notes a charge laid in sentence {@code sentence}: {@code accuser} accused, criticised or complained of the country
   * {@code accused}, or told of an act of force by it.
   */
  public void sawCharge(Mention accuser, String accused, int sentence) {
    charges.add(new Charge(accuser, accused, sentence));
  }

  /**
   * Who laid the latest charge against the country {@code accused} within {@code window} sentences before
   * {@code sentence}, another country's actor; empty when no one did.
   */
  public Optional<Mention> lastAccuser(String accused, int sentence, int window) {
    for (int i = charges.size() - 1; i >= 0; i--) {
      Charge c = charges.get(i);
      if (c.sentence() < sentence && sentence - c.sentence() <= window && c.accused().equals(accused)
          && !c.accuser().actor().country().filter(accused::equals).isPresent()) {
        return Optional.of(c.accuser());
      }
    }
    return Optional.empty();
  }

  private record Charge(Mention accuser, String accused, int sentence) {
  }

  /** Notes whom an asserted act of force of sentence {@code sentence} was aimed at (all of one sentence together). */
  public void sawAttackTarget(Mention target, int sentence) {
    attacked = Acted.with(attacked, target, sentence);
  }

  /**
   * Whom the latest act of force told within {@code window} sentences before {@code sentence} was aimed at; empty
   * when there is none.
   */
  public List<Mention> lastAttackTargets(int sentence, int window) {
    return attacked == null || attacked.sentence() >= sentence || sentence - attacked.sentence() > window ? List.of()
        : attacked.agents();
  }

  private record Seen(Mention agent, int sentence) {
  }

  private record Acted(List<Mention> agents, int sentence) {

    /** {@code seen} with {@code m} added when of the same sentence (once per actor code), else {@code m} alone. */
    static Acted with(Acted seen, Mention m, int sentence) {
      List<Mention> all = new ArrayList<>();
      if (seen != null && seen.sentence() == sentence) {
        all.addAll(seen.agents());
      }
      if (all.stream().noneMatch(x -> x.actor().code().equals(m.actor().code()))) {
        all.add(m);
      }
      return new Acted(List.copyOf(all), sentence);
    }
  }

  /** The two sides noted most recently, within {@code window} sentences of {@code sentence}. */
  public List<Mention> sides(int sentence, int window) {
    return sentence - sidesSentence <= window ? sides : List.of();
  }

  /** The pair of actors that acted together most recently, within {@code window} sentences of {@code sentence}. */
  public List<Mention> pair(int sentence, int window) {
    if (sentence - pairSentence > window) {
      return List.of();
    }
    if (sentence - pairSentence <= 1) {
      return pair; // the pair of this sentence or the one before
    }
    // further back, the pair the story is about ("Somalia recalled its ambassador to Ethiopia ... He travelled to
    // Egypt ... The AU urged the two countries"): of the pairs seen within the window, the one whose countries the
    // story names most, the one seen first (the lead's) among equals
    List<Mention> best = List.of();
    int bestSalience = -1;
    for (Map.Entry<List<Mention>, Integer> e : pairs.values()) {
      if (sentence - e.getValue() <= window && salience(e.getKey()) > bestSalience) {
        best = e.getKey();
        bestSalience = salience(best);
      }
    }
    return best;
  }

  /** The most recent pair, however old. */
  public List<Mention> pair() {
    return new ArrayList<>(pair);
  }
}

package org.tacitus.coder.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.tacitus.coder.dict.ActorDictionary;
import org.tacitus.coder.dict.ActorDictionary.Kind;
import org.tacitus.coder.dict.ActorDictionary.Match;
import org.tacitus.coder.dict.ActorDictionary.Phrase;
import org.tacitus.coder.dict.FrameLexicon;
import org.tacitus.coder.dict.Frame;
import org.tacitus.core.model.Actor;
import org.tacitus.core.model.Dependency;
import org.tacitus.core.model.DependencyGraph;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.model.Span;
import org.tacitus.core.model.Token;

/**
 * Finds the actors a sentence names, as a careful reader would: countries by name, adjective or capital; seats of
 * power; organisations and armed groups; role words that give a sector and combine with a country ("Pakistani
 * troops" → PAKMIL); people by the role the story gives them ("Russian Foreign Minister Sergey Lavrov" → RUSGOV, and
 * "Lavrov" later); pronouns and "the two sides" by what the story said before.
 *
 * <p>Stateless apart from the {@link DocumentContext} it is given; thread safe.
 */
public final class ActorResolver {

  /** Relations that hold a noun phrase's modifiers together (basic dependencies). */
  private static final Set<String> NP_LINKS = Set.of("compound", "amod", "flat", "nmod:poss", "appos",
      "compound:prt", "nmod:npmod", "flat:foreign");

  /** Role nouns that name a body, not a person: "he" cannot refer to them. */
  private static final Set<String> INSTITUTIONS = Set.of("government", "ministry", "army", "police", "court",
      "parliament", "party", "military", "navy", "force", "cabinet", "administration", "authority", "regime",
      "department", "office", "agency", "council", "committee", "commission", "embassy", "university", "company",
      "bank", "union", "service", "media", "newspaper", "troop", "people", "group", "organization", "organisation",
      "legislature", "senate", "congress", "assembly", "opposition", "guard", "unit", "coalition", "alliance",
      "firm", "corporation", "press", "station", "channel", "junta", "community", "public", "population",
      "society", "family", "crowd", "establishment", "leadership", "side", "delegation", "state", "country", "nation");

  /** Nouns that, with "two" or "both", refer to the pair of actors the story is about. */
  private static final Set<String> PAIR_NOUNS = Set.of("side", "country", "nation", "government", "state",
      "minister", "leader", "party", "delegation", "neighbour", "neighbor", "president", "capital", "army", "rival",
      "foe", "adversary", "ally", "power", "man", "woman");

  /** Pair nouns that are bare people, a pair only as "the two men" ("gunmen shot two men" are two new people). */
  private static final Set<String> PEOPLE_PAIR_NOUNS = Set.of("man", "woman");

  /** Pair nouns that name each state as a whole. */
  private static final Set<String> STATE_PAIR_NOUNS = Set.of("country", "nation", "state", "neighbour", "neighbor",
      "rival", "foe", "adversary", "ally", "power");

  /** Pair nouns that name each state's government or its officials. */
  private static final Set<String> OFFICIAL_PAIR_NOUNS = Set.of("government", "minister", "leader", "president",
      "delegation", "man", "woman");

  private final ActorDictionary dictionary;
  private final FrameLexicon frames;

  public ActorResolver(ActorDictionary dictionary, FrameLexicon frames) {
    this.dictionary = dictionary;
    this.frames = frames;
  }

  /** Resolves the actors of one sentence, reading and updating the story's {@code context}. */
  public SentenceActors resolve(Sentence s, DocumentContext context, String text) {
    return resolve(s, context, text, Optional.empty());
  }

  /** As {@link #resolve(Sentence, DocumentContext, String)}, with the article date for dated entries. */
  public SentenceActors resolve(Sentence s, DocumentContext context, String text, Optional<LocalDate> date) {
    int n = s.size();
    Match[] names = new Match[n];
    Match[] agents = new Match[n];
    for (int i = 0; i < n; ) {
      Optional<Match> m = dictionary.matchName(s, i, date);
      if (m.isPresent() && inWaterName(s, m.get().from(), m.get().to())) {
        i = m.get().to() + 1; // "the South China Sea", "the Gulf of Mexico": a place's name, not the state
        continue;
      }
      if (m.isEmpty()) {
        m = compassName(s, i, context);
      }
      if (m.isPresent() && surname(s, m.get())) {
        i = m.get().to() + 1; // "UN rights chief Volker Turk": a person's surname, not a demonym
        continue;
      }
      if (m.isPresent()) {
        for (int k = m.get().from(); k <= m.get().to(); k++) {
          names[k] = m.get();
        }
        i = m.get().to() + 1;
      } else {
        i++;
      }
    }
    for (int i = 0; i < n; ) {
      Optional<Match> m = names[i] == null ? dictionary.matchAgent(s, i) : Optional.empty();
      if (m.isPresent() && (massForce(s, m.get()) || worldCommunity(s, m.get()) || machineIntelligence(s, m.get()))) {
        m = Optional.empty();
      }
      if (m.isPresent()) {
        for (int k = m.get().from(); k <= m.get().to(); k++) {
          agents[k] = m.get();
        }
        i = m.get().to() + 1;
      } else {
        i++;
      }
    }
    SentenceActors result = new SentenceActors();
    DependencyGraph basic = s.basic();
    for (int h = 0; h < n; h++) {
      if (!isHead(s, h)) {
        continue;
      }
      Token head = s.token(h);
      if (head.isPronoun()) {
        resolvePronoun(s, h, context, result, text);
        continue;
      }
      if (countrySubject(s, h, names, agents)) {
        resolveCountrySubject(s, h, context, result);
        continue;
      }
      if (locativeName(s, h, names)) {
        continue; // "a UK-based group": where it sits, not who acts, nor a country the story is about
      }
      if (insideRolePhrase(s, h, names, agents)) {
        continue; // "the US secretary of state": "state" is a word of the role phrase, not an actor of its own
      }
      Set<Integer> np = new TreeSet<>();
      collect(basic, h, np, 0);
      ledBy(s, np, names);
      if (names[h] == null && agents[h] != null) {
        addPlaces(s, h, np, names);
      }
      List<Mention> pair = names[h] == null ? pairReference(s, h, context, result) : List.of();
      if (!pair.isEmpty()) {
        result.replace(h, pair);
        continue;
      }
      if (names[h] == null && sidesOfADispute(s, h, agents)) {
        continue; // "called on all parties to exercise restraint": the sides, not political parties
      }
      Optional<Mention> organ = organOf(s, h, names, text);
      Mention m = organ.isPresent() ? organ.get() : compose(s, h, np, names, agents, context, text, date, result);
      if (m == null) {
        continue;
      }
      Mention held = m;
      m = formerHolder(s, np, m);
      String person = m != held ? personName(s, h, np) : null;
      if (person != null && context.person(person).filter(a -> a.equals(held.actor())).isPresent()) {
        context.rememberPerson(person, m.actor()); // "former Prime Minister Sheikh Hasina": later "Hasina" is ELI too
      }
      m = seatOfBloc(s, h, names, m, context);
      m = homeCongress(s, h, names, m, context);
      result.add(m);
      coordinatedCountries(s, np, names, m, text).forEach(result::add);
      ellipticDemonym(s, h, names, result); // before the pronouns after it ("... clashed along their border")
      if ((names[h] == null || names[h].phrase().kind() == Kind.PERSON) && isPerson(s, h, agents)) {
        context.sawPerson(m);
      }
    }
    namesAfterARole(s, context, result, text);
    whoseRoles(s, result);
    unboundSubjectPronouns(s, result);
    closeAppositions(s, result);
    addModifierNames(s, names, result, text);
    for (int h = 0; h < n; h++) {
      List<Mention> now = result.at(h);
      if (!s.token(h).key().equals("it") || now.size() > 1 || now.size() == 1 && !now.get(0).reason()
          .endsWith(NAMED_BEFORE_IT) && !now.get(0).reason().endsWith(SENTENCE_BEFORE)) {
        continue;
      }
      // "the African Union mission said it would ...": the speaker named by its organisation and what it is, a
      // mention made only now
      Token it = s.token(h);
      int at = h;
      speaker(s, h, context, result).filter(x -> !isPersonMention(s, x) && !s.token(x.head()).pos().equals("NNS")
          && now.stream().noneMatch(m -> m.actor().equals(x.actor())))
          .ifPresent(x -> result.replace(at, List.of(new Mention(s.index(), at, it.span(), it.word(), x.actor(),
          "'it' → '" + x.text() + "', the body speaking"))));
    }
    for (Mention m : List.copyOf(result.all())) {
      if (s.token(m.head()).key().equals("it") && m.sentence() == s.index()) {
        Mention other = notItsOwnSubject(s, m.head(), m, result);
        if (other != m) {
          result.replace(m.head(), List.of(m.withActor(other.actor(), "'it' → '" + other.text()
              + "': the object of a verb is not its own subject")));
        }
      }
    }
    crewPronouns(s, result);
    // (only a mention already taken for a person above is moved to the front)
    mainSubjectPerson(s, result).filter(m -> context.recentPersons().contains(m)).ifPresent(context::sawPerson);
    addModifierRoles(s, names, agents, context, text, date, result);
    addPartitives(s, result, text);
    namedGroups(s, names, result, text);
    counterparts(s, result);
    conjunctCountries(s, result, context);
    spokesmenFor(s, result);
    spokesmanOfTheBodyBefore(s, context, result);
    officersOfThePolice(s, context, result, text);
    rebelArmies(s, result);
    topicRoles(s, result);
    countryGroups(s, result, context);
    context.sawBodySubject(bodySubject(s, result).orElse(null), s.index());
    context.sawGroupSubject(groupSubject(s, result).orElse(null), s.index());
    for (Mention m : result.all()) {
      if (m.actor().country().isPresent() && !m.countryFromStory()
          && !m.actor().code().startsWith(Actor.UNKNOWN_COUNTRY)) {
        context.sawCountry(m.actor().country().get());
        if (m.actor().sector().isPresent() && !s.token(m.head()).isPronoun()) {
          context.sawBody(m, s.index());
          context.sawHeadWord(s.token(m.head()).key(), m, s.index());
        }
      }
      if (m.actor().code().startsWith("IGO") && !m.reason().contains(BLOC_REASON)) {
        context.sawBloc(m.actor());
        if (NAMED_AGAIN.contains(s.token(m.head()).key())) {
          context.sawHeadWord(s.token(m.head()).key(), m, s.index()); // "the International Criminal Court"
        }
      }
      if (group(m.actor()) && !m.reason().startsWith(GROUP_REASON)) {
        context.sawGroup(m);
      }
    }
    return result;
  }

  /**
   * "opposition leaders Maria Corina Machado and Edmundo Gonzalez": the parser links the names to the role before them
   * by a bare dependency (either way round); each named person holds that role, here and later in the story
   * ("Gonzalez" alone is then the opposition leader, not another office holder of that surname; "the agency's
   * director general Rafael Grossi" is the agency's, not of the country the dateline gave his title).
   */
  private static void namesAfterARole(Sentence s, DocumentContext context, SentenceActors result,
      String text) {
    for (Mention role : List.copyOf(result.all())) {
      int r = role.head();
      boolean body = role.actor().code().startsWith("IGO") || role.actor().code().startsWith("NGO");
      if (role.sentence() != s.index() || !s.token(r).pos().startsWith("NN") || role.countryFromStory()
          || !body && (role.actor().sector().isEmpty() || role.actor().country().isEmpty())) {
        continue;
      }
      List<Integer> firsts = new ArrayList<>();
      s.basic().children(r, "dep").stream().filter(p -> p > r).forEach(firsts::add);
      s.basic().parents(r).stream().filter(d -> d.relation().equals("dep") && d.governor() > r)
          .forEach(d -> firsts.add(d.governor()));
      Set<Integer> people = new TreeSet<>();
      for (int f : firsts) {
        people.add(f);
        s.basic().children(f, "conj").forEach(people::add);
      }
      for (int p : people) {
        if (!s.token(p).ner().equals("PERSON") || result.at(p).stream().anyMatch(m -> !m.countryFromStory())
            || s.token(r).pos().equals("NN") && p > r + 3) {
          continue; // (a singular role: only the name right after it, "the agency's director general Rafael Grossi")
        }
        Set<Integer> np = new TreeSet<>(List.of(p));
        s.basic().children(p).stream().filter(d -> d.relation().equals("compound") || d.relation().startsWith("flat"))
            .filter(d -> s.token(d.dependent()).ner().equals("PERSON")).forEach(d -> np.add(d.dependent()));
        String name = personName(s, p, np);
        if (name == null) {
          continue;
        }
        context.rememberPerson(name, role.actor());
        Span span = s.span(((TreeSet<Integer>) np).first(), p);
        for (Mention old : result.at(p)) {
          for (Mention m : List.copyOf(result.all())) {
            if (s.token(m.head()).isPronoun() && m.head() > p && m.reason().contains("'" + old.text() + "'")) {
              // ("... and said he was ready": the pronoun taken for the name before the name got its role)
              result.replace(m.head(), List.of(m.withActor(role.actor(), m.reason() + "; " + role.actor().code())));
            }
          }
        }
        result.replace(p, List.of());
        result.add(new Mention(s.index(), p, span, span.of(text), role.actor(), "'" + name + "', one of the '"
            + role.text() + "' named after the role: " + role.actor().code()));
      }
    }
  }

  /**
   * "Eritrea, whose troops fought alongside Ethiopian forces": a role of no country owned by "whose" is of the state
   * the relative clause is about.
   */
  private static void whoseRoles(Sentence s, SentenceActors result) {
    for (Mention m : List.copyOf(result.all())) {
      int h = m.head();
      if (m.sentence() != s.index() || !m.actor().roleWithoutCountry() || s.basic().children(h, "nmod:poss").stream()
          .noneMatch(p -> s.token(p).key().equals("whose"))) {
        continue;
      }
      for (Dependency up : s.basic().parents(h)) {
        int verb = up.governor();
        if (verb < 0 || !up.relation().startsWith("nsubj") && !up.relation().equals("obj")) {
          continue;
        }
        for (Dependency rel : s.basic().parents(verb)) {
          boolean relative = rel.relation().equals("acl:relcl") || rel.relation().equals("dep") && rel.governor() < h;
          List<Mention> owners = relative && rel.governor() >= 0 ? result.at(rel.governor()) : List.of();
          if (owners.size() == 1 && owners.get(0).actor().country().isPresent()) {
            Actor owner = owners.get(0).actor();
            result.replace(h, List.of(m.withActor(Actor.of(owner.country().get(), m.actor().sector().get()),
                m.reason() + "; 'whose': " + owners.get(0).text() + "'s")));
            return;
          }
        }
      }
    }
  }

  /** The halves of divided countries, as "the North" and "the South" stand for them in a story that names either. */
  private static final Map<String, List<String>> DIVIDED = Map.of("North", List.of("PRK", "SDN"),
      "South", List.of("KOR", "SSD"));

  /** The partner of each half: a story naming either of a pair may call both "the North" and "the South". */
  private static final Map<String, String> OTHER_HALF = Map.of("PRK", "KOR", "KOR", "PRK", "SDN", "SSD",
      "SSD", "SDN");

  /**
   * "The North's actions", "the South's military": in a story about the two Koreas (or the two Sudans) "the North"
   * and "the South" are the two states; "the West" is the Western states (WST) in any story. Only a capitalised word
   * after "the" and before no other name ("the North Atlantic", "the South China Sea", "the West Bank" are not).
   */
  private static Optional<Match> compassName(Sentence s, int i, DocumentContext context) {
    List<String> halves = DIVIDED.get(s.token(i).word());
    if (i == 0 || !s.token(i - 1).word().equalsIgnoreCase("the")
        || i + 1 < s.size() && (s.token(i + 1).pos().startsWith("NNP") || s.token(i + 1).word().equals("-"))) {
      return Optional.empty();
    }
    if (s.token(i).word().equals("West") && s.token(i).pos().startsWith("NN")) {
      // "accused the West of hypocrisy": the West as a bloc (CAMEO WST); "the West Bank" has a name after it
      return Optional.of(new Match(new Phrase("west", 1, "WST", Kind.NAME,
          "'the West': the Western states (CAMEO WST)"), i, i));
    }
    if (halves == null) {
      return Optional.empty();
    }
    for (String iso3 : halves) {
      if (context.names(iso3) || context.names(OTHER_HALF.get(iso3))) {
        return Optional.of(new Match(new Phrase(s.token(i).key(), 1, iso3, Kind.NAME, "'the " + s.token(i).word()
            + "' in a story that names " + (context.names(iso3) ? iso3 : OTHER_HALF.get(iso3))), i, i));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a one-word demonym or country name is the surname of a person named by the word before it ("Volker Turk",
   * "Jamie English"): both tagged as a person's name by the NER, the one before capitalised.
   */
  private static boolean surname(Sentence s, Match m) {
    int t = m.from();
    return t == m.to() && t > 0 && m.phrase().kind() == Kind.ADJ && s.token(t).ner().equals("PERSON")
        && s.token(t - 1).ner().equals("PERSON") && s.token(t - 1).pos().equals("NNP");
  }

  /**
   * Whether head {@code h} is a later word of a role phrase that the parser gave a head of its own ("secretary of
   * state", with {@code nmod:of(secretary, state)}): the phrase is one mention, at its first head.
   */
  private static boolean insideRolePhrase(Sentence s, int h, Match[] names, Match[] agents) {
    Match a = agents[h];
    return names[h] == null && a != null && a.from() < h && (s.basic().parents(h).stream()
        .anyMatch(d -> d.governor() >= a.from() && d.governor() < h)
        // "the U.S. charge d'affaires" parsed as two phrases: the role was taken with its first word's
        || IntStream.range(a.from(), h).anyMatch(k -> s.basic().parents(k).stream()
        .allMatch(d -> d.governor() < a.from() || d.governor() > a.to())));
  }

  /**
   * "threatened to respond with overwhelming force", "used excessive force": "force" in the singular with no
   * determiner or possessor is the mass noun (strength, violence), not a body of troops ("a UN force", "the force").
   */
  private static boolean massForce(Sentence s, Match m) {
    int t = m.to();
    return m.from() == t && s.token(t).key().equals("force") && s.token(t).pos().equals("NN")
        && s.basic().children(t).stream().noneMatch(d -> d.relation().equals("det")
        || d.relation().equals("nmod:poss") || d.relation().equals("compound"));
  }

  /** "talks on artificial intelligence": the technology, not an intelligence service (SPY). */
  private static boolean machineIntelligence(Sentence s, Match m) {
    int t = m.to();
    return s.token(t).key().equals("intelligence") && s.basic().children(t).stream()
        .anyMatch(d -> d.relation().equals("amod") && s.token(d.dependent()).key().equals("artificial"));
  }

  private static final Set<String> WORLD = Set.of("international", "global", "world");

  /** "the international community": the world at large, not a community of civilians (---CVL) or anyone's. */
  private static boolean worldCommunity(Sentence s, Match m) {
    int t = m.to();
    return s.token(t).key().equals("community") && s.basic().children(t).stream()
        .anyMatch(d -> (d.relation().equals("amod") || d.relation().equals("compound"))
        && WORLD.contains(s.token(d.dependent()).key()));
  }

  private static final Set<String> WATERS = Set.of("Sea", "Ocean", "Gulf", "Bay", "Channel", "Peninsula");

  /**
   * Whether the name at tokens {@code from..to} is part of a capitalised name of a body of water or a peninsula:
   * followed by such a word ("South China Sea", "Indian Ocean", "Korean Peninsula") or after "Sea of", "Gulf of",
   * "Bay of" ("Sea of Japan", "Gulf of Mexico").
   */
  private static boolean inWaterName(Sentence s, int from, int to) {
    if (to + 1 < s.size() && WATERS.contains(s.token(to + 1).word())) {
      return true;
    }
    return from >= 2 && s.token(from - 1).word().equals("of") && WATERS.contains(s.token(from - 2).word());
  }

  private static void namedGroups(Sentence s, Match[] names, SentenceActors result, String text) {
    for (int t = 0; t < s.size(); t++) {
      List<Mention> here = result.at(t);
      if (here.size() != 1 || names[t] != null) {
        continue;
      }
      Mention role = here.get(0);
      for (Dependency d : s.basic().children(t)) {
        int n = d.dependent();
        if (!(d.relation().equals("dep") || d.relation().equals("appos")) || n <= t || names[n] == null
            || names[n].phrase().kind() != Kind.ORG || result.at(n).size() != 1) {
          continue;
        }
        Mention name = result.at(n).get(0);
        if (name.span().start() < role.span().end()
            || !text.substring(role.span().end(), name.span().start()).matches("\\s*,?\\s*")) {
          continue; // "the group, which ... , Hamas": not written together
        }
        Span span = new Span(role.span().start(), name.span().end());
        result.replace(t, List.of(new Mention(s.index(), t, span, span.of(text), name.actor(),
            name.reason() + "; named right after the role noun '" + role.text() + "'")));
        break;
      }
    }
  }

  /**
   * The subject of a sentence's main verb when it is a single state or body (not a person, not a plural role):
   * what a sentence-initial "it" in the next sentence most often stands for.
   */
  private static Optional<Mention> bodySubject(Sentence s, SentenceActors result) {
    for (int root : s.basic().roots()) {
      for (Dependency d : s.basic().children(root)) {
        if (d.relation().equals("nsubj") && result.at(d.dependent()).size() == 1) {
          Mention m = result.at(d.dependent()).get(0);
          if (!isPersonMention(s, m) && !s.token(m.head()).pos().equals("NNS")
              && !s.token(m.head()).pos().equals("NNPS") && !m.actor().code().startsWith(Actor.UNKNOWN_COUNTRY)) {
            return Optional.of(m);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The main subject of a sentence when it is a group of people named by a plural common noun ("protesters") or a
   * named group ("the Houthis", "Hamas": news calls either "they").
   */
  private static Optional<Mention> groupSubject(Sentence s, SentenceActors result) {
    for (int root : s.basic().roots()) {
      for (int subj : s.enhanced().children(root, "nsubj")) {
        Optional<Actor> a = result.at(subj).size() == 1 ? Optional.of(result.at(subj).get(0).actor())
            : Optional.empty();
        if (a.isPresent() && (s.token(subj).pos().equals("NNS") && a.get().sector().isPresent()
            || s.token(subj).pos().startsWith("NNP") && a.get().country().isEmpty() && a.get().code().length() > 3
            && !a.get().code().startsWith("IGO"))) {
          return Optional.of(result.at(subj).get(0));
        }
      }
    }
    return Optional.empty();
  }

  /** Verbs whose subject "it" stands for nothing: "it is unclear", "it seems", "it took hours". */
  private static final Set<String> EXPLETIVE_GOVERNORS = Set.of("be", "seem", "appear", "take", "remain", "rain",
      "happen");

  /** "It is unclear whether ...", "it seems", "it took": an "it" that stands for nothing. */
  private static boolean expletive(Sentence s, int h) {
    for (Dependency d : s.basic().parents(h)) {
      int g = d.governor();
      if (g < 0) {
        continue;
      }
      if (EXPLETIVE_GOVERNORS.contains(s.token(g).key())
          || !s.basic().children(g, "cop").isEmpty() || !s.basic().children(g, "expl").isEmpty()) {
        return true;
      }
    }
    return s.basic().parents(h).stream().anyMatch(d -> d.relation().equals("expl"));
  }

  /** Offices whose former holders are elites (CAMEO ELI) rather than the body they once served. */
  private static final Set<String> OFFICE_SECTORS = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY");

  /**
   * "former US president Barack Obama", "ex-army chief": a role written with "former" or "ex-" is held no more, so
   * its holder is an elite of the country (CAMEO ELI), not the office ("former president" alone is an agents.tsv
   * entry; this covers the words between).
   */
  private static Mention formerHolder(Sentence s, Set<Integer> np, Mention m) {
    if (m.actor().sector().filter(OFFICE_SECTORS::contains).isEmpty() || m.actor().country().isEmpty()) {
      return m;
    }
    for (int k : np) {
      String w = s.token(k).key();
      if (w.equals("former") || w.length() > 3 && w.startsWith("ex-")) {
        return m.withActor(Actor.of(m.actor().country().get(), "ELI"), m.reason() + "; '" + s.token(k).word()
            + "': no longer in office, an elite");
      }
    }
    return m;
  }

  /**
   * "The army chief met his Indian counterpart": a counterpart holds the same office as the one whose counterpart he
   * is, so he takes that person's sector (MIL here) in place of the default GOV of agents.tsv.
   */
  private static void counterparts(Sentence s, SentenceActors result) {
    for (int t = 0; t < s.size(); t++) {
      if (!s.token(t).key().equals("counterpart") || result.at(t).size() != 1) {
        continue;
      }
      Mention m = result.at(t).get(0);
      for (int poss : s.basic().children(t, "nmod:poss")) {
        for (Mention owner : result.at(poss)) {
          Optional<String> sector = owner.actor().sector();
          if (sector.isPresent() && m.actor().country().isPresent() && !sector.get().equals("GOV")
              && OFFICE_SECTORS.contains(sector.get())) {
            result.replace(t, List.of(m.withActor(Actor.of(m.actor().country().get(), sector.get()), m.reason()
                + "; the same office as '" + owner.text() + "' (" + sector.get() + ")")));
          }
        }
      }
    }
  }

  /** Domestic sides that a text names next to their state without repeating its country. */
  private static final Set<String> DOMESTIC_SIDES = Set.of("OPP", "REB", "INS", "CVL", "SEP", "LAB", "EDU", "BUS",
      "MED", "JUD", "LEG", "COP", "MIL", "PTY");

  /**
   * "the Venezuelan government and the opposition", "Malian troops and rebels": a domestic role with no country of
   * its own, coordinated with an organ or group of a country (not with a bare country), is of that country.
   */
  private static void conjunctCountries(Sentence s, SentenceActors result, DocumentContext context) {
    for (int t = 0; t < s.size(); t++) {
      List<Mention> here = result.at(t);
      // (also over the story's country: "hosted South Sudan's president and rebel leader X" in an Addis Ababa story)
      if (here.size() != 1 || !here.get(0).actor().roleWithoutCountry() && !here.get(0).countryFromStory()
          || here.get(0).actor().sector().isEmpty() || !DOMESTIC_SIDES.contains(here.get(0).actor().sector().get())) {
        continue;
      }
      Optional<String> country = Optional.empty();
      for (Dependency d : s.basic().parents(t)) {
        if (d.relation().equals("conj") && d.governor() >= 0) {
          for (Mention m : result.at(d.governor())) {
            // only a country's own organ or group says whose side this is ("the US and the rebels" does not)
            if (m.actor().sector().isPresent() && country.isEmpty()) {
              country = m.actor().country();
            }
          }
        }
      }
      if (country.isPresent() && !country.equals(here.get(0).actor().country())) {
        Mention m = here.get(0);
        Actor a = Actor.of(country.get(), m.actor().sector().get());
        result.replace(t, List.of(m.withActor(a, m.reason() + "; of the country of the actor it is coordinated with")));
        String person = personName(s, t, tokensIn(s, m.span()));
        if (person != null && context.person(person).filter(m.actor()::equals).isPresent()) {
          context.rememberPerson(person, a); // "rebel leader James Lokuji": a later "Lokuji" is of that country too
        }
      }
    }
  }

  /**
   * "Thai and Cambodian soldiers", parsed with "Thai" as a noun joined to "soldiers" rather than as its second
   * adjective: a bare country adjective coordinated with a role that another country adjective qualifies shares that
   * role.
   */
  private static void ellipticDemonym(Sentence s, int role, Match[] names, SentenceActors result) {
    Optional<String> sector = result.at(role).stream().map(m -> m.actor().sector()).flatMap(Optional::stream)
        .findFirst();
    boolean qualified = s.basic().children(role, "amod").stream()
        .anyMatch(a -> names[a] != null && names[a].phrase().kind() == Kind.ADJ);
    if (sector.isEmpty() || !qualified) {
      return;
    }
    for (Dependency d : s.basic().parents(role)) {
      int t = d.governor();
      List<Mention> here = t >= 0 ? result.at(t) : List.of();
      if (d.relation().startsWith("conj") && here.size() == 1 && names[t] != null
          && names[t].phrase().kind() == Kind.ADJ && names[t].to() == t && here.get(0).actor().sector().isEmpty()
          && here.get(0).actor().country().isPresent()) {
        Mention m = here.get(0);
        result.replace(t, List.of(m.withActor(Actor.of(m.actor().country().get(), sector.get()), m.reason()
            + "; + the role '" + s.token(role).word() + "' it is coordinated with")));
      }
    }
  }

  /**
   * The person who is the subject of the sentence's main verb when that verb is no verb of saying ("The prime
   * minister resigned ..., the army chief said"): whom a "she" in the next sentence most likely means, before the
   * source the news is attributed to.
   */
  private Optional<Mention> mainSubjectPerson(Sentence s, SentenceActors result) {
    for (int root = 0; root < s.size(); root++) {
      int r = root;
      if (s.basic().parents(r).stream().noneMatch(d -> d.governor() < 0) || !s.token(r).isVerb()) {
        continue;
      }
      if (isReport(s.token(r))) {
        // "The president resigned ..., the army chief said": the news is the clause before the attribution
        int speaker = s.basic().children(r, "nsubj").stream().findFirst().orElse(-1);
        r = s.basic().children(r).stream().filter(d -> (d.relation().equals("ccomp")
            || d.relation().equals("parataxis")) && d.dependent() < speaker).map(Dependency::dependent)
            .findFirst().orElse(-1);
      }
      if (r >= 0) {
        for (int subj : s.basic().children(r, "nsubj")) {
          Optional<Mention> person = result.at(subj).stream().filter(m -> m.head() == subj).findFirst();
          if (person.isPresent()) {
            return person;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Roles that speak for whoever their "for" phrase names. */
  private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson");

  /** Roles that serve whoever their "to" or "of" phrase names. */
  private static final Set<String> AIDES = Set.of("aide", "aides");

  /**
   * "A spokesman for the ministry said", "two aides to the opposition leader": a spokesman speaks for the body of the
   * "for" phrase, an aide serves the one of the "to" phrase (the government, when it is a bare country), which says
   * more than a country taken from the story or the role's own sector. The phrase is found by the preposition right
   * after the role, as the parser often hangs it on the verb ("detained a spokesman for the party").
   */
  private static void spokesmenFor(Sentence s, SentenceActors result) {
    for (int t = 0; t + 1 < s.size(); t++) {
      List<Mention> here = result.at(t);
      String prep = s.token(t + 1).key();
      boolean speaks = SPOKESPEOPLE.contains(s.token(t).key()) && prep.equals("for");
      boolean serves = AIDES.contains(s.token(t).key()) && (prep.equals("to") || prep.equals("of"));
      if (here.size() != 1 || !(speaks || serves) || here.get(0).head() != t
          || !(here.get(0).actor().roleWithoutCountry() || here.get(0).countryFromStory() || serves)) {
        continue;
      }
      int after = t + 1;
      for (Dependency d : s.basic().parents(after)) {
        List<Mention> body = d.relation().equals("case") ? result.at(d.governor()) : List.of();
        if (body.size() == 1 && !body.get(0).actor().roleWithoutCountry()) {
          Actor a = body.get(0).actor();
          Actor spoken = spokenFor(a);
          Mention m = here.get(0);
          result.replace(t, List.of(new Mention(m.sentence(), m.head(), m.span(), m.text(), spoken,
              "'" + m.text() + "' " + prep + " '" + body.get(0).text() + "' (" + a.code() + "): "
                  + (speaks ? "speaks for it" : "serves it"))));
          break;
        }
      }
    }
  }

  /** Whom a spokesman or an aide of {@code a} acts for: a bare country's government, else {@code a} itself. */
  private static Actor spokenFor(Actor a) {
    return a.sector().isEmpty() && a.code().length() == 3 ? Actor.of(a.code(), "GOV") : a;
  }

  /**
   * "The Eastern Theater Command said ... . A spokesman warned ...": "a spokesman" who says for no one speaks for
   * the state or body the sentence before was about, rather than for a country taken from the story.
   */
  private static void spokesmanOfTheBodyBefore(Sentence s, DocumentContext context, SentenceActors result) {
    for (int t = 0; t < s.size(); t++) {
      List<Mention> here = result.at(t);
      int at = t;
      if (here.size() != 1 || !SPOKESPEOPLE.contains(s.token(t).key()) || here.get(0).head() != t
          || !(here.get(0).actor().roleWithoutCountry() || here.get(0).countryFromStory())
          || s.basic().children(t).stream().anyMatch(d -> !(d.relation().equals("det")
          && s.token(d.dependent()).key().equals("a")) && !d.relation().equals("punct"))
          || s.basic().children(t, "det").isEmpty() || s.basic().parents(t).stream().noneMatch(d -> d.isA("nsubj")
          && s.basic().roots().contains(d.governor())) || t + 1 < s.size() && s.token(t + 1).key().equals("for")) {
        continue;
      }
      Optional<Mention> body = context.lastBodySubject(s.index());
      if (body.isPresent()) {
        Actor a = body.get().actor();
        Actor spoken = spokenFor(a);
        Mention m = here.get(0);
        result.replace(at, List.of(new Mention(m.sentence(), m.head(), m.span(), m.text(), spoken, "'" + m.text()
            + "': speaks for '" + body.get().text() + "' (" + a.code() + "), the body the sentence before was about")));
      }
    }
  }

  /**
   * "Police said ... shot by armed officers": "officers" alone may be police or soldiers (the dictionary leaves the
   * bare word out); in a sentence, or just after one, that names the police and no armed force, they are the police.
   */
  private static void officersOfThePolice(Sentence s, DocumentContext context, SentenceActors result,
      String text) {
    List<Mention> police = new ArrayList<>();
    for (int t = 0; t < s.size(); t++) {
      if (!s.token(t).key().equals("officer") || !s.token(t).pos().startsWith("NN") || !result.at(t).isEmpty()
          || s.basic().children(t).stream().anyMatch(d -> d.relation().equals("compound")
          || d.relation().startsWith("nmod") || d.relation().equals("appos"))) {
        continue;
      }
      if (police.isEmpty()) {
        List<Mention> seen = new ArrayList<>(result.all());
        seen.addAll(context.recentBodies(s.index(), 1));
        if (seen.stream().anyMatch(m -> m.actor().sector().filter(ARMED_FORCES::contains).isPresent())) {
          return;
        }
        seen.stream().filter(m -> m.actor().sector().filter("COP"::equals).isPresent()).findFirst()
            .ifPresent(police::add);
        if (police.isEmpty()) {
          return;
        }
      }
      Set<Integer> np = new TreeSet<>(List.of(t));
      s.basic().children(t).stream().filter(d -> d.relation().equals("amod")).forEach(d -> np.add(d.dependent()));
      Span span = span(s, np);
      result.add(new Mention(s.index(), t, span, span.of(text), police.get(0).actor(), "'" + span.of(text)
          + "': officers in a story of '" + police.get(0).text() + "' (" + police.get(0).actor().code()
          + ") and of no armed force"));
    }
  }

  private static final Set<String> ARMED_FORCES = Set.of("MIL", "REB", "INS", "UAF", "SEP");

  /** Words that make a named army an armed group: "the rebel Popular Revolutionary Army". */
  private static final Set<String> REBEL_WORDS = Set.of("rebel", "guerrilla", "guerilla", "insurgent", "militant",
      "separatist", "jihadist", "liberation", "revolutionary", "resistance", "salvation", "insurgency");

  /**
   * "the rebel Popular Revolutionary Army", "the Arakan Liberation Army": an army named by a proper name with a word
   * of rebellion is an armed group (REB), not a state's military, whatever country it is of.
   */
  private static void rebelArmies(Sentence s, SentenceActors result) {
    for (Mention m : result.all()) {
      int h = m.head();
      if (!m.actor().sector().filter("MIL"::equals).isPresent() || !s.token(h).pos().startsWith("NNP")
          || !Set.of("army", "front", "force", "forces").contains(s.token(h).key())) {
        continue;
      }
      boolean rebel = s.basic().children(h).stream().anyMatch(d -> (d.isA("compound") || d.isA("amod"))
          && REBEL_WORDS.contains(s.token(d.dependent()).key()));
      if (rebel) {
        Actor a = Actor.of(m.actor().country().orElse(null), "REB");
        result.replace(h, List.of(m.withActor(a, m.reason() + "; named with a word of rebellion: an armed group")));
      }
    }
  }

  /**
   * "demanded a hostage deal", "a prisoner swap": a bare role word (no country of its own in the text) written
   * before a noun of a text, a policy or an accord is what that is about, not an actor.
   */
  private static void topicRoles(Sentence s, SentenceActors result) {
    for (int t = 0; t < s.size(); t++) {
      int at = t;
      List<Mention> here = result.at(t);
      if (here.isEmpty() || !here.stream().allMatch(m -> m.span().equals(s.token(at).span())
          && (m.actor().roleWithoutCountry() || m.countryFromStory()))) {
        continue;
      }
      if (s.basic().parents(t).stream().anyMatch(d -> d.relation().equals("compound") && d.governor() > at
          && TOPIC_HEADS.contains(s.token(d.governor()).key()))) {
        result.replace(t, List.of());
      }
    }
  }

  /** Words for a part or a number of a group ("one third of the guerrillas", "some of the protesters"). */
  public static final Set<String> PARTITIVES = Set.of("third", "half", "quarter", "part", "some", "many", "most",
      "majority", "minority", "number", "dozens", "hundreds", "thousands", "scores", "one", "two", "three", "four",
      "five", "several", "group", "unit", "contingent", "members", "member", "remnants", "all", "each", "none");

  /**
   * "One third of the guerrillas have been demobilized": the part of a group acts or is acted on as the group, so
   * the part word (the parser's head) gets a mention of the group's actor.
   */
  private static void addPartitives(Sentence s, SentenceActors result, String text) {
    for (int t = 0; t < s.size(); t++) {
      String w = s.token(t).word().toLowerCase(java.util.Locale.ROOT);
      if (!result.at(t).isEmpty() || !(PARTITIVES.contains(w) || s.token(t).pos().equals("CD"))) {
        continue;
      }
      Set<Integer> groups = new TreeSet<>();
      for (Dependency d : s.enhanced().children(t)) {
        if (d.relation().equals("nmod:of")) {
          groups.add(d.dependent()); // enhanced++ gives each conjunct its own "of": "scores of Sierra Leonean and ..."
          for (Dependency c : s.enhanced().children(d.dependent())) {
            if (c.relation().startsWith("conj")) {
              groups.add(c.dependent());
            }
          }
        }
      }
      List<Mention> found = new ArrayList<>();
      for (int g : groups) {
        found.addAll(result.at(g));
      }
      for (Mention group : found) {
        Span span = s.token(t).span().union(group.span());
        result.add(new Mention(s.index(), t, span, span.of(text), group.actor(), "part of '" + group.text()
            + "': " + group.reason()));
      }
    }
  }

  /** Whether the phrase names a country other than {@code country} outside the head's own name. */
  private static boolean otherCountryInPhrase(Sentence s, int h, Set<Integer> np, Match[] names, String country) {
    for (int t : np) {
      Match m = names[t];
      if (m != null && m != names[h] && (m.phrase().kind() == Kind.NAME || m.phrase().kind() == Kind.ADJ)
          && !m.phrase().code().startsWith(country)) {
        return true;
      }
    }
    return false;
  }

  /** "Security Council": the UN's, unless a country is named in its phrase ("Russia's Security Council"). */
  private static boolean nationalBody(Match m) {
    return m.phrase().kind() == Kind.ORG && m.phrase().key().equals("SecurityCouncil");
  }

  /** A demonym written after "ethnic" names a people, not a state. */
  private static boolean ethnic(Sentence s, Match m) {
    return m.from() > 0 && s.token(m.from() - 1).key().equals("ethnic")
        && m.phrase().kind() == Kind.ADJ;
  }

  /**
   * "US-led forces", "a Saudi-led coalition": the tokenizer splits the compound and the parser leaves the name outside
   * the noun phrase; the name of an "X-led" modifier belongs to the phrase (the forces are X's). Names before other
   * participles ("Saudi-backed militias", "a UK-based group") are not the actor's country and stay out.
   */
  private static void ledBy(Sentence s, Set<Integer> np, Match[] names) {
    for (int t : List.copyOf(np)) {
      if (t >= 2 && s.token(t).key().equals("lead") && s.token(t - 1).word().equals("-") && names[t - 2] != null) {
        for (int k = names[t - 2].from(); k <= names[t - 2].to(); k++) {
          np.add(k);
        }
      }
    }
  }

  /**
   * Country and organisation names that modify a non-actor noun ("Russian attack", "the Pakistani economy") get a
   * mention of their own at their last token, so that the event engine can read them as the noun's actor.
   */
  /** The tokens of the sentence inside {@code span}. */
  private static Set<Integer> tokensIn(Sentence s, Span span) {
    Set<Integer> r = new TreeSet<>();
    for (int k = 0; k < s.size(); k++) {
      if (span.contains(s.token(k).span())) {
        r.add(k);
      }
    }
    return r;
  }

  private static void addModifierNames(Sentence s, Match[] names, SentenceActors result, String text) {
    Set<Integer> covered = new TreeSet<>();
    for (Mention m : result.all()) {
      covered.addAll(tokensIn(s, m.span()));
    }
    for (int i = 0; i < s.size(); i++) {
      Match m = names[i];
      if (m == null || i != m.to() || covered.contains(i)) {
        continue;
      }
      if ((nationalBody(m) || m.phrase().kind() == Kind.SEAT) && m.from() > 0) {
        Match before = names[m.from() - 1] != null ? names[m.from() - 1]
            : m.from() > 1 && s.token(m.from() - 1).pos().equals("POS") ? names[m.from() - 2] : null;
        if (before != null && !before.phrase().code().substring(0, 3).equals(m.phrase().code().substring(0, 3))) {
          // "Russia's Security Council", "Peru's Congress": that country's body, not the UN's or the US Congress
          String country = before.phrase().code().substring(0, 3);
          String sector = m.phrase().kind() == Kind.SEAT && m.phrase().code().length() > 3
              ? m.phrase().code().substring(3) : "GOV";
          Span span = s.span(before.from(), m.to());
          result.add(new Mention(s.index(), i, span, span.of(text), Actor.of(country, sector), "'"
              + words(s, m) + "' of " + country + ": that country's body, not " + m.phrase().code()));
          continue;
        }
      }
      Optional<Integer> group = m.phrase().kind() == Kind.ORG ? groupNoun(s, i) : Optional.empty();
      if (group.isPresent() && !covered.contains(group.get())) {
        // "the Islamic Jihad movement", "the Hezbollah group": the organisation's name with a word for what it is
        Span span = s.span(m.from(), group.get());
        result.add(new Mention(s.index(), group.get(), span, span.of(text), actorOf(m), describe(m)
            + " + '" + s.token(group.get()).word() + "'"));
        continue;
      }
      Optional<Integer> side = (m.phrase().kind() == Kind.ADJ || m.phrase().kind() == Kind.NAME)
          ? sideNoun(s, i) : Optional.empty();
      boolean pluralSide = side.isPresent() && s.token(side.get()).pos().equals("NNS");
      if (side.isPresent() && !covered.contains(side.get()) && (pluralSide
          ? result.at(side.get()).stream().noneMatch(o -> o.actor().equals(actorOf(m)))
          : result.at(side.get()).isEmpty())) {
        // "the Chinese side rejected ...": in diplomatic reports a country's side is that country; "the Turkish and
        // Greek sides": each coordinated country is one of the sides
        Span span = s.span(firstCoordinated(s, i, m.from()), side.get());
        result.add(new Mention(s.index(), side.get(), span, span.of(text), actorOf(m), describe(m)
            + " + 'side': that country"));
        continue;
      }
      if (locativeName(s, i, names)) {
        continue;
      }
      if (m.phrase().kind() == Kind.CAPITAL && i + 1 < s.size()
          && NAMED_AFTER_A_CITY.contains(s.token(i + 1).key())) {
        // "the Rome Statute", "the Minsk agreements", "the Geneva talks": a city names where a text was made or a
        // meeting held, not a party to it
        continue;
      }
      Span span = s.span(m.from(), m.to());
      result.add(new Mention(s.index(), i, span, span.of(text), actorOf(m), describe(m) + ", as a modifier"));
    }
  }

  /** Bodies a state has one of: their plural ("urged governments to ...") is many states, not the story's one. */
  private static final Set<String> ONE_PER_STATE = Set.of("government", "parliament", "ministry", "regime",
      "administration", "legislature", "cabinet");

  /** Participles that, after a name and a hyphen, say only where something is ("UK-based", "Doha-headquartered"). */
  private static final Set<String> LOCATIVE_PARTICIPLES = Set.of("based", "registered", "born",
      "headquartered");

  /** A country's name or capital ending at {@code i} followed by "-based" and the like. */
  private static boolean locativeName(Sentence s, int i, Match[] names) {
    Match m = names[i];
    return m != null && m.to() == i && (m.phrase().kind() == Kind.NAME || m.phrase().kind() == Kind.CAPITAL
        || m.phrase().kind() == Kind.ADJ) && locativeAfter(s, i);
  }

  /** Whether "-based", "-registered" and the like follow token {@code i}. */
  private static boolean locativeAfter(Sentence s, int i) {
    return i + 2 < s.size() && s.token(i + 1).word().equals("-")
        && LOCATIVE_PARTICIPLES.contains(s.token(i + 2).word().toLowerCase(Locale.ROOT));
  }

  /** Texts and meetings named after the city where they were made or held. */
  private static final Set<String> NAMED_AFTER_A_CITY = Set.of("statute", "agreement", "accord", "accords",
      "protocol", "convention", "treaty", "declaration", "charter", "process", "format", "summit", "talks",
      "conference", "communique", "memorandum", "consensus", "framework", "principles", "plan", "peace", "document",
      "formula", "understanding", "pact");

  /** "the Chinese side", "the Pakistani side": the noun "side" right after a country's name or adjective. */
  private static Optional<Integer> sideNoun(Sentence s, int nameEnd) {
    List<Dependency> parents = new ArrayList<>(s.basic().parents(nameEnd));
    for (Dependency d : s.basic().parents(nameEnd)) {
      if (d.relation().equals("conj")) {
        parents.addAll(s.basic().parents(d.governor())); // a conjunct modifies what its first conjunct modifies
      }
    }
    for (Dependency d : parents) {
      int g = d.governor();
      if ((d.relation().equals("amod") || d.relation().equals("compound")) && s.token(g).key().equals("side")
          && (g == nameEnd + 1 && s.token(g).pos().equals("NN") || g > nameEnd && g <= nameEnd + 4
              && s.token(g).pos().equals("NNS") && coordinatedBefore(s, nameEnd, g))) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  /** Whether the words between a modifier and its plural head are only other coordinated modifiers of it. */
  private static boolean coordinatedBefore(Sentence s, int modifier, int head) {
    boolean other = false;
    for (int k = modifier + 1; k < head; k++) {
      String pos = s.token(k).pos();
      if (!(pos.equals("CC") || pos.equals(",") || pos.startsWith("JJ") || pos.startsWith("NNP"))) {
        return false;
      }
      other |= !pos.equals("CC") && !pos.equals(",");
    }
    for (int k = modifier - 1; k >= 0 && k >= modifier - 4; k--) {
      String pos = s.token(k).pos();
      if (pos.equals("CC")) {
        other = true;
        break;
      }
      if (!(pos.equals(",") || pos.startsWith("JJ") || pos.startsWith("NNP"))) {
        break;
      }
    }
    return other;
  }

  /** The first of the modifiers coordinated with the one that starts at {@code from} ("the [Turkish and] Greek"). */
  private static int firstCoordinated(Sentence s, int modifier, int from) {
    int first = from;
    for (Dependency d : s.basic().parents(modifier)) {
      if (d.relation().startsWith("conj") && d.governor() < first) {
        first = d.governor();
      }
    }
    return first;
  }

  /** Words that say what kind of body an organisation's name is ("the Hamas movement"). */
  private static final Set<String> GROUP_NOUNS = Set.of("movement", "group", "organisation", "organization",
      "faction", "militia", "network", "outfit", "agency", "body", "alliance", "coalition", "front", "bloc",
      "party", "mission", "union", "federation", "council", "office", "commission", "committee", "watchdog",
      "guerrillas", "militants", "rebels", "fighters", "partners", "members", "allies", "states", "countries",
      "nations");

  /** An organisation's own organs, which act for it: "the agency's board", "the bloc's secretariat". */
  private static final Set<String> ORGANS = Set.of("board", "council", "secretariat", "leadership", "assembly",
      "executive", "presidency");

  /** "The UN nuclear watchdog's board", "NATO's leadership": an organ of an organisation named as its possessor. */
  private static Optional<Mention> organOf(Sentence s, int h, Match[] names, String text) {
    if (!ORGANS.contains(s.token(h).key()) || names[h] != null) {
      return Optional.empty();
    }
    for (int poss : s.basic().children(h, "nmod:poss")) {
      Match m = names[poss];
      if (m != null && m.phrase().kind() == Kind.ORG) {
        Span span = s.span(m.from(), h);
        return Optional.of(new Mention(s.index(), h, span, span.of(text), actorOf(m), describe(m) + " + its '"
            + s.token(h).word() + "': the organisation's own organ"));
      }
    }
    return Optional.empty();
  }

  /** The group noun right after a name that it is a compound modifier of, if any. */
  private static Optional<Integer> groupNoun(Sentence s, int nameEnd) {
    for (Dependency d : s.basic().parents(nameEnd)) {
      int g = d.governor();
      if (d.relation().equals("compound") && g > nameEnd && g <= nameEnd + 3
          && GROUP_NOUNS.contains(s.token(g).word().toLowerCase(java.util.Locale.ROOT))
          && java.util.stream.IntStream.range(nameEnd + 1, g).allMatch(b -> s.basic().parents(b).stream()
              .anyMatch(p -> p.governor() == g || p.governor() > b && p.governor() < g))) {
        // "the UN refugee agency", "the UN human rights office": the words between modify the group noun
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  private static boolean isHead(Sentence s, int h) {
    Token t = s.token(h);
    if (!(t.isNoun() || t.isPronoun() || t.pos().equals("JJ") || t.pos().equals("CD"))) {
      return false;
    }
    for (Dependency d : s.basic().parents(h)) {
      String r = d.relation();
      if (r.equals("compound") || r.equals("amod") || r.startsWith("flat") || r.equals("det")) {
        return false;
      }
      if (r.equals("conj") && t.pos().equals("JJ") && s.basic().parents(d.governor()).stream()
          .anyMatch(p -> p.relation().equals("amod") && p.governor() > h)) {
        return false; // "the Turkish and Greek sides": "Greek" modifies the noun as "Turkish" does
      }
    }
    return true;
  }

  private static void collect(DependencyGraph g, int t, Set<Integer> np, int depth) {
    np.add(t);
    if (depth > 4) {
      return;
    }
    for (Dependency d : g.children(t)) {
      if (NP_LINKS.contains(d.relation())) {
        if (d.relation().equals("nmod:poss") || d.relation().equals("appos")) {
          // a possessor or "of" phrase counts only as the phrase's country ("Pakistan's foreign minister")
          np.add(d.dependent());
          for (Dependency c : g.children(d.dependent())) {
            if (c.relation().equals("compound") || c.relation().startsWith("flat")) {
              np.add(c.dependent());
            }
          }
        } else {
          collect(g, d.dependent(), np, depth + 1);
        }
      }
    }
  }

  private Mention compose(Sentence s, int h, Set<Integer> np, Match[] names, Match[] agents,
      DocumentContext context, String text, Optional<LocalDate> date, SentenceActors done) {
    Match headName = names[h];
    Optional<Actor> bloc = headName == null ? bloc(s, h, context) : Optional.empty();
    Optional<Mention> group = headName == null && (agents[h] == null || ARMED_ANAPHORS.contains(s.token(h).key()))
        ? groupAnaphor(s, h, context, done)
        : Optional.empty();
    if (group.isPresent()) {
      Span span = span(s, np);
      return new Mention(s.index(), h, span, span.of(text), group.get().actor(), GROUP_REASON + "'"
          + group.get().text() + "' (" + group.get().actor().code() + "), the group named last");
    }
    boolean again = NAMED_AGAIN.contains(s.token(h).key());
    Optional<Mention> repeated = headName == null && (agents[h] == null || again) && bareDefinite(s, h)
        ? context.lastWithHeadWord(s.token(h).key(), s.index(), again ? 8 : 3) : Optional.empty();
    if (repeated.isPresent()) {
      // "Army officers in Guinea-Bissau said ... . The officers suspended ...": the same people, named again by the
      // head of their phrase
      Span span = span(s, np);
      return new Mention(s.index(), h, span, span.of(text), repeated.get().actor(), "'" + span.of(text)
          + "': '" + repeated.get().text() + "' named before (" + repeated.get().actor().code() + ")");
    }
    if (bloc.isEmpty() && headName == null && agents[h] != null) {
      // "the bloc's foreign ministers": the organisation's own code (organisations take no sector)
      for (int poss : s.basic().children(h, "nmod:poss")) {
        bloc = names[poss] == null ? bloc(s, poss, context) : Optional.empty();
      }
    }
    if (bloc.isPresent()) {
      Span span = span(s, np);
      return new Mention(s.index(), h, span, span.of(text), bloc.get(), BLOC_REASON + bloc.get().code()
          + ", the intergovernmental organisation named last");
    }
    if (headName != null && headName.phrase().kind() == Kind.SEAT && otherCountryInPhrase(s, h, np, names,
        headName.phrase().code().substring(0, 3))) {
      // "the Nigerian Labour Congress", "India's Congress party": a seat word of one country ("Congress": USALEG)
      // written with another country's name is not that seat
      headName = null;
    }
    if (headName != null && nationalBody(headName) && otherCountryInPhrase(s, h, np, names, "---")) {
      // "Russia's Security Council": a national body, not the UN's
      headName = null;
    }
    if (headName != null && ethnic(s, headName)) {
      // "ethnic Hungarians": a people living somewhere, not the state of the demonym (CAMEO codes an ethnic group by
      // the country it lives in, which the place of the act may give)
      Span span = span(s, np);
      return new Mention(s.index(), h, span, span.of(text), Actor.of(null, "CVL"), "ethnic group '"
          + words(s, headName) + "': not the state of that name; country of residence not given");
    }
    Match name = null;
    int nameRank = -1;
    // "Algeria's U.N. ambassador", "Russia's UN envoy Vassily Nebenzia": a state's envoy to an organisation is the
    // state's
    boolean envoy = np.stream().anyMatch(t -> ENVOYS.contains(s.token(t).key()));
    for (int t : np) {
      Match m = names[t];
      if (m == null || ethnic(s, m)) {
        continue; // "ethnic Albanian rebels in Macedonia": the rebels are of Macedonia
      }
      int rank = switch (m.phrase().kind()) {
        case SEAT -> otherCountryInPhrase(s, t, np, names, m.phrase().code().substring(0, 3)) ? 0 : 3;
        case ORG -> nationalBody(m) && otherCountryInPhrase(s, t, np, names, "---") ? 0 : 2;
        case NAME, ADJ, CAPITAL -> envoy ? 3 : 1;
        default -> 1;
      };
      boolean before = t < h;
      boolean nameBefore = name != null && name.from() < h;
      if (rank > nameRank || rank == nameRank && (before != nameBefore ? before
          : Math.abs(t - h) < Math.abs(name.from() - h))) {
        // (of two names of one rank, one written before the head is its own: "the Congolese and Rwandan presidents
        // in Doha" are not Qatar's)
        name = m;
        nameRank = rank;
      }
    }
    Match agent = agents[h];
    if (agent == null && h > 0 && agents[h - 1] != null && agents[h - 1].to() == h - 1 && np.contains(h - 1)
        && GROUP_NOUNS.contains(s.token(h).key())) {
      agent = agents[h - 1]; // "the main armed opposition movement", "an opposition alliance": the role's body
    }
    if (GENERIC_ROLES.contains(s.token(h).key()) || FOLLOWERS.contains(s.token(h).key()) || agent != null
        && GENERIC_ROLES.contains(s.token(agent.to()).key())) {
      // "leaders of the opposition coalition", "a member of Hamas": the group named after "of" says who they are
      Mention of = groupOf(s, h, names, agents, context, text, date, done);
      if (of != null) {
        Span whole = span(s, np).union(of.span());
        return new Mention(s.index(), h, whole, whole.of(text), of.actor(), "'" + s.token(h).word()
            + " of' " + of.text() + ": " + of.reason());
      }
    }
    // a name the tagger did not take for a person ("Xi" in "President Xi", "Modi" in a headline)
    boolean untaggedName = names[h] == null && s.token(h).pos().equals("NNP") && !s.token(h).ner().equals("PERSON");
    if (agent == null && (s.token(h).ner().equals("PERSON") || names[h] != null || untaggedName)) {
      // "Foreign Minister Sergey Lavrov": a role before a person's name is theirs; before a thing it is not
      // ("a government shutdown", "an army base")
      for (int t : np) {
        if (agents[t] != null && (agent == null || Math.abs(t - h) < Math.abs(agent.from() - h))) {
          agent = agents[t];
        }
      }
    }
    String person = personName(s, h, np);
    if (person == null && untaggedName && (agent != null || np.size() == 1)) {
      // the leaders file decides below whether it is a person
      person = s.token(h).word();
    }
    if (person != null && joinedName(s, np)) {
      person = null; // "Dar es Salaam": a part of a longer name, which no leader's surname stands for
    }
    Span span = span(s, np);
    String phrase = span.of(text);
    Match titleOffice = headName != null && headName.phrase().kind() == Kind.PERSON
        ? titleOrganisation(np, names, headName) : null;
    if (titleOffice != null) {
      // "NATO Secretary General Mark Rutte": the organisation the title names, whatever office the person held before
      return new Mention(s.index(), h, span, phrase, actorOf(titleOffice), describe(titleOffice) + " in the title of '"
          + words(s, headName) + "', the office the title names");
    }
    if (headName != null) {
      Actor a = actorOf(headName);
      String why = describe(headName);
      if (headName.phrase().kind() == Kind.PERSON) {
        context.rememberPerson(words(s, headName), a);
      }
      if (agent != null && headName.phrase().kind() != Kind.SEAT && headName.phrase().kind() != Kind.ORG
          && a.country().isPresent()) {
        a = a.withSector(agent.phrase().code());
        why += " + role '" + words(s, agent) + "' (" + agent.phrase().source() + ")";
      }
      return new Mention(s.index(), h, span, phrase, a, why);
    }
    if (agent != null && name == null) {
      name = placeOfRole(s, h, names);
    }
    if (name == null && agent == null && COUNTRY_NOUNS.contains(s.token(h).key())) {
      // "Guyana's president said his country would defend its territory": the country of whom "his" stands for
      for (int poss : s.basic().children(h, "nmod:poss")) {
        for (Mention owner : done.at(poss)) {
          if (s.token(poss).isPronoun() && owner.actor().country().isPresent()
              && !owner.actor().code().startsWith(Actor.UNKNOWN_COUNTRY)) {
            return new Mention(s.index(), h, span, phrase, Actor.country(owner.actor().country().get()), "'"
                + phrase + "': the country of '" + owner.text() + "' (" + owner.actor().code() + ")");
          }
        }
      }
    }
    if (name == null && FOLLOWERS.contains(s.token(h).key())) {
      // "His supporters attacked the army's headquarters": the followers of the person the possessive stands for
      for (int poss : s.basic().children(h, "nmod:poss")) {
        for (Mention owner : done.at(poss)) {
          if (owner.actor().sector().isPresent() && owner.actor().country().isPresent()
              && !INSTITUTIONS.contains(s.token(owner.head()).key())) {
            Mention f = followersOf(owner);
            return new Mention(s.index(), h, span, phrase, f.actor(), f.reason());
          }
        }
      }
    }
    if (agent != null && name == null) {
      // "its troops", "their police": the owner resolved before (the government of a former leader, an elite, is
      // her country's: "protests against her government")
      for (Dependency d : s.basic().children(h)) {
        if (d.relation().equals("nmod:poss") && s.token(d.dependent()).isPronoun()) {
          for (Mention owner : done.at(d.dependent())) {
            Actor o = owner.actor();
            boolean formerOffice = o.sector().filter("ELI"::equals).isPresent() && o.country().isPresent();
            if (o.code().length() > 3 && !o.stateOrgan() && (o.sector().isPresent() || o.country().isEmpty())
                && !o.code().startsWith("IGO") && !formerOffice) {
              // "the RSF said its fighters ...": the fighters, members or leaders of a group (not of a state or an
              // intergovernmental body) are the group
              return new Mention(s.index(), h, span, phrase, owner.actor(), "role '" + words(s, agent) + "' of '"
                  + owner.text() + "' (" + owner.actor().code() + "), a group: the group itself");
            }
            if (o.code().startsWith("IGO")) {
              // "The African Union ... Its chairman urged ...": as "UN official" stays IGOUNO, a role of an
              // intergovernmental body is the body
              return new Mention(s.index(), h, span, phrase, o, "role '" + words(s, agent) + "' of '"
                  + owner.text() + "' (" + o.code() + "), an intergovernmental body: the body itself");
            }
            if (owner.actor().country().isPresent()) {
              return new Mention(s.index(), h, span, phrase, Actor.of(owner.actor().country().get(),
                  agent.phrase().code()), "role '" + words(s, agent) + "' of '" + owner.text() + "' ("
                  + owner.actor().code() + ")");
            }
          }
        }
      }
    }
    if (agent != null && name == null && person == null) {
      Optional<Mention> earlier = definiteRole(s, h, agent, context, done);
      if (earlier.isPresent()) {
        return new Mention(s.index(), h, span, phrase, earlier.get().actor(), "'" + phrase + "': the "
            + words(s, agent) + " named before, '" + earlier.get().text() + "' (" + earlier.get().actor().code() + ")");
      }
      Optional<Mention> sameGroup = theGroupBefore(s, h, agent, context);
      if (sameGroup.isPresent()) {
        return new Mention(s.index(), h, span, phrase, sameGroup.get().actor(), "role '" + words(s, agent)
            + "' with 'the': the group the sentence before was about ('" + sameGroup.get().text() + "')");
      }
      Optional<String> country = countryAnaphor(s, h, context, done);
      if (country.isPresent()) {
        return new Mention(s.index(), h, span, phrase, Actor.of(country.get(), agent.phrase().code()), "role '"
            + words(s, agent) + "' (" + agent.phrase().source() + ") of 'the country': " + country.get()
            + ", the country last named");
      }
    }
    if (agent != null) {
      Optional<Mention> sender = sendersForces(s, h, agent, done);
      Optional<Mention> reporter = sender.isPresent() ? Optional.empty() : reportersForces(s, h, agent, done);
      Actor a;
      String why;
      if (name != null && name.phrase().kind() == Kind.PERSON) {
        // "President Suharto's government", "the emir, Sheikh Hamad ...": the person's own code (IDNGOV) already has
        // a sector; it is not a country to add the role's sector to
        a = actorOf(name);
        why = describe(name) + " with role '" + words(s, agent) + "'";
      } else if (name != null && name.phrase().kind() != Kind.SEAT && name.phrase().kind() != Kind.ORG) {
        a = Actor.of(name.phrase().code(), agent.phrase().code());
        why = describe(name) + " + role '" + words(s, agent) + "' (" + agent.phrase().source() + ")";
      } else if (name != null) {
        a = actorOf(name);
        why = describe(name) + " with role '" + words(s, agent) + "'";
      } else if (person != null && context.person(person).isPresent() && possessor(s, h, np)
          && context.person(person).get().country().isPresent()) {
        // "Zoran Djindjic's opposition coalition": the role of the person's country, not the person
        a = Actor.of(context.person(person).get().country().get(), agent.phrase().code());
        why = "role '" + words(s, agent) + "' of '" + person + "', met earlier in the story as "
            + context.person(person).get().code();
      } else if (person != null && context.person(person).isPresent()) {
        a = context.person(person).get();
        why = "'" + person + "' met earlier in the story as " + a.code();
      } else if (person != null && leader(person, date).isPresent()) {
        ActorDictionary.Phrase p = leader(person, date).get();
        a = actorOf(new Match(p, h, h));
        why = "'" + person + "' holds that office on the article's date (" + p.source() + ")";
      } else if (person != null && undatedLeader(person).isPresent()) {
        // a titled surname ("President Bush") whose office holders, at any time, are all of one country: in an
        // undated story, or when no one of that name held office on its date (a former or a future holder)
        a = Actor.of(undatedLeader(person).get(), agent.phrase().code());
        why = "role '" + words(s, agent) + "' (" + agent.phrase().source() + "); '" + person + "' is the surname of "
            + "office holders of " + a.country().orElse("") + " only (leaders.tsv; " + (date.isEmpty()
            ? "the story has no date to pick one)" : "none held office on the story's date)");
      } else if (name == null && person == null && sender.isPresent()) {
        a = Actor.of(sender.get().actor().country().get(), agent.phrase().code());
        why = "role '" + words(s, agent) + "' (" + agent.phrase().source() + ") that '" + sender.get().text()
            + "' (" + sender.get().actor().code() + ") sends or deploys: its own forces";
      } else if (name == null && person == null && reporter.isPresent()) {
        a = Actor.of(reporter.get().actor().country().get(), agent.phrase().code());
        why = "role '" + words(s, agent) + "' (" + agent.phrase().source() + ") in what '" + reporter.get().text()
            + "' (" + reporter.get().actor().code() + ") reports: its own state's forces";
      } else if (context.storyCountry().isPresent()
          && !(context.storyCountryOnlyNamed() && GOVERNING.contains(agent.phrase().code()))
          && !agent.phrase().code().equals("DEV") && !foreign(s, h) && !craftOfTrade(s, h, agent.phrase().code())
          && !(s.token(h).pos().equals("NNS") && ONE_PER_STATE.contains(s.token(h).key()))) {
        // (aid workers, and those called foreign, are seldom of the country the story is about; nor are merchant
        // ships and airliners, which sail and fly under any flag; "governments" are many states' governments)
        a = Actor.of(context.storyCountry().get(), agent.phrase().code());
        why = "role '" + words(s, agent) + "' (" + agent.phrase().source() + "); " + Mention.FROM_STORY
            + context.storyCountryReason();
      } else {
        a = Actor.of(null, agent.phrase().code());
        why = "role '" + words(s, agent) + "' (" + agent.phrase().source() + "), country not given";
      }
      if (person != null && a.country().isPresent()) {
        context.rememberPerson(person, a);
      }
      return new Mention(s.index(), h, span, phrase, a, why);
    }
    if (person != null) {
      Optional<Actor> known = context.person(person);
      if (known.isPresent()) {
        return new Mention(s.index(), h, span, phrase, known.get(), "'" + person + "' is "
            + context.personName(person) + ", met earlier in the story as " + known.get().code());
      }
      Optional<ActorDictionary.Phrase> leader = leader(person, date);
      if (leader.isPresent()) {
        Actor a = actorOf(new Match(leader.get(), h, h));
        context.rememberPerson(person, a);
        return new Mention(s.index(), h, span, phrase, a, "'" + person + "' holds that office on the article's "
            + "date (" + leader.get().source() + ")");
      }
      if (date.isEmpty() && s.token(h).ner().equals("PERSON") && undatedLeader(person).isPresent()) {
        // an undated story: the person of that name in leaders.tsv, when all its office holders are of one country
        Actor a = Actor.of(undatedLeader(person).get(), "GOV");
        context.rememberPerson(person, a);
        return new Mention(s.index(), h, span, phrase, a, "'" + person + "' is the surname of office holders of "
            + a.country().orElse("") + " only (leaders.tsv; the story has no date to pick one)");
      }
      if (date.isPresent() && s.token(h).ner().equals("PERSON") && undatedLeader(person).isPresent()) {
        // a former (or future) office holder, out of office on the story's date: an elite of that country (CAMEO ELI)
        Actor a = Actor.of(undatedLeader(person).get(), "ELI");
        context.rememberPerson(person, a);
        return new Mention(s.index(), h, span, phrase, a, "'" + person + "' is the surname of office holders of "
            + a.country().orElse("") + " only (leaders.tsv), none in office on the story's date: an elite");
      }
    }
    if (agent == null && headName == null && person == null && personNoun(s.token(h))) {
      // "Israeli negotiators", "Qatari mediators", "French peacekeepers": people of a country whose role the
      // dictionary does not name act for that country (CAMEO's country code without a sector)
      for (Dependency d : s.basic().children(h)) {
        Match m = names[d.dependent()];
        if (m != null && (m.phrase().kind() == Kind.ADJ || m.phrase().kind() == Kind.NAME
            || m.phrase().kind() == Kind.ORG || m.phrase().kind() == Kind.SEAT) // "EU observers", "PTI supporters"
            && (d.relation().equals("amod") || d.relation().equals("compound") || d.relation().equals("nmod:poss"))
            && !ethnic(s, m)) {
          return new Mention(s.index(), h, span, phrase, actorOf(m), describe(m) + " + '" + s.token(h).word()
              + "', people with no role in the dictionary: that country's or organisation's");
        }
      }
      for (Dependency d : s.basic().children(h)) {
        Match m = names[d.dependent()];
        if (m != null && d.relation().equals("nmod") && (m.phrase().kind() == Kind.NAME
            || m.phrase().kind() == Kind.CAPITAL || m.phrase().kind() == Kind.ORG)
            && s.basic().children(d.dependent(), "case").stream().anyMatch(c -> s.token(c).key().equals("from"))) {
          // "a delegation from Iran", "negotiators from Qatar": sent by them
          return new Mention(s.index(), h, span, phrase, actorOf(m), describe(m) + " + '" + s.token(h).word()
              + "' from it, people with no role in the dictionary: that country's or organisation's");
        }
      }
    }
    return null;
  }

  /** Endings of English nouns for people by what they do or where they belong: negotiator, peacekeeper, pilgrim. */
  private static final List<String> PERSON_ENDINGS = List.of("er", "or", "ist", "ian", "ant", "ent", "ee", "eer");

  /** Nouns with those endings that are no people. */
  private static final Set<String> NOT_PERSONS = Set.of("border", "order", "power", "water", "center", "centre",
      "number", "paper", "corridor", "sector", "factor", "error", "interior", "matter", "letter", "member", "meter",
      "parameter", "quarter", "river", "shelter", "theater", "theatre", "tower", "trader", "cancer", "danger",
      "disorder", "disaster", "chapter", "corner", "cover", "dinner", "finger", "laser", "layer", "ledger", "lever",
      "liter", "litre", "manner", "marker", "monitor", "motor", "reactor", "register", "sticker", "transfer",
      "trigger", "tractor", "vector", "wonder", "budget", "government", "parliament", "event", "percent", "extent",
      "content", "incident", "accident", "talent", "current", "agent", "element", "component", "segment", "plant",
      "grant", "warrant", "variant", "restaurant", "descent", "consent", "intent", "tenant", "fee", "committee",
      "guarantee", "jubilee", "degree", "decree", "coffee", "tree", "pioneer", "offer", "answer", "murder", "encounter",
      "surrender", "tender", "hunger", "dissent", "career", "terror", "favor", "favour", "honor", "honour",
      "behavior", "behaviour", "rumor", "rumour", "horror", "winter", "summer", "banner", "barrier", "charter");

  private static boolean personNoun(Token t) {
    String k = t.key();
    if (!t.isNoun() || t.pos().startsWith("NNP") || NOT_PERSONS.contains(k) || k.endsWith("ment")
        || k.length() < 5) {
      return false;
    }
    return PERSON_ENDINGS.stream().anyMatch(k::endsWith) || k.equals("pilgrim") || k.equals("delegation");
  }

  /**
   * "Crowds in Ramallah cheered ... . Police fired tear gas at the crowds": a plural role with "the" and nothing that
   * says whose it is, when the sentence before was about a group of that role whose country is known.
   */
  /** The sectors of a state's armed and police forces, whose deeds its own organs report. */
  private static final Set<String> FORCES = Set.of("MIL", "COP");

  /**
   * "Russia's defence ministry said air defences had destroyed 19 drones": forces with no country, the subject of
   * what a state's organ reports, are that state's own (its government, army or police speaks of its own forces).
   */
  private static Optional<Mention> reportersForces(Sentence s, int h, Match agent, SentenceActors done) {
    if (!FORCES.contains(agent.phrase().code())) {
      return Optional.empty();
    }
    for (Dependency d : s.basic().parents(h)) {
      if (!d.relation().startsWith("nsubj")) {
        continue;
      }
      for (Dependency up : s.basic().parents(d.governor())) {
        if (!up.relation().equals("ccomp") || up.governor() < 0) {
          continue;
        }
        for (Dependency subj : s.basic().children(up.governor())) {
          if (subj.relation().equals("nsubj")) {
            Optional<Mention> reporter = done.at(subj.dependent()).stream().filter(m -> m.actor().stateOrgan()
                && m.actor().country().isPresent() && !m.countryFromStory()).findFirst();
            if (reporter.isPresent()) {
              return reporter;
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Verbs by which a state moves its own forces: "sent troops", "deployed soldiers", "withdrew its troops" (the engine
   * keeps the forces so moved out of the act's targets).
   */
  public static final Set<String> SENDING = Set.of("send", "deploy", "dispatch", "station", "mobilize",
      "mobilise", "rush", "airlift", "redeploy", "withdraw", "pull");

  /**
   * "Ethiopia said it would send additional troops", "Kenya deployed soldiers along the border": forces with no
   * country that a state or one of its organs sends, deploys or withdraws are its own, whatever country the story is
   * about.
   */
  private static Optional<Mention> sendersForces(Sentence s, int h, Match agent, SentenceActors done) {
    if (!FORCES.contains(agent.phrase().code())) {
      return Optional.empty();
    }
    for (Dependency d : s.basic().parents(h)) {
      if (!d.relation().equals("obj") || d.governor() < 0 || !SENDING.contains(s.token(d.governor()).key())) {
        continue;
      }
      for (int subj : s.enhanced().children(d.governor(), "nsubj")) {
        Optional<Mention> sender = done.at(subj).stream().filter(m -> m.actor().country().isPresent()
            && !m.countryFromStory() && !m.actor().code().startsWith(Actor.UNKNOWN_COUNTRY)
            && (m.actor().sector().isEmpty() || m.actor().stateOrgan())).findFirst();
        if (sender.isPresent()) {
          return sender;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Mention> theGroupBefore(Sentence s, int h, Match agent, DocumentContext context) {
    if (!s.token(h).pos().equals("NNS") || s.basic().children(h).stream().noneMatch(d -> d.relation().equals("det")
        && s.token(d.dependent()).key().equals("the")) || s.basic().children(h).stream()
        .anyMatch(d -> Set.of("amod", "nmod:poss", "compound").contains(d.relation()))) {
      return Optional.empty();
    }
    return context.lastGroupSubject(s.index()).filter(m -> m.actor().country().isPresent() && !m.countryFromStory()
        && m.actor().sector().equals(Optional.of(agent.phrase().code())));
  }

  /** Nouns of a place that a name completes: "the West Bank city of Ramallah", "the border town of Rafah". */
  private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "capital", "region", "province",
      "district", "camp", "port", "county", "state");

  /**
   * A role's "of/in/from" country belongs to its phrase, with the countries coordinated with it: "the foreign
   * ministers of Kenya and Ethiopia" names two actors; so does the name completing a place noun ("crowds in the West
   * Bank city of Ramallah").
   */
  private static void addPlaces(Sentence s, int h, Set<Integer> np, Match[] names) {
    for (Dependency d : s.basic().children(h)) {
      if (!d.relation().equals("nmod") || s.basic().children(d.dependent())
          .stream().noneMatch(c -> c.relation().equals("case") && Set.of("in", "from", "of")
              .contains(s.token(c.dependent()).key()))) {
        continue;
      }
      if (names[d.dependent()] == null && PLACE_NOUNS.contains(s.token(d.dependent()).key())) {
        // "Crowds in the West Bank city of Ramallah": the place noun's name
        s.basic().children(d.dependent()).stream().filter(c -> (c.relation().equals("nmod")
            || c.relation().equals("compound")) && names[c.dependent()] != null).findFirst()
            .ifPresent(c -> addName(np, names[c.dependent()]));
        continue;
      }
      if (names[d.dependent()] == null) {
        continue;
      }
      addName(np, names[d.dependent()]);
      for (Dependency c : s.basic().children(d.dependent())) {
        if (c.relation().startsWith("conj") && names[c.dependent()] != null) {
          addName(np, names[c.dependent()]);
        }
      }
    }
  }

  private static void addName(Set<Integer> np, Match m) {
    for (int k = m.from(); k <= m.to(); k++) {
      np.add(k);
    }
  }

  /**
   * "The minister met ...", after "Chinese Foreign Minister Wang Yi arrived ...": a role with "the" and nothing else
   * that says whose it is stands for the person last named with that role word, in this sentence or a recent one.
   */
  private static Optional<Mention> definiteRole(Sentence s, int h, Match agent, DocumentContext context,
      SentenceActors done) {
    if (s.basic().children(h).stream().noneMatch(d -> d.relation().equals("det")
        && s.token(d.dependent()).key().equals("the"))
        || s.basic().children(h).stream().anyMatch(d -> d.relation().equals("amod") || d.relation().equals("nmod:poss")
        || d.relation().equals("compound") && d.dependent() < agent.from())
        || !s.token(h).pos().equals("NN")) {
      return Optional.empty(); // "the Chinese minister", "the country's minister", plural roles: said otherwise
    }
    String role = s.token(h).key();
    List<Mention> candidates = new ArrayList<>();
    for (Mention m : done.all()) {
      if (m.head() < h) {
        candidates.add(0, m);
      }
    }
    candidates.addAll(context.recentPersons());
    candidates.addAll(context.recentBodies(s.index(), 3)); // "Iran's foreign ministry ... the ministry"
    for (Mention m : candidates) {
      if (m.actor().country().isPresent() && !m.countryFromStory() && m.actor().sector().isPresent()
          && java.util.Arrays.asList(NON_LETTERS.split(m.text().toLowerCase(Locale.ROOT))).contains(role)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^a-z]+");

  /**
   * The intergovernmental organisation named in a person's title ("NATO Secretary General Mark Rutte"), when the
   * person's own entry gives another code; or null.
   */
  private static Match titleOrganisation(Set<Integer> np, Match[] names, Match person) {
    for (int k : np) {
      Match m = names[k];
      if (m != null && m != person && k < person.from() && m.phrase().kind() == Kind.ORG
          && m.phrase().code().startsWith("IGO") && !person.phrase().code().startsWith(m.phrase().code())) {
        return m;
      }
    }
    return null;
  }

  /** Capitals that stand for the organisation seated there once the story has named it: "Brussels" for the EU. */
  private static final Map<String, String> BLOC_SEATS = Map.of("Brussels", "IGOEUREEC");

  /**
   * "China launched a probe into EU pork imports, days after Brussels announced tariffs": in a story that has named the
   * EU, "Brussels" is the EU, not Belgium.
   */
  private static Mention seatOfBloc(Sentence s, int h, Match[] names, Mention m, DocumentContext context) {
    String bloc = names[h] != null && names[h].phrase().kind() == Kind.CAPITAL ? BLOC_SEATS.get(s.token(h).word())
        : null;
    if (bloc == null || m.actor().sector().isPresent() || context.lastBloc().filter(b -> b.code().equals(bloc))
        .isEmpty()) {
      return m;
    }
    return m.withActor(context.lastBloc().get(), m.reason() + "; in a story that named " + bloc + ", its seat stands "
        + "for it");
  }

  /**
   * "Supporters stormed Congress", in a story from Brasilia that never names the United States: "Congress" alone is
   * the legislature of the country the story is about (Brazil, Peru, Colombia, the Philippines ... have one), not the
   * US Congress, the seat countries.tsv gives it.
   */
  private static Mention homeCongress(Sentence s, int h, Match[] names, Mention m, DocumentContext context) {
    Match seat = names[h];
    if (seat == null || seat.phrase().kind() != Kind.SEAT || seat.from() != seat.to()
        || !s.token(h).word().equals("Congress") || !m.actor().code().equals("USALEG")
        || context.storyCountry().filter(CONGRESSES::contains).isEmpty() || context.names("USA")) {
      return m;
    }
    String home = context.storyCountry().get();
    return m.withActor(Actor.of(home, "LEG"), m.reason() + "; in a story about " + home + " that never names the "
        + "United States: " + home + "'s own congress");
  }

  /**
   * Heads of an institution's name that "the" + the word names again later in the story, though the word alone would
   * be a role of the story's country: "The International Criminal Court issued warrants ... The court also issued".
   */
  private static final Set<String> NAMED_AGAIN = Set.of("court", "tribunal");

  /**
   * Countries whose legislature is called a congress (Congreso, Kongreso, Congresso): Peru, Colombia, the Philippines,
   * Brazil, Mexico, Chile, Argentina, Guatemala, Honduras, Paraguay, the Dominican Republic, Spain. "Congress approved
   * aid for Ukraine" is still the US Congress.
   */
  private static final Set<String> CONGRESSES = Set.of("PER", "COL", "PHL", "BRA", "MEX", "CHL", "ARG", "GTM", "HND",
      "PRY", "DOM", "ESP");

  /** Envoys, who speak for the state that sends them, whatever organisation they are sent to. */
  private static final Set<String> ENVOYS = Set.of("ambassador", "envoy", "representative", "delegate", "emissary");

  /** Nouns that, with "the", stand for an intergovernmental organisation named before: "the bloc", "the alliance". */
  private static final Set<String> BLOC_NOUNS = Set.of("bloc", "alliance", "agency", "watchdog");

  /** Of those, the nouns that only a bloc is: "the regional bloc", "the 32-member alliance". */
  private static final Set<String> ALLIANCE_NOUNS = Set.of("bloc", "alliance");

  private static final String BLOC_REASON = "'the bloc': ";

  /** "The bloc agreed ...", "the agency's chief": the intergovernmental organisation named last in the story. */
  private static Optional<Actor> bloc(Sentence s, int t, DocumentContext context) {
    if (!BLOC_NOUNS.contains(s.token(t).key()) || s.basic().children(t).stream().noneMatch(d ->
        d.relation().equals("det") && s.token(d.dependent()).key().equals("the"))
        || !ALLIANCE_NOUNS.contains(s.token(t).key()) && s.basic().children(t).stream().anyMatch(d ->
        d.relation().equals("compound") || d.relation().equals("amod"))) {
      return Optional.empty(); // ("the news agency", "the space agency" are no bloc; "the regional bloc" is)
    }
    return context.lastBloc();
  }

  /** Nouns that, with "the" and nothing else, stand for the armed, political or civic group named last. */
  private static final Set<String> GROUP_ANAPHORS = Set.of("group", "movement", "militia", "organisation",
      "organization", "faction");

  /** Sectors of such groups, in a code's fourth to sixth letters ("PSEREBHMS"). */
  private static final Set<String> GROUP_SECTORS = Set.of("REB", "INS", "SEP", "RAD", "UAF", "OPP", "PTY", "HRI");

  private static final String GROUP_REASON = "'the group': ";

  /** Whether an actor is an armed, political or civic group ("the group" may stand for it). */
  static boolean group(Actor a) {
    String c = a.code();
    return c.startsWith("NGO") || c.length() >= 6 && GROUP_SECTORS.contains(c.substring(3, 6));
  }

  /**
   * "A Hamas official said the group had accepted ...": "the group" (or "the movement", "the militia" ...), with
   * nothing else that says which, is the group named last before it, in its sentence or else in the story.
   */
  /** A common noun with "the" and no modifier of its own: "the officers". */
  private static boolean bareDefinite(Sentence s, int h) {
    return s.token(h).pos().startsWith("NN") && !s.token(h).pos().startsWith("NNP")
        && s.basic().children(h).stream().anyMatch(d -> d.relation().equals("det")
        && s.token(d.dependent()).key().equals("the"))
        && s.basic().children(h).stream().noneMatch(d -> d.relation().equals("amod")
        || d.relation().equals("compound") || d.relation().startsWith("nmod") || d.relation().equals("nummod"));
  }

  private static Optional<Mention> groupAnaphor(Sentence s, int h, DocumentContext context, SentenceActors done) {
    boolean fighters = ARMED_ANAPHORS.contains(s.token(h).key()) && s.token(h).pos().equals("NNS");
    if (!fighters && (!GROUP_ANAPHORS.contains(s.token(h).key()) || !s.token(h).pos().equals("NN"))
        || s.basic().children(h).stream().noneMatch(d -> d.relation().equals("det")
        && s.token(d.dependent()).key().equals("the"))
        || s.basic().children(h).stream().anyMatch(d -> d.relation().equals("amod") || d.relation().equals("compound")
        || d.relation().startsWith("nmod") || d.relation().equals("acl") || d.relation().equals("appos"))) {
      return Optional.empty();
    }
    Mention last = null;
    for (Mention m : done.all()) {
      if (m.head() < h && (fighters ? armed(m.actor()) : group(m.actor())) && (last == null
          || m.head() > last.head())) {
        last = m;
      }
    }
    return last != null ? Optional.of(last)
        : context.lastGroup().filter(m -> !fighters || armed(m.actor()));
  }

  /**
   * "talks with the ELN ... the rebels killed two soldiers": fighters named by "the" alone are the armed group named
   * last; only a group whose own code says it is armed qualifies.
   */
  private static final Set<String> ARMED_ANAPHORS = Set.of("rebel", "insurgent", "militant", "guerrilla",
      "guerilla", "jihadist", "fighter", "dissident");

  private static final Set<String> ARMED_SECTORS = Set.of("REB", "INS", "SEP");

  private static boolean armed(Actor a) {
    String c = a.code();
    return c.length() > 6 && ARMED_SECTORS.contains(c.substring(3, 6)) || c.startsWith("IMG") && c.length() > 3;
  }

  /** Nouns that, with "the", stand for a country: "the country's armed forces", "the kingdom would ...". */
  private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "kingdom", "republic");


  /** "the country", "the kingdom", bare (no other word in its phrase), the subject of a verb, and no name. */
  private static boolean countrySubject(Sentence s, int h, Match[] names, Match[] agents) {
    return COUNTRY_NOUNS.contains(s.token(h).key()) && s.token(h).pos().equals("NN") && names[h] == null
        && agents[h] == null && s.basic().parents(h).stream().anyMatch(d -> d.isA("nsubj") || d.isA("nsubj:pass"))
        && s.basic().children(h).stream().allMatch(d -> d.isA("det") && s.token(d.dependent()).key().equals("the"));
  }

  /**
   * "Thailand's foreign minister said the kingdom would provide food": "the country" (nation, kingdom, republic) doing
   * something is the state of whoever speaks of it, else of the state named last before it in its sentence, else of
   * the one the sentence before was about, else of the one named last in the story.
   */
  private void resolveCountrySubject(Sentence s, int h, DocumentContext context, SentenceActors result) {
    Optional<Mention> speaking = speaker(s, h, context, result).filter(m -> m.actor().country().isPresent()
        && !m.actor().code().startsWith(Actor.UNKNOWN_COUNTRY));
    Optional<String> country = speaking.flatMap(m -> m.actor().country());
    String why = speaking.map(m -> "the state of '" + m.text() + "', who speaks of it").orElse("");
    Optional<Mention> before = lastCountryBefore(result, h);
    if (country.isEmpty() && before.isPresent()) {
      country = before.get().actor().country();
      why = "the state of '" + before.get().text() + "', named last before it";
    }
    Optional<Mention> subject = context.lastBodySubject(s.index()).filter(m -> m.actor().country().isPresent()
        && !m.actor().code().startsWith(Actor.UNKNOWN_COUNTRY));
    if (country.isEmpty() && subject.isPresent()) {
      country = subject.get().actor().country();
      why = "the state of '" + subject.get().text() + "', whom the sentence before was about";
    }
    if (country.isEmpty() && context.lastCountry().isPresent()) {
      country = context.lastCountry();
      why = "the country named last in the story";
    }
    Token t = s.token(h);
    String reason = why;
    country.ifPresent(c -> result.add(new Mention(s.index(), h, t.span(), "the " + t.word(), Actor.country(c),
        "'the " + t.word() + "' → " + reason)));
  }

  /**
   * "Iran's supreme leader praised the country's armed forces": a role owned by "the country" (or "the nation") is
   * of the country named last before it, in its own sentence or else in the sentences before.
   */
  private static Optional<String> countryAnaphor(Sentence s, int h, DocumentContext context, SentenceActors done) {
    for (Dependency d : s.basic().children(h)) {
      int c = d.dependent();
      if (!d.relation().equals("nmod:poss") || !COUNTRY_NOUNS.contains(s.token(c).key())
          || s.basic().children(c).stream().noneMatch(x -> x.relation().equals("det")
              && Set.of("the", "this").contains(s.token(x.dependent()).key()))) {
        continue;
      }
      Optional<String> last = lastCountryBefore(done, c).flatMap(m -> m.actor().country());
      return last.isPresent() ? last : context.lastCountry();
    }
    return Optional.empty();
  }

  /** The last mention before token {@code h} whose country the text itself gives (not the story's), if any. */
  private static Optional<Mention> lastCountryBefore(SentenceActors done, int h) {
    Optional<Mention> last = Optional.empty();
    for (Mention m : done.all()) {
      if (m.head() < h && m.actor().country().isPresent() && !m.countryFromStory()
          && !m.actor().code().startsWith(Actor.UNKNOWN_COUNTRY)) {
        last = Optional.of(m);
      }
    }
    return last;
  }

  /**
   * "shelled rebel positions", "raided opposition offices", "torched a police station": a role word that only modifies
   * a noun that is no actor itself still names whose the thing is, and so whom an act on it is aimed at.
   */
  private void addModifierRoles(Sentence s, Match[] names, Match[] agents, DocumentContext context, String text,
      Optional<LocalDate> date, SentenceActors result) {
    for (int t = 0; t < s.size(); t++) {
      Match agent = agents[t];
      if (agent == null || t != agent.to() || !result.at(t).isEmpty()
          || agent.from() == agent.to() && s.token(t).key().equals("intelligence")) {
        continue; // "intelligence sharing", "an intelligence report": information, not the service
      }
      int at = t;
      Optional<Dependency> up = s.basic().parents(t).stream().filter(d -> d.governor() >= 0).findFirst();
      if (up.isEmpty() || !(up.get().relation().equals("compound") || up.get().relation().equals("amod"))
          || !s.token(up.get().governor()).isNoun()
          || !result.at(up.get().governor()).isEmpty() || agents[up.get().governor()] != null
          || names[up.get().governor()] != null || TOPIC_HEADS.contains(s.token(up.get().governor()).key())) {
        continue; // ("the media law", "police reform": what the text or policy is about, not who acts)
      }
      Set<Integer> np = new TreeSet<>();
      for (int k = agent.from(); k <= agent.to(); k++) {
        np.add(k);
      }
      // "Chinese coast guard ships": the country written before the role on the same thing is the role's country
      List<Integer> countryModifiers = new ArrayList<>();
      for (Dependency d : s.basic().children(up.get().governor())) {
        int k = d.dependent();
        Match name = names[k];
        if ((d.relation().equals("amod") || d.relation().equals("compound")) && k < agent.from() && name != null
            && (name.phrase().kind() == Kind.ADJ || name.phrase().kind() == Kind.NAME) && k == name.to()) {
          for (int w = name.from(); w <= name.to(); w++) {
            np.add(w);
          }
          countryModifiers.add(k);
        }
      }
      Mention m = compose(s, at, np, names, agents, context, text, date, result);
      if (m != null) {
        if (m.actor().country().isPresent()) {
          countryModifiers.forEach(k -> result.replace(k, List.of())); // one actor, not the country beside it
        }
        result.add(m);
      }
    }
  }

  /**
   * Nouns of texts, policies, fields and accords that a role word before them is the topic of ("the media law", "a
   * hostage deal").
   */
  private static final Set<String> TOPIC_HEADS = Set.of("law", "bill", "legislation", "reform", "policy",
      "regulation", "rule", "decree", "code", "freedom", "budget", "sector", "industry", "coverage", "strategy",
      "spending", "ban", "deal", "agreement", "accord", "swap", "exchange", "talks", "negotiation", "release");

  /** Role words that say only "someone of": the group named after "of" gives the actor. */
  private static final Set<String> GENERIC_ROLES = Set.of("leader", "member", "head", "chief", "official",
      "representative", "spokesman", "spokeswoman", "spokesperson", "delegate", "envoy", "supporter", "activist",
      "fighter", "militant");

  /** Words for the followers of a person: "supporters of Castillo" are his camp, not he himself. */
  private static final Set<String> FOLLOWERS = Set.of("supporter", "follower", "loyalist", "partisan");

  /**
   * The camp of a person: supporters of someone in office are of the party in power (PTY, manual 3.1.4), of
   * someone out of office (a former leader, an elite, an opposition figure) the opposition (OPP); followers of a
   * rebel, insurgent or religious leader are of that leader's sector.
   */
  private static Mention followersOf(Mention leader) {
    Actor a = leader.actor();
    String sector = switch (a.sector().orElseThrow()) {
      case "GOV", "LEG" -> "PTY";
      case "ELI", "OPP", "PTY", "CVL" -> "OPP";
      default -> a.sector().orElseThrow();
    };
    return new Mention(leader.sentence(), leader.head(), leader.span(), leader.text(),
        Actor.of(a.country().orElseThrow(), sector),
        "followers of " + leader.text() + " (" + a.code() + "): " + sector);
  }

  private Mention groupOf(Sentence s, int h, Match[] names, Match[] agents, DocumentContext context, String text,
      Optional<LocalDate> date, SentenceActors done) {
    for (Dependency d : s.basic().children(h)) {
      int c = d.dependent();
      if (!d.relation().equals("nmod") || s.basic().children(c).stream().noneMatch(x -> x.relation().equals("case")
          && s.token(x.dependent()).key().equals("of"))) {
        continue;
      }
      boolean leader = FOLLOWERS.contains(s.token(h).key()) && s.token(c).ner().equals("PERSON");
      if (names[c] != null && names[c].phrase().kind() != Kind.ORG && agents[c] == null && !leader) {
        continue; // "the leader of Peru" is the role in that country: placeOfRole decides it
      }
      Set<Integer> np = new TreeSet<>();
      collect(s.basic(), c, np, 0);
      boolean group = agents[c] != null || np.stream().anyMatch(t -> names[t] != null
          && names[t].phrase().kind() == Kind.ORG);
      if (!group && !leader || GENERIC_ROLES.contains(s.token(c).key())) {
        continue;
      }
      Mention m = compose(s, c, np, names, agents, context, text, date, done);
      if (m != null && leader && m.actor().sector().isPresent() && m.actor().country().isPresent()) {
        return followersOf(m);
      }
      if (m != null && !leader && (m.actor().sector().isPresent() || m.actor().country().isEmpty())) {
        return m;
      }
    }
    return null;
  }

  /** "Security forces in Guinea", "rebels from Mali", "the president of Peru": the country of a role's phrase. */
  private static Match placeOfRole(Sentence s, int h, Match[] names) {
    for (Dependency d : s.basic().children(h)) {
      String r = d.relation();
      if ((r.equals("nmod") || r.equals("obl") && BASED.contains(s.token(h).key()))
          && s.basic().children(d.dependent()).stream().anyMatch(c -> c.relation().equals("case")
          && Set.of("in", "from", "of").contains(s.token(c.dependent()).key()))) {
        Match m = names[d.dependent()];
        if (m != null && (m.phrase().kind() == Kind.NAME || m.phrase().kind() == Kind.CAPITAL)) {
          return m;
        }
      }
      if (r.equals("acl") && BASED.contains(s.token(d.dependent()).key())) {
        // "fighters operating from Burkina Faso", "a group based in Kenya": where the role is based
        Match m = placeOfRole(s, d.dependent(), names);
        if (m != null) {
          return m;
        }
      }
      int tie = r.equals("acl") || r.equals("amod") ? allegianceWord(s, d.dependent()) : -1;
      if (tie >= 0) {
        // "gunmen linked to al-Shabaab", "men believed to belong to an Islamic State affiliate", "fighters loyal to
        // the RSF": the state or group the role is tied to
        Match m = linkedState(s, tie, names);
        if (m != null) {
          return m;
        }
      }
    }
    for (Dependency up : s.basic().parents(h)) {
      // (also with the participle read as the root and the true verb left loose: "Hackers linked to ... attacked")
      int p = up.governor();
      if (up.relation().equals("nsubj") && p >= 0 && LINKED.contains(s.token(p).key())
          && s.basic().children(p).stream().anyMatch(x -> x.relation().equals("dep")
          && s.token(x.dependent()).isVerb())) {
        Match m = linkedState(s, p, names);
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * "hackers linked to Russian military intelligence", "gunmen tied to Iran", "men belonging to Boko Haram": the state
   * the participle ties a role to, or the organisation a word of membership makes it part of, named or as an
   * adjective in its phrase, or null.
   */
  private static Match linkedState(Sentence s, int participle, Match[] names) {
    for (Dependency to : s.basic().children(participle)) {
      if (!to.relation().startsWith("obl") || s.token(participle).key().equals("work") && s.basic()
          .children(to.dependent(), "case").stream().noneMatch(c -> s.token(c).key().equals("for"))) {
        continue; // ("working for Russia's intelligence service", not "working in Kenya" or "with Russia")
      }
      List<Integer> words = new ArrayList<>(List.of(to.dependent()));
      s.basic().children(to.dependent()).stream().filter(x -> x.relation().equals("amod")
          || x.relation().equals("compound") || x.relation().equals("nmod:poss"))
          .forEach(x -> words.add(x.dependent()));
      for (int w : words) {
        Match m = names[w];
        if (m != null && (m.phrase().kind() == Kind.NAME || m.phrase().kind() == Kind.CAPITAL
            || m.phrase().kind() == Kind.ADJ || m.phrase().kind() == Kind.ORG && MEMBERSHIP.contains(
            s.token(participle).key()))) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * Words that tie a role to a state or a group: "linked to", "tied to", "affiliated with", "connected to",
   * "belonging to", "loyal to", "allied with", "working for".
   */
  private static final Set<String> LINKED = Set.of("link", "tie", "affiliate", "connect", "belong", "loyal", "ally",
      "work");

  /**
   * Of those, the words of membership, which make a role the organisation itself: "gunmen loyal to the Islamic State"
   * are the group, while "militants linked to al-Qaeda" are only said to have ties to it.
   */
  private static final Set<String> MEMBERSHIP = Set.of("belong", "loyal");

  /** Verbs that hedge a tie: "believed to belong to", "suspected of links", "thought to be linked to". */
  private static final Set<String> HEDGED = Set.of("believe", "suspect", "think", "say", "report", "allege");

  /**
   * The word of allegiance a role's participle or adjective is, or leads to through a hedge ("believed to belong
   * to"), or -1.
   */
  private static int allegianceWord(Sentence s, int w) {
    if (LINKED.contains(s.token(w).key())) {
      return w;
    }
    if (HEDGED.contains(s.token(w).key())) {
      for (int x : s.basic().children(w, "xcomp")) {
        if (LINKED.contains(s.token(x).key())) {
          return x;
        }
      }
    }
    return -1;
  }

  /** Participles that say where a role is based: "based in", "operating from", "headquartered in". */
  private static final Set<String> BASED = Set.of("base", "operate", "headquarter");

  private Optional<String> undatedLeader(String person) {
    String[] parts = person.split("\\s+");
    if (parts.length > 1 && !dictionary.isLeaderName(person)) {
      return Optional.empty();
    }
    Optional<String> byName = parts.length > 1 ? dictionary.leaderCountryByFullName(person) : Optional.empty();
    return byName.isPresent() ? byName : dictionary.leaderCountryAnyTime(parts[parts.length - 1]);
  }

  /**
   * A leader by the surname the story uses ("Putin"), when no earlier mention says otherwise. A name of several words
   * counts only when the leaders file lists it: "Tom Martin" is not Ireland's Micheál Martin.
   */
  private Optional<ActorDictionary.Phrase> leader(String person, Optional<LocalDate> date) {
    String[] parts = person.split("\\s+");
    if (parts.length > 1 && !dictionary.isLeaderName(person)) {
      return Optional.empty();
    }
    return dictionary.leaderBySurname(parts[parts.length - 1], date);
  }

  /**
   * "US and British activists": countries joined by a conjunction inside one phrase each give the phrase's role
   * an actor of their own (the first one is the phrase's own mention).
   */
  private static List<Mention> coordinatedCountries(Sentence s, Set<Integer> np, Match[] names, Mention m,
      String text) {
    boolean people = m.actor().sector().isEmpty() && names[m.head()] == null && personNoun(s.token(m.head()));
    if (m.actor().sector().isEmpty() && !people || m.actor().country().isEmpty()) {
      return List.of(); // a role ("French and German activists") or people of a country ("US and Russian negotiators")
    }
    List<Mention> extra = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    seen.add(m.actor().root());
    Set<Integer> candidates = new TreeSet<>(np);
    for (int t : np) {
      // the parser hangs "German" in "French and German activists" on the modifier "French", outside the phrase
      boolean adjective = s.basic().parents(t).stream().anyMatch(d -> d.relation().equals("amod")
          || d.relation().equals("compound"));
      for (Dependency d : s.basic().children(t)) {
        if (d.relation().startsWith("conj") && names[t] != null && adjective) {
          candidates.add(d.dependent());
        }
      }
    }
    for (int t : candidates) {
      Match n = names[t];
      if (n == null || t != n.to() || n.phrase().kind() == Kind.PERSON || seen.contains(n.phrase().code())
          || n.phrase().kind() == Kind.SEAT && seen.contains(n.phrase().code().substring(0, 3))) {
        continue;
      }
      boolean coordinated = false;
      for (Dependency d : s.basic().parents(t)) {
        coordinated |= d.relation().startsWith("conj") && candidates.contains(d.governor())
            && names[d.governor()] != null;
      }
      if (coordinated) {
        seen.add(n.phrase().code());
        // ("Israeli and Hamas negotiators": an organisation keeps its own code, which takes no role; so does a seat of
        // power: "the leaders of Egypt, Jordan and the Palestinian Authority")
        boolean org = n.phrase().kind() == Kind.ORG || n.phrase().kind() == Kind.SEAT;
        extra.add(new Mention(s.index(), m.head(), m.span(), m.text(), org ? actorOf(n)
            : people ? Actor.country(n.phrase().code()) : Actor.of(n.phrase().code(), m.actor().sector().get()),
            describe(n) + " coordinated with the phrase's first country"
            + (people || org ? "" : ", + the phrase's role")));
      }
    }
    return extra;
  }

  /**
   * Decides which country the story is about, for role words that name no country ("police said"): the country of
   * a dateline ("KABUL (Reuters) -", "BEIJING, March 3 --"), else a country named in at least two sentences and
   * more often than any other, else the only country the story names.
   */
  public void readStory(List<Sentence> sentences, String text, DocumentContext context, Optional<LocalDate> date) {
    if (sentences.isEmpty()) {
      return;
    }
    java.util.Map<String, Set<Integer>> seenIn = new java.util.HashMap<>();
    Set<String> setting = new java.util.HashSet<>();
    for (Sentence s : sentences) {
      for (int i = 0; i < s.size(); i++) {
        Optional<Match> m = dictionary.matchName(s, i, date);
        if (m.isPresent() && locativeAfter(s, m.get().to())) {
          i = m.get().to(); // ("a UK-based group" is not set there)
          continue;
        }
        if (m.isPresent() && m.get().phrase().kind() == Kind.SEAT && m.get().from() == m.get().to()
            && s.token(i).word().equals("Congress")) {
          continue; // (many states have a congress: the word alone does not name the United States)
        }
        if (m.isPresent() && m.get().phrase().kind() != Kind.ORG) {
          String iso3 = m.get().phrase().code().substring(0, 3);
          seenIn.computeIfAbsent(iso3, k -> new TreeSet<>()).add(s.index());
          if (m.get().phrase().kind() == Kind.PERSON || setting(s, m.get().to())) {
            setting.add(iso3);
          }
          i = m.get().to();
        }
      }
    }
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    seenIn.forEach((k, v) -> counts.put(k, v.size()));
    context.countrySentences(counts);
    java.util.regex.Matcher dl = DATELINE.matcher(text);
    int lead = 0;
    if (!dl.lookingAt() && sentences.size() > 1 && sentences.get(1).start() <= text.length()
        && text.substring(sentences.get(0).end(), sentences.get(1).start()).contains("\n")) {
      lead = 1; // a headline on its own line, then "NIAMEY, Aug 26 (Wire) --"
      dl.region(sentences.get(1).start(), text.length());
    }
    if (dl.lookingAt() && !IGO_SEATS.contains(dl.group(1).strip().toLowerCase(Locale.ROOT))) {
      int end = dl.end(1);
      Sentence first = sentences.get(lead);
      for (int i = 0; i < first.size() && first.token(i).start() < end; i++) {
        Optional<Match> m = dictionary.matchName(first, i, date, true);
        if (m.isPresent() && m.get().phrase().kind() != Kind.ORG && m.get().phrase().kind() != Kind.PERSON) {
          String dateline = m.get().phrase().code().substring(0, 3);
          // (the dateline may be a sentence of its own, the lead the next)
          Sentence leadSentence = first.token(first.size() - 1).start() < dl.end() && sentences.size() > lead + 1
              ? sentences.get(lead + 1) : first;
          Optional<String> led = ledElsewhere(leadSentence, dl.end(), dateline, date);
          if (led.isPresent()) {
            context.storyCountry(led.get(), "the lead is set in " + led.get() + ", not at the dateline '"
                + dl.group(1).strip() + "' (a regional bureau)");
            return;
          }
          context.storyCountry(dateline, "dateline '" + dl.group(1).strip() + "'");
          return;
        }
      }
    }
    String best = null;
    int bestCount = 0;
    boolean tie = false;
    for (var e : seenIn.entrySet()) {
      int c = e.getValue().size();
      if (c > bestCount) {
        best = e.getKey();
        bestCount = c;
        tie = false;
      } else if (c == bestCount) {
        tie = true;
      }
    }
    if (best != null && bestCount >= 2 && !tie) {
      context.storyCountry(best, "named in " + bestCount + " sentences, more than any other country");
    } else if (best != null && seenIn.size() == 1 && setting.contains(best)) {
      context.onlyNamedCountry(best, "the only country the story names");
    }
  }

  /**
   * "BANGKOK, Oct 22 (Wire) - Myanmar military aircraft bombed a village ...": a story filed from a regional bureau
   * whose lead names the people or forces of one other country, and not the dateline's, is that country's story (a
   * state named as a whole, "Algeria offered to mediate", may be a third party).
   * Empty when the lead names the dateline's country, or no other, or more than one.
   */
  private Optional<String> ledElsewhere(Sentence first, int datelineEnd, String dateline, Optional<LocalDate> date) {
    Set<String> set = new TreeSet<>();
    for (int i = 0; i < first.size(); i++) {
      if (first.token(i).start() < datelineEnd) {
        continue;
      }
      Optional<Match> m = dictionary.matchName(first, i, date);
      if (m.isPresent() && m.get().phrase().kind() != Kind.ORG) {
        String iso3 = m.get().phrase().code().substring(0, 3);
        if (iso3.equals(dateline)) {
          return Optional.empty();
        }
        int to = m.get().to();
        if (m.get().phrase().kind() != Kind.PERSON && (first.basic().parents(to).stream().anyMatch(d -> d.isA("amod")
            || d.isA("compound") || d.isA("nmod:poss"))
            || to + 1 < first.size() && first.token(to + 1).pos().equals("POS")) && !actedOn(first, to)) {
          // "Myanmar military aircraft", "Somali troops", "Sudan's army": whose forces or people act (a possessive
          // by its words too, where the parser read "Myanmar's military" as a subject with an adjective); not whose
          // people are acted on ("Prosecutors accused Russia's intelligence service of ...")
          set.add(iso3);
        }
        i = m.get().to();
      }
    }
    return set.size() == 1 ? Optional.of(set.iterator().next()) : Optional.empty();
  }

  /**
   * Whether the phrase of token {@code t} is the object of a verb (direct, indirect or prepositional): climbing through
   * the nouns it modifies, the first verb reached takes it as an object, not as its subject.
   */
  private static boolean actedOn(Sentence s, int t) {
    int cur = t;
    for (int guard = 0; guard < s.size(); guard++) {
      List<Dependency> up = s.basic().parents(cur);
      if (up.isEmpty() || up.get(0).governor() < 0) {
        return false;
      }
      Dependency d = up.get(0);
      if (s.token(d.governor()).isVerb()) {
        return d.isA("obj") || d.isA("iobj") || d.isA("obl");
      }
      cur = d.governor();
    }
    return false;
  }

  /**
   * Whether a country name ending at token {@code to} sets the scene for the story's unnamed roles: anything but a state
   * named as the party an act is aimed at, its object or the object of "against / on / to / with / toward / over"
   * ("the senator called for sanctions against Nigeria": the senator is not thereby Nigerian). "Kenyan police",
   * "Kenya's government", "in Kenya", "Kenya released ..." all set it.
   */
  private static boolean setting(Sentence s, int to) {
    if (!s.token(to).pos().startsWith("NNP") || to + 1 < s.size() && s.token(to + 1).pos().equals("POS")) {
      return true;
    }
    for (Dependency d : s.basic().parents(to)) {
      String r = d.relation();
      if (r.equals("obj") || r.equals("iobj")) {
        return false;
      }
      if ((r.startsWith("obl") || r.startsWith("nmod")) && s.basic().children(to, "case").stream()
          .anyMatch(c -> PARTY_PREPOSITIONS.contains(s.token(c).key()))) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> PARTY_PREPOSITIONS = Set.of("against", "on", "to", "with", "toward", "towards",
      "over", "upon", "into");

  private static final Set<String> FOREIGN = Set.of("foreign", "international", "overseas", "expatriate", "western",
      "outside");

  /**
   * Craft a trade or civil role word may name ("merchant ships", "civilian aircraft"), and whose crew "its crew" is.
   */
  private static final Set<String> CRAFT = Set.of("ship", "vessel", "tanker", "freighter", "boat", "carrier",
      "aircraft", "plane", "airliner", "jet", "flight", "vehicle", "truck", "lorry", "trawler", "ferry", "yacht",
      "dhow", "helicopter");

  /** "merchant ships", "commercial vessels": a business or civil role word modifying a craft. */
  private static boolean craftOfTrade(Sentence s, int h, String sector) {
    return (sector.equals("BUS") || sector.equals("CVL")) && s.basic().parents(h).stream()
        .anyMatch(d -> d.governor() >= 0 && (d.relation().equals("compound") || d.relation().equals("amod"))
            && CRAFT.contains(s.token(d.governor()).key()));
  }

  /** "foreign journalists", "international observers": a role that says it is not of the story's country. */
  private static boolean foreign(Sentence s, int head) {
    return s.basic().children(head, "amod").stream().anyMatch(m -> FOREIGN.contains(s.token(m).key()));
  }

  /**
   * Sectors that act for a state abroad as much as at home, or whose acts name other countries as often as their own
   * (legislatures pass laws on foreign goods, courts try foreign nationals): a lone country name does not give them a
   * country.
   */
  private static final Set<String> GOVERNING = Set.of("GOV", "MIL", "SPY", "ELI", "LEG", "JUD");

  /** "KABUL (Reuters) -", "BEIJING, March 21 (Xinhua) --", "ISLAMABAD:", "Abuja --". */
  /**
   * Datelines of the seats of intergovernmental bodies, whose stories are mostly about the bodies and their members,
   * not about the host country: they set no story country ("BRUSSELS -- ... the other 26 leaders" are not Belgian).
   */
  private static final Set<String> IGO_SEATS = Set.of("brussels", "strasbourg", "geneva", "the hague",
      "united nations");

  private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
      "\\s*([A-Z][A-Za-z.'\\- ]{1,40}?)(,[^\\n:(\\-—–]{0,30})?\\s*(\\([A-Za-z .]{1,30}\\))?\\s*(--|—|–|-|:)\\s");

  private static Actor actorOf(Match m) {
    String code = m.phrase().code();
    return switch (m.phrase().kind()) {
      case NAME, ADJ, CAPITAL -> Actor.country(code);
      case SEAT, PERSON -> code.startsWith("IGO") || code.startsWith("NGO") ? Actor.organisation(code, null)
          : code.length() >= 6
          ? new Actor(code, Optional.of(code.substring(0, 3)), Optional.of(code.substring(3, 6)))
          : Actor.country(code);
      default -> Actor.organisation(code, null);
    };
  }

  private static String describe(Match m) {
    String kind = switch (m.phrase().kind()) {
      case NAME -> "country name";
      case ADJ -> "country adjective";
      case CAPITAL -> "capital standing for its state";
      case SEAT -> "seat of power";
      case ORG -> "organisation";
      case AGENT -> "role";
      case PERSON -> "person with a dated role";
    };
    return kind + " (" + m.phrase().source() + ")";
  }

  private static String words(Sentence s, Match m) {
    StringBuilder b = new StringBuilder();
    for (int k = m.from(); k <= m.to(); k++) {
      if (k > m.from()) {
        b.append(' ');
      }
      b.append(s.token(k).word());
    }
    return b.toString();
  }

  /** The PERSON-tagged words of the phrase that run up to its head, or null. */
  /** Whether the person named in a role's phrase is its possessor ("X's coalition"), not the role's holder. */
  private static boolean possessor(Sentence s, int h, Set<Integer> np) {
    for (int t : np) {
      if (s.token(t).ner().equals("PERSON") && s.basic().parents(t).stream().anyMatch(d -> d.governor() == h
          && d.relation().equals("nmod:poss"))) {
        return true;
      }
    }
    return false;
  }

  private static String personName(Sentence s, int h, Set<Integer> np) {
    int end = -1;
    for (int t : np) {
      if (s.token(t).ner().equals("PERSON") && (end < 0 || t > end)) {
        end = t;
      }
    }
    if (end < 0) {
      return null;
    }
    int start = end;
    while (start - 1 >= 0 && np.contains(start - 1) && s.token(start - 1).ner().equals("PERSON")) {
      start--;
    }
    StringBuilder b = new StringBuilder();
    for (int k = start; k <= end; k++) {
      if (k > start) {
        b.append(' ');
      }
      b.append(s.token(k).word());
    }
    return b.toString();
  }

  /** Prepositions of a reason: "over its offensive", "for its support". */
  private static final Set<String> REASON_PREPS = Set.of("over", "for");

  /** Prepositions that name whom a verb acts on or with, besides its object. */
  private static final Set<String> PARTY_PREPS = Set.of("with", "from", "to", "against", "on");

  /**
   * "its" in a reason given for an act on another party is that party's: "Bolivia cut ties with Israel over its
   * offensive", "China criticised Japan for its decision", "the US sanctioned Iran over its nuclear programme" (the
   * state or body acted on, named before the pronoun). Empty when the verb acts on no such party.
   */
  private static Optional<Mention> reasonOfTheOneActedOn(Sentence s, int h, SentenceActors result) {
    DependencyGraph g = s.enhanced();
    for (int owned : g.parents(h, "nmod:poss")) {
      for (Dependency d : g.parents(owned)) {
        if (d.governor() < 0 || !(d.isA("obl") || d.isA("nmod")) || !REASON_PREPS.contains(d.specific())) {
          continue;
        }
        int verb = d.governor();
        List<Integer> parties = new ArrayList<>(g.children(verb, "obj"));
        for (Dependency p : g.children(verb)) {
          if ((p.isA("obl") || p.isA("nmod")) && PARTY_PREPS.contains(p.specific())) { // ("ties with Israel")
            parties.add(p.dependent());
          }
        }
        Optional<Mention> party = parties.stream().filter(p -> p < h).sorted(Comparator.reverseOrder())
            .flatMap(p -> result.at(p).stream()).filter(m -> !isPersonMention(s, m)
                && !s.token(m.head()).isPronoun() && !s.token(m.head()).pos().equals("NNS")
                && !m.actor().code().startsWith(Actor.UNKNOWN_COUNTRY)).findFirst();
        if (party.isPresent()) {
          return party;
        }
      }
    }
    return Optional.empty();
  }

  /** Lower-case words that join the parts of a name: "Dar es Salaam", "Rio de Janeiro", "Bandar Seri ...". */
  private static final Set<String> NAME_PARTICLES = Set.of("es", "de", "da", "do", "dos", "das", "del", "della",
      "di", "du", "la", "le", "al", "el", "bin", "ibn", "van", "von", "der", "den", "ul");

  /**
   * Whether the person's name in the phrase is joined to another capitalised word by a particle the tagger left out
   * of it ("Dar" and "Salaam" in "Dar es Salaam").
   */
  private static boolean joinedName(Sentence s, Set<Integer> np) {
    for (int t : np) {
      if (!s.token(t).pos().startsWith("NNP")) {
        continue;
      }
      for (int dir : new int[] {-1, 1}) {
        int p = t + dir;
        int q = t + 2 * dir;
        if (q >= 0 && q < s.tokens().size() && !np.contains(p) && NAME_PARTICLES.contains(s.token(p).word())
            && Character.isUpperCase(s.token(q).word().charAt(0))) {
          return true;
        }
      }
    }
    return false;
  }

  private static Span span(Sentence s, Set<Integer> np) {
    int from = Integer.MAX_VALUE;
    int to = -1;
    for (int t : np) {
      from = Math.min(from, t);
      to = Math.max(to, t);
    }
    // skip a leading possessive marker or punctuation
    while (from < to && !Character.isLetterOrDigit(s.token(from).word().charAt(0))) {
      from++;
    }
    while (to > from && s.token(to).pos().equals("POS")) {
      to--;
    }
    return s.span(from, to);
  }

  private static boolean isPerson(Sentence s, int h, Match[] agents) {
    Token t = s.token(h);
    if (t.ner().equals("PERSON")) {
      return true;
    }
    if (agents[h] == null || t.pos().endsWith("S")) {
      return false;
    }
    String last = s.token(agents[h].to()).key();
    return !INSTITUTIONS.contains(last);
  }

  /** Words that make "parties" or "sides" the sides of a conflict ("the warring parties"). */
  private static final Set<String> WARRING = Set.of("warring", "war", "belligerent", "opposing");

  /** Pair nouns that may stand for two sides of one country. */
  private static final Set<String> SIDE_NOUNS = Set.of("side", "party");

  /** Adjectives that make "parties" the sides of a dispute, not political parties. */
  private static final Set<String> DISPUTING = Set.of("concerned", "involved", "relevant", "warring", "opposing");

  /** Nouns after "parties to" that make them the sides of a dispute or a treaty. */
  private static final Set<String> DISPUTES = Set.of("conflict", "dispute", "war", "fighting", "agreement", "accord",
      "treaty", "talks", "negotiations", "deal", "ceasefire", "truce");

  /**
   * "all parties", "both parties", "the parties concerned", "the parties to the conflict" (when no pair of actors is
   * known to stand for them): the sides of a dispute, which are no political parties and no actor the text names;
   * "all parties in parliament", "opposition parties" are parties still.
   */
  private static boolean sidesOfADispute(Sentence s, int h, Match[] agents) {
    Token t = s.token(h);
    if (!t.key().equals("party") || agents[h] == null || agents[h].from() != h) {
      return false;
    }
    if (t.pos().equals("NN")) {
      // "would not affect any party", "neither party": a side of a deal or dispute, not a political party
      return s.basic().children(h).stream().anyMatch(d -> d.relation().startsWith("det")
          && Set.of("any", "either", "neither", "each", "every", "no").contains(s.token(d.dependent()).key()));
    }
    if (!t.pos().equals("NNS")) {
      return false;
    }
    // (read on the words, not the parse: "the parties concerned" and "urged the parties to the conflict to ..." are
    // often parsed with the adjective as an object and the "to" phrase on the verb)
    String next = h + 1 < s.size() ? s.token(h + 1).word().toLowerCase(Locale.ROOT) : "";
    boolean sides = DISPUTING.contains(next) || next.equals("to") && IntStream.rangeClosed(h + 2, h + 3)
        .anyMatch(k -> k < s.size() && DISPUTES.contains(s.token(k).key()));
    for (Dependency d : s.basic().children(h)) {
      String w = s.token(d.dependent()).key();
      String r = d.relation();
      if (DISPUTING.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)) || DISPUTES.contains(w)) {
        sides = true;
      } else if ((r.startsWith("det") || r.equals("nummod")) && Set.of("all", "both", "two").contains(w)) {
        sides = true;
      } else if (r.equals("amod") || r.equals("compound") || r.equals("nmod:poss") || r.startsWith("nmod")
          || r.equals("acl") || r.startsWith("acl:relcl")) {
        return false; // ("all parties in parliament", "all parties that signed the bill")
      }
    }
    return sides;
  }

  /**
   * Notes each run of three or more states the sentence lists, with only commas and "and" between ("Mali, Burkina Faso
   * and Niger"), for a later "the three countries".
   */
  private static void countryGroups(Sentence s, SentenceActors result, DocumentContext context) {
    List<Mention> states = result.all().stream().filter(m -> m.sentence() == s.index() && stateLike(m))
        .sorted(java.util.Comparator.comparingInt(m -> m.span().start())).toList();
    List<Mention> run = new ArrayList<>();
    for (Mention m : states) {
      if (!run.isEmpty() && !listedAfter(s, run.get(run.size() - 1), m)) {
        noteGroup(run, s, context);
        run = new ArrayList<>();
      }
      run.add(m);
    }
    noteGroup(run, s, context);
  }

  private static void noteGroup(List<Mention> run, Sentence s, DocumentContext context) {
    if (run.size() >= 3 && run.stream().map(g -> g.actor().root()).distinct().count() == run.size()) {
      context.sawCountryGroup(run, s.index());
    }
  }

  /** Whether only commas and "and" stand between mention {@code a} and mention {@code b}. */
  private static boolean listedAfter(Sentence s, Mention a, Mention b) {
    if (b.span().start() < a.span().end()) {
      return false;
    }
    for (Token t : s.tokens()) {
      if (t.start() >= a.span().end() && t.end() <= b.span().start() && !LIST_WORDS.contains(t.key())) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> LIST_WORDS = Set.of(",", "and", "&");

  private static boolean stateLike(Mention m) {
    return !DocumentContext.unknown(m) && DocumentContext.stateLevel(m); // a known state or one of its organs
  }

  /** Numbers of states a group noun may count: "the three countries". */
  private static final Map<String, Integer> GROUP_SIZES = Map.of("three", 3, "four", 4, "five", 5, "six", 6,
      "seven", 7);

  /** "The three countries accused the bloc ...": the states of that number named together last, each as a state. */
  private static List<Mention> groupReference(Sentence s, int h, DocumentContext context) {
    Token t = s.token(h);
    if (!STATE_PAIR_NOUNS.contains(t.key()) && !OFFICIAL_PAIR_NOUNS.contains(t.key()) || !t.pos().equals("NNS")) {
      return List.of();
    }
    for (int num : s.basic().children(h, "nummod")) {
      Integer n = GROUP_SIZES.get(s.token(num).key());
      List<Mention> group = n == null ? List.of() : context.countryGroup(n, s.index(), 6);
      if (!group.isEmpty()) {
        List<Mention> r = new ArrayList<>();
        for (Mention g : group) {
          Actor a = OFFICIAL_PAIR_NOUNS.contains(t.key()) ? Actor.of(g.actor().country().get(), "GOV")
              : Actor.country(g.actor().country().get());
          r.add(new Mention(s.index(), h, t.span(), t.word(), a, "'the " + s.token(num).word() + " "
              + t.word() + "': the states named together last (" + g.text() + ")"));
        }
        return r;
      }
    }
    return List.of();
  }

  private List<Mention> pairReference(Sentence s, int h, DocumentContext context, SentenceActors named) {
    Token t = s.token(h);
    List<Mention> group = groupReference(s, h, context);
    if (!group.isEmpty()) {
      return group;
    }
    if (!PAIR_NOUNS.contains(t.key()) || !t.pos().equals("NNS") || PEOPLE_PAIR_NOUNS.contains(t.key())
        && s.basic().children(h, "det").stream().noneMatch(d -> s.token(d).key().equals("the"))) {
      return List.of();
    }
    boolean two = false;
    boolean warring = false;
    for (Dependency d : s.basic().children(h)) {
      String w = s.token(d.dependent()).key();
      if ((d.relation().equals("nummod") && w.equals("two")) || (d.relation().startsWith("det")
          || d.relation().equals("cc:preconj")) && w.equals("both")
          || d.relation().equals("amod") && SIDE_NOUNS.contains(t.key()) && WARRING.contains(w)) {
        two = true; // ("the warring parties": the two sides that fought last)
        warring |= d.relation().equals("amod");
      }
    }
    // "both sides", "the two parties" may be two sides of one country (a government and its opposition); "the two
    // countries" and "both governments" are two states
    List<Mention> pair = SIDE_NOUNS.contains(t.key()) ? context.sides(s.index(), 6) : context.pair(s.index(), 12);
    if (warring) {
      pair = context.fighters(s.index(), 12);
    }
    List<Mention> here = warring ? List.of() : pairBefore(s, h, named);
    if (here.size() == 2 && here.stream().allMatch(m -> s.enhanced().parents(m.head()).stream().anyMatch(d ->
        d.isA("nsubj") && THIRD_PARTY_VERBS.contains(s.token(d.governor()).key())))) {
      // (also the subject an infinitive shares: "offered to mediate between the two governments")
      // "Saudi Arabia and the US brokered a truce that both sides violated": the brokers are not the sides
      here = List.of();
      pair = context.fighters(s.index(), 12).size() == 2 ? context.fighters(s.index(), 12) : pair;
    }
    if (here.size() == 2 && here.stream().allMatch(m -> subjectHeads(s, m.head()).stream().anyMatch(d ->
        s.enhanced().parents(h).stream().anyMatch(v -> v.governor() == d.governor()
        && (v.isA("obj") || v.isA("iobj") || v.relation().startsWith("obl")))))) {
      // "Norway and Cuba urged both sides to return to the table": who urges is no side (also the second subject
      // the parser did not pass on to a joined verb: "Egypt and Saudi Arabia called for ... and urged both sides")
      here = List.of();
    }
    if (here.size() == 2) {
      pair = here; // "X held a video call with Y, and both sides agreed ...": the two just named
    }
    if (!two || pair.size() != 2) {
      return List.of();
    }
    Span span = s.token(h).span();
    List<Mention> result = new ArrayList<>(2);
    String sector = OFFICIAL_PAIR_NOUNS.contains(t.key()) ? "GOV" : t.key().equals("army") ? "MIL" : null;
    for (Mention p : pair) {
      // "both presidents", "the two governments": each state's government; "both countries", "the two rivals": each
      // state, whichever of its organs acted ("expelled Pakistani military advisers": PAK, not PAKMIL)
      Actor a = sector != null && p.actor().sector().isEmpty() && p.actor().code().length() == 3
          ? Actor.of(p.actor().code(), sector) : STATE_PAIR_NOUNS.contains(t.key()) && p.actor().country().isPresent()
          && p.actor().stateOrgan() ? Actor.country(p.actor().country().get()) : p.actor();
      result.add(new Mention(s.index(), h, span, t.word(), a, "'the two " + t.word()
          + "': the pair that acted together last (" + p.text() + ")"));
    }
    return result;
  }

  /** Prepositions before a place, whose name is where something happens, not a party: "in Doha", "at Camp David". */
  private static final Set<String> PLACE_CASES = Set.of("in", "at");

  /** The nsubj edges of word {@code n}, and of the first conjunct it is joined to ("Egypt and Saudi Arabia"). */
  private static List<Dependency> subjectHeads(Sentence s, int n) {
    List<Dependency> r = new ArrayList<>();
    for (Dependency d : s.enhanced().parents(n)) {
      if (d.isA("nsubj")) {
        r.add(d);
      } else if (d.relation().startsWith("conj") && d.governor() >= 0) {
        s.enhanced().parents(d.governor()).stream().filter(x -> x.isA("nsubj")).forEach(r::add);
      }
    }
    return r;
  }

  /** Verbs of what a third party does for two sides: its subjects are not "both sides" of what it brought about. */
  private static final Set<String> THIRD_PARTY_VERBS = Set.of("broker", "mediate", "facilitate", "host",
      "sponsor", "arrange");

  /**
   * The two parties named earlier in the sentence, when exactly two are (countries, or bodies of no country, each
   * counted once however often named), or an empty list.
   */
  private static List<Mention> pairBefore(Sentence s, int h, SentenceActors result) {
    Map<String, Mention> parties = new LinkedHashMap<>();
    for (Mention m : result.all()) {
      Actor a = m.actor();
      boolean broker = s.enhanced().parents(m.head()).stream().anyMatch(d -> d.isA("nsubj") && d.governor() >= 0
          && THIRD_PARTY_VERBS.contains(s.token(d.governor()).key()) && d.governor() < h);
      if (m.sentence() == s.index() && m.head() < h && !s.token(m.head()).isPronoun() && !a.roleWithoutCountry()
          && !a.code().startsWith(Actor.UNKNOWN_COUNTRY) && !broker && s.basic().children(m.head(), "case").stream()
          .noneMatch(c -> PLACE_CASES.contains(s.token(c).key()))) {
        // ("Qatar, which brokered a meeting between X and Y in Doha, urged both countries": the broker is no side,
        // and a place is none)
        Mention before = parties.putIfAbsent(a.country().orElse(a.code()), m);
        if (before != null && before.actor().sector().isEmpty() && a.sector().isPresent()
            && m.span().contains(before.span())) {
          parties.put(a.country().orElse(a.code()), m); // "Sudan's army" rather than its "Sudan"
        }
      }
    }
    return parties.size() == 2 ? List.copyOf(parties.values()) : List.of();
  }

  /**
   * "The regional bloc ECOWAS condemned the coup": a common noun with the name of what it is right after it (no comma
   * between) is that actor, and the verb's subject, the common noun, gets its mention.
   */
  private static void closeAppositions(Sentence s, SentenceActors result) {
    for (Dependency d : s.basic().edges()) {
      int g = d.governor();
      if (d.isA("appos") && g >= 0 && d.dependent() == g + 1 && s.token(g).isNoun()
          && !s.token(g).pos().startsWith("NNP") && result.at(g).isEmpty() && !result.at(g + 1).isEmpty()) {
        result.replace(g, result.at(g + 1).stream().map(m -> new Mention(s.index(), g, m.span(), m.text(),
            m.actor(), m.reason() + "; what the noun '" + s.token(g).word() + "' before it is")).toList());
      }
    }
  }

  /**
   * "Russia criticised the deal, saying it ignored Moscow's role": a subject pronoun does not stand for an actor
   * named again as a possessor inside its own clause (English says "its role" then), so "it" is the deal, not Russia.
   * The pronoun's mentions of that actor are dropped. (A name in another function is sometimes repeated: "it would
   * deny entry to the United States".)
   */
  private static void unboundSubjectPronouns(Sentence s, SentenceActors result) {
    for (Mention m : result.all()) {
      int h = m.head();
      if (!s.token(h).isPronoun() || s.token(h).pos().equals("PRP$")) {
        continue;
      }
      for (Dependency d : s.basic().parents(h)) {
        if (!d.isA("nsubj") || d.governor() < 0) {
          continue;
        }
        Set<Integer> clause = new TreeSet<>();
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(d.governor()));
        while (!todo.isEmpty()) {
          int x = todo.pop();
          if (clause.add(x)) {
            s.basic().children(x).stream().filter(c -> !c.isA("parataxis") && !c.isA("conj") && !c.isA("advcl"))
                .forEach(c -> todo.push(c.dependent())); // (a clause joined to it is no part of it)
          }
        }
        boolean named = result.all().stream().anyMatch(o -> o.head() != h && clause.contains(o.head())
            && !s.token(o.head()).isPronoun() && o.actor().code().equals(m.actor().code())
            && s.basic().parents(o.head()).stream().anyMatch(x -> x.isA("nmod:poss")));
        if (named) {
          result.replace(h, result.at(h).stream().filter(x -> !x.actor().code().equals(m.actor().code())).toList());
        }
      }
    }
  }

  private static final String NAMED_BEFORE_IT = "', the state or body speaking or named before it";
  private static final String SENTENCE_BEFORE = "', the state or body the sentence before was about";

  private void resolvePronoun(Sentence s, int h, DocumentContext context, SentenceActors result, String text) {
    Token t = s.token(h);
    String w = t.key();
    Span span = t.span();
    switch (w) {
      case "he", "she", "him", "her" -> {
        Optional<Mention> before = lastPersonBefore(s, h, result);
        Optional<Mention> antecedent = before.isPresent() ? before : context.lastPerson();
        antecedent.ifPresent(a -> result.add(new Mention(s.index(), h, span, t.word(), a.actor(),
            "pronoun '" + t.word() + "' → the last person mentioned, '" + a.text() + "'")));
      }
      case "we", "us", "our" -> speaker(s, h, context, result).ifPresent(a -> result.add(new Mention(s.index(), h, span,
          t.word(), a.actor(), "'" + t.word() + "' in the words of '" + a.text() + "' → their side")));
      case "it", "its" -> {
        if (w.equals("its") && crewedVessel(s, h) >= 0) {
          return; // the vessel's: crewPronouns, once the modifiers' names are known
        }
        Optional<Mention> a = speaker(s, h, context, result).filter(m -> !isPersonMention(s, m)
            && !s.token(m.head()).pos().equals("NNS")); // "leaders said they could act if it refused": no plural
        if (a.isEmpty() && w.equals("its")) {
          a = reasonOfTheOneActedOn(s, h, result);
        }
        if (a.isEmpty() && w.equals("its")) {
          a = clauseSubject(s, h, result);
        }
        if (a.isEmpty() && w.equals("it")) {
          a = conjoinedSubject(s, h, result);
        }
        if (a.isEmpty()) {
          a = lastBodyBefore(s, h, result);
        }
        if (a.isPresent() && w.equals("its")) {
          a = Optional.of(otherThanTheOneActing(s, h, a.get(), result));
        }
        if (a.isEmpty() && !expletive(s, h)) {
          // "The Congolese army said ... . It accused Rwanda of ...": the body the sentence before was about
          Optional<Mention> before = context.lastBodySubject(s.index());
          if (before.isPresent()) {
            Mention m = before.get();
            result.add(new Mention(s.index(), h, span, t.word(), m.actor(), "'" + t.word() + "' → '" + m.text()
                + SENTENCE_BEFORE));
            return;
          }
        }
        a.ifPresent(m -> result.add(new Mention(s.index(), h, span, t.word(), m.actor(), "'" + t.word()
            + "' → '" + m.text() + NAMED_BEFORE_IT)));
      }
      case "they", "them", "their" -> {
        Optional<Mention> speaking = speaker(s, h, context, result);
        List<Mention> together = coordinated(s, speaking, result);
        if (together.size() >= 2 && (w.equals("they") || w.equals("them"))) {
          // "Russia and China said they would ...": the speakers together
          List<Mention> r = new ArrayList<>();
          for (Mention m : together) {
            r.add(new Mention(s.index(), h, span, t.word(), m.actor(), "'" + t.word() + "' in the words of '"
                + m.text() + "' and the others speaking with it"));
          }
          result.replace(h, r);
          return;
        }
        Optional<Mention> group = speaking.filter(m -> plural(s, m));
        if (group.isPresent()) {
          // "the rebels said they will ...": the group speaking
          Mention g = group.get();
          result.add(new Mention(s.index(), h, span, t.word(), g.actor(), "'" + t.word() + "' in the words of '"
              + g.text() + "' → that group"));
          return;
        }
        List<Mention> subjects = coordinatedClauseSubjects(s, h, result);
        if (subjects.size() >= 2) {
          // "India and China agreed to withdraw troops from along their border": the joint subjects together
          List<Mention> r = new ArrayList<>();
          for (Mention m : subjects) {
            r.add(new Mention(s.index(), h, span, t.word(), m.actor(), "'" + t.word() + "' → '" + m.text()
                + "' and the others of its clause's joint subject"));
          }
          result.replace(h, r);
          return;
        }
        // "them" is never the subject of its own clause ("Police detained dozens of them"; that would be "themselves")
        String form = t.word().toLowerCase(java.util.Locale.ROOT);
        Set<Integer> own = form.equals("them") ? verbsAbove(s, h).stream().limit(1)
            .flatMap(v -> s.enhanced().children(v, "nsubj").stream()).collect(java.util.stream.Collectors.toSet())
            : Set.of();
        Optional<Mention> plural = pluralClauseSubject(s, h, result).filter(m -> !own.contains(m.head()))
            .or(() -> lastPluralBefore(s, h, result).filter(m -> !own.contains(m.head())));
        if (plural.isPresent()) {
          // "Uganda denied mistreating the traders and said they were detained": the group named before it
          Mention g = plural.get();
          result.add(new Mention(s.index(), h, span, t.word(), g.actor(), "'" + t.word() + "' → '" + g.text()
              + "', the group named before it"));
          return;
        }
        Optional<Mention> before = context.lastGroupSubject(s.index()).filter(m -> !form.equals("their"));
        if (before.isPresent()) {
          // "Hundreds of protesters gathered outside parliament. Police detained dozens of them."
          Mention g = before.get();
          result.add(new Mention(s.index(), h, span, t.word(), g.actor(), "'" + t.word() + "' → '" + g.text()
              + "', the group the sentence before was about"));
          return;
        }
        List<Mention> pair = context.pair(s.index(), 2);
        if (pair.size() == 2 && (w.equals("they") || w.equals("them"))) {
          List<Mention> r = new ArrayList<>();
          for (Mention p : pair) {
            r.add(new Mention(s.index(), h, span, t.word(), p.actor(), "'" + t.word()
                + "' → the pair that acted together last (" + p.text() + ")"));
          }
          result.replace(h, r);
        }
      }
      default -> {
      }
    }
  }

  private static boolean isPersonMention(Sentence s, Mention m) {
    Actor a = m.actor();
    // a named armed or political group the tagger took for a person's name ("Al-Shabaab") is no person
    boolean group = a.sector().isEmpty() && a.country().isEmpty() && a.code().length() > 3
        && !a.code().startsWith("IGO") && !a.code().startsWith("NGO");
    // (nor is a body named by its own name, "the Eastern Theater Command", "the Kremlin", though it has a sector)
    return s.token(m.head()).ner().equals("PERSON") && !group || a.sector().isPresent()
        && !s.token(m.head()).pos().endsWith("S") && !INSTITUTIONS.contains(s.token(m.head()).key())
        && !BODY_NER.contains(s.token(m.head()).ner());
  }

  /** Named-entity classes of a body's own name, which no person has. */
  private static final Set<String> BODY_NER = Set.of("ORGANIZATION", "LOCATION", "COUNTRY", "CITY",
      "STATE_OR_PROVINCE");

  /**
   * The state or body that is the subject of the clause a possessive "its" stands in ("Kenya refused to send troops
   * to Somalia and urged its citizens to leave": Kenya's citizens), when that subject does not itself hold the
   * pronoun. A verb coordinated without a subject of its own shares its first conjunct's.
   */
  /**
   * "Mali's government ordered the U.N. mission to leave, accusing it of failing ...": "it" as the object of a verb is
   * not that verb's own subject (which would be "itself"), so it stands for the last other body named before it.
   */
  private static Mention notItsOwnSubject(Sentence s, int h, Mention taken, SentenceActors result) {
    for (Dependency d : s.enhanced().parents(h)) {
      int v = d.governor();
      if (v < 0 || !d.relation().equals("obj")) {
        continue;
      }
      List<Integer> subjects = new ArrayList<>(s.enhanced().children(v, "nsubj"));
      if (subjects.isEmpty() && s.token(v).pos().equals("VBG")) {
        s.enhanced().parents(v).stream().filter(p -> p.governor() >= 0)
            .forEach(p -> subjects.addAll(s.enhanced().children(p.governor(), "nsubj")));
      }
      if (subjects.stream().noneMatch(x -> result.at(x).stream().anyMatch(m -> m.actor().equals(taken.actor())))) {
        return taken;
      }
      return lastOtherBodyBefore(s, h, taken, result);
    }
    return taken;
  }

  /** Heads of hostile acts done "on" or "against" someone: "imposed sanctions on its commanders". */
  private static final Set<String> HOSTILE = Set.of("impose", "sanction", "attack", "strike", "raid", "fire",
      "ban", "embargo", "tariff", "crackdown", "launch");

  /**
   * "The EU accused the RSF of atrocities and imposed sanctions on its commanders": whom a hostile act is done to is
   * not the doer's own, so "its" in the "on" or "against" phrase of a hostile act whose subject it was taken for
   * stands for the last other body named before it in the sentence, when there is one.
   */
  private static Mention otherThanTheOneActing(Sentence s, int h, Mention taken, SentenceActors result) {
    int owned = s.basic().parents(h).stream().filter(d -> d.relation().equals("nmod:poss")).map(Dependency::governor)
        .findFirst().orElse(-1);
    if (owned < 0 || s.basic().children(owned, "case").stream().noneMatch(c -> s.token(c).key().equals("on")
        || s.token(c).key().equals("against"))) {
      return taken;
    }
    int act = s.enhanced().parents(owned).stream().map(Dependency::governor).filter(g -> g >= 0).findFirst()
        .orElse(-1);
    if (act < 0 || !HOSTILE.contains(s.token(act).key()) && s.enhanced().parents(act, "obj").stream()
        .noneMatch(v -> HOSTILE.contains(s.token(v).key()))) {
      return taken;
    }
    int verb = s.token(act).isVerb() ? act : s.enhanced().parents(act, "obj").stream().findFirst().orElse(act);
    if (s.enhanced().children(verb, "nsubj").stream().noneMatch(x -> result.at(x).stream()
        .anyMatch(m -> m.actor().equals(taken.actor())))) {
      return taken;
    }
    return lastOtherBodyBefore(s, h, taken, result);
  }

  /**
   * The last body named before token {@code h} in the sentence that is not of {@code taken}'s country or organisation
   * (nor a pronoun, a person or a role of no country), or {@code taken} when there is none.
   */
  private static Mention lastOtherBodyBefore(Sentence s, int h, Mention taken, SentenceActors result) {
    Mention other = null;
    for (Mention m : result.all()) {
      if (m.head() < h && !m.actor().root().equals(taken.actor().root()) && !s.token(m.head()).isPronoun()
          && !isPersonMention(s, m) && !m.actor().roleWithoutCountry()) {
        other = m;
      }
    }
    return other == null ? taken : other;
  }

  private static Optional<Mention> clauseSubject(Sentence s, int h, SentenceActors result) {
    DependencyGraph g = s.enhanced();
    int node = h;
    boolean pastPlural = false;
    for (int depth = 0; depth < 8; depth++) {
      List<Dependency> up = s.basic().parents(node);
      if (up.isEmpty() || up.get(0).governor() < 0) {
        return Optional.empty();
      }
      Dependency d = up.get(0);
      node = d.governor();
      if (d.relation().equals("acl") && s.token(node).isNoun()) {
        // "reaffirmed its commitment to defend its ally": the noun's owner does what its infinitive says
        for (int poss : s.basic().children(node, "nmod:poss")) {
          List<Mention> ms = result.at(poss);
          if (ms.size() == 1 && !isPersonMention(s, ms.get(0))) {
            return Optional.of(ms.get(0));
          }
        }
      }
      if (d.relation().startsWith("nsubj") || d.relation().equals("acl:relcl") || d.relation().equals("acl")) {
        return Optional.empty(); // "after its troops attacked", "a country whose ...": no clause subject to bind to
      }
      if (!s.token(node).isVerb()) {
        continue;
      }
      List<Integer> subjects = new ArrayList<>();
      for (Dependency c : g.children(node)) {
        if (c.relation().equals("nsubj") || c.relation().equals("nsubj:xsubj") || c.relation().equals("nsubj:pass")) {
          subjects.add(c.dependent());
        }
      }
      for (int subj : subjects) {
        List<Mention> ms = result.at(subj);
        if (ms.isEmpty() && g.children(node, "nsubj:xsubj").contains(subj)) {
          // "reaffirmed its commitment to defend its ally", read with the commitment as the doer: its owner
          for (int poss : s.basic().children(subj, "nmod:poss")) {
            ms = result.at(poss);
          }
        }
        if (ms.size() == 1 && !isPersonMention(s, ms.get(0)) && !s.token(subj).isPronoun()
            && !s.token(subj).pos().equals("NNS")) {
          return Optional.of(ms.get(0));
        }
      }
      if (subjects.isEmpty() && !pastPlural || !subjects.stream().allMatch(x -> s.token(x).pos().equals("NNS"))) {
        return Optional.empty();
      }
      pastPlural = true;
      // "France evacuated its citizens after protesters attacked its embassy": "its" is no plural, so it is bound
      // by the clause the plural's clause depends on
    }
    return Optional.empty();
  }

  /** What a vessel or an aircraft has aboard: "its crew" is the vessel's. */
  private static final Set<String> ABOARD = Set.of("crew", "captain", "skipper", "passenger", "sailor", "cargo",
      "pilot", "fisherman", "seaman");

  /**
   * The vessel or aircraft a possessive "its" before a crew word stands for ("seized a tanker and detained its crew"):
   * the last such noun before it in the sentence, or -1.
   */
  private static int crewedVessel(Sentence s, int h) {
    List<Dependency> up = s.basic().parents(h);
    if (up.isEmpty() || up.get(0).governor() < 0 || !up.get(0).relation().equals("nmod:poss")
        || !ABOARD.contains(s.token(up.get(0).governor()).key())) {
      return -1;
    }
    for (int i = h - 1; i >= 0; i--) {
      if (s.token(i).isNoun() && CRAFT.contains(s.token(i).key())) {
        return i;
      }
    }
    return -1;
  }

  /** "boarded a Taiwanese fishing boat and detained its crew": a crew is a vessel's, and so is its country. */
  private static void crewPronouns(Sentence s, SentenceActors result) {
    for (int h = 0; h < s.size(); h++) {
      int vessel = s.token(h).key().equals("its") ? crewedVessel(s, h) : -1;
      if (vessel < 0) {
        continue;
      }
      Token t = s.token(h);
      int h0 = h;
      String crew = s.token(s.basic().parents(h).get(0).governor()).word();
      vesselOwner(s, vessel, result).ifPresent(m -> result.add(new Mention(s.index(), h0, t.span(), t.word(),
          m.actor(), "'its " + crew + "' → the '" + s.token(vessel).word() + "' named before it: '" + m.text()
          + "'")));
    }
  }

  /** The state a vessel is said to be of: "a Taiwanese fishing boat", "Iran's tanker", or empty. */
  private static Optional<Mention> vesselOwner(Sentence s, int vessel, SentenceActors result) {
    List<Mention> own = result.at(vessel);
    if (own.size() == 1 && !isPersonMention(s, own.get(0))) {
      return Optional.of(own.get(0)); // "a Greek tanker", read as the tanker's people
    }
    for (Dependency d : s.basic().children(vessel)) {
      if (d.relation().equals("amod") || d.relation().equals("compound") || d.relation().equals("nmod:poss")) {
        List<Mention> ms = result.at(d.dependent());
        if (ms.size() == 1 && !isPersonMention(s, ms.get(0))) {
          return Optional.of(ms.get(0));
        }
      }
    }
    return Optional.empty();
  }

  /** The last country or organisation named before token {@code h} in the sentence ("Japan said it ..."). */
  /**
   * "Argentina's government rejected a demand by Caracas, and it accused ...": the subject of a clause joined by
   * "and" or "but" to one before is that clause's subject, not the last body named in between.
   */
  private static Optional<Mention> conjoinedSubject(Sentence s, int h, SentenceActors result) {
    for (int v : s.basic().parents(h, "nsubj")) {
      for (int first : s.basic().parents(v, "conj")) {
        for (int subj : s.basic().children(first, "nsubj")) {
          Optional<Mention> m = result.at(subj).stream().filter(x -> !isPersonMention(s, x)
              && !s.token(x.head()).pos().equals("NNS") && !s.token(x.head()).isPronoun()).findFirst();
          if (m.isPresent()) {
            return m;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Mention> lastBodyBefore(Sentence s, int h, SentenceActors result) {
    Mention best = null;
    for (Mention m : result.all()) {
      if (m.head() < h && !isPersonMention(s, m) && !s.token(m.head()).isPronoun()
          && !s.token(m.head()).pos().equals("NNS")) { // "it" is no plural ("troops"; "the United States" is)
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The nearest group that is the subject of a clause above the pronoun ("suicide bombers killed 23 people when they
   * blew themselves up": the bombers, not the people), other than the pronoun itself.
   */
  private static Optional<Mention> pluralClauseSubject(Sentence s, int h, SentenceActors result) {
    for (int node : verbsAbove(s, h)) {
      for (Dependency c : s.enhanced().children(node)) {
        if ((c.relation().equals("nsubj") || c.relation().equals("nsubj:pass")) && c.dependent() != h) {
          Optional<Mention> m = result.at(c.dependent()).stream()
              .filter(x -> plural(s, x) && !s.token(x.head()).isPronoun()).findFirst();
          if (m.isPresent()) {
            return m;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The verbs above token {@code h} in the basic tree, nearest first (at most eight steps up). */
  private static List<Integer> verbsAbove(Sentence s, int h) {
    List<Integer> r = new ArrayList<>();
    int node = h;
    for (int depth = 0; depth < 8; depth++) {
      List<Dependency> up = s.basic().parents(node);
      if (up.isEmpty() || up.get(0).governor() < 0) {
        break;
      }
      node = up.get(0).governor();
      if (s.token(node).isVerb()) {
        r.add(node);
      }
    }
    return r;
  }

  /**
   * The joint subject ("India and China") of the nearest verb above token {@code h} that has one, as two or more
   * mentions of different actors; empty when the nearest verb with a subject has a single one.
   */
  private static List<Mention> coordinatedClauseSubjects(Sentence s, int h, SentenceActors result) {
    for (int node : verbsAbove(s, h)) {
      List<Mention> found = new ArrayList<>();
      boolean subject = false;
      for (Dependency c : s.basic().children(node)) {
        if (c.relation().equals("nsubj") || c.relation().equals("nsubj:pass")) {
          subject = true;
          int head = c.dependent();
          List<Integer> heads = new ArrayList<>(List.of(head));
          heads.addAll(s.basic().children(head, "conj"));
          for (int x : heads) {
            result.at(x).stream().filter(m -> m.head() == x && !s.token(x).isPronoun())
                .filter(m -> found.stream().noneMatch(f -> f.actor().code().equals(m.actor().code())))
                .findFirst().ifPresent(found::add);
          }
        }
      }
      if (subject) {
        return found.size() >= 2 ? found : List.of();
      }
    }
    return List.of();
  }

  /** The last group (a plural role or name: "the traders", "the rebels") named before token {@code h}. */
  private static Optional<Mention> lastPluralBefore(Sentence s, int h, SentenceActors result) {
    Mention best = null;
    for (Mention m : result.all()) {
      if (m.head() < h && plural(s, m) && !s.token(m.head()).isPronoun()) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /** A mention whose head is a plural noun ("rebels", "the Palestinians"). */
  private static boolean plural(Sentence s, Mention m) {
    String pos = s.token(m.head()).pos();
    return pos.equals("NNS") || pos.equals("NNPS");
  }

  private static Optional<Mention> lastPersonBefore(Sentence s, int h, SentenceActors result) {
    Mention best = null;
    for (Mention m : result.all()) {
      if (m.head() < h && isPersonMention(s, m) && !s.token(m.head()).isPronoun()) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /** For "we" inside what someone said: the sayer's actor. */
  private Optional<Mention> speaker(Sentence s, int h, DocumentContext context, SentenceActors result) {
    DependencyGraph g = s.basic();
    int node = h;
    for (int depth = 0; depth < 8; depth++) {
      List<Dependency> up = g.parents(node);
      if (up.isEmpty() || up.get(0).governor() < 0) {
        return Optional.empty();
      }
      Dependency d = up.get(0);
      int gov = d.governor();
      if ((d.relation().equals("ccomp") || d.relation().equals("parataxis")
          || d.relation().equals("advcl") && node < gov && s.token(gov - 1).isPronoun()) // ("'...,' he said")
          && (isReport(s.token(gov)) || SAYING_ACTS.contains(s.token(gov).key()))) {
        // (the enhanced graph gives a verb of saying coordinated with another its shared subject: "The RSF accused
        // the army of ... and said its fighters ...")
        List<Integer> subjects = g.children(gov, "nsubj").isEmpty() ? s.enhanced().children(gov, "nsubj")
            : g.children(gov, "nsubj");
        if (subjects.isEmpty() && s.token(gov).pos().equals("VBG")) {
          subjects = participleSubject(s, gov); // "Israel struck Lebanon, saying Hezbollah had fired at its towns"
        }
        for (int subj : subjects) {
          List<Mention> ms = result.at(subj);
          if (!ms.isEmpty()) {
            return Optional.of(ms.get(0));
          }
          String w = s.token(subj).key();
          if (w.equals("which") || w.equals("who") || w.equals("that")) {
            // "mediated by Qatar and Egypt, which said they hoped ...": the noun the relative clause is about
            for (Dependency p : g.parents(gov)) {
              if ((p.relation().equals("acl:relcl") || p.relation().equals("dep")) && p.governor() >= 0
                  && p.governor() < subj && !result.at(p.governor()).isEmpty()) {
                return Optional.of(result.at(p.governor()).get(0));
              }
            }
          }
          if (w.equals("he") || w.equals("she")) {
            // ("'... our power plants,' he said": the sayer a pronoun after the quote stands for, not yet resolved)
            Optional<Mention> before = lastPersonBefore(s, subj, result);
            return before.isPresent() ? before : context.lastPerson();
          }
        }
        return Optional.empty();
      }
      node = gov;
    }
    return Optional.empty();
  }

  /**
   * The subject of the clause a participle of saying hangs on, hung on its verb or on that verb's object: "Israel
   * struck targets in Lebanon, saying ...". Empty when there is none.
   */
  private static List<Integer> participleSubject(Sentence s, int participle) {
    DependencyGraph g = s.basic();
    for (Dependency d : g.parents(participle)) {
      int up = d.governor();
      if (up >= 0 && d.relation().equals("acl") && s.token(up).isNoun() && !g.parents(up).isEmpty()) {
        up = g.parents(up).get(0).governor(); // (hung on the object: "struck targets, saying ...")
      }
      if (up >= 0 && s.token(up).isVerb() && !g.children(up, "nsubj").isEmpty()) {
        return g.children(up, "nsubj");
      }
    }
    return List.of();
  }

  /** The speaker and those coordinated with it as subjects of the verb of saying ("X and Y said ..."). */
  private static List<Mention> coordinated(Sentence s, Optional<Mention> first, SentenceActors result) {
    if (first.isEmpty()) {
      return List.of();
    }
    List<Mention> all = new ArrayList<>(List.of(first.get()));
    for (int c : s.basic().children(first.get().head(), "conj")) {
      all.addAll(result.at(c));
    }
    return all;
  }

  private boolean isReport(Token t) {
    return frames.lookup(t.key()).stream().anyMatch(f -> f.frame() == Frame.REPORT);
  }

  /**
   * Verbs that are acts of their own but also say something, so that "they" in what they say is their subject:
   * "Britain and France warned that they would ...", "vowed that it would ...".
   */
  private static final Set<String> SAYING_ACTS = Set.of("warn", "threaten", "vow", "pledge", "promise", "insist",
      "caution", "stress", "signal");
}

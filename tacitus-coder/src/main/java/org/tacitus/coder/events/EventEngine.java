package org.tacitus.coder.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.tacitus.coder.actors.ActorResolver;
import org.tacitus.coder.actors.DocumentContext;
import org.tacitus.coder.actors.SentenceActors;
import org.tacitus.coder.dict.EventDictionary;
import org.tacitus.coder.dict.EventEntry;
import org.tacitus.coder.dict.Frame;
import org.tacitus.coder.dict.FrameLexicon;
import org.tacitus.coder.dict.FrameLexicon.FrameWord;
import org.tacitus.core.cameo.CameoCode;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.Actor;
import org.tacitus.core.model.Dependency;
import org.tacitus.core.model.DependencyGraph;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Place;
import org.tacitus.core.model.Modality;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.model.Span;
import org.tacitus.core.model.Token;

/**
 * Codes the events of one sentence from its enhanced dependency parse, its actor mentions and the dictionaries.
 *
 * <p>For every verb or event noun with a dictionary entry, the engine finds its agent (subject, or the "by" phrase
 * of a passive; for nouns the possessor or the subject of the verb that carries them), its target (indirect or
 * direct object, the actor that owns or qualifies the object, a prepositional phrase), and climbs through the words
 * that govern it ("agreed to", "will continue", "urged X to", "refused to") to decide its modality and, by CAMEO's
 * rules, its code. Every event keeps the dictionary entry that fired.
 *
 * <p>Stateless; thread safe.
 */
public final class EventEngine {

  private static final Set<String> TARGET_PREPS = Set.of("with", "to", "against", "on", "at", "from", "for",
      "toward", "towards", "into", "between", "over", "upon", "including", "among", "about");
  private static final List<String> PREP_ORDER = List.of("with", "to", "against", "on", "upon", "at", "toward",
      "towards", "into", "between", "from", "for", "over", "among", "including", "about");
  private static final Set<String> JOINT = Set.of("joint", "bilateral", "mutual", "together", "jointly",
      "reciprocal");
  /** Nouns that carry the act of the noun compounded with them: "dialogue process", "peace initiative". */
  private static final Set<String> PROCESS_NOUNS = Set.of("process", "initiative", "effort", "program",
      "programme", "plan", "campaign", "operation", "mission", "round", "session", "framework", "mechanism", "track",
      "deal", "accord", "package", "drive", "bid");
  /**
   * Nouns of one instalment, run, bundle or stretch of time of an act, which stand in for it: "a round of talks", "a
   * wave of strikes", "a package of sanctions", "held two days of talks".
   */
  private static final Set<String> INSTALMENTS = Set.of("round", "session", "series", "wave", "spate", "string",
      "flurry", "barrage", "package", "set", "raft", "tranche", "batch", "hour", "day", "night", "week", "month");
  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> POSSIBLE = Set.of("could", "may", "might", "should", "would", "can");
  private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no");

  private final EventDictionary dictionary;
  private final FrameLexicon frames;
  private final CameoOntology ontology;

  public EventEngine(EventDictionary dictionary, FrameLexicon frames, CameoOntology ontology) {
    this.dictionary = dictionary;
    this.frames = frames;
    this.ontology = ontology;
  }

  /** A step up from an act to a word that governs it. */
  private record Step(int token, FrameWord frame) {
  }

  /**
   * An act found in the sentence with its frames decided, before actors are attached.
   *
   * @param token the verb or noun
   * @param entry the dictionary entry that matched it
   * @param chain the frame words above it, innermost first
   * @param code the CAMEO code after re-coding by the strongest frame
   * @param frame that frame, or null
   * @param frameStep where the frame word is, or null
   * @param modality how the act is presented
   */
  private record Candidate(int token, EventEntry entry, List<Step> chain, String code, Frame frame,
      Step frameStep, Modality modality) {
  }

  /** Codes one sentence; updates {@code context} with the pairs of actors that acted on each other. */
  public List<Event> code(String docId, Sentence s, SentenceActors actors, DocumentContext context, String text) {
    return code(docId, s, actors, context, text, null);
  }

  /**
   * Why a word was or was not coded, for {@code tacitus explain}.
   *
   * @param token index of the verb or noun
   * @param word the word
   * @param entry the dictionary entry that matched, or empty
   * @param frames the frame words found above it ("intent 'agreed' > aspect 'continue'"), or empty
   * @param outcome what became of it
   */
  public record Trace(int token, String word, String entry, String frames, String outcome) {
  }

  /** As {@link #code(String, Sentence, SentenceActors, DocumentContext, String)}, noting each candidate's fate. */
  public List<Event> code(String docId, Sentence sentence, SentenceActors actors, DocumentContext context,
      String text, List<Trace> trace) {
    Sentence s = withHappeningPhrases(sentence);
    List<Candidate> candidates = new ArrayList<>();
    Set<Integer> consumed = new HashSet<>();
    Map<Integer, Trace> notes = new java.util.TreeMap<>();
    for (int i = 0; i < s.size(); i++) {
      Optional<EventEntry> entry = matchOrNone(s, i);
      if (entry.isPresent() && entry.get().none()) {
        if (trace != null) {
          notes.put(i, new Trace(i, s.token(i).word(), entry.get().rule(), "", "no event: the dictionary says "
              + "this reading names no act"));
        }
        continue;
      }
      entry = entry.map(byMeans(s, i));
      if (entry.isEmpty()) {
        if (trace != null && s.token(i).isVerb()) {
          notes.put(i, new Trace(i, s.token(i).word(), "", "", "no dictionary entry for the verb '"
              + s.token(i).key() + "' with these objects"));
        }
        continue;
      }
      if (modifierNoun(s, i)) {
        // "an attack drone", "aid workers", "a strike force": an event noun that only says what kind of thing
        // another noun is names no act
        if (trace != null) {
          notes.put(i, new Trace(i, s.token(i).word(), entry.get().rule(), "", "a modifier of the noun '"
              + s.token(s.basic().parents(i).get(0).governor()).word() + "', not an act"));
        }
        continue;
      }
      int taker = objectOfOwnEntry(s, i, entry.get());
      if (taker >= 0) {
        // "lifted its ban on X", "imposed a curfew": the verb's entry names what it does with the noun; the noun is
        // no second act
        if (trace != null) {
          notes.put(i, new Trace(i, s.token(i).word(), entry.get().rule(), "", "the object or destination an entry of '"
              + s.token(taker).word() + "' names: coded there"));
        }
        continue;
      }
      int namer = modifierOfOwnEntry(s, i);
      if (namer >= 0) {
        // "accepted an offer of mediation" (038): the verb's entry names the object's modifier too; the modifier is
        // no act of its own
        if (trace != null) {
          notes.put(i, new Trace(i, s.token(i).word(), entry.get().rule(), "", "the object's modifier an entry of '"
              + s.token(namer).word() + "' names: coded there"));
        }
        continue;
      }
      List<Step> chain = climb(s, i, actors);
      if (!chain.isEmpty() && (complementOfOwnEntry(s, chain.get(0).token(), i)
          || objectAndComplementEntry(s, chain, i) || objectOfSameAct(s, chain, i, entry.get()))) {
        // "tried to assassinate" (185), "declined to comment" (011): the frame word's own entry names this
        // complement, so the pair is that entry's act, coded on the frame word
        if (trace != null) {
          notes.put(i, new Trace(i, s.token(i).word(), entry.get().rule(), describe(s, chain), "the complement an "
              + "entry of '" + s.token(chain.get(0).token()).word() + "' names: coded there"));
        }
        continue;
      }
      Candidate c = decide(s, i, entry.get(), chain, actors);
      if (trace != null) {
        notes.put(i, new Trace(i, s.token(i).word(), entry.get().rule(), describe(s, chain), c == null
            ? "not coded: negated, or under a frame CAMEO does not re-code it by" : "candidate " + c.code()
            + " (" + c.modality().label() + ")"));
      }
      if (c == null) {
        continue;
      }
      candidates.add(c);
    }
    // the condition of a threat, an offer, a demand or any act told as depending on it ("ready to lift the sanctions
    // if Minsk freed the prisoners", "warned of attacks unless the troops leave") is what is asked, not an act
    Set<Integer> threatConditions = new HashSet<>();
    for (Candidate c : candidates) {
      for (int n : nodes(c.token(), c.chain())) {
        threatConditions.addAll(conditionClauses(s, n));
      }
    }
    Map<Candidate, List<Event>> builds = new java.util.IdentityHashMap<>();
    for (Candidate c : candidates) {
      List<Event> built = nodes(c.token(), c.chain()).stream().anyMatch(threatConditions::contains) ? List.of()
          : build(docId, s, c, actors, context, text);
      builds.put(c, built);
      if (!built.isEmpty()) {
        // a frame word that carried a coded act is not coded on its own; one whose act found no agent or target
        // still is ("rejected an invitation to attend a meeting": the rejection)
        for (Step st : c.chain()) {
          consumed.add(st.token());
        }
        if (c.frameStep() != null && (c.frame() == Frame.DEMAND || c.frame() == Frame.APPEAL)) {
          // "sent a stern warning to Uganda that it must withdraw": the message carried the demand; it is no
          // second act of its own
          for (int o : s.enhanced().children(c.frameStep().token(), "obj")) {
            if (SAYING_NOUNS.contains(s.token(o).key())) {
              consumed.add(o);
            }
          }
        }
      }
    }
    Map<String, Event> events = new LinkedHashMap<>();
    Map<Event, Candidate> origin = new java.util.IdentityHashMap<>();
    for (Candidate c : candidates) {
      if (nodes(c.token(), c.chain()).stream().anyMatch(threatConditions::contains)) {
        // (or an act the condition carries: "if the United States goes ahead with the deployment")
        // "threatened to strike unless Baghdad accepted its terms": the condition is part of the threat, not an act
        note(notes, trace != null, c.token(), "the condition of a threat, not coded on its own");
        continue;
      }
      if (consumed.contains(c.token())) {
        note(notes, trace != null, c.token(), "used as a frame of another act, not coded on its own");
        continue;
      }
      String root = c.entry().code().substring(0, 2);
      if (!c.entry().obj().isEmpty() && c.chain().isEmpty() && s.token(c.token()).isVerb()
          && s.enhanced().children(c.token(), "obj").stream().anyMatch(o -> consumed.contains(o)
              && (dictionary.nouns(s.token(o).key()).stream().allMatch(n -> n.code().startsWith("01"))
              || framedCodes(builds, o).stream().anyMatch(k -> k.startsWith(root))))) {
        // "expressed willingness to resume negotiations", "reached a consensus to share intelligence": the verb that
        // carries a frame noun is told by the act the noun frames (036, 0314), not once more on its own (030, 019),
        // nor is "repeated its call on Togo to release the detainees" (020) beside the appeal it carried (0253); an
        // agreement or an ultimatum is an act of its own
        note(notes, trace != null, c.token(), "carries a frame noun of another act, not coded on its own");
        continue;
      }
      List<Event> built = builds.get(c);
      if (trace != null) {
        Trace t = notes.get(c.token());
        String out = built.isEmpty() ? "no event: no agent found (or an event noun with neither a carrier verb "
            + "nor a target)" : "coded: " + String.join("; ", built.stream().map(e -> e.source().actor().code()
            + " -> " + e.target().map(x -> x.actor().code()).orElse("-") + " " + e.code().code()).toList());
        notes.put(c.token(), new Trace(t.token(), t.word(), t.entry(), t.frames(), out));
      }
      for (Event e : built) {
        Event old = events.get(e.dedupKey());
        if (old == null || old.confidence() < e.confidence()) {
          events.put(e.dedupKey(), e);
          origin.put(e, c);
        }
      }
    }
    foldIntoProtests(s, events, origin);
    foldOutcomes(s, events, origin);
    claimedActs(events, origin);
    foldConsultPurposes(s, events, origin);
    // "..., a statement issued by the ministry said": the statement is how the news is attributed, not an event
    events.values().removeIf(e -> e.code().code().equals("010") && origin.get(e) != null
        && attributionCarrier(s, origin.get(e).token()));
    // "protested in Beijing, unfurling banners": a symbolic act of protesters is part of their protest
    events.values().removeIf(e -> e.code().code().equals("017") && events.values().stream().anyMatch(o -> o != e
        && o.code().root().equals("14") && o.source().actor().code().equals(e.source().actor().code())));
    mediatedParties(events, origin);
    // "X issued a statement", "X made his remarks": a statement is an event only when it is aimed at someone (the
    // issue's rule against a flood of 010s); when it carries another act ("a statement demanding ..."), that act is
    // coded on its own
    events.values().removeIf(e -> e.code().code().equals("010") && e.target().isEmpty());
    // "vowed to defend every inch of its territory": a promise of what a "no event" line of the dictionary reads as no
    // act, aimed at no one, is no intent to cooperate
    events.values().removeIf(e -> e.code().code().equals("030") && e.target().isEmpty() && origin.get(e) != null
        && s.enhanced().children(origin.get(e).token(), "xcomp").stream()
        .anyMatch(x -> matchOrNone(s, x).filter(EventEntry::none).isPresent()));
    statements(docId, s, actors, events, text);
    ownGovernment(events);
    hijackings(s, events, origin);
    // "aid agencies suspended operations in the area": only those who fight can de-escalate a military engagement
    events.values().removeIf(e -> e.code().code().startsWith("087") && e.source().actor().sector()
        .filter(CIVIL_SECTORS::contains).isPresent());
    // "deployed troops to defend Goma": forces defend with arms; CAMEO 052 is defending a policy or an actor in words
    events.values().removeIf(e -> e.code().code().equals("052")
        && e.source().actor().sector().filter(FORCES::contains).isPresent());
    // an accusation aimed at the agent of what was alleged supersedes the bare "X alleged" of the same accuser
    events.values().removeIf(e -> e.code().code().startsWith("112") && e.target().isEmpty()
        && events.values().stream().anyMatch(o -> o != e && o.code().code().startsWith("112")
        && o.target().isPresent() && o.source().head() == e.source().head()));
    accusedOfTheComplaint(events, origin);
    warningsToNoOne(s, actors, events, origin);
    // "soldiers were killed in an attack by militants in northern Iraq": the attack is the killing's cause, told
    // once; the country it took place in is where, not a second target of the same agent
    events.values().removeIf(e -> force(e.code().code()) && e.target().isPresent()
        && e.target().get().sentence() == s.index() && e.target().get().actor().code().length() == 3
        && s.enhanced().children(e.target().get().head(), "case").stream().anyMatch(c -> s.token(c).key().equals("in"))
        && events.values().stream().anyMatch(o -> o != e && force(o.code().code()) && o.target().isPresent()
        && o.source().sentence() == e.source().sentence() && o.source().head() == e.source().head()));
    // "approved a loan to Ukraine (071) to help rebuild its grid (070)": an act the sentence also codes more precisely
    // between the same parties is that act; the family's generic code adds nothing
    events.values().removeIf(e -> e.code().code().equals(e.code().root() + "0") && e.target().isPresent()
        && events.values().stream().anyMatch(o -> o != e && o.code().root().equals(e.code().root())
        && !o.code().code().equals(e.code().code()) && o.target().isPresent()
        && o.source().actor().code().equals(e.source().actor().code())
        && o.target().get().actor().code().equals(e.target().get().actor().code())));
    // "bombers killed 23 people when they blew themselves up": the act told again without a target is the same act
    // (also when the first telling names only the state: "Israel's drone attacks killed five militants")
    events.values().removeIf(e -> e.target().isEmpty() && events.values().stream().anyMatch(o -> o != e
        && o.target().isPresent() && o.code().code().equals(e.code().code())
        && (o.source().actor().code().equals(e.source().actor().code())
        || e.source().actor().code().length() == 3 && o.source().actor().country()
        .filter(c -> c.equals(e.source().actor().code())).isPresent())));
    denialsAnswerCharges(events, s.index(), context);
    claimsOfTheAttackBefore(events, s.index(), context);
    // (two sides that act on each other are noted last, so "both sides" later means them, not a third party that
    // acted on one of them: "X and Y held talks hosted by Z")
    List<Event> pairsLast = new ArrayList<>(events.values());
    pairsLast.sort(java.util.Comparator.comparing(e -> mutual(e, events.values())));
    for (Event e : pairsLast) {
      if (!THIRD_PARTY_WORDS.contains(e.code().root()) && !e.code().code().startsWith("111")
          && !mediatesBetweenStates(e, events.values())) {
        // (nor is a mediator between two states one of them: "in a deal brokered by China" between two others)
        // (a comment, an appeal, a demand, a condemnation or a rejection is mostly a third party's, addressed to a
        // side: "the US urged Belgrade to pull its troops back. The White House called on both sides ..."; "China
        // and Russia criticised the veto. Guterres appealed to both sides ...")
        e.target().ifPresent(t -> context.sawPair(e.source(), t, s.index()));
      }
      if (e.modality() == Modality.ASSERTED && !e.source().actor().code().startsWith(Actor.UNKNOWN_COUNTRY)) {
        context.sawAgent(actFamily(e.code().code()), e.source(), s.index());
      }
      if (!GENERIC_ACT_ROOTS_EXCLUDED.contains(e.code().root()) && !e.source().actor().code().startsWith(
          Actor.UNKNOWN_COUNTRY) && e.modality() != Modality.CONDITIONAL && e.modality() != Modality.HYPOTHETICAL) {
        context.sawAgent(ANY_ACT, e.source(), s.index()); // for a later "the decision", "the move", "the step"
      }
      noteChargeOrAttack(e, s.index(), context);
      Candidate agreed = origin.get(e);
      if (e.modality() == Modality.INTENT && agreed != null && !e.source().actor().code().startsWith(
          Actor.UNKNOWN_COUNTRY) && agreed.chain().stream().anyMatch(st -> st.frame().lemma().equals("agree"))) {
        // "X and Y agreed to a ceasefire": what they agreed is an accord of theirs ("welcomed the agreement")
        context.sawAgent("accord", e.source(), s.index());
      }
      if (e.modality() == Modality.ASSERTED && force(e.code().code()) && e.target().isPresent()
          && hasSegment(e.target().get().actor(), ARMED_GROUPS) && hasSegment(e.source().actor(), ARMED_GROUPS)) {
        context.sawFight(e.source(), e.target().get(), s.index());
      }
    }
    for (Event e : events.values()) {
      // "offered to mediate between the government and the opposition": the sides are the two it mediates between
      if (e.target().isPresent() && MEDIATION.contains(e.code().code())) {
        for (Event o : events.values()) {
          if (o != e && o.code().equals(e.code()) && o.target().isPresent() && o.source().head() == e.source().head()
              && !o.target().get().actor().code().equals(e.target().get().actor().code())) {
            context.sawSides(e.target().get(), o.target().get(), s.index());
            context.sawPair(e.target().get(), o.target().get(), s.index());
          }
        }
      }
    }
    if (trace != null) {
      trace.addAll(notes.values());
    }
    return new ArrayList<>(events.values());
  }

  /** Sectors of civil society and business, who wage no military engagement. */
  private static final Set<String> CIVIL_SECTORS = Set.of("DEV", "HLH", "REF", "BUS", "MED", "EDU", "LAB", "AGR",
      "CVL", "HRI", "ENV", "REL");

  /** Sectors of armed or police forces, who defend with arms rather than in words. */
  private static final Set<String> FORCES = Set.of("MIL", "REB", "INS", "UAF", "COP");

  /** Whether {@code act} is the "deny" of "neither confirmed nor denied". */
  private static boolean neitherConfirmedNorDenied(Sentence s, int act) {
    if (!s.token(act).isVerb() || !s.token(act).key().equals("deny")) {
      return false;
    }
    for (Dependency d : s.enhanced().parents(act)) {
      int g = d.governor();
      if (g >= 0 && d.relation().startsWith("conj") && s.token(g).key().equals("confirm")
          && s.enhanced().children(g, "cc:preconj").stream().anyMatch(x -> s.token(x).key().equals("neither"))) {
        return true;
      }
    }
    return false;
  }

  /** Nouns of a plan that "have" makes an intent: "had plans to", "has no intention of". */
  private static final Set<String> PLAN_NOUNS = Set.of("plan", "intention", "intent");

  /** Families of acts that one seeks from others (aid, support, concessions such as a release): an appeal. */
  private static final Set<String> SOUGHT_FROM_OTHERS = Set.of("05", "07", "08");

  /** Intent words that take up what another offers: mediation agreed to is accepted (CAMEO 038). */
  private static final Set<String> ACCEPTING = Set.of("agree", "accept", "welcome", "consent");

  /** Mediation and the intent to mediate (CAMEO 045, 039). */
  private static final Set<String> MEDIATION = Set.of("045", "039");

  /** Whether {@code e} is a mediation whose source mediates, in the same sentence, for two different countries. */
  private static boolean mediatesBetweenStates(Event e, java.util.Collection<Event> events) {
    return MEDIATION.contains(e.code().code()) && e.target().isPresent() && events.stream().anyMatch(o -> o != e
        && MEDIATION.contains(o.code().code()) && o.source().head() == e.source().head() && o.target().isPresent()
        && !o.target().get().actor().root().equals(e.target().get().actor().root()));
  }

  /** Records the fate of the candidate at {@code token} in the explain trace, when one is kept. */
  private static void note(Map<Integer, Trace> notes, boolean tracing, int token, String outcome) {
    if (tracing) {
      Trace t = notes.get(token);
      notes.put(token, new Trace(t.token(), t.word(), t.entry(), t.frames(), outcome));
    }
  }

  /**
   * "Rebels shelled the town, killing 20 people": the killing is what the shelling did, not a second act. An act of
   * force (18-20) told by a participle ("killing", "wounding") that hangs on another act of force of the same source
   * is folded into it: that act keeps its code and takes the participle's victims when it had no target.
   */
  /**
   * "A car bomb exploded outside a police station ..., and the group X claimed responsibility": an act of force whose
   * agent the sentence does not name is the claimant's, and the claim is aimed at whom the act was.
   */
  private static void claimedActs(Map<String, Event> events, Map<Event, Candidate> origin) {
    Event claim = events.values().stream().filter(e -> e.code().code().equals("015")
        && e.modality() == Modality.ASSERTED && !e.source().actor().code().startsWith(Actor.UNKNOWN_COUNTRY))
        .findFirst().orElse(null);
    if (claim == null) {
      return;
    }
    Mention claimant = claim.source();
    for (Event e : List.copyOf(events.values())) {
      if (!force(e.code().code()) || !e.source().actor().country().isEmpty()
          && !e.source().actor().code().startsWith(Actor.UNKNOWN_COUNTRY)
          || e.source().actor().code().length() > 3 && !e.source().actor().code().endsWith("UAF")
          || e.target().filter(t -> t.actor().code().equals(claimant.actor().code())).isPresent()) {
        continue;
      }
      Span ev = new Span(Math.min(e.evidence().start(), claimant.span().start()),
          Math.max(e.evidence().end(), claimant.span().end()));
      Event owned = new Event(e.docId(), e.sentence(), e.code(), claimant, e.target(), e.modality(), ev,
          e.rule() + " | agent: '" + claimant.text() + "', who claimed it", e.confidence(), e.reportedBy());
      events.remove(e.dedupKey());
      events.put(owned.dedupKey(), owned);
      origin.put(owned, origin.get(e));
      if (claim.target().isEmpty() && e.target().isPresent() && events.containsKey(claim.dedupKey())) {
        Event aimed = new Event(claim.docId(), claim.sentence(), claim.code(), claimant, e.target(), claim.modality(),
            claim.evidence(), claim.rule() + " | the claimed act's target", claim.confidence(), claim.reportedBy());
        events.remove(claim.dedupKey());
        events.put(aimed.dedupKey(), aimed);
        origin.put(aimed, origin.get(claim));
        claim = aimed;
      }
    }
  }

  private void foldOutcomes(Sentence s, Map<String, Event> events, Map<Event, Candidate> origin) {
    for (Event d : List.copyOf(events.values())) {
      Candidate dc = origin.get(d);
      // (damage done by an attack is its outcome too: "fired missiles at the city, damaging power stations")
      if (dc == null || !force(d.code().code()) && !d.code().code().startsWith("171")
          || !s.token(dc.token()).pos().equals("VBG")
          || !events.containsKey(d.dedupKey())) {
        continue;
      }
      for (Event p : List.copyOf(events.values())) {
        Candidate pc = origin.get(p);
        if (p == d || pc == null || pc == dc || !(force(p.code().code()) || p.code().code().equals("175"))
            || !events.containsKey(p.dedupKey())
            || !p.source().actor().code().equals(d.source().actor().code())) {
          continue;
        }
        List<Integer> pNodes = nodes(pc.token(), pc.chain());
        boolean hangs = s.enhanced().parents(dc.token()).stream().anyMatch(x -> pNodes.contains(x.governor())
            && (x.isA("advcl") || x.isA("xcomp") || x.isA("conj")
            || x.isA("dep") && dc.token() > 0 && s.token(dc.token() - 1).word().equals(",")));
        if (!hangs) {
          continue;
        }
        Optional<Mention> target = p.target().isPresent() ? p.target() : d.target();
        // the more specific of the two names the act ("lost their lives in shelling": the shelling, 193)
        CameoCode code = genericForce(p.code().code()) && !genericForce(d.code().code()) ? d.code() : p.code();
        fold(events, origin, p, d, pc, code, target, " | with '" + s.token(dc.token()).word() + "': its outcome");
        break;
      }
    }
  }

  /**
   * Replaces event {@code p} and event {@code d}, told of one act, by one event: {@code p}'s source and modality, the
   * code and target given, both evidences, and a note on the rule. Returns the merged event.
   */
  private static Event fold(Map<String, Event> events, Map<Event, Candidate> origin, Event p, Event d, Candidate pc,
      CameoCode code, Optional<Mention> target, String note) {
    Event merged = new Event(p.docId(), p.sentence(), code, p.source(), target, p.modality(),
        p.evidence().union(d.evidence()), p.rule() + note, Math.max(p.confidence(), d.confidence()), p.reportedBy());
    events.remove(p.dedupKey());
    events.remove(d.dedupKey());
    events.put(merged.dedupKey(), merged);
    origin.put(merged, pc);
    return merged;
  }

  /**
   * "met with the Syrian president to discuss ...": a consultation (04) whose purpose is to consult the same party is
   * one event, the meeting; so is an act of cooperation or aid whose purpose is to support the same party ("approved
   * a loan to Ghana to support its recovery"). Force used, without a target, to break up a protest is one event, the
   * repression (175), aimed at the protesters: "police opened fire to disperse the crowd". The purpose clause adds its
   * words to the evidence.
   */
  private void foldConsultPurposes(Sentence s, Map<String, Event> events, Map<Event, Candidate> origin) {
    for (Event d : List.copyOf(events.values())) {
      Candidate dc = origin.get(d);
      boolean repression = d.code().code().equals("175");
      if (dc == null || !(d.code().root().equals("04") || d.code().root().equals("05") || repression)
          || !s.token(dc.token()).isVerb() || !events.containsKey(d.dedupKey())) {
        continue;
      }
      for (Event p : List.copyOf(events.values())) {
        Candidate pc = origin.get(p);
        String pr = p.code().root();
        boolean serves = repression ? force(p.code().code()) && p.target().isEmpty() // "opened fire to disperse ..."
            : d.code().root().equals("04") ? pr.equals("04")
            : pr.equals("04") || pr.equals("06") || pr.equals("07"); // "approved a loan to Ghana to support ..."
        if (p == d || pc == null || pc == dc || !serves || !events.containsKey(p.dedupKey())
            || !p.source().actor().code().equals(d.source().actor().code())
            || !repression && !(d.target().isEmpty() && d.code().root().equals("05"))
            && !p.target().map(t -> t.actor().code()).equals(d.target().map(t -> t.actor().code()))) {
          continue;
        }
        List<Integer> pNodes = nodes(pc.token(), pc.chain());
        boolean purpose = s.enhanced().parents(dc.token()).stream().anyMatch(x -> pNodes.contains(x.governor())
            && (x.isA("advcl") || x.isA("xcomp")))
            && s.basic().children(dc.token(), "mark").stream().anyMatch(m -> s.token(m).key().equals("to"));
        if (!purpose) {
          continue;
        }
        // force used to break up a protest is repression (175), aimed at the protesters
        fold(events, origin, p, d, pc, repression ? d.code() : p.code(), repression ? d.target() : p.target(),
            " | with '" + s.token(dc.token()).word() + "': its purpose");
        break;
      }
    }
  }

  /**
   * A state organ written with a possessive pronoun ("its troops", "their police") of the source's own country: what
   * the source uses, not whom it acts on ("the government arrested its critics" keeps its target).
   */
  private static boolean ownedBySource(Sentence s, Mention t, List<Mention> sources, String code) {
    // a complaint about the detention of "its citizens" is made for them, not against them
    if (t.sentence() != s.index() || t.actor().country().isEmpty() || !state(t.actor())
        && !(code.startsWith("11") && t.actor().sector().isPresent())) {
      return false;
    }
    boolean possessive = s.enhanced().children(t.head(), "nmod:poss").stream()
        .anyMatch(p -> s.token(p).pos().equals("PRP$"))
        || code.startsWith("11") && s.tokens().stream().anyMatch(k -> k.pos().equals("PRP$")
        && t.span().contains(k.span())); // "two of its citizens"
    return possessive && sources.stream().anyMatch(src -> src.actor().country().equals(t.actor().country()));
  }

  /**
   * "Syria was suspended from the Arab League": the body one is suspended or expelled from did it; so did the state
   * ("two Chinese nationals were expelled from Kenya"). Empty when the entry is no such act.
   */
  private static List<Mention> expellers(Sentence s, int act, EventEntry entry, SentenceActors actors) {
    List<Mention> bodies = new ArrayList<>();
    if (entry.prep().equals("from") && !entry.pobj().isEmpty() && !entry.pobj().contains("place")
        || expulsion(entry.code())) {
      for (int p : prepChildren(s, act, "from")) {
        bodies.addAll(actors.at(p));
      }
    }
    return bodies;
  }

  /** Expelling people (CAMEO 174, 166x) or envoys (161): what one is expelled from did it. */
  private static boolean expulsion(String code) {
    return code.startsWith("174") || code.startsWith("166") || code.equals("161");
  }

  /** What a legislature or government passes at home: approving it endorses no one. */
  private static final Set<String> LEGISLATION = Set.of("bill", "law", "legislation", "budget", "amendment",
      "ordinance", "decree");

  /** Acts of coercion or force (CAMEO 17-20): what can strike, damage or destroy. */
  private static boolean coercive(String code) {
    return code.startsWith("17") || force(code);
  }

  private static boolean force(String code) {
    return code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
  }

  /** Waters that a weapon fired into hits no one: "fired two missiles into the sea". */
  private static final Set<String> OPEN_WATERS = Set.of("sea", "water", "waters", "ocean");

  private static boolean intoTheSea(Sentence s, int verb) {
    return s.enhanced().children(verb).stream().anyMatch(d -> d.relation().equals("obl:into")
        && OPEN_WATERS.contains(s.token(d.dependent()).key()));
  }

  /** Force coded without its means: unconventional violence (180) or conventional force (190) not specified. */
  private static boolean genericForce(String code) {
    return code.equals("180") || code.equals("190");
  }

  /**
   * CAMEO codes a protest together with what it demands: "rallied to demand the president's resignation" is one
   * event, 1411 (demonstrate for leadership change), aimed at whom the demand addresses. A demand (10x) or a protest
   * (14x) by the same source in a clause that depends on a protest (purpose, participle or coordination) is folded
   * into it: the protest takes the demand's fourth digit (1041-1044 -> 14X1-14X4) and its target, when it has one.
   * A riot (145) and a peaceful protest are two acts, never folded into one.
   */
  private void foldIntoProtests(Sentence s, Map<String, Event> events, Map<Event, Candidate> origin) {
    for (Event first : List.copyOf(events.values())) {
      Event p = first;
      Candidate pc = origin.get(p);
      if (pc == null || !p.code().root().equals("14") || !events.containsKey(p.dedupKey())) {
        continue;
      }
      List<Integer> pNodes = nodes(pc.token(), pc.chain());
      int top = pNodes.get(pNodes.size() - 1);
      java.util.BitSet inside = clause(s, top);
      for (Event d : List.copyOf(events.values())) {
        Candidate dc = origin.get(d);
        if (d == p || dc == null || dc == pc || !events.containsKey(d.dedupKey())
            || !(d.source().actor().code().equals(p.source().actor().code()) || d.source().head() == p.source().head()
            && d.source().sentence() == p.source().sentence())
            || !(d.code().root().equals("10") || d.code().root().equals("14") || d.code().root().equals("11"))
            || riot(d) != riot(p) && d.code().root().equals("14")) {
          continue; // "blocked highways and clashed with police": a riot is an act of its own beside a blockade
        }
        List<Integer> dNodes = new ArrayList<>(nodes(dc.token(), dc.chain()));
        if (dc.frameStep() != null && !dNodes.contains(dc.frameStep().token())) {
          dNodes.add(dc.frameStep().token()); // "..., saying he must resign"
        }
        // where the demand hangs on the protest: its highest word that is not a word of the protest
        int dTop = -1;
        for (int n : dNodes) {
          if (pNodes.contains(n)) {
            break;
          }
          dTop = n;
        }
        if (dTop >= 0 && s.token(dTop).isNoun()) {
          // "blocked a road to show their disapproval of ...": the clause that holds the noun
          for (Dependency up : s.enhanced().parents(dTop)) {
            if (up.governor() >= 0 && up.relation().equals("obj") && s.token(up.governor()).isVerb()) {
              dTop = up.governor();
            }
          }
        }
        if (dTop < 0 || !inside.get(dTop) || !dependentClause(s, dTop)) {
          continue;
        }
        String code = p.code().code();
        String demanded = d.code().code();
        if (code.length() == 3 && demanded.length() == 4 && demanded.startsWith("104")
            && ontology.has(code + demanded.charAt(3))) {
          code = code + demanded.charAt(3);
        }
        Optional<Mention> target = d.target().isPresent() ? d.target() : p.target();
        p = fold(events, origin, p, d, pc, ontology.code(code), target, " | with '" + s.token(dTop).word()
            + "': the protest takes what it demands (" + demanded + ")");
      }
    }
  }

  /** A violent protest (145 and its four-digit codes). */
  private static boolean riot(Event e) {
    return e.code().code().startsWith("145");
  }

  /**
   * "rejected an offer from Chile to hold talks", "dismissed Chile's call to ...": a rejection is aimed at whoever made
   * the offer or the call, named with the nouns of the chain or the frame word's object; empty when none is.
   */
  private static List<Mention> proposers(Sentence s, List<Step> chain, Step frameStep, SentenceActors actors,
      Set<String> self) {
    List<Integer> offers = new ArrayList<>();
    for (Step st : chain) {
      if (s.token(st.token()).isNoun()) {
        offers.add(st.token());
      }
    }
    if (frameStep != null) {
      offers.addAll(s.enhanced().children(frameStep.token(), "obj")); // a refusal by negation has no frame word
    }
    for (int o : offers) {
      List<Mention> proposers = qualifying(s, o, actors, 1).stream()
          .filter(m -> !self.contains(m.actor().code())).toList();
      if (!proposers.isEmpty()) {
        return proposers;
      }
    }
    return List.of();
  }

  /**
   * "Pakistan pledged to deploy a police battalion": the forces a state sends, deploys or withdraws are its own, not
   * whom it acts on; the codes of those the verb {@code act} moves that are of its sources' countries.
   */
  private static Set<String> ownForcesSent(Sentence s, int act, List<Mention> sources, SentenceActors actors) {
    if (!ActorResolver.SENDING.contains(s.token(act).key())) {
      return Set.of();
    }
    Set<String> countries = new HashSet<>();
    sources.forEach(m -> m.actor().country().ifPresent(countries::add));
    Set<String> r = new HashSet<>();
    for (int sent : s.enhanced().children(act, "obj")) {
      actors.at(sent).stream().filter(m -> m.actor().country().filter(countries::contains).isPresent())
          .forEach(m -> r.add(m.actor().code()));
    }
    return r;
  }

  /** Roots of the acts whose telling by another charges their agent: threats, and material conflict but protest. */
  private static final Set<String> CHARGED_ROOTS = Set.of("13", "15", "16", "17", "18", "19", "20");

  /**
   * Notes a charge for a later denial: an accusation, criticism or complaint (11) against another country, or an act
   * of hostility reported by another country's actor ("Pakistani troops fired on Indian posts, India's army said");
   * and whom an act of force struck, for a later claim of responsibility.
   */
  private static void noteChargeOrAttack(Event e, int sentence, DocumentContext context) {
    if (e.modality() != Modality.ASSERTED) {
      return;
    }
    if (force(e.code().code()) && e.target().isPresent()) {
      context.sawAttackTarget(e.target().get(), sentence);
    }
    if (e.code().root().equals("11") && e.target().isPresent()) {
      e.target().get().actor().country().ifPresent(c -> context.sawCharge(e.source(), c, sentence));
    }
    if (e.reportedBy().isPresent() && CHARGED_ROOTS.contains(e.code().root())) {
      e.source().actor().country().ifPresent(c -> context.sawCharge(e.reportedBy().get(), c, sentence));
    }
  }

  /** Sectors of armed actors outside the state, whose seizure of a craft is a hijacking. */
  private static final Set<String> IRREGULAR_FORCES = Set.of("REB", "INS", "UAF", "SEP", "CRM");

  /** Ships and boats, which a state's forces seize as property (1711) and rebels or pirates hijack (181). */
  private static final Set<String> SHIPS = Set.of("ship", "vessel", "tanker", "boat", "freighter", "trawler", "yacht",
      "dhow", "barge", "carrier");

  /**
   * "Yemeni rebels seized a Greek-owned cargo ship", "pirates seized a tanker": a ship seized by rebels, insurgents,
   * gunmen or pirates is hijacked with its crew (codebook 181, abduct, hijack, or take hostage); seized by a state's
   * police, navy or government it is confiscated (1711), as the dictionary codes it.
   */
  private void hijackings(Sentence s, Map<String, Event> events, Map<Event, Candidate> origin) {
    for (Event e : List.copyOf(events.values())) {
      Candidate c = origin.get(e);
      if (!e.code().code().equals("1711") || c == null || !s.token(c.token()).isVerb()
          || e.source().actor().sector().filter(IRREGULAR_FORCES::contains).isEmpty()
          || s.enhanced().children(c.token(), "obj").stream().noneMatch(o -> SHIPS.contains(s.token(o).key()))) {
        continue;
      }
      events.remove(e.dedupKey());
      Event h = new Event(e.docId(), e.sentence(), ontology.code("181"), e.source(), e.target(), e.modality(),
          e.evidence(), e.rule() + " | a ship seized by an armed group: hijacked", e.confidence(), e.reportedBy());
      events.putIfAbsent(h.dedupKey(), h);
      origin.put(h, c);
    }
  }

  /** {@code e} aimed at {@code t}, with why {@code t} is its target and the rule that made it so. */
  private static Event aimedAt(Event e, Mention t, String why, String rule) {
    return new Event(e.docId(), e.sentence(), e.code(), e.source(), Optional.of(t.withActor(t.actor(), t.reason()
        + "; " + why)), e.modality(), e.evidence(), e.rule() + " | " + rule, e.confidence(), e.reportedBy());
  }

  /**
   * "A car bomb killed five soldiers at a checkpoint. Al-Shabaab claimed responsibility.": a claim of responsibility
   * (015) that names no act of its sentence claims the act of force told just before, and is aimed, as that act was,
   * at whom it struck.
   */
  private static void claimsOfTheAttackBefore(Map<String, Event> events, int sentence, DocumentContext context) {
    for (Event e : List.copyOf(events.values())) {
      if (!e.code().code().equals("015") || e.target().isPresent() || e.modality() != Modality.ASSERTED) {
        continue;
      }
      List<Mention> struck = context.lastAttackTargets(sentence, 2).stream()
          .filter(m -> !m.actor().code().equals(e.source().actor().code())).toList();
      if (struck.isEmpty()) {
        continue;
      }
      events.remove(e.dedupKey());
      for (Mention t : struck) {
        Event m = aimedAt(e, t, "struck by the attack claimed", "claims the act of force told before");
        events.putIfAbsent(m.dedupKey(), m);
      }
    }
  }

  /**
   * "Ukraine's president accused Moscow of a war crime. ... Russia's defence ministry denied hitting civilian
   * targets": a denial that names no one answers the latest charge against its country told in the few sentences
   * before, and is aimed at whoever laid it (codebook 016, deny responsibility: the target is the accuser).
   */
  private static void denialsAnswerCharges(Map<String, Event> events, int sentence, DocumentContext context) {
    for (Event e : List.copyOf(events.values())) {
      if (!e.code().code().equals("016") || e.target().isPresent() || e.modality() != Modality.ASSERTED
          || e.source().actor().country().isEmpty()) {
        continue;
      }
      Optional<Mention> accuser = context.lastAccuser(e.source().actor().country().get(), sentence, 4);
      if (accuser.isEmpty()) {
        continue;
      }
      events.remove(e.dedupKey());
      Event m = aimedAt(e, accuser.get(), "laid the charge denied", "answers the latest charge against its country");
      events.putIfAbsent(m.dedupKey(), m);
    }
  }

  /**
   * "Israel released 30 prisoners after Hamas freed 13 hostages under a deal brokered by Qatar": a mediation with no
   * party named is aimed at the two parties that act on others in its sentence, when there are exactly two.
   */
  private static void mediatedParties(Map<String, Event> events, Map<Event, Candidate> origin) {
    for (Event e : List.copyOf(events.values())) {
      if (!MEDIATION.contains(e.code().code()) || e.target().isPresent()) {
        continue;
      }
      Map<String, Mention> parties = new LinkedHashMap<>();
      for (Event o : events.values()) {
        if (!MEDIATION.contains(o.code().code()) && o.target().isPresent()
            && !o.source().actor().code().equals(e.source().actor().code())) {
          parties.putIfAbsent(o.source().actor().code(), o.source());
        }
      }
      if (parties.size() != 2) {
        continue;
      }
      events.remove(e.dedupKey());
      for (Mention side : parties.values()) {
        Event m = new Event(e.docId(), e.sentence(), e.code(), e.source(), Optional.of(side.withActor(side.actor(),
            side.reason() + "; a party to what was mediated")), e.modality(), e.evidence(), e.rule()
            + " | the two parties acting in the sentence", e.confidence(), e.reportedBy());
        events.put(m.dedupKey(), m);
        origin.put(m, origin.get(e));
      }
    }
  }

  /**
   * "The UN warned that the fighting could lead to a catastrophe", "criticised the tariffs, warning that they could
   * trigger a trade war": a warning addressed to no one, that carries no threat of the speaker's own, is a gloomy
   * forecast (012), not a threat (130) against nobody; one that carries a threat is told by it.
   */
  private void warningsToNoOne(Sentence s, SentenceActors actors, Map<String, Event> events,
      Map<Event, Candidate> origin) {
    for (Event e : List.copyOf(events.values())) {
      Candidate c = origin.get(e);
      if (!e.code().code().equals("130") || e.target().isPresent() || c == null
          || !c.entry().head().equals("warn") || !c.entry().obj().isEmpty() || !c.entry().prep().isEmpty()) {
        continue;
      }
      events.remove(e.dedupKey());
      if (events.values().stream().anyMatch(o -> o.code().root().equals("13")
          && o.source().actor().code().equals(e.source().actor().code()))) {
        continue; // "Iran warned that it would retaliate": the threat it carries (1384) tells it
      }
      List<Mention> bound = boundByTheWarning(s, c.token(), actors, e.source());
      if (!bound.isEmpty()) {
        for (Mention t : bound) {
          Event m = aimedAt(e, t, "whom the warning's condition asks to act",
              "a warning of the speaker's own act unless another acts: a threat to it");
          events.putIfAbsent(m.dedupKey(), m);
          origin.put(m, c);
        }
        continue;
      }
      if (ownStandWarned(s, c.token(), actors, e.source())) {
        // "accused Eritrea of massing troops and warned that it would defend its territory by all means": a warning
        // of the speaker's own stand is a threat (130), to whom it accuses in the sentence if it accuses one
        List<Mention> accused = events.values().stream().filter(o -> o.code().root().equals("11")
            && o.target().isPresent() && o.source().head() == e.source().head()).map(o -> o.target().get())
            .distinct().toList();
        Event m = accused.size() == 1 ? aimedAt(e, accused.get(0), "whom the warner accuses",
            "a warning of the speaker's own stand: a threat") : e;
        events.putIfAbsent(m.dedupKey(), m);
        origin.put(m, c);
        continue;
      }
      Event r = new Event(e.docId(), e.sentence(), ontology.code("012"), e.source(), e.target(), e.modality(),
          e.evidence(), e.rule() + " | a warning to no one: a gloomy forecast", e.confidence(), e.reportedBy());
      events.putIfAbsent(r.dedupKey(), r);
      origin.put(r, c);
    }
  }

  /** Verbs of a stand taken against others: what a state warns it will do to them. */
  private static final Set<String> STANDS = Set.of("defend", "protect", "safeguard", "respond", "react", "resist",
      "punish", "act");

  /** What one takes as a stand: "would take overwhelming action", "will take all necessary measures". */
  private static final Set<String> STAND_NOUNS = Set.of("action", "measure", "step", "countermeasure");

  /**
   * Whether what is warned of is the speaker's own stand to come: "warned that it would defend its sovereignty",
   * "warned it would respond firmly" (not "warned it would run out of food").
   */
  private boolean ownStandWarned(Sentence s, int warn, SentenceActors actors, Mention speaker) {
    for (int comp : s.enhanced().children(warn, "ccomp")) {
      boolean own = s.enhanced().children(comp, "nsubj").stream()
          .anyMatch(x -> actors.at(x).stream().anyMatch(m -> m.actor().code().equals(speaker.actor().code())));
      boolean stand = STANDS.contains(s.token(comp).key()) || s.token(comp).key().equals("take") && s.enhanced()
          .children(comp, "obj").stream().anyMatch(o -> STAND_NOUNS.contains(s.token(o).key()));
      if (own && stand && futureVerb(s, comp)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Britain and France warned that they would trigger sanctions if Iran did not comply": who must act, by the
   * condition, to spare itself what the speaker warns it will do itself (the clause said has the speaker for subject);
   * empty otherwise.
   */
  private static List<Mention> boundByTheWarning(Sentence s, int warn, SentenceActors actors, Mention speaker) {
    List<Mention> r = new ArrayList<>();
    String self = speaker.actor().code();
    for (int comp : s.enhanced().children(warn, "ccomp")) {
      boolean own = s.enhanced().children(comp, "nsubj").stream()
          .anyMatch(x -> actors.at(x).stream().anyMatch(m -> m.actor().code().equals(self)));
      for (int cond : own ? conditionClauses(s, comp) : List.<Integer>of()) {
        for (int subj : s.enhanced().children(cond, "nsubj")) {
          actors.at(subj).stream().filter(m -> !m.actor().code().equals(self)).forEach(r::add);
        }
      }
    }
    return r;
  }

  /**
   * "South Africa filed a case at the ICJ accusing Israel of genocide", "lodged a complaint with the UN accusing
   * Russia": a complaint or a lawsuit that names no target of its own (the court or body it is brought to is where,
   * not whom) is against whom the same party accuses in the sentence.
   */
  private static void accusedOfTheComplaint(Map<String, Event> events, Map<Event, Candidate> origin) {
    for (Event e : List.copyOf(events.values())) {
      if (!e.code().root().equals("11") || e.target().isPresent()) {
        continue;
      }
      List<Mention> accused = events.values().stream().filter(o -> o.code().code().startsWith("112")
          && o.target().isPresent() && o.source().head() == e.source().head()).map(o -> o.target().get()).distinct()
          .toList();
      if (accused.size() != 1) {
        continue;
      }
      events.remove(e.dedupKey());
      Mention t = accused.get(0);
      Event m = new Event(e.docId(), e.sentence(), e.code(), e.source(), Optional.of(t.withActor(t.actor(),
          t.reason() + "; whom the complaint accuses")), e.modality(), e.evidence(), e.rule()
          + " | aimed at whom the same party accuses", e.confidence(), e.reportedBy());
      events.putIfAbsent(m.dedupKey(), m);
      origin.put(m, origin.get(e));
    }
  }

  /** Sectors of political figures: those who hold, seek or held office. */
  private static final Set<String> POLITICAL = Set.of("GOV", "OPP", "LEG", "ELI", "PTY");

  /**
   * "Soldiers detained President Mohamed Bazoum": forces of no country named that arrest, detain or hold a country's
   * political figure are that country's own (a coup, a crackdown), not of the country the story's dateline gave them.
   */
  private static void homeForces(Map<String, Event> events) {
    reportedDetentions(events);
    for (Event e : List.copyOf(events.values())) {
      Mention src = e.source();
      Optional<String> sector = src.actor().sector();
      if (!e.code().code().startsWith("17") || e.code().code().equals("174") || e.target().isEmpty()
          || !src.countryFromStory() || sector.filter(x -> x.equals("MIL") || x.equals("COP")).isEmpty()) {
        continue;
      }
      Mention t = e.target().get();
      if (t.countryFromStory() || t.actor().country().isEmpty() || t.actor().country().equals(src.actor().country())
          || t.actor().sector().filter(POLITICAL::contains).isEmpty()) {
        continue;
      }
      Mention home = src.withActor(Actor.of(t.actor().country().get(), sector.get()), src.reason()
          + "; holding a political figure of " + t.actor().country().get() + ": that country's own forces");
      Event r = new Event(e.docId(), e.sentence(), e.code(), home, e.target(), e.modality(), e.evidence(),
          e.rule() + " | source's country from the target's", e.confidence(), e.reportedBy());
      events.remove(e.dedupKey());
      events.putIfAbsent(r.dedupKey(), r);
    }
  }

  /** Words naming a state's bodies that deal with other states. */
  private static final java.util.regex.Pattern ABROAD = java.util.regex.Pattern.compile(
      "(?i)\\b(foreign|embassy|consul|diplomat|envoy|ambassador)");

  /**
   * "The interior ministry said 107 people had been detained": arrests with no agent named, told by a state's
   * government, police or courts, were made by that state's police.
   */
  private static void reportedDetentions(Map<String, Event> events) {
    for (Event e : List.copyOf(events.values())) {
      Actor src = e.source().actor();
      Optional<Actor> by = e.reportedBy().map(Mention::actor);
      if (!e.code().code().startsWith("173") || !src.code().equals(Actor.UNKNOWN_COUNTRY) || by.isEmpty()
          || by.get().country().isEmpty() || by.get().sector().filter(x -> x.equals("GOV") || x.equals("COP")
          || x.equals("JUD")).isEmpty() || ABROAD.matcher(e.reportedBy().get().text()).find()
          || e.target().flatMap(t -> t.actor().country()).filter(c -> !c.equals(by.get().country().get()))
          .isPresent()) {
        continue; // (a foreign ministry tells of its citizens held abroad; others' citizens are held by whoever)
      }
      Mention police = e.source().withActor(Actor.of(by.get().country().get(), "COP"), e.source().reason()
          + "; told by " + by.get().code() + ": that state's police");
      Event r = new Event(e.docId(), e.sentence(), e.code(), police, e.target(), e.modality(), e.evidence(),
          e.rule() + " | arrests a state reports are its police's", e.confidence(), e.reportedBy());
      events.remove(e.dedupKey());
      events.putIfAbsent(r.dedupKey(), r);
    }
  }

  /**
   * Protests, and demands and appeals for a change of leader, are aimed at the protesters' own rulers, and a
   * government dismisses its own officials: a target whose country the text does not give ("rallied against the
   * education minister", "demanded the removal of President X", "sacked the finance minister") is of the source's
   * country, and so are the legislature a state's officials address ("the prime minister told parliament") and the
   * government an opposition opposes.
   */
  private static void ownGovernment(Map<String, Event> events) {
    homeForces(events);
    for (Event e : List.copyOf(events.values())) {
      String code = e.code().code();
      Actor src = e.source().actor();
      boolean domestic = code.startsWith("14") || code.equals("1041") || code.equals("0241") || code.equals("1231")
          || code.equals("0831") && src.sector().filter(x -> x.equals("GOV")).isPresent() // "sacked the minister"
          || code.startsWith("172") // "the Taliban barred women from working": measures imposed at home
          // "the prime minister told parliament": a state's officials address their own legislature
          || src.stateOrgan() && e.target().flatMap(t -> t.actor().sector()).filter("LEG"::equals).isPresent()
          // "Israel's opposition leader criticised the government": an opposition opposes its own government
          || src.sector().filter("OPP"::equals).isPresent()
          && e.target().flatMap(t -> t.actor().sector()).filter("GOV"::equals).isPresent();
      // courts, police and governments act at home: whom they arrest, try, sentence or release is of their country
      // (whom they expel or deport, 174, are foreigners)
      boolean justice = (code.startsWith("17") && !code.equals("174") || code.startsWith("084")
          || code.equals("115") || code.equals("116")) // ("Bangladesh's parliament impeached the president")
          && src.sector().map(x -> x.equals("JUD") || x.equals("COP") || x.equals("GOV") || x.equals("LEG"))
          .orElse(src.code().length() == 3 && src.country().isPresent());
      if (expulsion(code) && src.country().isPresent() && e.target().isPresent()
          && e.target().get().countryFromStory() && e.target().get().actor().sector().isPresent()
          && e.target().get().actor().country().equals(src.country())) {
        // "thousands of migrants were deported from the United States": whom a state expels are foreigners, not of
        // the country the story gave them
        Mention t = e.target().get();
        Mention foreign = t.withActor(Actor.of(null, t.actor().sector().get()), t.reason()
            + "; expelled by that country, so not of it");
        Event r = new Event(e.docId(), e.sentence(), e.code(), e.source(), Optional.of(foreign), e.modality(),
            e.evidence(), e.rule() + " | whom a state expels are foreigners", e.confidence(), e.reportedBy());
        events.remove(e.dedupKey());
        events.putIfAbsent(r.dedupKey(), r);
        continue;
      }
      if (!(domestic || justice) || src.country().isEmpty() || e.target().isEmpty()) {
        continue;
      }
      Mention t = e.target().get();
      Actor a = t.actor();
      // (a country the story gave a role, "a man" in a story datelined London, yields to the acting state's:
      // "Poland arrested a man")
      boolean storys = a.sector().isPresent() && a.code().length() == 6 && t.countryFromStory()
          && !a.country().equals(src.country()) && !e.source().countryFromStory();
      if (!a.roleWithoutCountry() && !storys) {
        continue;
      }
      Mention own = t.withActor(Actor.of(src.country().get(), a.sector().get()), t.reason() + "; "
          + Mention.FROM_SOURCE + (justice ? "courts, police and governments act at home"
          : "a protest or a call for a change of leader is aimed at one's own rulers"));
      Event r = new Event(e.docId(), e.sentence(), e.code(), e.source(), Optional.of(own), e.modality(),
          e.evidence(), e.rule() + " | target's country from the source's", e.confidence(), e.reportedBy());
      events.remove(e.dedupKey());
      events.putIfAbsent(r.dedupKey(), r);
    }
  }

  /** A clause that hangs on another: purpose, participle, adverbial or coordinated (not reported speech). */
  private static boolean dependentClause(Sentence s, int head) {
    for (Dependency d : s.enhanced().parents(head)) {
      String r = d.baseRelation();
      if (r.equals("advcl") || r.equals("xcomp") || r.equals("acl") || r.equals("conj")
          || r.equals("dep") && s.token(head).pos().equals("VBG")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the entry that {@code frame} matches names the act {@code act} as its complement (xcomp=). */
  /**
   * The verb whose direct object noun {@code n} is, when that verb is no frame word and its matched entry names the
   * noun in obj= with a code of another family than the noun's own that undoes it ("lifted the ban": 081, not the
   * ban's 172; "suspended the talks": 164), or when that verb is a frame word whose matched entry names the noun in
   * obj= with a code outside the family the frame gives ("proposed a ceasefire": 0256); or -1. ("brokered a prisoner
   * exchange" keeps the exchange.)
   */
  private static final Set<String> UNDOING = Set.of("08", "16");

  /** The family a frame that recodes puts its act in. */
  private static final Map<Frame, String> FRAMED_FAMILY = Map.of(Frame.INTENT, "03", Frame.APPEAL, "02",
      Frame.DEMAND, "10", Frame.REJECT, "12", Frame.THREATEN, "13");

  private int objectOfOwnEntry(Sentence s, int n, EventEntry nounEntry) {
    if (!s.token(n).isNoun()) {
      return -1;
    }
    String key = objectKey(s.token(n));
    int head = s.basic().parents(n).stream().filter(d -> d.relation().equals("compound") && d.governor() > n)
        .map(Dependency::governor).findFirst().orElse(n);
    for (Dependency d : s.enhanced().parents(head)) {
      // "ready to send more troops to its peacekeeping mission": where the verb's act goes, an act of the same family,
      // is that act's destination, not a second act
      if (d.governor() >= 0 && (d.relation().equals("obl:to") || d.relation().equals("obl:into"))
          && s.token(d.governor()).isVerb() && frameWord(s, d.governor()).filter(f -> f.frame().recodes()).isEmpty()
          && match(s, d.governor())
          .filter(e -> !e.obj().isEmpty() && e.code().substring(0, 2).equals(nounEntry.code().substring(0, 2)))
          .isPresent()) {
        return d.governor();
      }
    }
    for (int v : s.enhanced().parents(n, "obj")) {
      if (!s.token(v).isVerb() || dictionary.verbs(s.token(v).key()).stream().noneMatch(e -> e.obj().contains(key))) {
        continue; // (a cheap look at the verb's entries first)
      }
      Optional<FrameWord> frame = frameWord(s, v);
      Optional<EventEntry> own = match(s, v).filter(e -> e.obj().contains(key));
      String family = own.map(e -> e.code().substring(0, 2)).orElse("");
      if (own.isPresent() && frame.isEmpty() && family.equals(nounEntry.code().substring(0, 2))) {
        return v; // "would reinforce its peacekeeping mission": one act, the verb's, not the mission besides
      }
      if (own.isPresent() && !family.equals(nounEntry.code().substring(0, 2)) && (frame.isPresent()
          ? !family.equals(FRAMED_FAMILY.getOrDefault(frame.get().frame(), family)) : UNDOING.contains(family))) {
        // (a frame word whose own entry names this very object in another family than the frame gives says what is
        // done with it: "proposed a ceasefire" is an appeal for one, 0256, not a truce the proposers declare)
        return v;
      }
    }
    return -1;
  }

  /**
   * The verb, not a frame word, whose matched entry names the noun {@code n} as a modifier of its object
   * ("accept obj=offer objmod=mediation"), or -1.
   */
  private int modifierOfOwnEntry(Sentence s, int n) {
    if (!s.token(n).isNoun()) {
      return -1;
    }
    for (Dependency d : s.enhanced().parents(n)) {
      int o = d.governor();
      if (o < 0 || !(d.relation().equals("nmod:of") || d.relation().equals("amod")
          || d.relation().equals("compound"))) {
        continue;
      }
      for (int v : s.enhanced().parents(o, "obj")) {
        if (s.token(v).isVerb() && frameWord(s, v).isEmpty() && match(s, v)
            .filter(e -> e.objmod().contains(s.token(n).key())).isPresent()) {
          return v;
        }
      }
    }
    return -1;
  }

  /**
   * "ordered the UN peacekeeping mission to leave" (1661): a frame verb whose own entry names both its object and
   * its infinitive is that act; an event noun in the object it climbed through is what the entry acts on, not an
   * act the verb frames (no demand for peacekeeping, 1034).
   */
  private boolean objectAndComplementEntry(Sentence s, List<Step> chain, int act) {
    int below = act;
    for (Step st : chain) {
      int v = st.token();
      if (s.token(v).isVerb()) {
        int object = below;
        return s.enhanced().children(v, "obj").contains(object) && match(s, v).filter(e -> !e.obj().isEmpty()
            && !e.xcomp().isEmpty() && namesObject(s, e, object)).isPresent();
      }
      below = v;
    }
    return false;
  }

  /**
   * "China hit back at the EU with a probe into pork imports", "retaliated with tariffs": a verb of force whose "with"
   * phrase names an act of another kind is that act, done by the verb's subject to its target. The function gives
   * the means noun's entry in place of the verb's, or the verb's own.
   */
  private java.util.function.UnaryOperator<EventEntry> byMeans(Sentence s, int verb) {
    return e -> {
      if (!force(e.code()) || !s.token(verb).isVerb()) {
        return e;
      }
      for (int w : s.enhanced().children(verb, "obl:with")) {
        Optional<EventEntry> means = s.token(w).isNoun() ? match(s, w) : Optional.empty();
        if (means.isPresent() && !force(means.get().code()) && !means.get().code().startsWith("01")) {
          return means.get();
        }
      }
      return e;
    };
  }

  private boolean complementOfOwnEntry(Sentence s, int frame, int act) {
    Optional<EventEntry> own = match(s, frame);
    if (own.isPresent() && !own.get().obj().isEmpty() && namesObject(s, own.get(), act)
        && s.enhanced().children(frame, "obj").contains(act)
        && frameWord(s, frame).filter(w -> w.frame() == Frame.REJECT).isPresent()) {
      // "blocked imports" (163), "blocked aid convoys" (1245): a refusing verb's entry names the act it stops, more
      // exactly than the reject family's row for that act would (support and intent verbs keep the frame's code)
      return true;
    }
    return own.isPresent() && !own.get().xcomp().isEmpty() && own.get().xcomp().contains(s.token(act).key())
        && s.enhanced().children(frame, "xcomp").contains(act);
  }

  /**
   * "The EU agreed new sanctions on Iran", "agreed a new package of sanctions": a verb of intent whose own entry
   * names its object (or the instalment noun standing in for it) and gives an act of the object noun's family says
   * that the act is done ("agree obj=sanction" is 163, not an intent to sanction, 1312).
   */
  private boolean objectOfSameAct(Sentence s, List<Step> chain, int act, EventEntry nounEntry) {
    int object = act;
    Step step = chain.get(0);
    if (step.frame().frame() == Frame.ASPECT && INSTALMENTS.contains(s.token(step.token()).key())
        && chain.size() > 1) {
      object = step.token();
      step = chain.get(1);
    }
    int o = object;
    int v = step.token();
    // (a support verb's entry only says the same act more finely: "deepen a partnership in energy" keeps its noun)
    return step.frame().frame() == Frame.INTENT && s.token(act).isNoun() && s.token(v).isVerb()
        && s.enhanced().children(v, "obj").contains(o)
        && match(s, v).filter(e -> !e.obj().isEmpty() && namesObject(s, e, o)
        && e.code().substring(0, 2).equals(nounEntry.code().substring(0, 2))).isPresent();
  }

  private static String describe(Sentence s, List<Step> chain) {
    return String.join(" > ", chain.stream().map(st -> st.frame().frame().name().toLowerCase(java.util.Locale.ROOT)
        + " '" + s.token(st.token()).word() + "'").toList());
  }

  /**
   * "X said Y ...": a statement is an event (010) only when it is about another actor, the subject of what was
   * said, and what was said holds no event of its own. Verbs of saying never code on their own otherwise.
   */
  private void statements(String docId, Sentence s, SentenceActors actors, Map<String, Event> events,
      String text) {
    for (int r = 0; r < s.size(); r++) {
      Token t = s.token(r);
      if (!t.isVerb() || negated(s, r) || !reporting(t)) {
        continue;
      }
      List<Mention> speakers = new ArrayList<>();
      for (int subj : s.enhanced().children(r, "nsubj")) {
        speakers.addAll(actors.at(subj));
      }
      if (speakers.isEmpty()) {
        continue;
      }
      Mention speaker = speakers.get(0);
      if (speaker.actor().code().startsWith(Actor.UNKNOWN_COUNTRY)) {
        continue; // "authorities said ...", "officials said ...": attribution by an unplaced speaker, not a statement
      }
      boolean reported = events.values().stream().anyMatch(e -> e.reportedBy().map(m -> m.head() == speaker.head())
          .orElse(false) || e.source().head() == speaker.head());
      Optional<Mention> addressee = reported ? Optional.empty() : addresseeOfSaying(s, r, actors, speaker);
      if (addressee.isPresent() && s.enhanced().children(r, "ccomp").stream()
          .allMatch(comp -> statedAbout(s, comp, actors, speaker, events.values()).isPresent()
              || !holdsEvent(s, clause(s, comp), events.values()))) {
        // "X told Y that ...", "X said to Y": the statement is addressed to Y
        Span ev = speaker.span().union(t.span()).union(addressee.get().span());
        Event e = new Event(docId, s.index(), ontology.code("010"), speaker, addressee, Modality.ASSERTED, ev,
            "statement: '" + t.word() + "' addressed to an actor", 0.5, Optional.empty());
        events.putIfAbsent(e.dedupKey(), e);
        continue;
      }
      for (int comp : s.enhanced().children(r, "ccomp")) {
        Optional<Mention> about = statedAbout(s, comp, actors, speaker, events.values());
        if (about.isPresent()) {
          Span ev = speaker.span().union(t.span()).union(about.get().span());
          // "X said Y must ...": a demand on Y, "X said Y should ...": an appeal to Y, whatever Y is to do
          boolean subject = s.enhanced().children(comp).stream().anyMatch(d -> d.relation().equals("nsubj")
              && actors.at(d.dependent()).stream().anyMatch(m -> m.head() == about.get().head()));
          boolean blamed = subject && !negated(s, comp) && !s.enhanced().children(comp, "cop").isEmpty()
              && (BLAMING.contains(s.token(comp).key()) || s.enhanced().children(comp, "case").stream()
              .anyMatch(c -> s.token(c).key().equals("behind")));
          if (reported && !blamed) {
            continue; // (the speaker's other acts are coded; a blame laid is one more)
          }
          String code = subject && hasAux(s, comp, Set.of("must")) ? "100"
              : subject && hasAux(s, comp, Set.of("should")) ? "020" : blamed ? "112" : "010";
          String why = code.equals("010") ? "statement: '" + t.word() + "' about an actor named in what was said"
              : blamed ? "statement: '" + t.word() + "' that " + about.get().text() + " was "
              + (BLAMING.contains(s.token(comp).key()) ? "" : "behind the ") + s.token(comp).word() + ": an accusation"
              : "statement: '" + t.word() + "' that " + about.get().text() + " "
              + (code.equals("100") ? "must" : "should") + " act: " + (code.equals("100") ? "a demand" : "an appeal");
          Event e = new Event(docId, s.index(), ontology.code(code), speaker, about, Modality.ASSERTED, ev, why, 0.5,
              Optional.empty());
          events.putIfAbsent(e.dedupKey(), e);
          break;
        }
      }
    }
  }

  /** Predicates that lay the blame on their subject: "said Putin was responsible for his death" accuses Putin. */
  private static final Set<String> BLAMING = Set.of("responsible", "culpable", "guilty", "complicit", "liable");

  /** Whom a verb of saying addresses: its object or indirect object ("told Y"), or "to Y" ("said to Y"). */
  /** Verbs of saying whose direct object is the one addressed: "told Y", "assured Y", "briefed Y". */
  private static final Set<String> ADDRESSING = Set.of("tell", "inform", "brief", "assure", "reassure", "remind",
      "notify", "advise", "update", "caution", "address");

  private static Optional<Mention> addresseeOfSaying(Sentence s, int verb, SentenceActors actors, Mention speaker) {
    for (Dependency d : s.enhanced().children(verb)) {
      String rel = d.relation();
      if (rel.equals("obj") && !ADDRESSING.contains(s.token(verb).key()) && s.enhanced().children(verb).stream()
          .noneMatch(c -> c.isA("ccomp") || c.isA("parataxis") || c.isA("dep") || c.isA("xcomp"))
          && s.enhanced().parents(verb).stream().noneMatch(p -> p.isA("csubj"))) {
        // "added 30 companies to its blacklist": with nothing said, the object is no one addressed ("said Japan
        // should respect ...", parsed with "said" as the subject clause of "respect", still says something)
        continue;
      }
      if (rel.equals("obj") || rel.equals("iobj") || rel.equals("obl:to")) {
        List<Mention> candidates = new ArrayList<>(actors.at(d.dependent()));
        if (candidates.isEmpty()) {
          // "told his Ethiopian counterpart": the actor that qualifies the addressee
          for (Dependency q : s.enhanced().children(d.dependent())) {
            if (q.relation().equals("amod") || q.relation().equals("compound")) {
              candidates.addAll(actors.at(q.dependent()));
            }
          }
        }
        for (Mention m : candidates) {
          // telling a news agency or reporters is how a statement is made public, not whom it addresses
          boolean press = m.actor().sector().map(x -> x.equals("MED") || x.equals("JRN")).orElse(false)
              || m.actor().code().endsWith("MED") || m.actor().code().endsWith("JRN");
          // (a state's officials addressing their own legislature speak to another body: "told parliament")
          boolean house = m.actor().sector().filter("LEG"::equals).isPresent()
              && speaker.actor().sector().filter("LEG"::equals).isEmpty();
          if (!press && (!sameSide(m.actor(), speaker.actor()) || house)
              && !m.actor().code().startsWith(Actor.UNKNOWN_COUNTRY)) {
            return Optional.of(m);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The tokens of the clause headed by {@code head} (its subtree in the basic dependencies). */
  /**
   * "called the incursion a serious violation of Japan's sovereignty": who is named in what a verb of naming calls
   * its object is not whom the naming is aimed at; {@code targets} without them.
   */
  private static List<Mention> namedInWhatItIsCalled(Sentence s, int act, Candidate c, List<Mention> targets) {
    if (c.entry().xcomp().isEmpty()) {
      return targets;
    }
    java.util.BitSet inside = new java.util.BitSet();
    s.enhanced().children(act, "xcomp").forEach(x -> inside.or(clause(s, x)));
    return targets.stream().filter(t -> !inside.get(t.head())).toList();
  }

  private static java.util.BitSet clause(Sentence s, int head) {
    java.util.BitSet inside = new java.util.BitSet(s.size());
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(head));
    while (!todo.isEmpty()) {
      int i = todo.pop();
      if (!inside.get(i)) {
        inside.set(i);
        for (Dependency d : s.basic().children(i)) {
          todo.push(d.dependent());
        }
      }
    }
    return inside;
  }

  /** Whether an event already coded overlaps the clause whose tokens are {@code inside}. */
  private static boolean holdsEvent(Sentence s, java.util.BitSet inside, java.util.Collection<Event> coded) {
    int from = s.token(inside.nextSetBit(0)).span().start();
    int to = s.token(inside.length() - 1).span().end();
    return coded.stream().anyMatch(e -> e.evidence().start() < to && e.evidence().end() > from);
  }

  /**
   * The actor a statement is about: the subject of what was said when it is an actor other than the speaker, else
   * the first other actor named anywhere in what was said.
   */
  private static Optional<Mention> statedAbout(Sentence s, int comp, SentenceActors actors, Mention speaker,
      java.util.Collection<Event> coded) {
    for (Dependency sd : s.enhanced().children(comp)) {
      if (!sd.relation().equals("nsubj")) {
        continue; // "said six people were killed": what befell someone is no statement to them
      }
      for (Mention m : actors.at(sd.dependent())) {
        if (!m.actor().code().equals(speaker.actor().code())) {
          // "Norway's foreign minister said Norway is willing ...", "the rebels said their forces ...": a speaker
          // talking about its own country or side is no statement to another actor
          return ownSide(m.actor(), speaker.actor()) ? Optional.empty() : Optional.of(m);
        }
      }
    }
    java.util.BitSet inside = clause(s, comp);
    if (holdsEvent(s, inside, coded)) {
      return Optional.empty(); // what was said holds an event of its own
    }
    return actors.all().stream().filter(m -> inside.get(m.head()) && argumentOfVerb(s, m.head())
        && !sameSide(m.actor(), speaker.actor()) && !m.actor().code().startsWith(Actor.UNKNOWN_COUNTRY))
        .min(java.util.Comparator.comparingInt(Mention::head));
  }

  /**
   * Whether {@code about} is the speaker's own side: its own country as a whole or the same part of it ("Norway's
   * foreign minister said Norway ..."), or an actor whose country the text does not give ("their forces"). Another
   * part of the same country ("the minister said French journalists ...") is somebody else.
   */
  private static boolean ownSide(Actor about, Actor speaker) {
    if (about.code().startsWith(Actor.UNKNOWN_COUNTRY)) {
      return true;
    }
    return about.country().isPresent() && about.country().equals(speaker.country())
        && (about.sector().isEmpty() || about.sector().equals(speaker.sector())
        || state(about) && (speaker.sector().isEmpty() || state(speaker)));
  }

  /** Whether {@code verb} warns that {@code about}, its clause's subject, may or could do an act of its own. */
  private boolean forecastActOf(Sentence s, int verb, Mention about) {
    for (int clause : s.enhanced().children(verb, "ccomp")) {
      if (s.enhanced().children(clause, "nsubj").contains(about.head()) && hasAux(s, clause, POSSIBLE)
          && undergone(s, clause) < 0 && match(s, clause).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Civilian sides whose blockades are protests: opposition, farmers, workers, students, civilians, activists. */
  private static final Set<String> PROTESTING = Set.of("OPP", "AGR", "LAB", "EDU", "CVL", "HRI", "BUS", "PTY");

  /** An organ of the state: its government, forces, police, intelligence, courts or legislature. */
  private static boolean state(Actor a) {
    return a.stateOrgan();
  }

  /** Whether a word is a subject, object or prepositional argument of a verb (not buried in a noun phrase). */
  private static boolean argumentOfVerb(Sentence s, int word) {
    // the passive subject is what befell someone ("said six people were killed"), not whom a statement is about
    return s.enhanced().parents(word).stream().anyMatch(d -> d.governor() >= 0 && s.token(d.governor()).isVerb()
        && (d.relation().equals("nsubj") || d.isA("obj") || d.isA("iobj")
        || d.isA("obl") && !LOCATIVE.contains(d.specific())));
  }

  /** Prepositions of place: "if war starts in Iraq" says where, not whom the statement is about. */
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "across", "throughout", "inside",
      "outside", "within", "around", "along");

  // ---------------------------------------------------------------- matching

  /**
   * Whether the noun {@code head} that the event noun {@code modifier} modifies stands in for it: a process noun
   * ("the peace process", "a mediation effort"), or a role in an act that is no fighting ("a mediation role" is
   * mediation; a "combat role" is no act of force).
   */
  private boolean processHead(Sentence s, int modifier, int head) {
    String key = s.token(head).key();
    return PROCESS_NOUNS.contains(key) || (key.equals("role") || key.equals("team"))
        && dictionary.nouns(s.token(modifier).key()).stream().noneMatch(e -> force(e.code()));
  }

  /** The dictionary entry that codes word {@code i}, if any; a reading the dictionary calls no event is none. */
  private Optional<EventEntry> match(Sentence s, int i) {
    return matchOrNone(s, i).filter(e -> !e.none());
  }

  /** As {@link #match}, or the entry ({@link EventEntry#NONE}) that says the word's reading is no event. */
  private Optional<EventEntry> matchOrNone(Sentence s, int i) {
    Token t = s.token(i);
    List<EventEntry> entries;
    boolean nounEntries = t.isNoun();
    if (t.isVerb()) {
      entries = dictionary.verbs(t.key());
    } else if (t.isNoun()) {
      if (s.basic().parents(i).stream().anyMatch(d -> (d.relation().equals("compound")
          || d.relation().equals("amod")) && !processHead(s, i, d.governor()))) {
        return Optional.empty(); // "attack drone", "protest song": a noun modifying a thing is no event
      }
      for (int g : s.basic().children(i, "amod")) {
        Optional<EventEntry> none = s.token(g).pos().equals("VBG") ? dictionary.noEvent(s.token(g).key(), false)
            .stream().filter(e -> e.obj().contains(t.key())).findFirst() : Optional.empty();
        if (none.isPresent()) {
          return none; // "committed to fighting terrorism", the gerund read as an adjective: its object is no act
        }
      }
      entries = dictionary.nouns(t.key());
      if (entries.isEmpty() && gerundNoun(t)) {
        entries = dictionary.gerund(t.key());
        nounEntries = false;
      }
    } else if (t.pos().startsWith("JJ") && !s.basic().children(i, "cop").isEmpty()) {
      // a predicate adjective heads its clause: "X was optimistic that ...", "X is concerned about Y"
      entries = dictionary.verbs(t.key());
    } else {
      return Optional.empty();
    }
    EventEntry best = null;
    for (EventEntry e : entries) {
      if (holds(s, i, e) && (best == null || e.specificity() > best.specificity())) {
        best = e;
      }
    }
    if (best != null) {
      // a "---" line as specific as the best entry (or more) says the reading is no event ("defend democracy")
      int least = best.specificity();
      Optional<EventEntry> none = dictionary.noEvent(t.key(), nounEntries).stream()
          .filter(e -> e.specificity() >= least && holds(s, i, e)).findFirst();
      if (none.isPresent()) {
        return none;
      }
    }
    if (best != null && best.specificity() == 0 && t.isVerb() && best.code().startsWith("084")
        && s.enhanced().children(i, "obj").stream().anyMatch(o -> PUBLISHED.contains(s.token(o).key()))) {
      return Optional.empty(); // "released a report", "plans to release treated water": no one is set free
    }
    if (best != null && best.specificity() == 0 && t.isVerb() && RESPONDING.contains(t.key()) && meansClause(s, i)) {
      return Optional.empty(); // "retaliated by imposing duties": the reply is what the "by" clause tells
    }
    if (best != null && best.specificity() == 0 && t.isNoun() && t.key().equals("call") && phoneCall(s, i)) {
      // "took a call from his Jordanian counterpart": a call taken, made or returned, asking for nothing, is a
      // telephone call (the call's entry written for "phone call")
      best = entries.stream().filter(e -> e.code().startsWith("04")).findFirst().orElse(best);
    }
    return Optional.ofNullable(best);
  }

  /** The codes of the events built from acts that the frame word at {@code frame} framed. */
  private static List<String> framedCodes(Map<Candidate, List<Event>> builds, int frame) {
    return builds.entrySet().stream().filter(b -> b.getKey().frameStep() != null
        && b.getKey().frameStep().token() == frame).flatMap(b -> b.getValue().stream())
        .map(e -> e.code().code()).toList();
  }

  /** Nouns of those who attack computers. */
  private static final Set<String> HACKERS = Set.of("hacker", "cybercriminal", "cyber-criminal");

  /** Verbs of taking part in a protest. */
  private static final Set<String> PROTEST_VERBS = Set.of("protest", "demonstrate", "march", "rally", "riot", "picket");

  /**
   * Whether a noun names protesters: a word for them, or people a participle or relative clause says were
   * protesting ("students protesting against a quota system", "workers who were demonstrating").
   */
  private static boolean protesters(Sentence s, int noun) {
    return PROTESTERS.contains(s.token(noun).key()) || s.enhanced().children(noun).stream()
        .anyMatch(d -> d.relation().startsWith("acl") && PROTEST_VERBS.contains(s.token(d.dependent()).key()));
  }

  /** Verbs whose object is what is talked about. */
  private static final Set<String> DISCUSSING = Set.of("discuss", "debate", "review");

  /** Verbs of replying to another's act, whose means may be told by a "by" clause. */
  private static final Set<String> RESPONDING = Set.of("retaliate", "respond", "react", "reply", "hit_back");

  /** Whether the verb has a "by" clause of a gerund that tells how it was done ("retaliated by expelling ..."). */
  private boolean meansClause(Sentence s, int verb) {
    for (Dependency d : s.enhanced().children(verb)) {
      int v = d.dependent();
      if ((d.isA("advcl") || d.isA("obl")) && s.token(v).pos().equals("VBG") && s.enhanced().children(v).stream()
          .anyMatch(m -> (m.isA("mark") || m.isA("case")) && s.token(m.dependent()).key().equals("by"))
          && !dictionary.verbs(s.token(v).key()).isEmpty()) {
        return true;
      }
      if (d.isA("obl:by") && s.enhanced().children(v, "amod").stream().anyMatch(a -> a < v
          && s.token(a).pos().equals("VBG") && !dictionary.verbs(s.token(a).key()).isEmpty())) {
        return true; // "by imposing duties", read as an adjective and its noun
      }
    }
    return false;
  }

  /** Things released that are published or let out, not persons or property handed back. */
  private static final Set<String> PUBLISHED = Set.of("report", "statement", "data", "video", "footage", "figure",
      "fund", "result", "detail", "image", "picture", "photo", "photograph", "document", "list", "name",
      "information", "album", "film", "water", "gas", "radiation", "balloon", "emission", "tranche", "money",
      "budget", "plan", "update", "version", "guideline", "record", "transcript", "finding", "study", "statistic",
      "book", "recording", "audio", "letter", "communique", "text", "draft", "map", "estimate", "forecast", "song");

  /** Verbs of which a bare "call" (no "for" phrase, no infinitive) is a telephone call. */
  private static final Set<String> CALLING = Set.of("take", "receive", "make", "return", "hold", "get", "have");

  private static boolean phoneCall(Sentence s, int call) {
    DependencyGraph g = s.enhanced();
    boolean asks = g.children(call).stream().anyMatch(d -> d.isA("nmod:for") || d.isA("acl") || d.isA("ccomp")
        || d.isA("nmod:on"));
    return !asks && g.parents(call).stream().anyMatch(d -> d.isA("obj") && d.governor() >= 0
        && CALLING.contains(s.token(d.governor()).key()) && g.children(d.governor()).stream()
        .noneMatch(c -> c.isA("advcl") || c.isA("xcomp") || c.isA("obl:for")));
  }

  /**
   * A gerund the language analysis made a noun ("the storming of the mosque"): tagged as a noun, written with "-ing",
   * lemmatised as its verb.
   */
  private static boolean gerundNoun(Token t) {
    String w = t.word().toLowerCase(java.util.Locale.ROOT);
    return t.pos().equals("NN") && w.endsWith("ing") && !w.equals(t.key());
  }

  /** The named-entity classes of places, which {@code pobj=place} admits. */
  private static final Set<String> NAMED_PLACES = Set.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE");

  /** Named entities that can be a partner: a country, a place standing for its state, an organisation. */
  private static final Set<String> NAMED_PARTNERS = Set.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE",
      "ORGANIZATION", "NATIONALITY");

  /**
   * Whether the verb that takes event noun {@code n} as its object has a {@code prep} phrase naming a state or an
   * organisation: "China held military exercises with Russia" says with whom the exercises were held, as "exercises
   * with Russia" would; "exercises with live ammunition" do not have a partner.
   */
  private static boolean carrierPartner(Sentence s, int n, String prep) {
    for (Dependency d : s.enhanced().parents(n)) {
      if (d.governor() >= 0 && d.isA("obj") && s.token(d.governor()).isVerb()
          && prepChildren(s, d.governor(), prep).stream().anyMatch(p -> NAMED_PARTNERS.contains(s.token(p).ner()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether entry {@code e}'s {@code obj=} names object {@code o}: its lemma, "place" for any named place, or "name"
   * for any person's name or a personal pronoun ("Xi received Blinken", "he was received by the president").
   */
  private static boolean namesObject(Sentence s, EventEntry e, int o) {
    return e.obj().contains(objectKey(s.token(o))) || e.obj().contains("place")
        && NAMED_PLACES.contains(s.token(o).ner()) || e.obj().contains("name") && ("PERSON".equals(s.token(o).ner())
        || PERSONAL_PRONOUNS.contains(s.token(o).key()));
  }

  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her");

  private boolean holds(Sentence s, int i, EventEntry e) {
    DependencyGraph g = s.enhanced();
    if (!e.noun() && standingTie(s, i)) {
      return false;
    }
    if (!e.particle().isEmpty() && g.children(i, "compound:prt").stream()
        .noneMatch(p -> s.token(p).key().equals(e.particle())) && g.children(i, "advmod").stream()
        .noneMatch(p -> s.token(p).key().equals(e.particle())
            && (p == i + 1 || p == i + 2 && g.children(i, "obj").contains(i + 1))) // "pull them back"
        && !particleAsCase(s, i, e.particle())
        && g.children(i, "obj").stream().noneMatch(o -> o + 1 < s.size() && o + 1 > i
        && s.token(o + 1).key().equals(e.particle()))) { // ("ordered the ambassador out of the country")
      return false;
    }
    if (e.particle().isEmpty() && !e.noun() && (!g.children(i, "compound:prt").isEmpty()
        || aheadAfter(s, i))) {
      // a phrasal verb means something else than its bare verb ("kick off" is not "kick", "press ahead with the
      // reforms" is no pressing of anyone)
      return false;
    }
    List<Integer> objects = entryObjects(s, i, e);
    objects.removeIf(o -> gerundsObject(s, i, o));
    // ("denied supporting the rebels": a gerund with an object of its own is a clause, not the noun a slot names)
    objects.removeIf(o -> s.token(o).pos().equals("VBG") && !g.children(o, "obj").isEmpty());
    if (!e.obj().isEmpty() && objects.stream().noneMatch(o -> namesObject(s, e, o))) {
      return false;
    }
    if (e.obj().isEmpty() && e.code().startsWith("05") && objects.stream().anyMatch(o -> s.token(o).isNoun()
        && LEGISLATION.contains(s.token(o).key()))) {
      return false; // "lawmakers voted to approve a finance bill": lawmaking at home, no endorsement of anyone
    }
    if (!e.objmod().isEmpty()) {
      boolean found = false;
      for (int o : objects) {
        if ((e.obj().isEmpty() || namesObject(s, e, o)) && hasModifier(s, o, e.objmod())) {
          found = true;
        }
      }
      if (!found) {
        return false;
      }
    }
    if (!e.mod().isEmpty() && !hasModifier(s, i, e.mod())) {
      return false;
    }
    if (e.code().equals("020") && e.obj().isEmpty() && !e.noun() && s.token(i).key().equals("appeal")
        && g.children(i).stream().noneMatch(d -> d.relation().startsWith("obl") || d.isA("obj") || d.isA("xcomp")
        || d.isA("ccomp") || d.isA("advcl"))) {
      return false; // "Israel said it would appeal": asking no one for anything, a court appeal
    }
    if (!e.giver().isEmpty() && prepChildren(s, i, e.giver()).isEmpty()) {
      return false;
    }
    if (!e.prep().isEmpty() && prepChildren(s, i, e.prep()).isEmpty() && !(e.noun() && e.pobj().isEmpty()
        && carrierPartner(s, i, e.prep()))) {
      return false;
    }
    if (!e.pobj().isEmpty() && prepChildren(s, i, e.prep()).stream().noneMatch(p -> e.pobj().contains(s.token(p).key())
        || e.pobj().contains("place") && NAMED_PLACES.contains(s.token(p).ner()))) {
      return false;
    }
    if (e.pobj().contains("place") && e.obj().isEmpty() && !objects.isEmpty()) {
      // "withdrew from the town" is the subject's own move; "withdrew its peacekeepers from the town" is told by the
      // entries for that object
      return false;
    }
    if (e.xcomp().isEmpty() && !e.noun() && NAMING.contains(s.token(i).key()) && complements(s, i).stream()
        .anyMatch(x -> s.token(x).isNoun())) {
      return false; // "called his counterpart a dictator" is a naming, never a telephone call to him
    }
    if (!e.xcomp().isEmpty() && complements(s, i).stream().noneMatch(x -> namedAs(s, x)
        .anyMatch(e.xcomp()::contains) && !(e.code().startsWith("13") && toldAnswer(s, x)))) {
      return false;
    }
    return e.subj().isEmpty() || doers(s, i).stream().anyMatch(d -> e.subj().contains(objectKey(s.token(d))));
  }

  /**
   * The complements of verb {@code i}: its xcomp, and for a verb of naming the second of two objects, as the parser
   * reads "calling the strikes a violation of its sovereignty".
   */
  private static List<Integer> complements(Sentence s, int i) {
    List<Integer> r = new ArrayList<>(s.enhanced().children(i, "xcomp"));
    List<Integer> objs = s.enhanced().children(i, "obj");
    if (NAMING.contains(s.token(i).key()) && objs.size() == 2 && s.enhanced().children(i, "iobj").isEmpty()) {
      r.add(Math.max(objs.get(0), objs.get(1)));
    }
    return r;
  }

  /**
   * What complement {@code x} names: its word, and for "an act of", "a form of", "a case of" the noun after it ("called
   * the raid an act of terrorism").
   */
  private static Stream<String> namedAs(Sentence s, int x) {
    Stream<String> own = Stream.of(s.token(x).key());
    return KIND_NOUNS.contains(s.token(x).key()) ? Stream.concat(own,
        s.enhanced().children(x, "nmod:of").stream().map(o -> s.token(o).key())) : own;
  }

  /** Nouns that name a kind of what their "of" phrase names: "an act of aggression", "a form of blackmail". */
  private static final Set<String> KIND_NOUNS = Set.of("act", "form", "case", "kind", "example", "instance");

  /**
   * The words of who does verb {@code i}, for {@code subj=}: its active subject (or the one a controlling verb lends
   * it: "ordered the troops to leave"), or the noun a participle modifies ("troops leaving the city").
   */
  private static List<Integer> doers(Sentence s, int i) {
    DependencyGraph g = s.enhanced();
    List<Integer> r = new ArrayList<>(g.children(i, "nsubj"));
    r.addAll(g.children(i, "nsubj:xsubj"));
    if (r.isEmpty() && g.children(i, "aux:pass").isEmpty()) {
      for (Dependency p : g.parents(i)) {
        if (p.relation().startsWith("acl") && p.governor() >= 0 && s.token(i).pos().equals("VBG")) {
          r.add(p.governor());
        }
      }
    }
    return r;
  }

  /** Verbs of naming, whose secondary predicate says what they call their object. */
  private static final Set<String> NAMING = Set.of("call", "brand", "label", "term", "dub", "deem");

  /** Verbs of answering, which answer an act done to one ("vowed to respond") or words ("respond to questions"). */
  private static final Set<String> ANSWERING = Set.of("respond", "react", "reply", "retaliate");

  /** What is answered when it is words, not an act: "vowed to respond to the questions". */
  private static final Set<String> WORDS = Set.of("question", "query", "letter", "request", "criticism", "concern",
      "inquiry", "enquiry", "invitation", "proposal", "offer", "call", "appeal", "demand", "remark", "comment",
      "statement", "report", "allegation", "accusation", "charge", "claim", "complaint", "petition", "message");

  /**
   * Whether a verb of answering answers words ("respond to questions from lawmakers") or tells its means ("respond
   * with force", coded by the means): either way, a vow of it is no bare threat.
   */
  private static boolean toldAnswer(Sentence s, int verb) {
    return ANSWERING.contains(s.token(verb).key()) && (!prepChildren(s, verb, "with").isEmpty()
        || prepChildren(s, verb, "to").stream().anyMatch(p -> WORDS.contains(s.token(p).key())));
  }

  /**
   * "denied supplying drones", "stopped sending weapons": the parser made the gerund right after the verb an
   * adjective of the noun and the noun the verb's object. When an entry of the gerund names that noun as its object,
   * the noun is the gerund's object and the gerund the verb's complement.
   */
  private boolean gerundsObject(Sentence s, int verb, int o) {
    int gerund = verb + 1;
    // the gerund's entry must name the noun as its object: "protesting farmers" are farmers who protest; but after a
    // verb that denies, stops or resumes a gerund, a bare entry's gerund has the noun after it as object ("Rwanda
    // Denies Backing Rebels")
    return gerund < o && s.token(verb).isVerb() && adjectivalVerbObject(s, gerund) == o
        && match(s, gerund).filter(e -> namesObject(s, e, o) || e.obj().isEmpty()
        && frameWord(s, verb, true).filter(w -> w.frame() == Frame.CANCEL
        || w.frame() == Frame.ASPECT).isPresent()).isPresent();
  }

  /** Currency signs the parser makes the head of a sum ("pledged $3 billion"), read as their currency's name. */
  private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "dollar", "us$", "dollar", "€", "euro",
      "£", "pound", "¥", "yen", "₹", "rupee", "₽", "ruble");

  /**
   * The key an object is looked up under in {@code obj=}: its lemma, or the currency a sign stands for (any dollar
   * written with its country's letters, "A$", "C$", "HK$", is a dollar).
   */
  private static String objectKey(Token t) {
    return t.pos().equals("$") && t.key().endsWith("$") ? "dollar" : CURRENCY_SIGNS.getOrDefault(t.key(), t.key());
  }

  /** Heads of a noun phrase whose modifier names the thing itself: "internet services", "phone lines". */
  private static final Set<String> SERVICE_HEADS = Set.of("service", "access", "connection", "connectivity", "line",
      "link", "coverage", "traffic", "signal");

  /**
   * "wrote off the debt", "called in the ambassador": the parser read the particle, right after the verb, as the
   * preposition of the noun that follows.
   */
  private static boolean particleAsCase(Sentence s, int i, String particle) {
    return !particle.isEmpty() && i + 1 < s.size() && s.token(i + 1).key().equals(particle)
        && !prepChildren(s, i, particle).isEmpty();
  }

  /** The objects of a verb for an entry: a phrasal entry whose particle the parser took for a preposition has
   * that phrase's noun as its object. */
  private static List<Integer> entryObjects(Sentence s, int i, EventEntry e) {
    List<Integer> r = new ArrayList<>(objects(s, i));
    if (particleAsCase(s, i, e.particle())) {
      r.addAll(prepChildren(s, i, e.particle()));
    }
    if (GIVING.contains(s.token(i).key())) {
      r.addAll(prepChildren(s, i, "with")); // "provide Ukraine with 50 billion euros": what is given
    }
    for (int o : List.copyOf(r)) {
      if (SERVICE_HEADS.contains(s.token(o).key())) {
        // "shut down mobile internet services", "cut phone lines": the kind of service names what was acted on
        r.addAll(s.enhanced().children(o, "compound"));
      }
    }
    if (!e.obj().isEmpty() && reducedPassive(s, i) && i > 0 && r.stream().noneMatch(o -> namesObject(s, e, o))
        && s.token(i - 1).isNoun() && s.enhanced().parents(i - 1).stream().anyMatch(p -> p.isA("nmod")
        && r.contains(p.governor()))) {
      // "restored relations in a deal brokered by China", with the participle hung on "relations": the noun right
      // before it is what it acts on when only that one is what the entry names
      r.add(i - 1);
    }
    if (r.isEmpty() && !e.obj().isEmpty() && s.token(i).isVerb()) {
      for (int c : s.enhanced().children(i, "ccomp")) {
        // "claimed responsibility for the attack in a video posted online", read as a clause "[responsibility ...
        // posted online]": the noun right after the verb that the entry names is its object
        s.enhanced().children(c, "nsubj").stream().filter(n -> phraseStart(s, n) == i + 1 && namesObject(s, e, n)
            && s.basic().children(c, "mark").isEmpty() && s.basic().children(c, "aux").isEmpty()).forEach(r::add);
      }
    }
    int thrown = adjectivalVerbObject(s, i);
    if (r.isEmpty() && thrown >= 0 && namesObject(s, e, thrown)) {
      r.add(thrown); // "throwing stones", "imposing sanctions" read as adjective and noun: the noun is the object
    }
    for (int o : List.copyOf(r)) {
      // "dispersed hundreds of protesters": a number or part of a group stands for the group
      Token t = s.token(o);
      if (ActorResolver.PARTITIVES.contains(t.word().toLowerCase(java.util.Locale.ROOT))
          || ActorResolver.PARTITIVES.contains(t.key())) {
        r.addAll(s.enhanced().children(o, "nmod:of"));
      }
      if (t.pos().startsWith("NNP")) {
        // "received Brazilian President Lula": a name's title words are matched as the object too
        r.addAll(s.basic().children(o, "compound"));
      }
    }
    return r;
  }

  /**
   * The noun a participle modifies as an adjective when it is really a verb with that noun as its object: a present
   * participle ("throwing stones", "imposing sanctions") or a past participle after "and" ("... and suspended
   * parliament"). -1 when it is not so.
   */
  private static int adjectivalVerbObject(Sentence s, int i) {
    // "dismissed the prime minister and suspended parliament": a past participle after "and", on a noun the parser
    // coordinated with the first verb's object, is a second verb too
    boolean coordinatedParticiple = (s.token(i).pos().equals("VBD") || s.token(i).pos().equals("VBN"))
        && i > 0 && s.token(i - 1).pos().equals("CC") && i + 1 < s.size()
        && s.basic().parents(i + 1).stream().anyMatch(d -> d.relation().equals("conj"));
    if (!s.token(i).pos().equals("VBG") && !coordinatedParticiple) {
      return -1;
    }
    if (i > 0 && PEOPLE_PRONOUNS.contains(s.token(i - 1).word().toLowerCase(java.util.Locale.ROOT))) {
      return -1; // "sanctions on those blocking aid": those people block it, not whoever imposes the sanctions
    }
    for (Dependency d : s.basic().parents(i)) {
      // (the noun may have modifiers of its own between: "delivering F-16 jets")
      if (d.relation().equals("amod") && d.governor() > i && s.token(d.governor()).isNoun()
          && (d.governor() == i + 1 || s.basic().children(d.governor()).stream().filter(c -> c.dependent() != i
          && c.dependent() < d.governor() && Set.of("compound", "amod", "nummod").contains(c.relation()))
          .mapToInt(c -> phraseStart(s, c.dependent())).min().orElse(-1) == i + 1)) {
        return d.governor();
      }
    }
    return -1;
  }

  /** Nouns of a command that a passive act was done on: "on the orders of the president". */
  private static final Set<String> ORDERS = Set.of("order", "instruction", "command", "behest", "directive",
      "direction");

  /** Pronouns standing for people that a participle after them describes ("those blocking aid"). */
  private static final Set<String> PEOPLE_PRONOUNS = Set.of("those", "anyone", "anybody", "everyone", "whoever",
      "someone", "somebody", "people", "others");

  /** Whether noun {@code o} is the object of a past participle right before it read as its adjective (not verb i). */
  private static boolean secondVerbsObject(Sentence s, int o, int i) {
    int x = o - 1;
    return x >= 0 && x != i && !s.token(x).pos().equals("VBG") && s.token(x).pos().startsWith("VB")
        && adjectivalVerbObject(s, x) == o;
  }

  /**
   * Verbs that say an event took place, with the event noun as their subject: "clashes erupted between police and
   * protesters", "protests against the government broke out", "talks took place in Doha". Phrasal ones are written
   * verb_particle; "take place" is take with the object "place".
   */
  private static final Set<String> HAPPENING = Set.of("erupt", "occur", "happen", "spread", "escalate", "intensify",
      "rage", "continue", "resume", "unfold", "ensue", "persist", "start", "begin", "break_out", "flare_up",
      "take_place");

  /** The prepositions whose phrases on a verb of happening belong to its event noun. */
  private static final Set<String> HAPPENING_PREPS = Set.of("between", "against", "with", "over", "on", "by",
      "among");

  /** Whether token {@code v} is a verb whose lemma, or lemma_particle ("break_out"), is one of {@code verbs}. */
  private static boolean verbIn(Sentence s, int v, Set<String> verbs) {
    if (!s.token(v).isVerb()) {
      return false;
    }
    String key = s.token(v).key();
    return verbs.contains(key) || s.enhanced().children(v, "compound:prt").stream()
        .anyMatch(prt -> verbs.contains(key + "_" + s.token(prt).key()));
  }

  /** Whether token {@code v} is a verb of happening ({@link #HAPPENING}), or "turned violent". */
  private static boolean happeningVerb(Sentence s, int v) {
    return verbIn(s, v, HAPPENING) || s.token(v).key().equals("take") && s.token(v).isVerb()
        && s.enhanced().children(v, "obj").stream().anyMatch(o -> s.token(o).key().equals("place"))
        || violentTurn(s, v);
  }

  /** Adjectives of a protest that "turned" so: it became a violent protest. */
  private static final Set<String> VIOLENT = Set.of("violent", "deadly", "bloody", "ugly", "chaotic");

  /** "turned violent", "turned deadly". */
  private static boolean violentTurn(Sentence s, int v) {
    return s.token(v).isVerb() && s.token(v).key().equals("turn")
        && s.enhanced().children(v, "xcomp").stream().anyMatch(x -> VIOLENT.contains(s.token(x).key()));
  }

  /** Whether noun {@code n} is the subject of a verb that "turned violent". */
  private static boolean turnedViolent(Sentence s, int n) {
    return s.enhanced().parents(n, "nsubj").stream().anyMatch(v -> violentTurn(s, v));
  }

  /** Verbs of causing whose object is an event that thereby took place: "the arrest sparked protests". */
  private static final Set<String> CAUSING = Set.of("spark", "trigger", "provoke", "prompt", "ignite", "unleash",
      "touch_off", "set_off");

  /**
   * Whether noun {@code n} is told as having taken place: the subject of a verb of happening ("protests broke out")
   * or the object of a verb of causing ("sparked protests").
   */
  private static boolean tookPlace(Sentence s, int n) {
    return s.token(n).isNoun() && (s.enhanced().parents(n, "nsubj").stream().anyMatch(v -> happeningVerb(s, v))
        || s.enhanced().parents(n, "obj").stream().anyMatch(v -> verbIn(s, v, CAUSING)));
  }

  /**
   * "Clashes erupted between police and protesters": the parser hangs the "between" phrase on the verb, while it
   * names the parties of the clashes. The phrases of a verb of happening whose subject is a noun (between, against,
   * with, over, on, by, among; no dates) are moved onto that noun, as if written "clashes between ... erupted".
   */
  private static Sentence withHappeningPhrases(Sentence s) {
    List<Dependency> edges = null;
    for (int v = 0; v < s.size(); v++) {
      if (!happeningVerb(s, v)) {
        continue;
      }
      List<Integer> subjects = s.enhanced().children(v, "nsubj").stream().filter(n -> s.token(n).isNoun()).toList();
      if (subjects.isEmpty()) {
        continue;
      }
      for (Dependency d : s.enhanced().children(v)) {
        if (d.isA("obl") && HAPPENING_PREPS.contains(d.specific()) && !temporal(s.token(d.dependent()))) {
          if (edges == null) {
            edges = new ArrayList<>(s.enhanced().edges());
          }
          edges.remove(d);
          for (int n : subjects) {
            edges.add(new Dependency(n, d.dependent(), "nmod:" + d.specific()));
          }
        }
      }
    }
    return edges == null ? s : new Sentence(s.index(), s.start(), s.end(), s.tokens(), s.basic(),
        new DependencyGraph(s.size(), edges));
  }

  /** Tags of finite verbs: past, present third person, present. */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  /** Verbs of handing over: what they give goes to someone, named or not. */
  private static final Set<String> GIVING_VERBS = Set.of("deliver", "supply", "ship", "transfer", "donate", "airlift");

  /** Verbs that name the recipient as their object and what is given after "with". */
  private static final Set<String> GIVING = Set.of("provide", "supply", "furnish", "equip", "arm", "present");

  /** Whether only determiners, numbers, adjectives and nouns stand between a verb and a noun after it. */
  private static boolean nounPhraseBetween(Sentence s, int verb, int noun) {
    for (int k = verb + 1; k < noun; k++) {
      String pos = s.token(k).pos();
      if (!(pos.equals("DT") || pos.equals("CD") || pos.startsWith("JJ") || pos.startsWith("NN")
          || pos.equals("PRP$") || pos.equals("POS"))) {
        return false;
      }
    }
    return true;
  }

  /** Verbs of a bomb going off, whose subject may be the bomb ("the device exploded"). */
  private static final Set<String> DETONATING = Set.of("explode", "detonate");

  /** Nouns of explosive devices. */
  private static final Set<String> EXPLOSIVES = Set.of("bomb", "device", "explosive", "explosives", "mine", "ied",
      "landmine", "grenade", "charge");

  /** Prepositions that place a blast at its target: "exploded outside a police station", "near an army convoy". */
  private static final Set<String> BLAST_SITES = Set.of("outside", "near", "at", "beside", "in_front_of",
      "next_to", "inside");

  /** Direct objects; for a passive verb its subject is the object. */
  private static List<Integer> objects(Sentence s, int i) {
    List<Integer> r = new ArrayList<>(s.enhanced().children(i, "obj"));
    // "dismissed the minister and suspended parliament": parliament is the second verb's object, not this one's
    r.removeIf(o -> secondVerbsObject(s, o, i));
    r.addAll(s.enhanced().children(i, "nsubj:pass"));
    if (r.isEmpty() && DETONATING.contains(s.token(i).key())) {
      // "a car bomb exploded outside the police station": a bomb that went off was set off by someone unnamed
      r.addAll(s.enhanced().children(i, "nsubj").stream().filter(b -> EXPLOSIVES.contains(s.token(b).key())).toList());
    }
    if (r.isEmpty() && hyphenedAgent(s, i) >= 0) {
      // "a UAE-brokered deal": what the participle modifies is what was brokered
      r.addAll(s.enhanced().parents(i).stream().filter(d -> d.relation().equals("amod") && d.governor() >= 0)
          .map(Dependency::governor).toList());
    }
    if (r.isEmpty() && i > 0 && GERUND_MARKS.contains(s.token(i - 1).key())) {
      int visited = adjectivalVerbObject(s, i);
      if (visited >= 0) {
        r.add(visited); // "After visiting Kyiv, ...", read with "visiting" as an adjective of "Kyiv"
      }
    }
    int[] fronted = r.isEmpty() ? frontedApposition(s, i) : null;
    if (fronted != null) {
      r.add(fronted[0]); // "After meeting his Turkish counterpart, the Greek prime minister ..."
    }
    if (r.isEmpty() && !s.basic().children(i, "aux:pass").isEmpty()) {
      // "Britain's decision to deport migrants was condemned by the UN", parsed with the infinitive as the head and
      // the passive verb hung on it: the noun the infinitive belongs to is what was condemned
      // (or with the infinitive as the passive verb's clausal subject)
      List<Integer> infinitives = new ArrayList<>(s.basic().children(i, "csubj:pass"));
      for (Dependency d : s.basic().parents(i)) {
        if (d.relation().equals("dep") && d.governor() >= 0 && d.governor() < i) {
          infinitives.add(d.governor());
        }
      }
      for (int v : infinitives) {
        // (or a participle modifying the subject, read as the clausal subject: "The civilians imprisoned for ...
        // were released by Putin")
        if (s.basic().children(v, "mark").stream().anyMatch(m -> s.token(m).key().equals("to"))
            || s.token(v).pos().equals("VBN") && v < i && s.basic().children(v, "aux").isEmpty()) {
          r.addAll(s.basic().children(v, "nsubj").stream().filter(x -> s.token(x).isNoun() && x < v).toList());
        }
      }
    }
    if (loosePassive(s, i)) {
      r.add(i - 1); // "rescued the crew of a ship attacked by pirates", with "attacked" hung on "rescued"
    }
    if (reducedPassive(s, i)) {
      for (Dependency d : s.basic().parents(i)) {
        if (d.relation().startsWith("acl") && d.governor() >= 0) {
          r.add(d.governor());
        }
      }
      if (predicativeParticiple(s, i)) {
        r.addAll(s.enhanced().children(i, "nsubj"));
      }
    }
    if (r.isEmpty() && s.token(i).isVerb()) {
      // "released the mayor, jailed a year ago" parsed as a small clause: the participle's subject is the object
      for (int x : s.enhanced().children(i, "xcomp")) {
        // "called the charges baseless", "declared the vote void": an adjective's or noun's subject as well
        if (predicativeParticiple(s, x) || s.token(x).pos().startsWith("JJ") || s.token(x).isNoun()) {
          r.addAll(s.enhanced().children(x, "nsubj"));
        }
      }
      // "restored relations in a deal brokered by China" parsed as "relations ... brokered": a noun right after the
      // verb that the parser made the subject of a loose participle is the verb's object
      for (int x : s.enhanced().children(i, "dep")) {
        if (s.token(x).pos().equals("VBN") && x > i) {
          for (int n : s.enhanced().children(x, "nsubj")) {
            if (n > i && n < x && s.token(n).isNoun() && nounPhraseBetween(s, i, n)) {
              r.add(n);
            }
          }
        }
      }
    }
    return r;
  }

  /** A past participle complement without an auxiliary ("found him killed", "released X jailed"): a passive. */
  private static boolean predicativeParticiple(Sentence s, int n) {
    return s.token(n).pos().equals("VBN") && !hasAuxiliary(s, n)
        && s.basic().parents(n).stream().anyMatch(d -> d.relation().equals("xcomp"));
  }

  private static boolean hasModifier(Sentence s, int t, Set<String> lemmas) {
    for (Dependency d : s.enhanced().children(t)) {
      String r = d.relation();
      if ((r.equals("amod") || r.equals("compound") || r.equals("nmod:of") || r.equals("obl:npmod")
          || r.equals("nmod:npmod") || r.equals("nmod:for") || r.equals("nmod:in")
          || r.equals("nmod:into") && s.token(t).isNoun() // "an investigation into corruption"
          || r.equals("nmod:on") && CURBS.contains(s.token(t).key())) // "bans on travel" are travel bans
          && (lemmas.contains(s.token(d.dependent()).key())
          || lemmas.contains(s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT)))) {
        // (a participle as written, whose lemma is its verb's: "a targeted killing")
        return true;
      }
      if (r.equals("compound") && s.enhanced().children(d.dependent(), "amod").stream()
          .anyMatch(a -> lemmas.contains(s.token(a).key()))) {
        return true; // "a military aid package": the compound's adjective says what kind the whole is
      }
    }
    return false;
  }

  /** Nouns of a curb, whose "on" phrase says what is curbed: "a ban on imports" is an import ban. */
  private static final Set<String> CURBS = Set.of("ban", "restriction", "curb", "embargo", "limit", "control",
      "moratorium", "tariff", "duty", "sanction", "freeze", "cap");

  private static List<Integer> prepChildren(Sentence s, int t, String prep) {
    List<Integer> r = new ArrayList<>();
    for (Dependency d : s.enhanced().children(t)) {
      if ((d.isA("obl") || d.isA("nmod")) && d.specific().equals(prep)
          && !temporal(s.token(d.dependent()))
          && !(prep.equals("at") && VENUES.contains(s.token(d.dependent()).key()))) {
        r.add(d.dependent());
      }
      if ((prep.equals("on") || prep.equals("upon")) && d.isA("advcl")
          && s.enhanced().children(d.dependent(), "mark").stream().anyMatch(m -> s.token(m).key().equals(prep))) {
        // "called on the United States to speed up deliveries", read as "called [on the United States to speed up
        // ...]": the clause's subject is the "on" phrase
        r.addAll(s.enhanced().children(d.dependent(), "nsubj"));
      }
    }
    return r;
  }

  /** Where a gathering meets: "at the UN General Assembly", "at a summit" say where, not to whom. */
  private static final Set<String> VENUES = Set.of("assembly", "summit", "conference", "session", "meeting",
      "forum", "congress", "convention", "headquarters", "ceremony", "gathering", "court", "tribunal");

  /** A date or time ("on Sunday", "in March"): never the phrase an entry's preposition asks for. */
  private static boolean temporal(Token t) {
    return "DATE".equals(t.ner()) || "TIME".equals(t.ner()) || "DURATION".equals(t.ner());
  }

  // ---------------------------------------------------------------- climbing through frames

  /** The frame words above token {@code i}, innermost first. */
  private List<Step> climb(Sentence s, int i, SentenceActors actors) {
    List<Step> chain = new ArrayList<>();
    int node = i;
    Set<Integer> seen = new HashSet<>();
    seen.add(i);
    for (int depth = 0; depth < 6; depth++) {
      Step next = null;
      if (node == i && i > 0 && s.token(i).pos().equals("VBG") && gerundsObject(s, i - 1, adjectivalVerbObject(s, i))
          && !seen.contains(i - 1)) {
        Optional<FrameWord> fw = frameWord(s, i - 1, true);
        if (fw.isPresent()) {
          next = new Step(i - 1, fw.get()); // "denied supplying drones": the verb frames its gerund complement
        }
      }
      for (Dependency up : next != null ? List.<Dependency>of() : s.enhanced().parents(node)) {
        Dependency d = secondInfinitive(s, node, up);
        int p = d.governor();
        if (p < 0 || seen.contains(p)) {
          continue;
        }
        if (d.relation().equals("compound") && processHead(s, node, p)
            || d.relation().equals("nmod:of") && s.token(node).isNoun() && INSTALMENTS.contains(s.token(p).key())) {
          // "the dialogue process", "the peace initiative": the process noun stands in for the event noun; so does
          // the noun of one instalment of it ("offered to host a new round of talks between X and Y")
          next = new Step(p, new FrameWord(Frame.ASPECT, s.token(p).key(), ""));
          break;
        }
        Optional<FrameWord> fw = frameWord(s, p);
        if (fw.isPresent() && fw.get().frame() == Frame.SUPPORT && s.token(node).isVerb()
            && (d.isA("xcomp") || d.isA("advcl"))
            && match(s, p).isPresent()) {
          // "went on strike to demand higher pay": a verb with an act of its own is not the carrier of its purpose
          continue;
        }
        if (fw.isPresent() && fw.get().frame() == Frame.SUPPORT && d.isA("obj") && s.token(node).pos().equals("VBG")
            && s.basic().parents(node).stream().noneMatch(x -> x.governor() == p) && match(s, p).isPresent()) {
          // "launched missiles at cities, damaging power stations and killing six civilians": a participle the
          // enhanced graph made an object through "and" is an outcome of the act, not what the verb carries
          continue;
        }
        if (fw.isPresent() && fw.get().frame() == Frame.SUPPORT && d.relation().equals("obl:for")
            && s.token(node).isNoun() && !s.enhanced().children(p, "obj").isEmpty()) {
          continue; // "will pay a heavy price for the invasion": the light verb carries its object, not the reason
        }
        if (s.token(p).key().equals("play") && !d.relation().equals("obj")) {
          continue; // "played a mediation role" carries the mediation; "played a role in the attack" is no attack
        }
        boolean thatClause = d.relation().equals("ccomp") && fw.isPresent()
            && (fw.get().frame() == Frame.APPEAL || fw.get().frame() == Frame.DEMAND
            || fw.get().frame() == Frame.ASPECT && s.token(p).key().equals("ensure")); // "to ensure that Y complies"
        if (!thatClause && !climbable(s, node, d)) {
          continue;
        }
        if (node == i && d.relation().equals("acl") && s.token(i).pos().equals("VBN")) {
          // "a deal brokered by the UAE": the noun is what the participle acts on, not a frame around it
          continue;
        }
        if (fw.isPresent() && fw.get().frame() == Frame.SUPPORT && d.isA("obl")
            && s.enhanced().children(p, "obj").stream().anyMatch(o -> !actors.at(o).isEmpty()
            || !qualifying(s, o, actors, 1).isEmpty())) {
          // "hosted the Japanese premier for a meeting": the verb acts on its own object (043), the noun is the
          // occasion, not an act it carries
          continue;
        }
        boolean purpose = fw.isPresent() && fw.get().frame() == Frame.REJECT && s.token(p).isVerb()
            && (d.isA("xcomp") || d.isA("advcl")) && s.enhanced().children(p, "obj").stream()
            .anyMatch(o -> frameWord(s, o).isEmpty() && dictionary.nouns(s.token(o).key()).isEmpty());
        // "blocked streets to demand reforms": an infinitive after a rejecting verb's own object, when that object
        // is a thing (no event or frame noun), is its purpose, not what it rejects ("rejected an invitation to
        // attend" and "blocked the plan to send police" still reject through the noun)
        Optional<Step> noun = frameObject(s, node, d);
        if (fw.isPresent() && fw.get().frame() != Frame.REPORT && !purpose
            && !(noun.isPresent() && !fw.get().frame().recodes() && message(noun.get().frame().frame()))) {
          // (but "renewed its call to Somalia to stop the raids": the call the verb carries frames the infinitive)
          next = new Step(p, fw.get());
          break;
        }
        if (noun.isPresent()) {
          next = noun.get();
          break;
        }
      }
      if (next == null) {
        break;
      }
      chain.add(next);
      seen.add(next.token());
      node = next.token();
    }
    return chain;
  }

  /**
   * "urged the Taliban to lift the bans and to release the activists", the second infinitive read by the parser as a
   * conjunct of "urged": it is the verb's second complement, as the first infinitive is ({@code up} made an xcomp).
   */
  private static Dependency secondInfinitive(Sentence s, int node, Dependency up) {
    if (up.relation().startsWith("conj") && up.governor() >= 0 && s.token(node).isVerb() && infinitive(s, node)
        && s.basic().children(node, "nsubj").isEmpty() && s.enhanced().children(up.governor(), "xcomp").stream()
        .anyMatch(x -> x < node && infinitive(s, x))) {
      return new Dependency(up.governor(), node, "xcomp");
    }
    return up;
  }

  /** A verb marked by "to". */
  private static boolean infinitive(Sentence s, int v) {
    return s.enhanced().children(v, "mark").stream().anyMatch(m -> s.token(m).key().equals("to"));
  }

  /**
   * "reached an agreement to share", "made a pledge to send": the parser hangs the infinitive on the light verb and
   * makes its object the doer; the object noun is the frame.
   */
  private Optional<Step> frameObject(Sentence s, int node, Dependency d) {
    if (!d.relation().equals("xcomp")) {
      return Optional.empty();
    }
    for (int o : s.enhanced().children(d.governor(), "obj")) {
      if (s.token(o).isNoun() && s.enhanced().children(node, "nsubj:xsubj").contains(o)) {
        // (a noun that needs an infinitive has it, hung on the verb, when the verb sends the message: "issued a
        // call to Israel to halt"; not "ignored calls to halt", where the call is another's)
        Optional<FrameWord> fw = frameWord(s, o, CONVEYING.contains(s.token(d.governor()).key())
            || !prepChildren(s, o, "from").isEmpty());
        Optional<FrameWord> called = frameWord(s, o, true).filter(w -> w.frame() == Frame.CANCEL);
        if (called.isPresent()) {
          return Optional.of(new Step(o, called.get())); // "accepted an invitation to visit": whoever's, no visit
        }
        if (fw.isPresent() && fw.get().frame().recodes()) {
          return Optional.of(new Step(o, fw.get()));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean climbable(Sentence s, int node, Dependency d) {
    String r = d.relation();
    Token t = s.token(node);
    if (r.equals("xcomp") || r.equals("advcl:to") || r.equals("acl:to") || r.equals("acl")) {
      return true;
    }
    if (commaParticiple(s, node) && (r.equals("dep") || r.equals("acl") || d.isA("advcl"))) {
      return false; // "Hamas rejected the proposal, accusing Israel of stalling": an adjunct, not what is rejected
    }
    if (r.equals("dep") && t.pos().equals("VBG")) {
      return true; // "resume shelling" left unattached by the parser: a gerund complement
    }
    if (r.equals("advcl") || r.equals("ccomp") || r.equals("dep") && t.isVerb()) {
      // ("stood ready to mediate": an infinitive the parser left unattached is still the frame's complement)
      return s.enhanced().children(node, "mark").stream().anyMatch(m -> s.token(m).key().equals("to"));
    }
    if (t.isNoun() && r.equals("obl:with") && (RESPONDING.contains(s.token(d.governor()).key())
        || goesOnWith(s, d.governor()))) {
      return true; // "Russia responded with sanctions on British officials": the response is that act
    }
    if (t.isNoun() || t.pos().equals("VBG")) {
      return r.equals("obj") || r.equals("nmod:for") || r.equals("nmod:of") || r.equals("nmod:to")
          || r.equals("nmod:on") || r.equals("obl:for") || r.equals("obl:on") || r.equals("obl:to")
          || r.equals("nsubj:pass") || r.equals("obl:in");
    }
    return false;
  }

  private Optional<FrameWord> frameWord(Sentence s, int p) {
    return frameWord(s, p, false);
  }

  /**
   * Whether verb {@code v} goes on with what its "with" phrase names: "pressed ahead with its offensive", "will go
   * ahead with the elections", "carried on with the strikes".
   */
  private static boolean goesOnWith(Sentence s, int v) {
    DependencyGraph g = s.enhanced();
    return s.token(v).isVerb() && !g.children(v, "obl:with").isEmpty() && (aheadAfter(s, v)
        || g.children(v, "compound:prt").stream().anyMatch(a -> GOING_ON.contains(s.token(a).key())));
  }

  /** Particles of going on with something: "carried on with", "pushed ahead with". */
  private static final Set<String> GOING_ON = Set.of("on", "ahead");

  /** Whether verb {@code v} has "ahead" right after it as its adverb ("pressed ahead"), as the parser reads it. */
  private static boolean aheadAfter(Sentence s, int v) {
    return s.enhanced().children(v, "advmod").stream().anyMatch(a -> a == v + 1 && s.token(a).key().equals("ahead"));
  }

  /** The frame word {@code p} is, if any; {@code complement}: it governs a verb complement the parser missed. */
  private Optional<FrameWord> frameWord(Sentence s, int p, boolean complement) {
    Token t = s.token(p);
    String lemma = t.key();
    if (goesOnWith(s, p)) {
      return Optional.of(new FrameWord(Frame.ASPECT, lemma, "with")); // transparent, as "continue" is
    }
    List<FrameWord> words = new ArrayList<>(frames.lookup(lemma));
    for (int prt : s.enhanced().children(p, "compound:prt")) {
      words.addAll(0, frames.lookup(lemma + "_" + s.token(prt).key()));
    }
    for (FrameWord w : words) {
      if (w.prep().equals("inf") ? s.enhanced().children(p, "xcomp").stream().noneMatch(x -> s.token(x).isVerb())
          && !complement
          && !(t.isNoun() && markedClause(s, p, "to"))
          : !w.prep().isEmpty() && prepChildren(s, p, w.prep()).isEmpty() && !markedClause(s, p, w.prep())) {
        continue;
      }
      if (w.frame() == Frame.SUPPORT || w.frame() == Frame.ASPECT) {
        return Optional.of(w);
      }
      if (w.frame() == Frame.CANCEL && !t.isVerb() && !t.pos().startsWith("JJ") && !w.prep().equals("inf")) {
        continue; // "a halt to the fighting", "the delay" name no one calling anything off ("unlikely to" does;
        // so does a noun listed with its infinitive: "an invitation to visit Moscow" is no visit)
      }
      if (w.frame() == Frame.INTENT && PASSIVE_NOT_INTENT.contains(lemma) && t.pos().equals("VBN")
          && (!s.enhanced().children(p, "nsubj:pass").isEmpty() || !s.enhanced().children(p, "aux:pass").isEmpty())) {
        continue; // "rebels wanted at home on treason charges": being wanted is no one's intent
      }
      if (t.isVerb() || t.pos().startsWith("JJ") || t.isNoun()) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }

  /**
   * "The UN called on Israel to halt its offensive", which the parser reads as "called [on Israel to halt ...]": a
   * clause of {@code p} marked by the preposition the frame word needs.
   */
  private static boolean markedClause(Sentence s, int p, String prep) {
    for (Dependency d : s.enhanced().children(p)) {
      if ((d.isA("advcl") || d.isA("acl")) && s.enhanced().children(d.dependent(), "mark").stream()
          .anyMatch(m -> s.token(m).key().equals(prep))) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- building events

  /**
   * Decides the frame, modality and code of an act, or null when the act is not to be coded: negated, or under a
   * frame that CAMEO does not re-code it by (then the frame word keeps its own reading: "rejected the allegations"
   * is a rejection, not an accusation).
   */
  private Candidate decide(Sentence s, int act, EventEntry entry, List<Step> chain, SentenceActors actors) {
    if (entry.head().equals("retaliate") && entry.prep().isEmpty() && s.enhanced().children(act).stream()
        .anyMatch(d -> (d.isA("advcl") || d.isA("obl")) && d.specific().equals("by")
        && s.token(d.dependent()).pos().equals("VBG"))) {
      return null; // "retaliated by launching an investigation": the gerund tells the reply, coded on its own
    }
    if (entry.code().equals("042") && CARRYING.contains(entry.head()) && entry.obj().isEmpty()
        && !s.enhanced().children(act, "obj").isEmpty()) {
      return null; // "flew the freed prisoners to the United States" carries others there; it is no visit
    }
    if (chain.isEmpty() && neitherConfirmedNorDenied(s, act)) {
      // codebook 011: "neither confirmed nor denied the reports" declines to comment; it denies nothing
      return new Candidate(act, entry, chain, "011", null, null, Modality.ASSERTED);
    }
    Frame frame = null;
    Step frameStep = null;
    for (Step st : chain) {
      if (st.frame().frame().recodes()) {
        if (frame == null || frame == Frame.INTENT || st.frame().frame() != Frame.INTENT) {
          frame = st.frame().frame();
          frameStep = st;
        }
      }
    }
    for (Step st : chain) {
      if (frame == null && st.frame().frame() == Frame.SUPPORT && s.token(st.token()).key().equals("have")
          && s.enhanced().children(st.token(), "obj").stream().anyMatch(o -> PLAN_NOUNS.contains(s.token(o).key()))) {
        // "had plans to meet", "has no intention of attacking": having a plan is intending (and having none, with
        // "no", refusing)
        frame = Frame.INTENT;
        frameStep = st;
      }
    }
    List<Integer> nodes = nodes(act, chain);
    boolean appended = appendedDenier(s, act, actors) >= 0; // "..., a charge Kigali denies" tells the denial
    int top = nodes.get(nodes.size() - 1);
    if (nodes.stream().anyMatch(n -> goal(s, n) || futureCondition(s, n)) || question(s)
        || !appended && (denied(s, top) || describing(s, top))) {
      return null;
    }
    if (frame == null || frame == Frame.INTENT) {
      // "X said Y must do Z": in reported speech, "must" is X's demand on Y
      Optional<Step> sayer = mustInReportedSpeech(s, nodes);
      if (sayer.isPresent()) {
        frame = Frame.DEMAND;
        frameStep = sayer.get();
      }
    }
    if (frame == Frame.INTENT && frameStep != null && s.token(frameStep.token()).key().equals("seek")
        && s.token(act).isNoun() && SOUGHT_FROM_OTHERS.contains(entry.code().substring(0, 2))) {
      // "sought aid from Japan", "sought Arab support", "sought the release of ...": what only another can give is
      // asked of it (02x); seeking to do something oneself, or talks, stays an intent
      frame = Frame.APPEAL;
    }
    if (frame == Frame.INTENT && frameStep != null && objectControl(s, nodes, frameStep.token(), actors)) {
      // "X wants Y to do Z", "X expects Y to ...": X asks it of Y
      frame = Frame.APPEAL;
    }
    boolean future = nodes.stream().anyMatch(n -> futureVerb(s, n)) || headlineInfinitive(s, nodes)
        || purposeOfFuture(s, nodes.get(nodes.size() - 1)) || mannerOfFuture(s, nodes.get(nodes.size() - 1));
    boolean refused = false;
    boolean notRuledOut = frame == Frame.REJECT && frameStep != null && frameStep.frame().lemma().equals("rule_out")
        && negated(s, frameStep.token()) && force(entry.code());
    boolean hesitating = frame == Frame.INTENT && frameStep != null && frameStep.frame().lemma().equals("hesitate");
    boolean unhesitating = hesitating && negated(s, frameStep.token());
    if (hesitating && !unhesitating) {
      return null; // "hesitated to send tanks": nothing done nor promised
    }
    if (notRuledOut || unhesitating && force(entry.code())) {
      // "Russia has not ruled out using nuclear weapons", "would not hesitate to use force": force one does not rule
      // out, or would use without hesitation, is threatened (13x)
      frame = Frame.THREATEN;
    } else if (unhesitating) {
      future = false; // "would not hesitate to help": a willingness (03x), no refusal
    } else if (nodes.stream().anyMatch(n -> negated(s, n))) {
      // CAMEO codes what happened: a negated act is no event, but "will not" / "would not" / "not agree to" is a
      // refusal (the reject family)
      if (!(future || frame == Frame.INTENT) || frame == Frame.APPEAL || frame == Frame.DEMAND
          || frame == Frame.REJECT || frame == Frame.THREATEN) {
        return null;
      }
      frame = Frame.REJECT;
      future = false;
      refused = true;
    }
    boolean possible = !future && !refused && nodes.stream().anyMatch(n -> hasAux(s, n, POSSIBLE));
    boolean conditional = nodes.stream().anyMatch(n -> conditional(s, n));
    if (frame == null && possible && conditional && force(entry.code())) {
      // "said they could use force if the junta refused": force held out on a condition is a threat (13x)
      frame = Frame.THREATEN;
      possible = false;
    }
    if (frame == null && future) {
      frame = Frame.INTENT;
    }
    String code = aidOfTheSum(s, act, entry).or(() -> specificObject(s, act, entry))
        .or(() -> policeMission(s, act, entry, actors)).or(() -> sentNowhere(s, act, entry)).orElse(entry.code());
    Modality modality = Modality.ASSERTED;
    if (frame != null) {
      Optional<String> recoded = frames.recode(code, frame);
      if (recoded.isEmpty() && frame == Frame.INTENT && !alreadyVerbal(code)) {
        recoded = frames.recode(code, Frame.THREATEN);
      }
      if (recoded.isPresent()) {
        code = recoded.get();
      } else if (!(frame == Frame.INTENT && alreadyVerbal(code))) {
        return null;
      }
      modality = frame == Frame.INTENT ? Modality.INTENT : Modality.ASSERTED;
      if (frame == Frame.INTENT && code.startsWith("01") && frameStep != null && !future
          && s.token(frameStep.token()).isVerb() && s.token(act).isNoun()) {
        // "offered condolences", "extended congratulations": offering a statement makes it; nothing is left to do
        modality = Modality.ASSERTED;
      }
      if (frame == Frame.INTENT && frameStep != null && entry.code().equals("045") && s.token(act).isNoun()
          && s.basic().parents(act).stream().noneMatch(d -> d.relation().equals("compound"))
          && ACCEPTING.contains(s.token(frameStep.token()).key())) {
        // codebook 038: "agreed to Kenyan mediation" accepts another's mediation; it is no offer to mediate (039)
        code = "038";
      }
      if (frame == Frame.INTENT && frameStep != null && considering(s.token(frameStep.token()).key())) {
        // codebook 014: "is considering sanctions against X" considers a policy option; it states no intent yet
        code = "014";
        modality = Modality.ASSERTED;
      }
    }
    if (conditional && !(frame == Frame.THREATEN || entry.code().startsWith("13"))) {
      // a threat made on a condition ("threatened to strike unless ...") is still a threat made; a future act under
      // an if-clause ("if talks fail, X will close the border") is conditional
      modality = Modality.CONDITIONAL;
    } else if (possible && modality == Modality.ASSERTED) {
      modality = Modality.HYPOTHETICAL;
    }
    return new Candidate(act, entry, chain, code, frame, frameStep, modality);
  }

  /**
   * "provided $3 billion in military aid", "pledged 500 million euros in humanitarian aid": an aid verb's object is a
   * sum, and the kind of aid is told by the noun of its "in" (or "of") phrase; military, humanitarian or peacekeeping
   * aid so named is that code (072-074; 0332-0334 when promised), not the economic aid a sum of money alone would be.
   */
  private Optional<String> aidOfTheSum(Sentence s, int act, EventEntry entry) {
    if (!s.token(act).isVerb() || !(entry.code().startsWith("07") || entry.code().equals("033"))) {
      return Optional.empty();
    }
    List<Integer> given = new ArrayList<>(s.enhanced().children(act, "obj"));
    if (GIVING.contains(s.token(act).key())) {
      given.addAll(prepChildren(s, act, "with")); // "provided Taiwan with $300 million in military aid"
    }
    for (int o : given) {
      List<Integer> in = new ArrayList<>(s.enhanced().children(o, "nmod:in"));
      in.addAll(s.enhanced().children(o, "nmod:of")); // "3 billion pounds of military aid"
      in.addAll(s.enhanced().children(act, "obl:in")); // the parser may hang "in military aid" on the verb
      for (int a : in) {
        Optional<String> kind = match(s, a).map(EventEntry::code)
            .filter(k -> k.equals("072") || k.equals("073") || k.equals("074"));
        if (kind.isPresent()) {
          return entry.code().equals("033") ? frames.recode(kind.get(), Frame.INTENT) : kind;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "Kenya sent 400 police officers to Haiti": police a state sends to another state serve a security mission there
   * (074, peacekeeping or protection), as do police sent "to help"; sent to one of its own cities they are a show of
   * force (153, the entry's).
   */
  private Optional<String> policeMission(Sentence s, int act, EventEntry entry, SentenceActors actors) {
    if (!s.token(act).isVerb() || !entry.code().equals("153") && !(entry.code().equals("154")
        && policeOnly(agents(s, act, actors)))) {
      return Optional.empty(); // (police that deploy themselves are sent as police are: "Kenyan police deployed")
    }
    for (Dependency d : s.enhanced().children(act)) {
      if ((d.relation().equals("advcl:to") || d.relation().equals("xcomp") || d.relation().equals("advcl"))
          && HELPING.contains(s.token(d.dependent()).key())
          && s.enhanced().children(d.dependent(), "mark").stream().anyMatch(m -> s.token(m).key().equals("to"))) {
        return Optional.of("074"); // "offered to send police officers to help guard railway lines": sent as help
      }
    }
    Set<String> own = new HashSet<>();
    agents(s, act, actors).forEach(m -> m.actor().country().ifPresent(own::add));
    for (int p : prepChildren(s, act, "to")) {
      for (Mention m : actors.at(p)) {
        if (!own.isEmpty() && m.actor().country().filter(c -> !own.contains(c)).isPresent()) {
          return Optional.of("074");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "Taiwan dispatched naval, air and ground forces": troops sent to no one and nowhere, for no one's help, are a
   * build-up (154), not the forces provided to another that the entry's 074 is ("sent troops to Haiti"); peacekeepers
   * are a mission wherever they go.
   */
  private static Optional<String> sentNowhere(Sentence s, int act, EventEntry entry) {
    DependencyGraph g = s.enhanced();
    if (!entry.code().equals("074") || !s.token(act).isVerb() || !entry.obj().contains("troop")
        || !SENDING.contains(s.token(act).key())
        || g.children(act, "obj").stream().anyMatch(o -> PEACEKEEPERS.contains(s.token(o).key())
        || g.children(o).stream().anyMatch(d -> d.relation().startsWith("nmod:") && DESTINED.contains(d.specific())))
        || !g.children(act, "iobj").isEmpty() || g.children(act).stream().anyMatch(d -> d.isA("advcl")
        || d.isA("xcomp") || d.relation().startsWith("obl:") && DESTINED.contains(d.specific()))) {
      return Optional.empty();
    }
    return Optional.of("154");
  }

  private static boolean policeOnly(List<Mention> agents) {
    return !agents.isEmpty() && agents.stream().allMatch(m -> m.actor().sector().filter("COP"::equals).isPresent());
  }

  /** Verbs of sending forces somewhere ("contributed troops" gives them to a mission, wherever it is). */
  private static final Set<String> SENDING = Set.of("send", "dispatch", "deploy");

  /** Prepositions of where or for whom forces are sent. */
  private static final Set<String> DESTINED = Set.of("to", "into", "in", "for", "toward", "towards", "at", "across");

  /** Forces whose sending is a peacekeeping mission wherever they go. */
  private static final Set<String> PEACEKEEPERS = Set.of("peacekeeper", "peacekeeping", "blue-helmet");

  /**
   * "repeated its call for calm", "issued a call for a ceasefire": a verb coded only by its object noun (020 for any
   * appeal repeated) takes the noun's own narrower code of the same family when the noun's modifiers give one (0256).
   */
  private Optional<String> specificObject(Sentence s, int act, EventEntry entry) {
    if (!s.token(act).isVerb() || entry.obj().isEmpty() || !entry.code().endsWith("0")
        || entry.code().length() != 3) {
      return Optional.empty();
    }
    String root = entry.code().substring(0, 2);
    for (int o : s.enhanced().children(act, "obj")) {
      Optional<EventEntry> noun = match(s, o);
      if (noun.isPresent() && noun.get().specificity() > 0 && noun.get().code().startsWith(root)
          && !noun.get().code().equals(entry.code())) {
        return Optional.of(noun.get().code());
      }
    }
    return Optional.empty();
  }

  /** An event noun written as the compound modifier of another noun ("attack drone", "aid workers"). */
  private static boolean modifierNoun(Sentence s, int i) {
    return s.token(i).isNoun() && s.basic().parents(i).stream().anyMatch(d -> d.relation().equals("compound")
        && d.governor() >= 0 && s.token(d.governor()).isNoun() && !LIGHT_HEADS.contains(s.token(d.governor()).key()));
  }

  /** Head nouns that take their meaning from an event noun before them: "mediation mission", "rescue effort". */
  private static final Set<String> LIGHT_HEADS = Set.of("mission", "effort", "operation", "campaign", "bid", "drive",
      "initiative", "process", "attempt", "push", "round", "session", "move", "role", "team");

  /**
   * An intent frame that only weighs an act: its plain verb entry is CAMEO 014, consider policy option ("consider",
   * "weigh", "contemplate" in cameo-verbs.txt).
   */
  private boolean considering(String frameWord) {
    return dictionary.verbs(frameWord).stream().anyMatch(e -> e.code().equals("014") && e.specificity() == 0);
  }

  /** The verb of saying whose complement holds an act with "must" ("X said Y must withdraw"), as a demand frame. */
  private Optional<Step> mustInReportedSpeech(Sentence s, List<Integer> nodes) {
    if (nodes.stream().noneMatch(n -> hasAux(s, n, Set.of("must")))) {
      return Optional.empty();
    }
    int top = nodes.get(nodes.size() - 1);
    for (Dependency d : s.enhanced().parents(top)) {
      if (d.governor() >= 0 && (d.relation().equals("ccomp") || d.relation().equals("parataxis"))) {
        Token gov = s.token(d.governor());
        boolean message = s.enhanced().children(d.governor(), "obj").stream()
            .anyMatch(o -> SAYING_NOUNS.contains(s.token(o).key())); // "issued a reminder to X that ..."
        if (gov.isVerb() && (message || reporting(gov))) {
          return Optional.of(new Step(d.governor(), new FrameWord(Frame.DEMAND, gov.key(), "")));
        }
      }
      if (d.governor() >= 0 && (d.relation().equals("ccomp") || d.relation().startsWith("acl"))
          && SAYING_NOUNS.contains(s.token(d.governor()).key())) {
        // "issued a stern reminder to Iraq that it must cooperate": the message's "must" is its sender's demand
        return Optional.of(new Step(d.governor(), new FrameWord(Frame.DEMAND, s.token(d.governor()).key(), "")));
      }
    }
    return Optional.empty();
  }

  /** Nouns of a message whose that-clause says what was said. */
  private static final Set<String> SAYING_NOUNS = Set.of("statement", "declaration", "communique", "letter", "message",
      "note", "reminder", "warning", "ultimatum", "speech", "remark", "comment", "announcement");

  /** Whether {@code t} is a verb of saying (a report frame of frames.tsv). */
  private boolean reporting(Token t) {
    return frames.lookup(t.key()).stream().anyMatch(w -> w.frame() == Frame.REPORT);
  }

  /** Inside the complement of a verb of saying: "would" there is the future seen from the past. */
  private boolean inReportedSpeech(Sentence s, int n) {
    for (Dependency d : s.enhanced().parents(n)) {
      if (d.governor() >= 0 && (d.relation().equals("ccomp") || d.relation().equals("parataxis"))
          && (reporting(s.token(d.governor()))
          || s.token(d.governor()).key().equals("warn"))) { // ("warned it would use nuclear weapons")
        return true;
      }
      if (d.governor() >= 0 && d.relation().startsWith("conj") && !s.enhanced().children(d.governor(), "ccomp")
          .isEmpty() && reporting(s.token(d.governor()))) {
        return true; // "said it regretted the decision and would continue ...", the second clause read as the said's
      }
    }
    return false;
  }

  /** The act's own subject is the frame word's object ("wants Putin to attack"), not its subject. */
  private static boolean objectControl(Sentence s, List<Integer> nodes, int frame, SentenceActors actors) {
    List<Integer> objs = s.enhanced().children(frame, "obj").stream().filter(o -> !actors.at(o).isEmpty())
        .toList();
    if (objs.isEmpty()) {
      return false;
    }
    for (int n : nodes) {
      if (n == frame) {
        break;
      }
      for (int subj : s.enhanced().children(n, "nsubj:xsubj")) {
        if (objs.contains(subj)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether some other event of {@code all} goes the other way between the same two actors. */
  private static boolean mutual(Event e, java.util.Collection<Event> all) {
    return e.target().isPresent() && all.stream().anyMatch(o -> o.target().isPresent()
        && o.source().actor().code().equals(e.target().get().actor().code())
        && o.target().get().actor().code().equals(e.source().actor().code()));
  }

  /**
   * Whether no word carries candidate {@code c}'s act: it climbed to no frame word, or only to nouns of its
   * instalments ("after a week of unrest" is no more carried than "after unrest").
   */
  private static boolean uncarried(Sentence s, Candidate c) {
    return c.chain().stream().allMatch(st -> st.frame().frame() == Frame.ASPECT && s.token(st.token()).isNoun()
        && INSTALMENTS.contains(s.token(st.token()).key()));
  }

  private static List<Integer> nodes(int act, List<Step> chain) {
    List<Integer> nodes = new ArrayList<>();
    nodes.add(act);
    chain.forEach(st -> nodes.add(st.token()));
    return nodes;
  }

  private List<Event> build(String docId, Sentence s, Candidate c, SentenceActors actors,
      DocumentContext context, String text) {
    if (VICTIM_SUBJECT.contains(c.entry().head())) {
      return victimsAsSubject(docId, s, c, actors, text);
    }
    int act = c.token();
    if (c.chain().isEmpty() && (setAsTerms(s, act) || standingAgreement(s, act, c))) {
      return List.of();
    }
    boolean noun = s.token(act).isNoun();
    if (punishedFor(s, act)) {
      return List.of(); // "arrested the opposition leader for inciting violence": the charge, not an act told
    }
    if (!noun && parentheticalReport(s, act) && Set.of("01", "10", "11", "13").contains(c.code().substring(0, 2))
        && appendedDenier(s, act, actors) < 0) {
      // "Aid cannot reach the city, the UN warned": the verb only says who said it; "Moscow will pay a heavy price,
      // the chancellor warned" is a threat to Moscow
      return c.entry().head().equals("warn") ? warnedAfter(docId, s, c, actors, text) : List.of();
    }
    Frame frame = c.frame();
    Step frameStep = c.frameStep();
    List<Integer> nodes = nodes(act, c.chain());

    // agents: under a frame, whoever frames the act ("X urged Y to do Z": X, not Y)
    List<Mention> sources = new ArrayList<>();
    int sourceNode = -1;
    List<Mention> receivers = List.of();
    if (!c.entry().giver().isEmpty()) {
      // "Y received weapons from X": X gives, Y receives
      for (int p : prepChildren(s, act, c.entry().giver())) {
        sources.addAll(actors.at(p));
      }
      if (sources.isEmpty()) {
        return List.of();
      }
      receivers = agents(s, act, actors);
      sourceNode = act;
    }
    if (frameStep != null && s.token(frameStep.token()).isNoun() && s.enhanced().parents(frameStep.token(), "obj")
        .stream().anyMatch(v -> MEDIATING.contains(s.token(v).key()) && s.token(v).isVerb())) {
      // "Qatar brokered a deal for the release of five Americans": the broker of a deal does not do what the deal
      // provides; who does is not said
      return List.of();
    }
    if (frameStep != null && sources.isEmpty()) {
      sources = agents(s, frameStep.token(), actors);
      if (sources.isEmpty() && s.token(frameStep.token()).isNoun()) {
        sources = fromPhraseAgents(s, frameStep.token(), c.code(), actors); // "received an offer of help from X"
      }
      if (sources.isEmpty() && s.token(frameStep.token()).isNoun()) {
        // "Chirac issued a reminder that ...": the one who issued the message
        for (Dependency up : s.enhanced().parents(frameStep.token())) {
          if (up.governor() >= 0 && up.relation().equals("obj") && s.token(up.governor()).isVerb()) {
            sources = agents(s, up.governor(), actors);
          }
        }
      }
      if (sources.isEmpty()) {
        // "issued a statement demanding that Y ...", "a resolution calling on Y to ...": the one who issued it
        sources = carrierAgents(s, frameStep.token(), actors);
      }
      if (sources.isEmpty() && (frame == Frame.APPEAL || frame == Frame.DEMAND)) {
        sources = participleAgents(s, frameStep.token(), actors);
      }
      if (sources.isEmpty()) {
        sources = subjectBeforeVerb(s, frameStep.token(), actors);
      }
      sourceNode = sources.isEmpty() ? -1 : frameStep.token();
    }
    List<Integer> agentNodes = nodes;
    boolean fromAgent = false;
    if (sources.isEmpty() && (frame == Frame.APPEAL || frame == Frame.DEMAND)) {
      // under an appeal or a demand, the doer of the act is the one addressed, never its source
      int at = nodes.indexOf(frameStep.token());
      agentNodes = at < 0 ? List.of() : nodes.subList(at, nodes.size());
    }
    for (int n : sources.isEmpty() ? agentNodes : List.<Integer>of()) {
      sources = agents(s, n, actors);
      if (sources.isEmpty() && n == act && noun) {
        sources = fromPhraseAgents(s, act, c.code(), actors);
        fromAgent = !sources.isEmpty();
      }
      if (sources.isEmpty() && n != act) {
        // a frame word in the passive: "X is engaged in", "X was involved in": X takes part
        for (int p : s.enhanced().children(n, "nsubj:pass")) {
          sources.addAll(actors.at(p));
        }
      }
      if (!sources.isEmpty() && n == act && noun && agentNodes.size() > 1
          && sources.stream().allMatch(m -> m.actor().roleWithoutCountry() || m.countryFromStory())) {
        // "North Korea conducted a military drill": a role word of no country modifying the noun says what kind of
        // act it is; the one who carries it out is the agent, when the text names one
        List<Mention> carrier = agents(s, agentNodes.get(1), actors);
        if (!carrier.isEmpty() && carrier.stream().noneMatch(m -> m.actor().roleWithoutCountry()
            || m.countryFromStory())) {
          sources = carrier;
          sourceNode = agentNodes.get(1);
          break;
        }
      }
      if (!sources.isEmpty()) {
        sourceNode = n;
        break;
      }
    }
    if (sources.isEmpty() && !noun && c.chain().isEmpty()) {
      sources = carrierAgents(s, act, actors); // "issued a statement demanding that ..."
    }
    boolean ownParties = false;
    List<Mention> hyphened = List.of();
    int owner = noun && c.chain().isEmpty() ? ownedAct(s, act, c.code()) : -1;
    if (sources.isEmpty() && owner >= 0 && owner != act) {
      // "the rebels were responsible for the attack", "his role in the abduction"
      sources = PART_IN.contains(s.token(owner).key()) ? roleIn(s, act, actors) : agents(s, owner, actors);
      sourceNode = sources.isEmpty() ? sourceNode : act;
    }
    // ("Fighting between the army and the RSF spread": a gerund with a "between" phrase is named as a noun is)
    List<Mention> between = sources.isEmpty() && (noun || s.token(act).pos().equals("VBG"))
        && !MEDIATION.contains(c.code()) ? betweenParties(s, act, actors) : List.of();
    if (!between.isEmpty()) {
      // "talks between X and Y", "clashes between X and Y": the parties named after "between" act on each other
      // (mediation "between X and Y" is aimed at them, by a third party)
      sources = between;
      sourceNode = act;
      ownParties = true;
    }
    if ((sources.isEmpty() || sourceNode == act) && noun && reciprocal(s, act, c.code())) {
      // "India-Pakistan talks", "the Israel-Hamas ceasefire": the parties joined by a hyphen before the noun (the
      // noun's own modifiers may have given only the nearer one)
      List<Mention> joined = hyphenedParties(s, act, actors);
      if (joined.size() >= 2) {
        sources = joined;
        sourceNode = act;
        ownParties = true;
        hyphened = joined;
      }
    }
    if (sources.isEmpty() && noun && c.chain().isEmpty() && takesPart(c.code())
        && !prepTargets(s, act, actors).isEmpty()) {
      // "after a meeting with X, Y flew home", "following talks with X, Y said": the one who went on took part
      for (Dependency d : s.enhanced().parents(act)) {
        if (d.governor() >= 0 && d.isA("obl") && SEQUENCE.contains(d.specific())) {
          sources = agents(s, d.governor(), actors);
          sourceNode = act;
          ownParties = !sources.isEmpty();
        }
      }
    }
    if (sources.isEmpty()) {
      sources = subjectBeforeVerb(s, nodes.get(nodes.size() - 1), actors);
    }
    if (sources.isEmpty() && !noun) {
      // "killed in Israeli shelling", "wounded in an air strike by government forces": the act's agent is the one
      // of the attack that caused it
      sources = agentOfCause(s, act, actors);
    }
    if (sources.isEmpty() && !noun && (force(c.entry().code()) || c.entry().code().startsWith("17")
        || subjectsOrGoverningSubjects(s, act).stream().anyMatch(t -> craft(s.token(t).key())))) {
      // "Israeli air strikes killed five militants", "US drone attacks killed ...": an attack or a weapon as the
      // subject names its agent's armed force in its own modifiers; so does a craft whatever it does ("US planes
      // air-dropped food into Gaza")
      sources = meansAgents(s, act, actors);
    }
    if (sources.isEmpty() && c.code().startsWith("14")) {
      // "Thousands marched in Santiago", "Crowds rallied ...": a protest by people the text does not name further is
      // coded with a civilian source of unknown country (ICEWS practice), which the place may complete
      sources = crowd(s, nodes.get(nodes.size() - 1));
    }
    if (sources.isEmpty() && noun && c.code().startsWith("14") && tookPlace(s, act)) {
      // "Protests against the government broke out in Nairobi": a protest told as taking place, by people the text
      // does not name, is coded with a civilian source of unknown country, as a crowd is
      Token t = s.token(act);
      sources = List.of(new Mention(s.index(), act, t.span(), t.word(), Actor.of(null, "CVL"),
          "a protest ('" + t.word() + "') that took place: civilians of a country the text does not give"));
      sourceNode = act;
    }
    if (sources.isEmpty() && !noun && (c.entry().code().startsWith("15") || c.entry().code().startsWith("074"))) {
      sources = senderOfForces(s, act, actors); // "Kenyan police have been deployed to Haiti"
    }
    sources = refinedSources(s, c, sources);
    List<Mention> patients = new ArrayList<>();
    if (sources.isEmpty() && !noun && s.token(act).key().equals("summon")
        && !s.enhanced().children(act, "nsubj:pass").isEmpty()) {
      sources = summoners(s, act, actors);
      if (!sources.isEmpty()) {
        for (int p : s.enhanced().children(act, "nsubj:pass")) {
          patients.addAll(actors.at(p)); // the envoy summoned
        }
      }
    }
    if (sources.isEmpty() && materialConflictOrYield(c.entry().code()) && !naturalCause(s) && !background(s, act)) {
      // "two journalists were abducted", "civilians killed in the raid": the act is known, its agent is not (but
      // "six people were killed after a typhoon hit ..." is no one's act)
      patients = patients(s, act, actors, c.entry().code());
      if (noun && objectOfAnActor(s, act, actors)) {
        // "NATO would tighten the blockade of Serbia": whoever acts on the noun may be its agent too; no unknown
        // agent is made up for it
        patients = new ArrayList<>();
      }
      if (patients.isEmpty() && !noun && meansAsSubject(s, act, actors)) {
        // "a car bomb killed a judge", "an airstrike wounded ten civilians": the means is named, not its agent
        for (int o : s.enhanced().children(act, "obj")) {
          patients.addAll(actors.at(o));
        }
        for (int x : c.entry().xcomp().isEmpty() ? List.<Integer>of() : s.enhanced().children(act, "xcomp")) {
          for (int o : s.enhanced().children(x, "nsubj")) {
            patients.addAll(actors.at(o)); // "an air strike left ten civilians dead"
          }
        }
      }
      if (!patients.isEmpty() && !noun) {
        sources = toldMeansAgents(s, act, actors, context);
      }
    }
    if (sources.isEmpty() && !patients.isEmpty()) {
      sources = expellers(s, act, c.entry(), actors);
    }
    if (sources.isEmpty()) {
      if (patients.isEmpty() || !noun && !s.enhanced().children(act, "xcomp").isEmpty()
          && !(force(c.entry().code()) && !c.entry().xcomp().isEmpty())) {
        // ("it had been forced to suspend deliveries", "was urged to resign": with no one named who forced or urged,
        // the infinitive tells the circumstance, not an act of an unknown agent; "an air strike left ten people
        // dead" is an attack told by its outcome)
        return List.of();
      }
      sources = List.of(new Mention(s.index(), act, s.token(act).span(), s.token(act).word(),
          new Actor(Actor.UNKNOWN_COUNTRY, Optional.empty(), Optional.empty()), "the text does not name the agent"));
    }
    if (noun && uncarried(s, c) && !ownParties && !fromAgent && (sourceNode != act || !ownActor(s, act))
        && !tookPlace(s, act) && patients.isEmpty() && owner < 0) {
      return List.of();
    }
    int top = c.chain().isEmpty() ? act : c.chain().get(c.chain().size() - 1).token();
    if (noun && STATES_OF_WAR.contains(s.token(act).key()) && s.token(top).isNoun()
        && s.enhanced().parents(top).stream().anyMatch(d -> d.governor() >= 0 && (d.isA("nmod") || d.isA("obl")))) {
      // "sanctions over their support for Russia's war in Ukraine", "since the start of Russia's war": a war named
      // inside another phrase (also through a noun of its phases) is the background the news is about, not news of
      // fighting
      return List.of();
    }

    // targets
    List<Mention> targets = new ArrayList<>(receivers.isEmpty() ? patients : receivers);
    // "urged the EU to impose sanctions on Iran": rallying opposition (113) is aimed at Iran, not at the EU
    boolean rally = c.code().startsWith("113") && frame != null;
    if (targets.isEmpty() && (frame == Frame.APPEAL || frame == Frame.DEMAND) && !rally) {
      targets = addressees(s, frameStep.token(), actors);
      if (targets.isEmpty()) {
        // "demanded that Y do Z": the one who is to act is addressed
        for (int n : nodes) {
          if (n == frameStep.token()) {
            break;
          }
          targets.addAll(agents(s, n, actors));
        }
      }
    }
    Set<String> self = new HashSet<>();
    sources.forEach(m -> self.add(m.actor().code()));
    if (targets.isEmpty() && noun && (frame == Frame.APPEAL || frame == Frame.DEMAND)) {
      // "demanded the resignation of President X", "called for the withdrawal of Serbian forces": a concession asked
      // for is aimed at whoever is to yield, the actor of its "of" phrase (a release's "of" phrase is who is freed)
      targets = yielder(s, act, c.entry().code(), actors, self);
    }
    if (targets.isEmpty() && noun && patientNoun(c.entry().code()) && (!c.chain().isEmpty() || owner != -1
        && owner != act) && frame != Frame.APPEAL && frame != Frame.DEMAND) {
      // "ordered the release of three activists", "carried out the arrest of the mayor", "his role in the killing of
      // two activists": the noun's "of" phrase is whom the act is done to
      targets = ofPhrase(s, act, actors).stream().filter(m -> !self.contains(m.actor().code())).toList();
    }
    if (targets.isEmpty() && noun) {
      for (Dependency d : s.enhanced().parents(act)) {
        if (d.governor() >= 0 && d.relation().equals("obl:for") && s.token(d.governor()).key().equals("thank")) {
          // "India thanked Russia for its support at the UN": the support was for the one who thanks
          targets = agents(s, d.governor(), actors).stream().filter(m -> !self.contains(m.actor().code())).toList();
        }
      }
    }
    if (targets.isEmpty()) {
      Set<String> excluded = new HashSet<>(sources.size() < 2 ? self : Set.of());
      excluded.addAll(noun ? Set.of() : ownForcesSent(s, act, sources, actors));
      targets = targets(s, act, c.entry(), actors, excluded);
    }
    if (fromAgent) {
      // "support from Moscow and Beijing": those it comes from are not also whom it is for; and a noun carried by no
      // verb of its own says nothing happened unless it names whom it was for ("a step that enjoyed support from
      // Moscow"), a protest excepted
      List<Mention> givers = sources;
      targets = targets.stream().filter(t -> givers.stream().noneMatch(g -> g.head() == t.head()
          && g.sentence() == t.sentence())).toList();
      if (targets.isEmpty() && c.chain().isEmpty() && !c.code().startsWith("14")) {
        return List.of();
      }
    }
    int judge = noun ? -1 : judgedFor(s, act);
    if (targets.isEmpty() && judge >= 0 && s.token(judge).key().equals("thank")) {
      targets = agents(s, judge, actors); // "Ukraine thanked Denmark for delivering jets": Ukraine received them
    }
    if (targets.isEmpty() && c.code().startsWith("13")) {
      // "threatened to strike unless Baghdad accepted": a threat is aimed at whom its condition asks to act
      targets = new ArrayList<>();
      for (int n : nodes) {
        for (int cond : conditionClauses(s, n)) {
          for (int subj : s.enhanced().children(cond, "nsubj")) {
            targets.addAll(actors.at(subj).stream().filter(m -> !self.contains(m.actor().code())).toList());
          }
        }
      }
    }
    if (targets.isEmpty()) {
      for (Step st : c.chain()) {
        if (noun && s.token(st.token()).isVerb() && (st.frame().frame() == Frame.SUPPORT
            || st.frame().frame() == Frame.INTENT)) {
          // "gave Ukraine a grant", "offered Chile a loan": the indirect object of the verb that carries the noun
          List<Mention> recipients = new ArrayList<>();
          for (int io : s.enhanced().children(st.token(), "iobj")) {
            recipients.addAll(actors.at(io).stream().filter(m -> !self.contains(m.actor().code())).toList());
          }
          if (!recipients.isEmpty()) {
            targets = recipients;
            break;
          }
        }
        if (st.frame().frame() == Frame.SUPPORT
            || st.frame().frame() == Frame.ASPECT && s.token(st.token()).isNoun()
            || noun && st.frame().frame() == Frame.ASPECT && s.token(st.token()).isVerb() && sources.size() < 2
            && s.enhanced().children(st.token(), "obj").contains(act) // "resumed aid to Ethiopia"
            || noun && st.frame().frame() == Frame.INTENT && s.token(st.token()).isVerb()
            && st.token() == c.chain().get(0).token()) {
          // (an offer or promise carrying the noun: "offered condolences to Tehran", "promised aid to Haiti")
          targets = withoutMeans(s, c, nodes, prepTargets(s, st.token(), actors), actors);
          if (!targets.isEmpty()) {
            break;
          }
        }
      }
    }
    if (targets.isEmpty() && !noun && c.chain().isEmpty() && addressesClause(c.entry().code())) {
      // "X demanded that Y cancel ...", "X urged that Y ...": whoever is to act is addressed
      // (not the speaker's own country: "Hassan warned that Tanzania would not tolerate smuggling" speaks for it)
      List<Mention> addressed = new ArrayList<>();
      List<Mention> speakers = sources;
      for (int comp : s.enhanced().children(act, "ccomp")) {
        for (int subj : s.enhanced().children(comp, "nsubj")) {
          addressed.addAll(actors.at(subj).stream().filter(m -> !self.contains(m.actor().code())
              && speakers.stream().noneMatch(x -> x.actor().country().filter(m.actor().code()::equals).isPresent()))
              .toList());
        }
      }
      targets = addressed;
    }
    if (targets.isEmpty() && !noun && (c.code().startsWith("11") || c.code().startsWith("051")
        || c.code().equals("052") || c.code().equals("016") || c.code().startsWith("12") && c.chain().isEmpty())) {
      // "Police arrested two activists. The US condemned the arrests.": a criticism (or praise: "welcomed the
      // release", a defence: "defended the decision", a denial: "rejected the accusation", or a rejection:
      // "rejected the call") of an act the story told before ("the" act, no agent of its own) is aimed at that act's
      // agent
      List<Mention> accusers = accuserOfTheSentence(s, act, actors).stream()
          .filter(m -> !self.contains(m.actor().code())).toList();
      if (!accusers.isEmpty()) {
        targets = accusers;
      }
      for (int o : targets.isEmpty() ? concernedObjects(s, act) : List.<Integer>of()) {
        List<Mention> told = toldAgents(s, o, actors, context);
        List<Mention> agents = told.stream().filter(m -> !self.contains(m.actor().code())).toList();
        if (!agents.isEmpty()) {
          targets = agents.stream().map(m -> m.withActor(m.actor(), m.reason() + "; agent of the act told before"))
              .toList();
          break;
        }
      }
    }
    if (targets.isEmpty() && frame == Frame.REJECT) {
      targets = proposers(s, c.chain(), frameStep, actors, self);
    }
    if (targets.isEmpty() && !noun && MEDIATING.contains(s.token(act).key()) && s.token(act).pos().equals("VBN")) {
      // "Israel and Jordan signed a deal brokered by the UAE": the broker mediates between those who made the deal
      List<Mention> parties = new ArrayList<>();
      for (int accord : s.enhanced().parents(act).stream().filter(d -> d.isA("acl") && d.governor() >= 0)
          .map(Dependency::governor).toList()) {
        for (Dependency d : s.enhanced().parents(accord)) {
          if (d.isA("obj") && d.governor() >= 0) {
            parties.addAll(agents(s, d.governor(), actors).stream().filter(m -> !self.contains(m.actor().code()))
                .toList());
          }
        }
      }
      targets = parties;
    }
    if (targets.isEmpty() && !noun) {
      targets = purposeTargets(s, act, actors, self, c.code().compareTo("11") < 0);
    }
    if (targets.isEmpty() && c.code().startsWith("13")) {
      // "said they could use force if it refused", "threatened to strike unless Kyiv withdrew": the threat is aimed
      // at whoever must meet the condition
      List<Mention> bound = new ArrayList<>();
      for (int n : nodes) {
        for (int cond : conditionClauses(s, n)) {
          for (int subj : s.enhanced().children(cond, "nsubj")) {
            bound.addAll(actors.at(subj).stream().filter(m -> !self.contains(m.actor().code())).toList());
          }
        }
      }
      targets = bound;
    }
    if (targets.isEmpty() && !noun && (c.code().startsWith("07") || c.code().startsWith("033"))) {
      targets = helped(s, act, actors, self);
    }
    if (targets.isEmpty() && !noun && !(c.entry().code().startsWith("112")
        && !s.enhanced().children(act, "obj").isEmpty())) {
      // ("accused the West of meddling in Georgia's affairs": whom an accusation names is its target, even when it
      // is no actor; the actors in the alleged act are not)
      targets = namedInWhatItIsCalled(s, act, c, deepTargets(s, act, actors));
    }
    boolean aidGiven = c.entry().code().startsWith("07") || c.entry().code().startsWith("162");
    // ("reinforce its mission with Kenyan troops": its own, and its means)
    boolean onlyOwn = withoutMeans(s, c, nodes, targets, actors).stream()
        .allMatch(t -> self.contains(t.actor().code()));
    if (onlyOwn && (placeIsTarget(c.entry().code()) || aidGiven)) {
      // protests are aimed at the government of the place where they happen (ICEWS practice); deployments,
      // peacekeeping and fighting at the place they are sent to or fought in; aid given or stopped ("suspended aid
      // deliveries in Mogadishu") at the people of the place it goes to
      List<Mention> places = new ArrayList<>();
      List<Integer> at = new ArrayList<>(nodes);
      if ((c.entry().code().startsWith("074") || c.entry().code().startsWith("15") || aidGiven) && !noun) {
        // "deploy peacekeepers in Iraq", "sent warships to waters off Taiwan": where the force serves or is sent
        at.addAll(s.enhanced().children(act, "obj"));
        at.addAll(prepChildren(s, act, "to"));
      }
      for (int n : at) {
        for (String prep : List.of("in", "near", "off", "around", "across", "inside", "throughout")) {
          for (int p : prepChildren(s, n, prep)) {
            places.addAll(actors.at(p));
          }
        }
      }
      targets = places;
    }
    if (targets.isEmpty() && noun && (!s.enhanced().children(act, "nmod:by").isEmpty()
        || !s.enhanced().children(act, "nmod:agent").isEmpty() || patientNoun(c.entry().code())
        && toldAsAnAct(s, act))) {
      // "the arrest of Kenyan journalists by Ugandan police": with a "by" agent, or for an act of coercion or force
      // (or a release), the "of" phrase is who was acted on
      targets = new ArrayList<>(ofPhrase(s, act, actors).stream().filter(m -> !self.contains(m.actor().code()))
          .toList());
    }
    if (noun && uncarried(s, c) && targets.isEmpty() && sources.size() < 2
        && !(c.code().startsWith("14") && tookPlace(s, act)) && owner < 0
        && !agentNamedBy(s, act, c.code(), sources)) {
      // (a protest told as taking place is coded without a target, as ICEWS does: the place may give one; so is an
      // attack someone is said to be behind)
      return List.of();
    }
    if (!hyphened.isEmpty()) {
      targets = hyphened; // each of "India-Pakistan talks" acts on the other
    }
    // "offered its troops to Lebanon": what the source owns is what it gives or uses, not whom it acts on
    List<Mention> agentsOfAct = sources;
    targets = targets.stream().filter(t -> !ownedBySource(s, t, agentsOfAct, c.code())).toList();
    List<Mention> others = targets.stream().filter(t -> !self.contains(t.actor().code())).toList();
    targets = others; // "Indian and Chinese troops clashed along their border": "their" is both, who act on each other
    if (c.code().startsWith("15") && !noun) {
      targets = withoutForcesMoved(s, act, sources, targets);
    }
    if (targets.isEmpty() && sources.size() == 1 && domesticMeasure(c.entry().code())) {
      // a government easing or imposing a curfew, a state of emergency, restrictions at home acts on its own country
      Actor a = sources.get(0).actor();
      if (a.sector().isPresent() && a.country().isPresent()) {
        Mention src = sources.get(0);
        targets = List.of(new Mention(src.sentence(), src.head(), src.span(), src.text(),
            Actor.country(a.country().get()), "the agent's own country: a measure taken at home"));
      }
    }
    targets = withoutMeans(s, c, nodes, targets, actors);
    targets = withConjuncts(s, targets, actors);
    if (targets.isEmpty()) {
      targets = sidesOfTheTalks(s, act, c.code(), context, self);
    }
    if (targets.isEmpty() && sources.size() < 2 && c.entry().code().startsWith("07") && !c.code().startsWith("15")
        && !GIVING_VERBS.contains(c.entry().head())) {
      // aid has a recipient; "X boosted its own capability" is no aid (but "said it would deliver the first jets this
      // month" gives to one the story knows: coded, with no target)
      return List.of();
    }
    if (targets.isEmpty() && sources.size() >= 2 && !c.code().startsWith("04") && !c.code().startsWith("036")
        && !c.code().startsWith("057") && !c.code().startsWith("046")) {
      // "X and Y made efforts to promote peace in Z": agents acting together about a third country act on it (but
      // "X and Y met in Z": a meeting's place is its venue)
      Set<String> roots = new HashSet<>();
      sources.forEach(m -> roots.add(m.actor().root()));
      List<Mention> third = new ArrayList<>();
      for (int n : nodes) {
        for (int p : prepChildren(s, n, "in")) {
          for (Mention m : actors.at(p)) {
            if (m.actor().country().isPresent() && !roots.contains(m.actor().root())) {
              third.add(m);
            }
          }
        }
      }
      targets = third;
    }
    if (targets.isEmpty() && sources.size() == 1 && joint(s, act, nodes)) {
      List<Mention> pair = context.pair();
      if (pair.size() == 2) {
        String root = sources.get(0).actor().root();
        if (pair.get(0).actor().root().equals(root)) {
          targets = List.of(pair.get(1));
        } else if (pair.get(1).actor().root().equals(root)) {
          targets = List.of(pair.get(0));
        }
      }
    }

    boolean together = noun && targets.isEmpty() && heldTogether(s, act, c.code(), sources);
    String code = together ? "062" : c.code();
    Modality modality = c.modality();
    CameoCode cameo = ontology.code(code);
    Optional<Mention> reporter = reporter(s, nodes.get(nodes.size() - 1), actors);
    String rule = c.entry().rule() + (frameStep == null ? "" : " | frame " + frameStep.frame().frame().name()
        .toLowerCase(java.util.Locale.ROOT) + " '" + s.token(frameStep.token()).word() + "'")
        + (frameStep != null && frame != null && frame != frameStep.frame().frame() && frame != Frame.THREATEN
        ? " read as " + frame.name().toLowerCase(java.util.Locale.ROOT) : "")
        + (frame == Frame.INTENT && frameStep == null ? " | future" : "")
        + (frame == Frame.THREATEN && frameStep != null && frameStep.frame().frame() == Frame.REJECT
        ? " | not ruled out: a threat" : "")
        + (c.code().equals("011") && c.entry().code().equals("016") ? " | neither confirmed nor denied: 011" : "")
        + (together ? " | held by two states: joint, 062" : "")
        + (frameStep == null && !c.code().equals(c.entry().code()) ? aidOfTheSum(s, act, c.entry())
        .map(k -> " | a sum in aid of the kind " + k)
        .or(() -> specificObject(s, act, c.entry()).map(k -> " | its object names the narrower " + k)).orElse("")
        : "");

    List<Event> out = new ArrayList<>();
    Set<String> distinctSources = new HashSet<>();
    Optional<Token> alleging = allegation(s, nodes.get(nodes.size() - 1));
    if (alleging.isPresent() && reporter.isPresent() && modality == Modality.ASSERTED
        && (conflict(code) || !alleging.get().key().equals("claim") && !alleging.get().key().equals("contend"))) {
      // "X claimed that Y attacked Z": CAMEO codes what X did, an accusation against Y, not Y's act as fact
      Mention accuser = reporter.get();
      String accusation = code.startsWith("18") || code.startsWith("19") ? "1123" : code.startsWith("20") ? "1124"
          : "112";
      for (Mention src : sources) {
        if (!src.actor().code().startsWith(Actor.UNKNOWN_COUNTRY) && !sameSide(src.actor(), accuser.actor())
            && distinctSources.add(src.actor().code())) {
          Span ev = accuser.span().union(alleging.get().span()).union(src.span()).union(s.token(c.token()).span());
          out.add(new Event(docId, s.index(), ontology.code(accusation), accuser, Optional.of(src), Modality.ASSERTED,
              ev, rule + " | allegation '" + alleging.get().word() + "': an accusation against the act's agent", 0.7,
              Optional.empty()));
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    String verb = s.token(c.token()).key();
    if (sources.size() >= 2 && (verb.equals("trade") || verb.equals("exchange"))) {
      targets = List.of(); // "X and Y traded accusations over the attack": they accuse each other
    }
    if (sources.size() >= 2 && !targets.isEmpty() && reciprocal(s, c.token(), code)
        && targets.stream().allMatch(t -> t.actor().roleWithoutCountry() || t.sentence() == s.index()
        && (s.enhanced().children(c.token(), "obl:in").contains(t.head()) || DISCUSSING.contains(verb)
        && s.enhanced().children(c.token(), "obj").contains(t.head())))) {
      // (nor is the capital where they did it: "the United States and Russia swapped prisoners in Ankara", nor the
      // country they talk about: "Macron and Scholz discussed Ukraine")
      // "Ghana and Ivory Coast agreed to share intelligence on militant groups": two named parties act with each
      // other; a role of no country is what the act is about
      targets = List.of();
    }
    if (targets.isEmpty() && aimedAtNoOne(s, act, c, noun, sources, frame)) {
      return List.of();
    }
    for (Mention src : sources) {
      if (!distinctSources.add(src.actor().code()) || !force(code) && hardware(s, src, code)) {
        continue; // "backed by helicopter gunships": a craft of no named country supports no one
      }
      if (c.entry().head().equals("board") && !boarder(src.actor())) {
        continue; // "migrants boarded a boat": only forces, armed groups or pirates board a vessel to take it
      }
      if (targets.isEmpty() && sources.size() >= 2 && !fromAgent && reciprocal(s, c.token(), code)) {
        for (Mention other : sources) {
          // a state and a group of its own people (striking doctors, unions, students) are two parties too
          if (!sameSide(other.actor(), src.actor()) || !other.actor().code().equals(src.actor().code())
              && state(other.actor()) != state(src.actor())) {
            out.add(event(docId, s, cameo, src, Optional.of(other), modality, c, targets, rule, reporter,
                text));
          }
        }
      } else if (targets.isEmpty()) {
        if (code.startsWith("042") || code.startsWith("043")) {
          continue; // a visit, or hosting one, with no one visited or hosted ("head to the polls") is travel
        }
        out.add(event(docId, s, cameo, src, Optional.empty(), modality, c, targets, rule, reporter, text));
      } else {
        for (Mention t : targets) {
          if (!t.actor().code().equals(src.actor().code()) && !homeTravel(code, src, t) && !ownSideToldBefore(s,
              code, src, t)) {
            out.add(event(docId, s, cameo, src, Optional.of(t), modality, c, targets, rule, reporter, text));
          }
        }
      }
    }
    return out;
  }

  /**
   * "Armenia and Azerbaijan finalised a peace deal. ... Armenia's prime minister welcomed the deal": of the sides of
   * an act told before, the source's own country is no target of the source's organs (ARMGOV, not ARMGOV -> ARM).
   * Measures a government takes over its country, and acts aimed at the place they happen in, keep it.
   */
  private static boolean ownSideToldBefore(Sentence s, String code, Mention src, Mention t) {
    return t.sentence() != s.index() && t.actor().code().length() == 3 && t.actor().sector().isEmpty()
        && src.actor().sector().isPresent() && t.actor().country().equals(src.actor().country())
        && !domesticMeasure(code) && !placeIsTarget(code);
  }

  /** The actors written as "X-Y" among a noun's modifiers ("India-Pakistan talks"), when there are two or more. */
  private static List<Mention> hyphenedParties(Sentence s, int noun, SentenceActors actors) {
    Set<Integer> mods = new TreeSet<>();
    for (Dependency d : s.basic().children(noun)) {
      if (d.relation().equals("compound") || d.relation().equals("amod")) {
        mods.add(d.dependent());
        for (Dependency d2 : s.basic().children(d.dependent())) {
          if (d2.relation().equals("compound") || d2.relation().equals("amod")) {
            mods.add(d2.dependent());
          }
        }
      }
    }
    List<Mention> r = new ArrayList<>();
    Integer previous = null;
    for (int t : mods) {
      if (actors.at(t).isEmpty()) {
        continue;
      }
      if (previous != null && !(t == previous + 2 && s.token(previous + 1).word().equals("-"))) {
        return List.of();
      }
      for (Mention m : actors.at(t)) {
        if (r.stream().noneMatch(x -> x.actor().code().equals(m.actor().code()))) {
          r.add(m);
        }
      }
      previous = t;
    }
    return r.size() >= 2 ? r : List.of();
  }

  /** Modifiers that say an act is only said to have happened: "alleged violations", "a suspected attack". */
  private static final Set<String> HEDGES = Set.of("alleged", "suspected", "reported", "purported", "claimed",
      "rumored", "rumoured", "allege", "suspect", "report", "purport", "claim", "rumor", "rumour");

  /** Families whose act nouns are deeds, not words: consulting to aid, protest to force, except coercion (17). */
  private static final Set<String> DEED_FAMILIES = Set.of("04", "05", "06", "07", "08", "09", "14", "15", "18",
      "19", "20");

  /**
   * Whether the act noun's source is its own "by" phrase ("after mediation by Algeria", "fended off an attack by
   * al-Shabaab"): a deed told with its doer happened, though the text names no one it was aimed at. Words ("warnings
   * of famine by aid agencies", "allegations by Rwanda"), bans and what is only alleged are left to a target.
   */
  private static boolean agentNamedBy(Sentence s, int act, String code, List<Mention> sources) {
    if (!DEED_FAMILIES.contains(code.substring(0, 2)) || s.basic().children(act).stream().anyMatch(d ->
        d.relation().equals("amod") && HEDGES.contains(s.token(d.dependent()).key()))) {
      return false;
    }
    return sources.stream().anyMatch(m -> m.sentence() == s.index() && s.enhanced().parents(m.head()).stream()
        .anyMatch(d -> d.governor() == act && (d.relation().equals("nmod:by") || d.relation().equals("nmod:agent"))));
  }

  /** Acts that, aimed at no one, are no event between actors. */
  private static boolean aimedAtNoOne(Sentence s, int act, Candidate c, boolean noun, List<Mention> sources,
      Frame frame) {
    String verb = s.token(c.token()).key();
    if (!noun && sources.size() == 1 && (verb.equals("meet") || verb.equals("convene"))
        && sources.get(0).sentence() == s.index()
        && Set.of("NN", "NNP").contains(s.token(sources.get(0).head()).pos())) {
      return true; // "the cabinet met on Sunday": one body sitting is no consultation between two actors
    }
    if (!noun && verb.equals("order") && c.code().equals("100") && (frame == null || frame == Frame.INTENT)) {
      // "would not hesitate to order further measures": an order given to no one named is the agent's own measure,
      // not a demand on anyone
      return true;
    }
    // "the party has increased its support in the town": the support it enjoys (votes), not support it gives
    return noun && (s.token(act).key().equals("support") || s.token(act).key().equals("backing"))
        && !s.basic().children(act, "nmod:poss").isEmpty();
  }

  /**
   * "India and France held naval exercises": exercises (150 alone) of two states, with no one else named, are held
   * together, CAMEO's joint games (062).
   */
  private static boolean heldTogether(Sentence s, int act, String code, List<Mention> sources) {
    return code.equals("150") && EXERCISES.contains(s.token(act).key())
        && sources.stream().map(m -> m.actor().root()).filter(r -> !r.isEmpty()).distinct().count() >= 2;
  }

  /** Families of what third parties mostly say to the sides of a dispute: comment, appeal, demand, rejection. */
  private static final Set<String> THIRD_PARTY_WORDS = Set.of("01", "02", "10", "12");

  /** Event nouns of military games: held alone a show of force (150), held by two states together joint (062). */
  private static final Set<String> EXERCISES = Set.of("exercise", "drill", "game", "maneuver", "manoeuvre");

  private static final Set<String> RECIPROCAL_FIGHTING = Set.of("clash", "fight", "battle", "exchange", "skirmish",
      "fighting", "war", "hostility", "firefight", "gunfight", "gunbattle", "gun-battle", "shootout");

  /**
   * Whether agents acting together with no other target act on each other: agreeing, meeting, cooperating, making
   * peace, cutting ties ("Ghana and Togo signed an accord"), and fighting that takes two sides ("clashed"). Other
   * acts of joint agents are each agent's own ("the US and Britain imposed sanctions" is not against each other).
   */
  private static boolean reciprocal(Sentence s, int act, String code) {
    if (MEDIATION.contains(code)) {
      return false; // "the ceasefire, brokered by Egypt and Qatar": joint mediators do not mediate for each other
    }
    if (!prepChildren(s, act, "between").isEmpty()) {
      return true; // "a gunfight between X and Y", "talks between X and Y"
    }
    String word = s.token(act).key();
    if (word.equals("trade") || word.equals("exchange") || word.equals("swap")) {
      return true; // "traded accusations", "exchanged fire", "swapped prisoners": each does it to the other
    }
    if (eachOther(s, act)) {
      return true; // "the army and the RSF blamed each other for the attack"
    }
    // (praise, verbal defence and rallying support are aimed at a third party: "the US and Saudi Arabia welcomed the
    // decision" is no praise of each other)
    return code.startsWith("019") || code.startsWith("03") || code.startsWith("04")
        || code.startsWith("05") && !code.startsWith("051") && !code.startsWith("052") && !code.startsWith("053")
        || code.startsWith("06") || code.startsWith("087") || code.startsWith("161") || code.startsWith("164")
        || code.startsWith("19") && RECIPROCAL_FIGHTING.contains(word);
  }

  /** Whether the act's object or phrase is "each other" or "one another". */
  private static boolean eachOther(Sentence s, int act) {
    for (Dependency d : s.enhanced().children(act)) {
      int o = d.dependent();
      if ((d.isA("obj") || d.isA("obl") || d.isA("iobj")) && (s.token(o).key().equals("other")
          || s.token(o).key().equals("another")) && o > 0 && (s.token(o - 1).key().equals("each")
          || s.token(o - 1).key().equals("one"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A visit to one's own country ("the Tunisian party leader arrived in Tunis") is travel at home, not a visit (042,
   * 044); a host's own country is not a guest either.
   */
  private static boolean homeTravel(String code, Mention src, Mention target) {
    return (code.startsWith("042") || code.startsWith("043") || code.startsWith("044"))
        && target.actor().sector().isEmpty() && target.actor().country().isPresent()
        && target.actor().country().equals(src.actor().country());
  }

  /** Transnational roots whose members are different actors: IGOUNO and IGOAFRAFU are not one side. */
  private static final Set<String> TRANSNATIONAL = Set.of("IGO", "NGO", "IMG", "MNC", "UIS");

  /**
   * Whether two actors are one side: the same country (whatever their sectors), or, for organisations, the same
   * organisation.
   */
  static boolean sameSide(Actor a, Actor b) {
    if (TRANSNATIONAL.contains(a.root()) || TRANSNATIONAL.contains(b.root())) {
      return a.code().equals(b.code()) || a.code().startsWith(b.code()) || b.code().startsWith(a.code());
    }
    // a country's rebels, insurgents or opposition are not on its government's side ("the Colombian government and
    // the ELN rebels resumed talks")
    return a.root().equals(b.root()) && challenger(a) == challenger(b);
  }

  private static final Set<String> CHALLENGERS = Set.of("REB", "INS", "OPP", "SEP", "UAF", "RAD");

  /** An actor that challenges its country's state: rebels, insurgents, the opposition, separatists. */
  private static boolean challenger(Actor a) {
    return hasSegment(a, CHALLENGERS);
  }

  /** Prepositions that place an event noun before or after the act of the clause it is in. */
  private static final Set<String> SEQUENCE = Set.of("after", "before", "following", "during", "since", "ahead_of",
      "at", "on");

  /** Meetings, visits, negotiations and cooperation: acts whose doer goes on to the clause's own act. */
  private static boolean takesPart(String code) {
    return code.startsWith("03") || code.startsWith("04") || code.startsWith("05") || code.startsWith("06");
  }

  /** Appeals, demands, threats and warnings address the one they want to act. */
  private static boolean addressesClause(String code) {
    return code.startsWith("02") || code.startsWith("10") || code.startsWith("13");
  }

  /** Words for an unnamed crowd of people as the subject of a protest. */
  private static final Set<String> CROWDS = Set.of("thousand", "thousands", "hundred", "hundreds", "dozen", "dozens",
      "crowd", "crowds", "million", "millions", "throng", "throngs", "multitude");

  /** A civilian source for a protest whose subject is a crowd word ("Thousands marched"), or none. */
  private static List<Mention> crowd(Sentence s, int verb) {
    for (Dependency d : s.enhanced().children(verb)) {
      if (d.relation().equals("nsubj") && (CROWDS.contains(s.token(d.dependent()).key())
          || s.enhanced().children(d.dependent(), "det:qmod").stream()
          .anyMatch(q -> CROWDS.contains(s.token(q).key())))) { // ("Thousands of Kurds marched")
        Token t = s.token(d.dependent());
        return List.of(new Mention(s.index(), d.dependent(), t.span(), t.word(),
            Actor.of(null, "CVL"),
            "a crowd ('" + t.word() + "') protesting: civilians of a country the text does not give"));
      }
    }
    return List.of();
  }

  /** Disasters, accidents and illness: causes of death and damage that are no actor's act. */
  /** Verbs of an accident: "killed when a bus crashed", "died when the ferry capsized". */
  private static final Set<String> ACCIDENTS = Set.of("crash", "capsize", "collide", "derail", "collapse",
      "overturn", "sink", "erupt");

  private static final Set<String> NATURAL_CAUSES = Set.of("typhoon", "hurricane", "cyclone", "storm", "tornado",
      "earthquake", "quake", "tremor", "flood", "flooding", "landslide", "mudslide", "tsunami", "avalanche",
      "eruption", "volcano", "wildfire", "blaze", "heatwave", "drought", "lightning", "accident", "crash",
      "collision", "derailment", "capsize", "stampede", "disease", "illness", "epidemic",
      "outbreak", "pandemic", "virus", "infection", "cholera", "flu", "covid-19", "malaria", "ebola", "weather",
      "rain", "snow", "cold", "heat");

  /** Whether the sentence names a natural or accidental cause (a disaster, an accident, a disease). */
  private static boolean naturalCause(Sentence s) {
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).isNoun() && NATURAL_CAUSES.contains(s.token(i).key())
          || s.token(i).isVerb() && ACCIDENTS.contains(s.token(i).key())) {
        return true; // (or "... killed when a bus crashed")
      }
    }
    return false;
  }

  /** Acts coded even when the text does not name who did them (ICEWS practice): coercion, violence, yielding. */
  private static boolean materialConflictOrYield(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    return root == 8 || root >= 15;
  }

  /**
   * The word that makes an act of coercion or force someone's own without a verb to carry it: the act itself in "X
   * was behind the bombing" (its subject is the agent), "responsible" in "X was responsible for the attack"; -1 when
   * neither ("held X responsible for the attack" is an accusation, told by its verb).
   */
  /**
   * "The Chinese ambassador was summoned to the foreign ministry in Canberra": whoever summoned is where the envoy was
   * summoned to (a role of no country takes the country of the place it is in).
   */
  private static List<Mention> summoners(Sentence s, int act, SentenceActors actors) {
    List<Mention> sources = List.of();
    for (int to : prepChildren(s, act, "to")) {
      for (Mention m : actors.at(to)) {
        Mention src = m;
        if (m.actor().roleWithoutCountry()) {
          List<Integer> places = new ArrayList<>(prepChildren(s, to, "in"));
          places.addAll(prepChildren(s, act, "in")); // the parser may hang "in Canberra" on the verb
          for (int in : places) {
            for (Mention place : actors.at(in)) {
              if (place.actor().country().isPresent()) {
                src = m.withActor(Actor.of(place.actor().country().get(), m.actor().sector().get()), m.reason()
                    + "; in " + place.text());
              }
            }
          }
        }
        sources = List.of(src);
      }
    }
    return sources;
  }

  /** The actors of the noun's "between" phrase when there are two or more of them, or an empty list. */
  private static List<Mention> betweenParties(Sentence s, int act, SentenceActors actors) {
    List<Mention> between = new ArrayList<>();
    for (int p : prepChildren(s, act, "between")) {
      between.addAll(actors.at(p));
    }
    return between.stream().map(m -> m.actor().code()).distinct().count() >= 2 ? between : List.of();
  }

  /** "Kenyan police have been deployed to Haiti": a state's forces sent somewhere are sent by that state. */
  private static List<Mention> senderOfForces(Sentence s, int act, SentenceActors actors) {
    List<Mention> sources = List.of();
    for (int p : s.enhanced().children(act, "nsubj:pass")) {
      for (Mention m : actors.at(p)) {
        if (m.actor().country().isPresent() && m.actor().sector().filter(x -> x.equals("MIL") || x.equals("COP"))
            .isPresent()) {
          sources = List.of(m.withActor(Actor.country(m.actor().country().get()), m.reason()
              + "; the state whose forces were sent"));
        }
      }
    }
    return sources;
  }

  /**
   * The agents found, refined: a role of no country beside a state is only the kind of thing the act used ("Israel's
   * drone attacks", "a Russian drone strike"), and a country's people named by a plural demonym protest as its
   * civilians, not as its state ("Thousands of Israelis demonstrated").
   */
  private static List<Mention> refinedSources(Sentence s, Candidate c, List<Mention> sources) {
    if (sources.stream().anyMatch(m -> m.actor().country().isPresent())) {
      sources = sources.stream().filter(m -> !m.actor().roleWithoutCountry() || s.basic().parents(m.head()).stream()
          .noneMatch(d -> d.relation().equals("compound"))).toList();
    }
    if (c.code().startsWith("14")) {
      sources = sources.stream().map(m -> m.sentence() == s.index() && m.actor().sector().isEmpty()
          && m.actor().country().isPresent() && m.actor().code().length() == 3
          && Set.of("NNPS", "NNS").contains(s.token(m.head()).pos())
          ? m.withActor(Actor.of(m.actor().country().get(), "CVL"), m.reason() + "; a people protesting: civilians")
          : m).toList();
    }
    return sources;
  }

  private static int ownedAct(Sentence s, int act, String code) {
    if (Integer.parseInt(code.substring(0, 2)) < 17) {
      return -1; // "the US is behind the agreement" backs it
    }
    DependencyGraph g = s.enhanced();
    if (!g.children(act, "cop").isEmpty() && !g.children(act, "nsubj").isEmpty()
        && s.basic().children(act, "case").stream().anyMatch(k -> s.token(k).key().equals("behind"))) {
      return act;
    }
    for (int r : g.parents(act, "obl:for")) {
      if (s.token(r).key().equals("responsible") && !g.children(r, "cop").isEmpty()) {
        return r;
      }
    }
    for (int part : g.parents(act, "nmod:in")) {
      if (PART_IN.contains(s.token(part).key())) {
        return part; // "his role in the abduction"
      }
    }
    return -1;
  }

  /** Nouns for a protest event, for violence done "during the demonstration". */
  private static final Set<String> PROTEST_NOUNS = Set.of("protest", "demonstration", "rally", "march", "sit-in",
      "vigil", "strike");

  private static final Set<String> PROTESTERS = Set.of("protester", "protestor", "demonstrator", "rioter",
      "marcher", "mob");

  private static final Set<String> ARMED = Set.of("MIL", "REB", "INS", "UAF", "SEP", "SPY", "RAD", "GOV");

  /**
   * Whether the act is fighting between armed parties: the agent is a state or its government, an armed force or
   * an armed group (by sector or group code), or an unnamed agent acting against an armed party or a state.
   */
  private static boolean armed(Mention source, Optional<Mention> target) {
    Actor a = source.actor();
    if (a.code().equals(Actor.UNKNOWN_COUNTRY)) {
      return target.map(t -> t.actor().sector().isEmpty() || t.actor().sector().map(ARMED::contains).orElse(false))
          .orElse(true);
    }
    if (a.sector().isEmpty()) {
      return true; // a state, or an organisation or group with a code of its own
    }
    if (hasSegment(a, ARMED) || ARMED.contains(a.sector().get())) {
      return true;
    }
    // police or security services fighting an armed group ("security forces killed 30 al-Shabaab fighters")
    boolean security = a.sector().get().equals("COP") || a.sector().get().equals("SPY");
    return security && target.map(t -> hasSegment(t.actor(), ARMED_GROUPS)).orElse(false);
  }

  private static final Set<String> ARMED_GROUPS = Set.of("MIL", "REB", "INS", "UAF", "SEP");

  /** Whether an actor boarding a vessel takes it (CAMEO 1711): a state, its forces or police, armed groups, pirates. */
  private static boolean boarder(Actor a) {
    return a.sector().isEmpty() || hasSegment(a, ARMED) || a.sector().filter(x -> x.equals("COP") || x.equals("CRM")
        || ARMED.contains(x)).isPresent();
  }

  /** Whether one of the actor code's sector segments (after the country) is in {@code segments}. */
  private static boolean hasSegment(Actor a, Set<String> segments) {
    for (int k = 3; k + 3 <= a.code().length(); k += 3) {
      if (segments.contains(a.code().substring(k, k + 3))) {
        return true;
      }
    }
    return false;
  }

  /** Administrative measures and their easing (CAMEO 081x, 082, 172x): taken by a government over its own country. */
  private static boolean domesticMeasure(String code) {
    return code.startsWith("081") || code.startsWith("082") || code.startsWith("172");
  }

  /** Codes whose target, when the text names none, is the country of the place they happen in. */
  public static boolean placeIsTarget(String code) {
    return code.startsWith("14") || code.startsWith("15") || code.startsWith("19") || code.startsWith("20")
        || code.startsWith("074") || code.startsWith("08") || code.startsWith("172") || code.startsWith("018");
  }

  private static boolean alreadyVerbal(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    return root <= 3 || (root >= 10 && root <= 13);
  }

  private Event event(String docId, Sentence s, CameoCode code, Mention source, Optional<Mention> target,
      Modality modality, Candidate c, List<Mention> targets, String rule, Optional<Mention> reporter,
      String text) {
    boolean byInstrument = false;
    if (code.code().startsWith("141") && s.token(c.token()).key().equals("protest")
        && (source.actor().code().length() == 3 && source.actor().country().isPresent()
        && !(source.sentence() == s.index() && s.token(source.head()).pos().startsWith("NNPS")
        || source.sentence() == s.index() && s.token(source.head()).pos().equals("NNS")) // "Iraqis": a people
        || source.actor().sector().filter(x -> x.equals("GOV")).isPresent())) {
      // a state's protest is a diplomatic one (codebook 114, complain officially), not political dissent (14); it
      // is not aimed at the state's own people ("protested the arrest of three Kenyan traders")
      code = ontology.code("114");
      rule = rule + " | 114: a state's protest is an official complaint";
      if (target.isPresent() && target.get().actor().country().equals(source.actor().country())) {
        target = Optional.empty();
      }
    } else if (code.root().equals("04") && target.isPresent() && s.token(c.token()).isNoun()
        && hostedMeeting(s, c.token()) >= 0) {
      code = ontology.code("043"); // "The UAE hosted the meeting": the host receives the sides, it does not meet
      rule = rule + " | 043: the host of a meeting receives its sides";
    } else if (code.code().equals("145") && state(source.actor())) {
      // police or soldiers storming a building seize property (171); only protesters storming one riot (145)
      code = ontology.code("171");
      rule = rule + " | 171: a state's forces storming a building seize it";
    } else if (code.code().startsWith("144") && (state(source.actor()) && !challenger(source.actor())
        || hasSegment(source.actor(), ARMED_GROUPS))) {
      // police, soldiers or armed groups blocking roads restrict movement (191); only protesters blocking them
      // protest (144)
      code = ontology.code("191");
      rule = rule + " | 191: a state's forces blocking passage restrict movement";
    } else if ((code.code().equals("191") || code.code().equals("1245") && c.entry().head().equals("block"))
        && source.actor().sector().filter(PROTESTING::contains).isPresent()) {
      // farmers, workers or students blockading a city (or blocking access to a port) protest by obstructing passage
      // (144); a state's or an armed group's blockade restricts movement (191)
      code = ontology.code("144");
      rule = rule + " | 144: a blockade by protesting civilians obstructs passage";
    } else if (code.code().equals("130") && target.isPresent() && c.entry().head().equals("warn")
        && c.entry().obj().isEmpty() && c.entry().prep().isEmpty() && forecastActOf(s, c.token(), target.get())) {
      // "officials warned that Turkey may block Sweden's bid": what the one warned about may do is a gloomy
      // forecast about it (012), not a threat to it ("warned that Moscow would pay a price" still is)
      code = ontology.code("012");
      rule = rule + " | 012: a warning of what the other may do, not a threat";
    } else if (code.code().equals("1381") && c.entry().code().equals("191")
        && source.actor().sector().filter(PROTESTING::contains).isPresent()) {
      // ... and one they say they will mount is a threat of protest (133), not of force
      code = ontology.code("133");
      rule = rule + " | 133: a blockade threatened by protesting civilians is a threat of protest";
    } else if ((code.root().equals("18") || code.root().equals("19")) && source.sentence() == s.index()
        && HACKERS.contains(s.token(source.head()).key())) {
      // "hackers attacked the power grid": an attack by hackers is a cyber attack (CAMEO 176)
      code = ontology.code("176");
      rule = rule + " | 176: an attack by hackers is cybernetic";
    } else if (genericForce(code.code())) {
      // CAMEO codes violence by its means: a bombing is 183x, artillery and tanks 194, aerial weapons 195
      Optional<Refinement> means = instrument(s, c.token(), source);
      if (means.isPresent()) {
        String m = means.get().code();
        if (m.equals("183") && source.actor().sector().filter(x -> x.equals("MIL")).isPresent()
            && !challenger(source.actor())) {
          m = "195"; // "soldiers killed ten rebels in a bombing raid": a state's armed forces bomb from the air
        }
        code = ontology.code(m);
        rule = rule + " | means '" + means.get().word() + "': " + code.code();
        byInstrument = true;
      }
    } else if (code.root().equals("14") && s.token(c.token()).isNoun() && turnedViolent(s, c.token())) {
      // "the protests turned violent": a violent protest (145)
      code = ontology.code("145");
      rule = rule + " | turned violent: 145";
    } else if (code.code().length() == 3 && code.code().compareTo("141") >= 0 && code.code().compareTo("145") <= 0) {
      Optional<Refinement> purpose = Optional.empty();
      for (int n : nodes(c.token(), c.chain())) {
        // "staged demonstrations to demand ...": the purpose may hang on the verb that carries the protest noun
        purpose = purpose.isPresent() ? purpose : protestPurpose(s, n);
      }
      if (purpose.isPresent() && ontology.has(code.code() + purpose.get().code())) {
        code = ontology.code(code.code() + purpose.get().code());
        rule = rule + " | protest over '" + purpose.get().word() + "': " + code.code();
      }
    } else if (code.code().equals("012") && target.isPresent() && !s.enhanced().children(c.token(), "obj").isEmpty()) {
      // "warned Finland of retaliatory measures": a warning of what one will do, addressed to someone, is a threat
      for (int of : prepChildren(s, c.token(), "of")) {
        String threat = threatened(s.token(of).key());
        if (threat != null) {
          code = ontology.code(threat);
          rule = rule + " | warned of '" + s.token(of).word() + "': a threat (" + threat + ")";
          break;
        }
      }
    } else if (code.code().equals("130") && target.isPresent()) {
      // "warned that Venezuela could face new sanctions": what the one warned is to face says what is threatened
      for (int clause : s.enhanced().children(c.token(), "ccomp")) {
        int o = undergone(s, clause);
        if (o >= 0) {
          code = ontology.code(threatened(s.token(o).key()));
          rule = rule + " | to " + s.token(clause).key() + " '" + s.token(o).word() + "': " + code.code();
        }
      }
    } else if (code.code().equals("112")) {
      Optional<Refinement> charge = chargeOf(s, c.token());
      if (charge.isPresent()) {
        code = ontology.code(charge.get().code());
        rule = rule + " | accused of '" + charge.get().word() + "': " + code.code();
      }
    }
    if (code.root().equals("19") && intoTheSea(s, c.token())) {
      // missiles fired "into the sea" hit no one: a weapons launch as a show of force (CAMEO 150)
      code = ontology.code("150");
      rule = rule + " | 150: fired into the sea, a show of force";
      target = Optional.empty();
    }
    if (code.code().equals("082") && s.token(c.token()).key().equals("disperse") && state(source.actor())
        && !challenger(source.actor()) && !s.enhanced().children(c.token(), "nsubj").isEmpty()
        && s.enhanced().children(c.token(), "nsubj").stream().noneMatch(x -> PROTESTERS.contains(s.token(x).key()))) {
      // "Indian police dispersed protesting farmers": protesters disperse of their own accord (082), a state's force
      // that disperses people represses them (175)
      code = ontology.code("175");
      rule = rule + " | 175: a state's force dispersing people represses them";
    }
    if (code.code().equals("190") || code.code().equals("193") || code.code().equals("180")
        || code.code().equals("182")) {
      boolean atProtesters = target.isPresent() && target.get().sentence() == s.index()
          && protesters(s, target.get().head());
      for (int n : nodes(c.token(), c.chain())) {
        for (String prep : List.of("on", "at", "against")) {
          // "opened fire on protesters, killing three people": the fire was aimed at protesters
          atProtesters |= prepChildren(s, n, prep).stream().anyMatch(p -> protesters(s, p));
        }
        for (String prep : List.of("during", "at")) {
          // "were beaten by police during the demonstration": violence on those taking part in a protest
          atProtesters |= target.isPresent() && prepChildren(s, n, prep).stream()
              .anyMatch(p -> PROTEST_NOUNS.contains(s.token(p).key()));
        }
      }
      if (state(source.actor()) && !challenger(source.actor()) && atProtesters) {
        // CAMEO 175: a state's police or soldiers shooting or killing protesters repress collective dissent; the
        // codebook sets this apart from military engagements
        code = ontology.code("175");
        rule = rule + " | 175: a state's force using violence on protesters represses them";
      }
    }
    boolean dissidents = source.actor().sector().filter(x -> x.equals("OPP") || x.equals("PTY")).isPresent()
        && target.map(t -> state(t.actor())).orElse(false); // "opposition supporters clashed with police"
    if ((code.code().equals("190") || code.code().equals("193") || code.code().equals("180")) && dissidents
        || (code.root().equals("19") || code.root().equals("18")) && source.sentence() == s.index()
        && PROTESTERS.contains(s.token(source.head()).key())) {
      // CAMEO 145: protesters clashing with police or attacking property protest violently (riot)
      code = ontology.code("145");
      rule = rule + " | 145: violence by protesters is a violent protest";
    } else if ((code.code().equals("190") || code.code().equals("193")) && !byInstrument
        && !armed(source, target)) {
      // CAMEO 18 vs 19: conventional military force is armed forces' fighting; shooting, beating and killing by
      // police, civilians, criminals or an unnamed agent against people is unconventional violence
      code = ontology.code("180");
      rule = rule + " | 18x: the agent is not an armed force";
    }
    if (source.actor().code().equals(Actor.UNKNOWN_COUNTRY)
        && (code.root().equals("18") || code.root().equals("19") || code.root().equals("20"))) {
      // an unnamed agent of violence ("a roadside bomb killed ...") is an unidentified armed force (CAMEO UAF), whose
      // country the place of the act may give
      source = source.withActor(Actor.of(null, "UAF"), source.reason()
          + "; an unnamed agent of violence is an unidentified armed force");
    }
    Span ev = s.token(c.token()).span();
    for (Step st : c.chain()) {
      ev = ev.union(s.token(st.token()).span());
    }
    for (int o : entryObjects(s, c.token(), c.entry())) {
      ev = ev.union(s.token(o).span()); // (with what a giving verb gives: "provided Taiwan with $300 million")
      for (int n : s.basic().children(o, "nummod")) {
        ev = ev.union(s.token(n).span()); // (a sum's number: "$300 million")
      }
    }
    if (source.sentence() == s.index()) {
      ev = ev.union(source.span());
    }
    if (target.isPresent() && target.get().sentence() == s.index()) {
      ev = ev.union(target.get().span());
    }
    double confidence = 0.5 + 0.05 * c.entry().specificity() + (target.isPresent() ? 0.15 : 0)
        + (source.sentence() == s.index() && !s.token(source.head()).isPronoun() ? 0.1 : 0)
        - (modality == Modality.HYPOTHETICAL || modality == Modality.CONDITIONAL ? 0.15 : 0);
    confidence = Math.max(0.05, Math.min(0.99, confidence));
    Mention agent = source;
    Optional<Mention> by = reporter.filter(r -> !r.actor().code().equals(agent.actor().code())
        || r.head() != agent.head());
    return new Event(docId, s.index(), code, source, target, modality, ev, rule,
        Math.round(confidence * 100) / 100.0, by);
  }

  /** A more specific code for an act, and the word of the sentence that gives it. */
  private record Refinement(String code, String word) {
  }

  private static final Set<String> MEANS_PREPS = Set.of("in", "by", "with", "during", "through", "agent");
  private static final Map<String, String> WEAPON_AGENTS = Map.ofEntries(Map.entry("aircraft", "195"),
      Map.entry("warplane", "195"), Map.entry("jet", "195"), Map.entry("helicopter", "195"),
      Map.entry("gunship", "195"), Map.entry("plane", "195"), Map.entry("airplane", "195"),
      Map.entry("drone", "1952"), Map.entry("uav", "1952"), Map.entry("tank", "194"), Map.entry("artillery", "194"),
      Map.entry("howitzer", "194"), Map.entry("mortar", "194"), Map.entry("shell", "194"),
      Map.entry("shellfire", "194"), Map.entry("missile", "195"));

  /**
   * The code that the means of a generic act of violence (kill, wound, attack) gives it, with the word that gave it:
   * the event noun or weapon of its "in / by / with" phrase ("killed in a car bomb explosion": 1832; "wounded in a
   * bomb attack": 183) or its agent's own head ("suicide bombers killed ...": 1831; "warplanes killed ...": 195).
   */
  private Optional<Refinement> instrument(Sentence s, int act, Mention source) {
    List<Integer> means = new ArrayList<>();
    for (Dependency d : s.enhanced().children(act)) {
      if ((d.isA("obl") || d.isA("nmod"))
          && (MEANS_PREPS.contains(d.specific()) || d.relation().equals("obl:agent"))) {
        means.add(d.dependent());
      }
    }
    if (source.sentence() == s.index()) {
      means.add(source.head());
    }
    means.addAll(subjectsOrGoverningSubjects(s, act)); // "a car bombing killed ...", "a car bomb exploded, killing"
    for (int clause : whenClauses(s, act)) {
      means.addAll(activeSubjects(s, clause)); // "were killed when a shell hit a market"
    }
    for (int head : means) {
      EventEntry best = null;
      int at = head;
      List<Integer> words = new ArrayList<>(List.of(head));
      words.addAll(s.enhanced().children(head, "compound")); // "car bomb explosion": the bomb is a car bomb
      for (int t : words) {
        for (EventEntry e : dictionary.nouns(s.token(t).key())) {
          String k = e.code();
          boolean specific = force(k) && !genericForce(k);
          if (specific && holds(s, t, e) && (best == null || e.specificity() > best.specificity()
              || e.specificity() == best.specificity() && k.length() > best.code().length())) {
            best = e;
            at = t;
          }
        }
      }
      if (best != null) {
        return Optional.of(new Refinement(best.code(), s.token(at).word()));
      }
      String weapon = WEAPON_AGENTS.get(s.token(head).key());
      if (weapon != null) {
        return Optional.of(new Refinement(weapon, s.token(head).word()));
      }
    }
    return Optional.empty();
  }

  /** Words for a weapon that are never anything else in news ("a fire", "a device", "a mine" may be). */
  private static final Set<String> WEAPONS = Set.of("bomb", "missile", "rocket", "grenade", "landmine", "mortar",
      "bullet", "gunfire");

  /**
   * A verb's active subjects; for a participle adjunct with none of its own ("a car bomb exploded near a police
   * station, killing four officers"), the subjects of the verb it hangs on. A passive subject is what the act was
   * done to ("a drone was shot down by air defences"), never its means.
   */
  private static List<Integer> subjectsOrGoverningSubjects(Sentence s, int act) {
    List<Integer> r = activeSubjects(s, act);
    if (!r.isEmpty() || !s.token(act).pos().equals("VBG")) {
      return r;
    }
    List<Integer> up = new ArrayList<>();
    for (Dependency d : s.enhanced().parents(act)) {
      if (d.governor() >= 0 && (d.isA("advcl") || d.isA("dep") || d.isA("xcomp")) && s.token(d.governor()).isVerb()) {
        up.addAll(activeSubjects(s, d.governor()));
      }
    }
    return up;
  }

  private static List<Integer> activeSubjects(Sentence s, int verb) {
    List<Integer> r = new ArrayList<>(2);
    for (Dependency d : s.enhanced().children(verb)) {
      if (d.isA("nsubj") && (!d.isA("nsubj:pass") || aimedWeapon(s, verb, d.dependent()))) {
        r.add(d.dependent());
      }
    }
    return r;
  }

  /** Prepositions that aim a fired weapon at its target. */
  private static final Set<String> AIMED_AT = Set.of("at", "on", "against", "into", "toward", "towards");

  /**
   * Whether the passive subject {@code subj} of {@code verb} is a weapon aimed at someone ("rockets were fired at
   * Israel", "drones were launched against ships"): then it is the act's means and the aim its target.
   */
  private static boolean aimedWeapon(Sentence s, int verb, int subj) {
    String key = s.token(subj).key();
    return (WEAPONS.contains(key) || WEAPON_AGENTS.containsKey(key) || key.equals("shell") || key.equals("projectile"))
        && !aimedAt(s, verb).isEmpty();
  }

  private static List<Integer> aimedAt(Sentence s, int verb) {
    List<Integer> r = new ArrayList<>(2);
    for (Dependency d : s.enhanced().children(verb)) {
      if (d.isA("obl") && AIMED_AT.contains(d.specific())) {
        r.add(d.dependent());
      }
    }
    return r;
  }

  /**
   * "Turkish warplanes struck ... . The SDF said the strikes killed 12 civilians": the agents of the strikes told
   * before, when such a means is the subject of act {@code act}, or none.
   */
  private List<Mention> toldMeansAgents(Sentence s, int act, SentenceActors actors, DocumentContext context) {
    List<Mention> r = List.of();
    if (meansAsSubject(s, act, actors)) {
      for (int t : subjectsOrGoverningSubjects(s, act)) {
        r = r.isEmpty() ? toldAgents(s, t, actors, context) : r;
      }
    }
    return r;
  }

  private boolean meansAsSubject(Sentence s, int act, SentenceActors actors) {
    for (int t : subjectsOrGoverningSubjects(s, act)) {
      String key = s.token(t).key();
      if (actors.at(t).isEmpty() && (WEAPONS.contains(key) || WEAPON_AGENTS.containsKey(key)
          || match(s, t).filter(e -> force(e.code())).isPresent())) {
        return true;
      }
      if (actors.at(t).isEmpty() && key.equals("strike") && match(s, act).filter(e -> force(e.code())).isPresent()) {
        return true; // "the strikes killed 12 civilians": strikes that kill are no labour strikes
      }
    }
    return false;
  }

  /**
   * The actor named in an attack or weapon that is the act's subject ("Israeli air strikes", "a Russian missile"),
   * as that state's armed force when only the state is named.
   */
  private List<Mention> meansAgents(Sentence s, int act, SentenceActors actors) {
    List<Mention> r = new ArrayList<>();
    for (int t : subjectsOrGoverningSubjects(s, act)) {
      String key = s.token(t).key();
      // (an act of coercion or force; "Western sanctions hit Russia", "protests hit Paris" are no attack by anyone)
      boolean means = WEAPONS.contains(key) || WEAPON_AGENTS.containsKey(key) || attackWord(s, t)
          && (dictionary.nouns(key).isEmpty() || dictionary.nouns(key).stream().anyMatch(e -> coercive(e.code())));
      if (!actors.at(t).isEmpty() || !means && !VEHICLES.contains(key)) {
        continue;
      }
      for (Mention m : attackAgents(s, t, actors)) {
        Actor a = m.actor();
        // "Chinese vessels used water cannon": a thing of a state's that acts is the state's act
        r.add(means && a.sector().isEmpty() && a.country().isPresent() && a.code().length() == 3
            ? m.withActor(Actor.of(a.country().get(), "MIL"), m.reason() + "; the armed force of the state whose '"
                + s.token(t).word() + "' it is")
            : m);
      }
    }
    return r;
  }

  /** Verbs that set an attack going: their subject is the attacker ("launched strikes that killed ..."). */
  private static final Set<String> LAUNCHING = Set.of("launch", "conduct", "carry", "stage", "mount", "unleash");

  /** Craft that act for whoever sails or drives them ("Chinese vessels used water cannon"). */
  private static final Set<String> VEHICLES = Set.of("vessel", "ship", "boat", "bulldozer", "vehicle", "truck",
      "trawler", "tanker", "convoy");

  /**
   * Verbs whose subject draws or receives what their object names from another: "the offensive drew condemnation
   * from Armenia", "took a phone call from the US secretary of state".
   */
  private static final Set<String> REACTION_CARRIERS = Set.of("prompt", "draw", "trigger", "spark", "provoke",
      "attract", "elicit", "earn", "invite", "win", "receive", "face", "take");

  /**
   * Whom a reaction (a noun of words, appeals, threats, protests) drawn by an act is aimed at: the subject of the verb
   * that drew it ("Azerbaijan's offensive drew condemnation from Armenia"), or, when that verb is a participle
   * adjunct ("Azerbaijan launched an offensive, prompting condemnation from Armenia", which the parser may also read
   * with "prompting" as the noun's adjective and the noun as the main verb's object), the main clause's subject.
   */
  private List<Mention> reactedTo(Sentence s, int noun, SentenceActors actors) {
    DependencyGraph g = s.enhanced();
    List<Mention> r = new ArrayList<>();
    List<Dependency> ups = new ArrayList<>(g.parents(noun));
    for (Dependency d : g.parents(noun)) {
      if (d.governor() >= 0 && d.isA("nmod:of") && s.token(d.governor()).isNoun()) {
        ups.addAll(g.parents(d.governor())); // "received an offer of mediation from Ethiopia"
      }
    }
    for (Dependency d : ups) {
      if (d.governor() < 0 || !d.isA("obj") && !(d.isA("obl") && s.token(d.governor()).isVerb())) {
        continue; // (or "raided the offices, drawing condemnation from X", parsed as the raid's obl:npmod)
      }
      int v = d.governor();
      if (d.isA("obj") && REACTION_CARRIERS.contains(s.token(v).key())) {
        r.addAll(agents(s, v, actors));
        if (r.isEmpty()) {
          for (int subj : subjectsOrGoverningSubjects(s, v)) {
            r.addAll(actors.at(subj).isEmpty() ? qualifying(s, subj, actors, 1) : actors.at(subj));
          }
        }
      } else if (g.children(noun, "amod").stream().anyMatch(a -> s.token(a).pos().equals("VBG")
          && REACTION_CARRIERS.contains(s.token(a).key()))) {
        r.addAll(agents(s, v, actors));
      }
    }
    return r;
  }

  /**
   * "prompting condemnation from Armenia", "an offer from Egypt", "aid from Japan": what comes from someone is theirs,
   * before whoever carries the noun; the phrase may hang on the verb that drew the noun ("drew condemnation from
   * Armenia"). Empty for a noun of an act whose root ({@code code}) does not name its doer so.
   */
  private static List<Mention> fromPhraseAgents(Sentence s, int noun, String code, SentenceActors actors) {
    List<Mention> r = new ArrayList<>();
    if (!FROM_AGENT_ROOTS.contains(code.substring(0, 2))) {
      return r;
    }
    List<Integer> heads = new ArrayList<>(List.of(noun));
    for (Dependency d : s.enhanced().parents(noun)) {
      if (d.governor() < 0) {
        continue;
      }
      if (d.isA("obj") && REACTION_CARRIERS.contains(s.token(d.governor()).key())) {
        heads.add(d.governor());
      }
      if (code.startsWith("13") && s.token(d.governor()).key().equals("face")) {
        return r; // "Israel faces a growing threat from Iran" says what Iran is, not what it did
      }
    }
    for (int h : heads) {
      for (int p : prepChildren(s, h, "from")) {
        r.addAll(actors.at(p));
      }
    }
    return r;
  }

  /**
   * "The EU gave Belarus a deadline to release political prisoners", "issued an ultimatum to withdraw": an infinitive
   * hung on an ultimatum or a demand (or on the verb that gives one) is what the addressee is to do, which the
   * ultimatum or demand codes; it is not done by the one who set it.
   */
  /**
   * "its mutual defence treaty with the Philippines covers attacks on ...", "under its defence pact with Japan": an
   * agreement noun with no verb that makes or signs it, the subject of a clause or what something is done under, is
   * a standing agreement, not one signed in the news (057).
   */
  private static boolean standingAgreement(Sentence s, int act, Candidate c) {
    return s.token(act).isNoun() && c.entry().code().equals("057") && s.enhanced().parents(act).stream()
        .anyMatch(d -> d.relation().equals("nsubj") || d.relation().equals("obl:under")
            || d.relation().equals("nmod:under"));
  }

  private boolean setAsTerms(Sentence s, int act) {
    for (Dependency d : s.enhanced().parents(act)) {
      int g = d.governor();
      if (g < 0 || !(d.relation().equals("advcl:to") || d.relation().equals("acl:to") || d.relation().equals("acl")
          || d.relation().equals("advcl")) || s.enhanced().children(act, "mark").stream()
          .noneMatch(m -> s.token(m).key().equals("to"))) {
        continue;
      }
      Optional<EventEntry> e = match(s, g);
      if (e.isPresent() && (e.get().code().startsWith("139") || e.get().code().startsWith("10"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "reinforce its peacekeeping mission with British troops": for aid and shows of force (07, 15), forces one acts
   * with are the means, not whom the act is aimed at; {@code targets} without them.
   */
  private static List<Mention> withoutMeans(Sentence s, Candidate c, List<Integer> nodes, List<Mention> targets,
      SentenceActors actors) {
    if (!c.entry().code().startsWith("07") && !c.entry().code().startsWith("15") || targets.isEmpty()) {
      return targets;
    }
    Set<Integer> means = forcesActedWith(s, nodes, actors);
    return targets.stream().filter(m -> m.sentence() != s.index() || !means.contains(m.head())).toList();
  }

  /**
   * "dispatched naval, air and ground forces", "Polish jets were scrambled": the forces a show of force moves are its
   * means, the mover's own (or of no country named), not whom it is aimed at; {@code targets} without them.
   */
  private static List<Mention> withoutForcesMoved(Sentence s, int act, List<Mention> sources, List<Mention> targets) {
    Set<String> own = new HashSet<>();
    sources.forEach(m -> m.actor().country().ifPresent(own::add));
    List<Integer> moved = new ArrayList<>(s.enhanced().children(act, "obj"));
    moved.addAll(s.enhanced().children(act, "nsubj:pass"));
    return targets.stream().filter(t -> !((moved.contains(t.head()) || s.enhanced().parents(t.head()).stream()
        .anyMatch(d -> moved.contains(d.governor()))) && t.actor().sector()
        .filter(x -> !x.equals("MIL") && !x.equals("COP")).isEmpty() && (t.actor().country().isEmpty()
        || t.actor().country().filter(own::contains).isPresent()))).toList();
  }

  /** Heads of "with" phrases of the act's words or their objects that name only armed forces. */
  private static Set<Integer> forcesActedWith(Sentence s, List<Integer> nodes, SentenceActors actors) {
    Set<Integer> r = new HashSet<>();
    List<Integer> heads = new ArrayList<>(nodes);
    for (int n : nodes) {
      heads.addAll(objects(s, n));
    }
    for (int h : heads) {
      for (int w : prepChildren(s, h, "with")) {
        if (!actors.at(w).isEmpty()
            && actors.at(w).stream().allMatch(m -> m.actor().sector().filter(x -> x.equals("MIL")).isPresent())) {
          r.add(w);
        }
      }
    }
    return r;
  }

  /**
   * Roots of acts whose noun names its doer in a "from" phrase: words, appeals, offers, calls and visits ("received a
   * phone call from X"), aid, demands, threats, protests, sanctions.
   */
  private static final Set<String> FROM_AGENT_ROOTS = Set.of("01", "02", "03", "04", "05", "07", "10", "11", "12",
      "13", "14", "16");

  /** Aircraft and vessels, whose acts are their owners' whatever they do. */
  private static boolean craft(String key) {
    return VEHICLES.contains(key) || "195".equals(WEAPON_AGENTS.get(key)) || "1952".equals(WEAPON_AGENTS.get(key))
        || key.equals("warship") || key.equals("destroyer") || key.equals("frigate");
  }

  /** What a protest is for, CAMEO's fourth digit of 141-145 (codebook 14): leaders, policy, rights, institutions. */
  private static final Map<String, String> PROTEST_PURPOSES = new HashMap<>();

  static {
    for (String w : List.of("resignation", "ouster", "removal", "impeachment", "dismissal", "abdication")) {
      PROTEST_PURPOSES.put(w, "1");
    }
    for (String w : List.of("policy", "law", "bill", "decision", "measure", "plan", "tax", "price", "cut", "austerity",
        "privatization", "privatisation", "deportation", "expulsion", "closure", "eviction", "hike", "increase",
        "reform", "legislation", "ordinance", "decree", "ruling", "budget", "overhaul")) {
      PROTEST_PURPOSES.put(w, "2");
    }
    for (String w : List.of("rights", "right", "freedom", "freedoms", "liberty", "discrimination", "equality")) {
      PROTEST_PURPOSES.put(w, "3");
    }
    for (String w : List.of("democracy", "democratic", "independence", "referendum", "autonomy", "constitution",
        "self-rule", "secession", "regime", "sovereignty")) {
      PROTEST_PURPOSES.put(w, "4");
    }
  }

  /** The dependents of a protest act, and of the noun it carries ("went on strike over the bill"). */
  private static List<Dependency> protestArguments(Sentence s, int act) {
    List<Dependency> around = new ArrayList<>(s.enhanced().children(act));
    for (Dependency o : s.enhanced().children(act)) {
      if (o.relation().equals("obj") || o.relation().equals("obl:on")) {
        around.addAll(s.enhanced().children(o.dependent()));
      }
    }
    return around;
  }

  /**
   * What a protest is against or for, from the phrase after "against / over / about / for" or the object of its
   * purpose clause ("marched against the new tax law": policy; "to demand independence": institutions). The most
   * specific purpose wins: leaders over institutions over rights over policy.
   */
  private static Optional<Refinement> protestPurpose(Sentence s, int act) {
    List<Integer> heads = new ArrayList<>();
    for (Dependency d : protestArguments(s, act)) {
      if ((d.isA("obl") || d.isA("nmod"))
          && Set.of("against", "over", "about", "for").contains(d.specific())) {
        heads.add(d.dependent());
      }
      if (d.isA("advcl") || d.isA("xcomp") || d.isA("acl")) {
        for (Dependency e : s.enhanced().children(d.dependent())) {
          if (e.relation().equals("obj") || (e.isA("obl") || e.isA("nmod"))
              && Set.of("against", "over", "about", "for").contains(e.specific())) {
            heads.add(e.dependent());
          }
        }
      }
    }
    Refinement best = null;
    for (int h : heads) {
      List<Integer> words = new ArrayList<>(List.of(h));
      for (Dependency m : s.enhanced().children(h)) {
        if (m.relation().equals("amod") || m.relation().equals("compound")) {
          words.add(m.dependent());
        }
      }
      for (int w : words) {
        String digit = PROTEST_PURPOSES.get(s.token(w).key());
        if (digit != null && (best == null || rank(digit) > rank(best.code()))) {
          best = new Refinement(digit, s.token(w).word());
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static final Set<String> PROTEST_PREPS = Set.of("against", "over", "about", "at", "of", "to");
  private static final Set<String> STANCE_NOUNS = Set.of("protest", "defiance", "opposition", "condemnation",
      "outrage", "anger", "disapproval", "rejection", "denunciation");

  /**
   * Whom a protest is aimed at: the actor, or the owner of the thing, it is against ("marched against the
   * government's decision", "a hunger strike in protest of the Russian government's refusal", "blocked streets in
   * defiance of Chinese authorities").
   */
  private static List<Mention> protestedAgainst(Sentence s, int act, SentenceActors actors) {
    List<Integer> heads = new ArrayList<>();
    for (Dependency d : protestArguments(s, act)) {
      boolean prep = d.isA("obl") || d.isA("nmod");
      if (prep && Set.of("against", "over", "about").contains(d.specific())) {
        heads.add(d.dependent());
      }
      if (prep && Set.of("outside", "at").contains(d.specific())
          && Place.MISSIONS.contains(s.token(d.dependent()).key())) {
        heads.add(d.dependent()); // "rallied outside the US embassy": against the state it represents
      }
      if (prep && d.specific().equals("in") && STANCE_NOUNS.contains(s.token(d.dependent()).key())) {
        for (Dependency e : s.enhanced().children(d.dependent())) {
          if (e.isA("nmod") && PROTEST_PREPS.contains(e.specific())) {
            heads.add(e.dependent());
          }
        }
      }
    }
    List<Mention> r = new ArrayList<>();
    for (int h : heads) {
      r.addAll(actors.at(h).isEmpty() ? qualifying(s, h, actors, 2) : actors.at(h));
    }
    return r;
  }

  private static int rank(String purposeDigit) {
    return switch (purposeDigit) {
      case "1" -> 4;
      case "4" -> 3;
      case "3" -> 2;
      default -> 1;
    };
  }

  /** CAMEO 1121-1125 by what the accused is charged with (codebook 112). */
  private static final Map<String, String> CHARGES = new HashMap<>();

  static {
    for (String w : List.of("corruption", "bribery", "bribe", "fraud", "embezzlement", "embezzle", "graft",
        "crime", "criminal", "laundering", "smuggling", "smuggle", "trafficking", "theft", "steal", "looting",
        "racketeering", "extortion", "tax-evasion", "evasion")) {
      CHARGES.put(w, "1121");
    }
    for (String w : List.of("torture", "abuse", "repression", "persecution", "discrimination", "mistreatment",
        "ill-treatment", "rights", "abduction", "disappearance")) {
      CHARGES.put(w, "1122");
    }
    for (String w : List.of("aggression", "invasion", "incursion", "provocation", "attack", "bombing", "shelling",
        "ceasefire", "cease-fire", "truce", "armistice", "airspace", "terrorism", "violence", "hostility",
        "militarism", "escalation", "intrusion", "offensive", "assault", "raid", "airstrike", "war")) {
      CHARGES.put(w, "1123");
    }
    for (String w : List.of("genocide", "massacre", "atrocity", "atrocities", "cleansing")) {
      CHARGES.put(w, "1124");
    }
    for (String w : List.of("espionage", "spying", "spy", "treason", "sedition", "subversion", "treachery",
        "betrayal", "infiltration", "sabotage")) {
      CHARGES.put(w, "1125");
    }
  }

  /** What a state or an official may abuse that is no person: powers, offices, rules and their tools. */
  private static final Set<String> ABUSED_POWERS = Set.of("power", "control", "position", "authority", "privilege",
      "office", "system", "mechanism", "veto", "dominance", "status", "process", "procedure", "rule", "law", "trust",
      "immunity", "sanction", "tariff", "regulation", "measure", "tool", "market", "platform");

  /**
   * What an accusation charges ("accused X of violating human rights": 1122; "blamed X for the bombing": 1123): the
   * words of its "of / for" complement, or the code of the act that complement names (violence 1123, mass violence
   * 1124).
   */
  private Optional<Refinement> chargeOf(Sentence s, int verb) {
    List<Dependency> complements = new ArrayList<>(s.enhanced().children(verb));
    for (int o : s.enhanced().children(verb, "obj")) {
      complements.addAll(s.enhanced().children(o)); // "accused the rebels of violating ..." read as the rebels' "of"
    }
    for (Dependency d : complements) {
      boolean markedDep = d.relation().equals("dep") && s.enhanced().children(d.dependent(), "mark").stream()
          .anyMatch(m -> s.token(m).key().equals("of") || s.token(m).key().equals("for")); // parser left it loose
      if (!markedDep && (!(d.isA("obl") || d.isA("advcl")
          || d.isA("nmod") || d.isA("acl"))
          || !(d.specific().equals("of") || d.specific().equals("for")))) {
        continue;
      }
      int head = d.dependent();
      List<Integer> words = new ArrayList<>(List.of(head));
      for (Dependency m : s.enhanced().children(head)) {
        if (m.relation().equals("obj") || m.isA("nmod") || m.relation().equals("amod")
            || m.relation().equals("compound")) {
          words.add(m.dependent());
          for (Dependency m2 : s.enhanced().children(m.dependent())) {
            if (m2.relation().equals("amod") || m2.relation().equals("compound")) {
              words.add(m2.dependent());
            }
          }
        }
      }
      if (s.token(head).key().equals("abuse") && s.enhanced().children(head, "obj").stream()
          .anyMatch(o -> ABUSED_POWERS.contains(s.token(o).key()))) {
        continue; // "accused Washington of abusing export controls": a power misused, no abuse of people
      }
      for (int w : words) {
        String key = s.token(w).key();
        String charge = key.equals("crime") && words.stream().anyMatch(o -> s.token(o).key().equals("war"))
            ? "1124" : key.equals("right") || key.equals("rights")
            ? (words.stream().anyMatch(o -> s.token(o).key().equals("human")) ? "1122" : null) : CHARGES.get(key);
        if (charge != null) {
          return Optional.of(new Refinement(charge, s.token(w).word()));
        }
      }
      Optional<EventEntry> act = match(s, head);
      if (act.isPresent()) {
        String k = act.get().code();
        String charge = k.startsWith("20") ? "1124" : k.startsWith("18") || k.startsWith("19") ? "1123" : null;
        if (charge != null) {
          return Optional.of(new Refinement(charge, s.token(head).word()));
        }
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- agents and targets

  private static final Set<String> RELATIVES = Set.of("that", "who", "which");

  private List<Mention> agents(Sentence s, int n, SentenceActors actors) {
    DependencyGraph g = s.enhanced();
    List<Mention> r = new ArrayList<>();
    boolean passive = !g.children(n, "nsubj:pass").isEmpty() || !g.children(n, "csubj:pass").isEmpty()
        || !g.children(n, "aux:pass").isEmpty() && g.children(n, "nsubj").isEmpty() || reducedPassive(s, n)
        || loosePassive(s, n)
        || objectlessVictimVerb(s, n);
    int hyphenAgent = hyphenedAgent(s, n);
    if (hyphenAgent >= 0) {
      r.addAll(actors.at(hyphenAgent)); // "a UAE-brokered deal": the state before the hyphen brokered it
      return r;
    }
    if (passive) {
      for (Dependency d : g.children(n)) {
        if (d.relation().equals("obl:agent") || d.relation().equals("obl:by")) {
          r.addAll(actors.at(d.dependent()));
          if (actors.at(d.dependent()).isEmpty() && (forceNoun(s, d.dependent())
              || HARDWARE.contains(s.token(d.dependent()).key()) || s.token(d.dependent()).key().equals("fire")
              || s.token(d.dependent()).key().equals("gunfire")
              || PROJECTILES.contains(s.token(d.dependent()).key()))) {
            // "killed by Pakistani fire", "hit by a Russian missile": a state's weapons are its armed forces'
            for (Mention m : attackAgents(s, d.dependent(), actors)) {
              r.add(m.actor().sector().isEmpty() && m.actor().country().isPresent() && m.actor().code().length() == 3
                  ? m.withActor(Actor.of(m.actor().country().get(), "MIL"), m.reason() + "; its weapons' fire: "
                  + "its armed forces") : m);
            }
          }
        }
      }
      if (r.isEmpty()) {
        // "was freed on the orders of the president", "released at the behest of Qatar": who ordered it acted
        for (Dependency d : g.children(n)) {
          if ((d.isA("obl:on") || d.isA("obl:at") || d.isA("obl:under"))
              && ORDERS.contains(s.token(d.dependent()).key())) {
            for (int of : g.children(d.dependent(), "nmod:of")) {
              r.addAll(actors.at(of));
            }
          }
        }
      }
      return r;
    }
    int said = saidClauseOfForce(s, n);
    if (said >= 0) {
      return agents(s, said, actors); // "said the attack killed five soldiers and wounded twenty"
    }
    List<Integer> unmarkedAgents = unmarkedPassiveAgents(s, n, actors);
    if (!unmarkedAgents.isEmpty()) {
      unmarkedAgents.forEach(by -> r.addAll(actors.at(by)));
      return r;
    }
    int denier = appendedDenier(s, n, actors);
    if (denier >= 0) {
      r.addAll(actors.at(denier)); // "..., a charge Kigali denies"
      return r;
    }
    if (accusedAct(s, n)) {
      return r; // "accused Rwanda of sending troops to support the rebels": an alleged act, told by the accusation
    }
    int document = documentWithClause(s, n);
    List<Integer> filers = document < 0 ? List.of() : g.parents(document, "obj");
    if (!filers.isEmpty()) {
      return agents(s, filers.get(0), actors); // who filed the document accuses
    }
    for (Dependency d : g.children(n)) {
      if (d.relation().equals("nsubj:xsubj") && purposeOf(s, n, d.dependent()) >= 0) {
        int governor = purposeOf(s, n, d.dependent());
        for (int subj : g.children(governor, "nsubj")) {
          r.addAll(actors.at(subj));
        }
      } else if (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj")) {
        // "After meeting his Turkish counterpart, the Greek prime minister said": the parser took the gerund's
        // object for the subject, with the real subject in apposition to it
        int[] apposition = frontedSubject(s, n);
        r.addAll(actors.at(apposition != null && apposition[0] == d.dependent() ? apposition[1] : d.dependent()));
        for (int c : g.children(d.dependent(), "conj:and")) {
          if (!g.children(n, d.relation()).contains(c)) {
            // "Egypt and Sudan met in Cairo and signed a deal": the parser gives the second verb only the first
            // of the joint subject
            r.addAll(actors.at(c));
          }
        }
      }
    }
    if (r.isEmpty()) {
      r.addAll(participleDoers(s, n, actors));
    }
    if (r.isEmpty()) {
      r.addAll(commaParticipleAgents(s, n, actors));
    }
    if (r.isEmpty() && (s.token(n).pos().equals("VBD") || s.token(n).pos().equals("VBN")
        && g.children(n).stream().noneMatch(d -> d.isA("aux") || d.isA("aux:pass")))
        && g.children(n, "nsubj").isEmpty() && s.basic().children(n).stream()
        .anyMatch(d -> d.isA("cc") && s.token(d.dependent()).key().equals("and"))) {
      // "Rwanda denied supporting the rebels and accused Congo of ...", the second finite verb left hanging on the
      // first by a bare dependency: it shares that verb's subject
      for (int governor : g.parents(n, "dep")) {
        if (Set.of("VBD", "VBZ", "VBP").contains(s.token(governor).pos())) {
          g.children(governor, "nsubj").forEach(subj -> r.addAll(actors.at(subj)));
        }
      }
    }
    if (r.isEmpty()) {
      r.addAll(speakerOfSaidConjunct(s, n, actors));
    }
    if (r.isEmpty() && s.token(n).pos().startsWith("JJ")) {
      // "stood ready to mediate", "remained willing to talk": an adjective the verb predicates of its subject
      for (int governor : g.parents(n, "xcomp")) {
        for (int subj : g.children(governor, "nsubj")) {
          r.addAll(actors.at(subj));
        }
      }
    }
    if (r.isEmpty()) {
      // "It was Hamas that fired the rockets": in a cleft, the relative subject is the focused actor
      for (int rel : g.children(n, "nsubj")) {
        if (RELATIVES.contains(s.token(rel).key())) {
          for (int focus : g.parents(n, "ccomp")) {
            if (!g.children(focus, "cop").isEmpty()) {
              r.addAll(actors.at(focus));
            }
          }
        }
      }
    }
    if (r.isEmpty() && !g.children(n, "nsubj:xsubj").isEmpty()) {
      // "police used water cannon to break up the rally": an instrument the parser made the doer is no actor; the
      // one who used it acts
      for (int governor : g.parents(n, "xcomp")) {
        if (g.children(n, "nsubj:xsubj").stream().anyMatch(x -> g.children(governor, "obj").contains(x))) {
          for (Dependency subj : g.children(governor)) {
            if (subj.relation().equals("nsubj")) { // the user's own subject, not one the parser passed down
              r.addAll(actors.at(subj.dependent()));
            }
          }
        }
      }
    }
    if (r.isEmpty() && s.token(n).isVerb() && s.basic().children(n, "mark").stream()
        .anyMatch(m -> s.token(m).key().equals("to"))) {
      // "police fired tear gas to disperse the crowd": a purpose infinitive's doer is the subject of what it serves;
      // after a verb of saying, accusing or demanding the infinitive is part of what is said ("accused Rwanda of
      // sending soldiers to fight"), not the speaker's purpose
      for (Dependency d : g.parents(n)) {
        if (d.governor() >= 0 && d.isA("advcl") && s.token(d.governor()).isVerb() && !verbal(s, d.governor())) {
          for (int subj : g.children(d.governor(), "nsubj")) {
            r.addAll(actors.at(subj));
          }
        }
      }
    }
    if (r.isEmpty() && (FINITE.contains(s.token(n).pos()) || s.token(n).pos().equals("VBN")
        && g.children(n, "aux").isEmpty() && g.children(n, "aux:pass").isEmpty())) {
      // "thanked the US for funding the mission and urged others to ...": the parser coordinated the finite verb
      // with the gerund before it; a finite verb is coordinated with the verb that governs the gerund, whose
      // subject it shares (also one the tagger took for a participle: "accused X of launching ... and called on Y")
      for (Dependency d : s.basic().parents(n)) {
        if (d.relation().equals("conj") && d.governor() >= 0 && s.token(d.governor()).pos().equals("VBG")) {
          for (Dependency up : s.basic().parents(d.governor())) {
            if (up.governor() >= 0 && FINITE.contains(s.token(up.governor()).pos())
                && (up.relation().equals("obl") || up.relation().equals("advcl"))) {
              for (int subj : g.children(up.governor(), "nsubj")) {
                r.addAll(actors.at(subj));
              }
            }
          }
        }
      }
    }
    if (r.isEmpty() && (s.token(n).pos().equals("VBD") || s.token(n).pos().equals("VBN")
        && g.children(n, "aux").isEmpty()) && g.children(n, "nsubj").isEmpty() && !g.children(n, "obj").isEmpty()) {
      // "Hackers linked to the Chinese government breached ...", read as "Hackers linked ... [dep breached]": the
      // first verb is a participle of the subject's phrase, and the verb hung on it is the clause's own; so with a
      // relative clause ("Rebels who seized the town executed ...", read as "seized ... [dep executed]")
      for (Dependency d : s.basic().parents(n)) {
        if (d.relation().equals("dep") && d.governor() >= 0 && d.governor() < n
            && (s.token(d.governor()).pos().equals("VBN") && s.token(n).pos().equals("VBD")
            || s.basic().parents(d.governor()).stream().anyMatch(p -> p.relation().equals("acl:relcl")))) {
          for (int subj : g.children(d.governor(), "nsubj")) {
            r.addAll(actors.at(subj));
          }
        }
      }
    }
    if (r.isEmpty()) {
      r.addAll(adjunctGerundAgents(s, n, actors));
    }
    int judge = r.isEmpty() ? judgedFor(s, n) : -1;
    if (judge >= 0) {
      // "thanked Japan for funding the hospital", "condemned Russia for shelling Kharkiv": the one thanked or
      // condemned did what the "for" phrase tells
      for (int o : s.enhanced().children(judge, "obj")) {
        r.addAll(actors.at(o));
      }
    }
    int object = r.isEmpty() ? adjectivalVerbObject(s, n) : -1;
    if (object >= 0) {
      // "youths resorted to throwing stones", parsed with "throwing" as an adjective of "stones": the thrower is
      // the subject of the verb the noun depends on
      for (Dependency d : g.parents(object)) {
        if (d.governor() >= 0 && d.governor() != n && s.token(d.governor()).isVerb()
            && (d.isA("obl") || d.isA("obj"))) {
          for (Dependency subj : g.children(d.governor())) {
            if (subj.relation().equals("nsubj") && subj.dependent() != object) {
              r.addAll(actors.at(subj.dependent()));
            }
          }
        }
      }
    }
    if (r.isEmpty() && s.token(n).isVerb()) {
      // "Russia, which has long backed X, ...": the relative pronoun is the subject and stands for the noun the
      // clause modifies (when the enhanced graph did not resolve it)
      for (Dependency d : g.parents(n)) {
        if (d.governor() >= 0 && d.relation().equals("acl:relcl") && (s.basic().children(n, "nsubj").stream()
            .anyMatch(w -> RELATIVE.contains(s.token(w).key())) || g.children(n, "dep").contains(d.governor()))
            && g.children(n, "obj").stream().noneMatch(o -> o == d.governor())) {
          r.addAll(actors.at(d.governor()));
        }
      }
    }
    if (r.isEmpty() && s.token(n).isNoun()) {
      boolean byAgent = false;
      for (Dependency d : g.children(n)) {
        String rel = d.relation();
        if ((rel.equals("nmod:by") || rel.equals("nmod:agent")) && !byOfInnerAct(s, n, d.dependent())) {
          byAgent |= !actors.at(d.dependent()).isEmpty();
        }
      }
      for (Dependency d : g.children(n)) {
        String rel = d.relation();
        if ((rel.equals("nmod:by") || rel.equals("nmod:agent")) && byOfInnerAct(s, n, d.dependent())) {
          continue;
        }
        // "whose shooting by armed officers", "his arrest by police": with a "by" agent the possessor is the patient
        if (rel.equals("nmod:poss") && !byAgent || rel.equals("nmod:by") || rel.equals("nmod:agent")
            || !byAgent && (rel.equals("amod") || rel.equals("compound"))) {
          r.addAll(actors.at(d.dependent()));
        }
      }
      for (Dependency d : r.isEmpty() ? g.parents(n) : List.<Dependency>of()) {
        int v = d.governor();
        if (d.isA("obj") && v >= 0 && s.token(v).isVerb() && g.children(v, "aux:pass").isEmpty()
            && !reducedPassive(s, v) && g.children(v, "obj").size() == 1) {
          // "condemned the storming of the mosque by settlers", "broke up a rally by students": the parser hung the
          // noun's "by" phrase on the active verb, which has no agent phrase of its own
          for (int by : g.children(v, "obl:by")) {
            r.addAll(actors.at(by));
          }
        }
      }
    }
    return r;
  }

  /** Nouns of a part taken in an act: "his role in the abduction", "their involvement in the attack". */
  private static final Set<String> PART_IN = Set.of("role", "part", "involvement", "complicity", "participation");

  /**
   * "his alleged role in the abduction of a dissident", "the involvement of Iran in the attack", "Rwanda played a
   * role in the killings": who took part in an act is its agent.
   */
  private static List<Mention> roleIn(Sentence s, int n, SentenceActors actors) {
    DependencyGraph g = s.enhanced();
    List<Mention> r = new ArrayList<>();
    for (int part : g.parents(n, "nmod:in")) {
      if (!PART_IN.contains(s.token(part).key())) {
        continue;
      }
      for (Dependency d : g.children(part)) {
        if (d.relation().equals("nmod:poss") || d.relation().equals("nmod:of")) {
          r.addAll(actors.at(d.dependent()));
        }
      }
      for (Dependency d : r.isEmpty() ? g.parents(part) : List.<Dependency>of()) {
        if (d.isA("obj") && d.governor() >= 0 && Set.of("play", "have").contains(s.token(d.governor()).key())) {
          g.children(d.governor(), "nsubj").forEach(x -> r.addAll(actors.at(x)));
        }
      }
    }
    return r;
  }

  /**
   * "Police fired tear gas at protesters demanding the president's resignation": a bare present participle on the
   * object of the sentence's main verb tells what that party was doing, and the noun is its doer. A participle deeper
   * in the sentence ("a ceasefire with rebels fighting to topple him") or on the subject is background, one opened by
   * a preposition ("accused the rebels of violating") belongs to the verb that governs it, and one after a comma
   * ("stormed a police station, killing four officers") tells what the clause's subject did. On whom is arrested,
   * punished or sanctioned ("arrested farmers blocking a highway", "sanctions on companies supplying drones") it is
   * the charge, as a "for" phrase would be.
   */
  private static List<Mention> participleDoers(Sentence s, int n, SentenceActors actors) {
    DependencyGraph g = s.enhanced();
    if (!s.token(n).pos().equals("VBG") || n == 0 || s.token(n - 1).word().equals(",")
        || !g.children(n, "case").isEmpty() || !g.children(n, "mark").isEmpty()
        || g.children(n, "obj").isEmpty() && !g.children(n, "obl:from").isEmpty()) {
      return List.of(); // (nor is "a man hailing from Kashmir" an act: where one comes from)
    }
    List<Mention> r = new ArrayList<>();
    for (Dependency d : g.parents(n)) {
      int noun = d.governor();
      if (!d.relation().equals("acl") || noun < 0 || !s.token(noun).isNoun()) {
        continue;
      }
      for (Dependency up : g.parents(noun)) {
        if ((up.relation().equals("obj") || up.relation().startsWith("obl")) && up.governor() >= 0
            && !PUNISHING.contains(s.token(up.governor()).key()) && !SANCTIONING.contains(s.token(up.governor()).key())
            && documentOf(s, noun) < 0
            && g.parents(up.governor()).stream().anyMatch(root -> root.relation().equals("root"))) {
          r.addAll(actors.at(noun));
        }
      }
    }
    return r;
  }

  /** A present participle written right after a comma: ", accusing Israel of ...". */
  private static boolean commaParticiple(Sentence s, int n) {
    return n > 0 && s.token(n).pos().equals("VBG") && s.token(n - 1).word().equals(",");
  }

  /**
   * "Iran condemned the strike, blaming Israel for the attack", "Pakistan rejected the report, accusing India of ...":
   * a present participle after a comma, with no subject of its own, tells what the subject of the clause it follows
   * did, whether the parser hung it on that clause's verb ({@code dep}, {@code advcl}) or on its object ({@code acl}).
   */
  private List<Mention> commaParticipleAgents(Sentence s, int n, SentenceActors actors) {
    DependencyGraph g = s.enhanced();
    if (!commaParticiple(s, n) || !g.children(n, "nsubj").isEmpty()
        || g.parents(n).stream().anyMatch(d -> d.isA("conj"))) {
      return List.of(); // ("accused X of violating rights, ignoring the law and ...": one of a list of gerunds)
    }
    for (Dependency d : g.parents(n)) {
      int up = d.governor();
      if (up < 0) {
        continue;
      }
      List<EventEntry> entries = dictionary.verbs(s.token(up).key());
      if (!entries.isEmpty() && entries.stream().allMatch(e -> e.code().startsWith("112"))) {
        return List.of(); // "accused China of ramming a boat, injuring a fisherman": the alleged act goes on
      }
      if ((d.isA("dep") || d.isA("advcl")) && s.token(up).isVerb()) {
        for (int said : g.children(up, "parataxis")) {
          if (said < n && reporting(s.token(said))) {
            // "13 people were killed, Amnesty said, accusing security forces of ...": the speaker just before
            List<Mention> speakers = new ArrayList<>();
            g.children(said, "nsubj").forEach(x -> speakers.addAll(actors.at(x)));
            if (!speakers.isEmpty()) {
              return speakers;
            }
          }
        }
        List<Mention> r = agents(s, up, actors);
        List<Dependency> aboves = r.isEmpty() && s.token(up).pos().equals("VBG") ? g.parents(up) : List.of();
        for (Dependency above : aboves) {
          if (above.governor() >= 0 && (above.isA("obj") || above.isA("xcomp")) && s.token(above.governor()).isVerb()) {
            return agents(s, above.governor(), actors); // "denied supporting the rebels, accusing Congo of ..."
          }
        }
        return r;
      }
      if (d.isA("acl") && s.token(up).isNoun()) {
        for (Dependency o : g.parents(up)) {
          if (o.governor() >= 0 && (o.isA("obj") || o.isA("obl")) && s.token(o.governor()).isVerb()) {
            return agents(s, o.governor(), actors);
          }
        }
      }
    }
    return List.of();
  }

  /**
   * "After meeting his Turkish counterpart, the Greek prime minister said ...", parsed with the gerund's object as the
   * clause's subject and the real subject in apposition to it: {object, subject} when gerund {@code g} (opened by an
   * adverbial word, with no object of its own) is followed at once by the subject of the verb it hangs on, and that
   * subject has an apposition after a comma; null otherwise.
   */
  private static int[] frontedApposition(Sentence s, int g) {
    DependencyGraph b = s.basic();
    if (!s.token(g).pos().equals("VBG") || !b.children(g, "obj").isEmpty() || g + 1 >= s.size()
        || b.children(g).stream().noneMatch(d -> (d.relation().equals("mark") || d.relation().equals("case"))
        && d.dependent() < g && GERUND_MARKS.contains(s.token(d.dependent()).key()))) {
      return null;
    }
    for (Dependency up : b.parents(g)) {
      if (up.governor() < 0 || !(up.relation().equals("advcl") || up.relation().startsWith("obl"))) {
        continue;
      }
      for (int subject : b.children(up.governor(), "nsubj")) {
        if (subject <= g || phraseStart(s, subject) != g + 1) {
          continue;
        }
        // the apposition hangs on the object or on the last noun of its phrase ("By signing the deal with Russia,
        // Hungary defied ...")
        List<Integer> nouns = new ArrayList<>(List.of(subject));
        nouns.addAll(b.children(subject, "nmod"));
        for (int noun : nouns) {
          for (int appos : b.children(noun, "appos")) {
            for (int k = noun + 1; k < appos; k++) {
              if (s.token(k).word().equals(",")) {
                return new int[] {subject, appos};
              }
            }
          }
        }
      }
    }
    return null;
  }

  /** The {object, subject} pair of {@link #frontedApposition} for a gerund hung on verb {@code v}, or null. */
  private static int[] frontedSubject(Sentence s, int v) {
    for (Dependency c : s.basic().children(v)) {
      int[] pair = frontedApposition(s, c.dependent());
      if (pair != null) {
        return pair;
      }
    }
    return null;
  }

  /** The first token of a noun's phrase: itself or its leftmost modifier (det, possessive, adjective, compound). */
  private static int phraseStart(Sentence s, int noun) {
    int first = noun;
    for (Dependency d : s.basic().children(noun)) {
      String r = d.relation();
      if (d.dependent() < first && (r.equals("det") || r.equals("nmod:poss") || r.equals("amod")
          || r.equals("compound") || r.equals("nummod") || r.equals("det:predet"))) {
        first = Math.min(first, phraseStart(s, d.dependent()));
      }
    }
    return first;
  }

  /**
   * A verb of speaking hung after the clause it reports, with nothing of its own but a subject: "..., the UN warned",
   * "..., the minister complained".
   */
  private static boolean parentheticalReport(Sentence s, int v) {
    boolean after = s.basic().parents(v).stream().anyMatch(d -> d.governor() >= 0 && d.governor() < v
        && (d.relation().equals("dep") || d.relation().equals("parataxis") || d.relation().equals("advmod")
        || d.relation().equals("acl:relcl") && commaBeforeClause(s, v))); // "..., the president warned"
    return after && s.basic().children(v).stream().allMatch(d -> Set.of("nsubj", "punct", "aux", "advmod", "obl:tmod",
        "obl:npmod").contains(d.relation()) || d.relation().equals("obl") && s.token(d.dependent()).ner().equals("DATE"));
  }

  /** Verbs of what the one warned is to undergo: "will face sanctions", "will pay a heavy price". */
  private static final Set<String> UNDERGOING = Set.of("face", "pay", "suffer", "bear");

  /**
   * A warning written after what it warns of ("Russia will pay a heavy price, the chancellor warned"): a threat to
   * the subject of that clause when the clause says it will face or pay for something the warner can bring (a war:
   * 138; sanctions: 1312; consequences, a price: 130). A warning of what may happen to no one is no event.
   */
  private List<Event> warnedAfter(String docId, Sentence s, Candidate c, SentenceActors actors, String text) {
    int warn = c.token();
    if (!c.chain().isEmpty()) {
      return List.of();
    }
    int clause = -1;
    for (Dependency d : s.basic().parents(warn)) {
      clause = d.governor();
    }
    for (int up = 0; up < 2 && clause >= 0 && s.token(clause).isNoun(); up++) {
      // the parser may hang the reporting verb on a noun of the clause ("Russia could face sanctions, X warned")
      List<Dependency> parents = s.basic().parents(clause);
      clause = parents.isEmpty() ? -1 : parents.get(0).governor();
    }
    int undergone = clause < 0 ? -1 : undergone(s, clause);
    if (undergone < 0) {
      return List.of();
    }
    String threat = threatened(s.token(undergone).key());
    String what = s.token(undergone).word();
    List<Mention> warned = new ArrayList<>();
    for (int subj : s.enhanced().children(clause, "nsubj")) {
      warned.addAll(actors.at(subj));
    }
    String rule = c.entry().rule() + " | warned after the clause: to " + s.token(clause).word() + " '" + what + "': "
        + threat;
    List<Event> out = new ArrayList<>();
    for (Mention src : agents(s, warn, actors)) {
      for (Mention t : warned) {
        if (!t.actor().code().equals(src.actor().code())) {
          out.add(event(docId, s, ontology.code(threat), src, Optional.of(t), Modality.ASSERTED, c, warned, rule,
              Optional.empty(), text));
        }
      }
    }
    return out;
  }

  /** Whether a comma comes right before the subject phrase of the reporting verb {@code v} ("..., the UN warned"). */
  private static boolean commaBeforeClause(Sentence s, int v) {
    int first = s.basic().children(v, "nsubj").stream().mapToInt(n -> phraseStart(s, n)).min().orElse(v);
    return first > 0 && s.token(first - 1).word().equals(",");
  }

  /**
   * The object of a clause that says its subject will face, pay or suffer something a warner can bring ("could face
   * sanctions", "will pay a heavy price"), or -1.
   */
  private static int undergone(Sentence s, int clause) {
    if (!UNDERGOING.contains(s.token(clause).key()) || negated(s, clause)) {
      return -1;
    }
    for (int o : s.enhanced().children(clause, "obj")) {
      if (threatened(s.token(o).key()) != null) {
        return o;
      }
    }
    return -1;
  }

  /** What a warning of {@code thing} threatens: war or force 138, sanctions 1312, consequences or a price 130. */
  private static String threatened(String thing) {
    return WARNED_FORCE.contains(thing) ? "138" : thing.startsWith("sanction") ? "1312"
        : WARNED_CONSEQUENCES.contains(thing) || thing.equals("price") ? "130" : null;
  }

  /** Verbs that thank, praise or condemn someone for an act they take as done. */
  private static final Set<String> JUDGING = Set.of("thank", "praise", "commend", "congratulate", "hail", "laud",
      "salute", "condemn", "criticise", "criticize", "denounce", "punish", "reward", "honour", "honor", "rebuke",
      "reprimand", "slam");

  /**
   * The verb of thanking, praising or condemning whose "for" phrase gerund {@code n} is ("thanked Japan for funding
   * ...", also with the gerund read as an adjective: "for delivering F-16 jets"), or -1.
   */
  private static int judgedFor(Sentence s, int n) {
    return forPhraseOf(s, n, JUDGING);
  }

  /** Verbs that put sanctions on a party ("imposed sanctions on companies ..."). */
  private static final Set<String> SANCTIONING = Set.of("impose", "sanction", "blacklist", "slap");

  /** Verbs of punishing or prosecuting, whose "for" phrase tells what the one punished is said to have done. */
  private static final Set<String> PUNISHING = Set.of("arrest", "detain", "hold", "jail", "imprison", "sentence",
      "convict", "charge", "fine", "prosecute", "try", "indict", "expel", "deport", "execute", "sack", "dismiss",
      "investigate", "question", "summon", "punish", "suspend", "ban", "sue");

  /**
   * Whether gerund {@code n} is the reason a verb of punishing gives ("arrested the opposition leader for inciting
   * violence", "was jailed for insulting the president"): an alleged act, the charge, not one the text asserts.
   */
  private static boolean punishedFor(Sentence s, int n) {
    if (s.token(n).isNoun()) {
      // "was held for violence", "was jailed for espionage": the charge named by a noun
      return s.enhanced().parents(n).stream().anyMatch(d -> d.governor() >= 0 && d.relation().equals("obl:for")
          && PUNISHING.contains(s.token(d.governor()).key()));
    }
    // (and what one is charged with: "charged the former president with inciting violence")
    return forPhraseOf(s, n, PUNISHING) >= 0 || phraseOf(s, n, Set.of("charge"), "with") >= 0;
  }

  /**
   * The verb among {@code verbs} whose "for" phrase gerund {@code n} is (also with the gerund read as an adjective:
   * "for delivering F-16 jets"), or -1.
   */
  private static int forPhraseOf(Sentence s, int n, Set<String> verbs) {
    return phraseOf(s, n, verbs, "for");
  }

  /** The verb among {@code verbs} whose {@code prep} phrase gerund {@code n} is (as {@link #forPhraseOf}), or -1. */
  private static int phraseOf(Sentence s, int n, Set<String> verbs, String prep) {
    if (!s.token(n).pos().equals("VBG")) {
      return -1;
    }
    int noun = adjectivalVerbObject(s, n);
    int attach = noun >= 0 ? noun : n;
    for (Dependency d : s.enhanced().parents(attach)) {
      if (d.governor() >= 0 && (d.relation().equals("advcl:" + prep) || d.relation().equals("obl:" + prep))
          && verbs.contains(s.token(d.governor()).key())) {
        return d.governor();
      }
    }
    return -1;
  }

  /** Whether verb v frames what it tells (say, urge, accuse ...) or only accuses (all its entries 112). */
  private boolean telling(Sentence s, int v) {
    List<EventEntry> entries = dictionary.verbs(s.token(v).key());
    return !frames.lookup(s.token(v).key()).isEmpty()
        || !entries.isEmpty() && entries.stream().allMatch(e -> e.code().startsWith("11"));
  }

  /** Words that open an adverbial gerund whose doer is the subject of the clause it hangs on. */
  private static final Set<String> GERUND_MARKS = Set.of("after", "before", "while", "when", "upon", "on", "since",
      "by", "during", "whilst"); // (not "in": "agreed to cooperate in fighting crime" names a field, not an act)

  /**
   * "The Greek prime minister spoke after meeting his Turkish counterpart", "arrived in Beirut, meeting Lebanese
   * officials": a gerund without a subject of its own that hangs on a clause as an adverbial is done by that clause's
   * subject. The parser sometimes makes a fronted adverbial ("After meeting X, Y said ...", "While visiting Kyiv, Y
   * promised ...") the head of the sentence and hangs the clause on it; the subject of the first clause after its
   * comma is then the doer. A gerund opened by another word ("without meeting X") is not taken.
   */
  private List<Mention> adjunctGerundAgents(Sentence s, int n, SentenceActors actors) {
    DependencyGraph b = s.basic();
    if (!s.token(n).pos().equals("VBG") || !s.enhanced().children(n, "nsubj").isEmpty()) {
      return List.of();
    }
    // "After visiting Kyiv, ...", read with "visiting" as an adjective of "Kyiv": the noun's attachment is the gerund's
    int noun = adjectivalVerbObject(s, n);
    int attach = noun >= 0 ? noun : n;
    List<Integer> marks = new ArrayList<>();
    for (Dependency d : b.children(attach)) {
      if ((d.relation().equals("mark") || d.relation().equals("case")) && d.dependent() < n) {
        marks.add(d.dependent());
      }
    }
    boolean fronted = n == 1 && GERUND_MARKS.contains(s.token(0).key());
    if (marks.isEmpty() && fronted) {
      marks.add(0); // "While visiting Kyiv, ...", the parser having hung "While" apart
    }
    if (marks.stream().anyMatch(m -> !GERUND_MARKS.contains(s.token(m).key()))
        || marks.isEmpty() && (n == 0 || !s.token(n - 1).word().equals(","))) {
      return List.of(); // "without meeting X"; "denied backing X", "ruled out sending troops" (a complement)
    }
    int[] apposition = frontedApposition(s, n);
    if (apposition != null) {
      return actors.at(apposition[1]);
    }
    for (Dependency d : b.parents(attach)) {
      String rel = d.relation();
      if (d.governor() >= 0 && s.token(d.governor()).isVerb() && (rel.equals("advcl") || rel.startsWith("obl")
          && !marks.isEmpty() || rel.equals("dep") && d.governor() < n)) {
        boolean nextSpeechAct = telling(s, n) && s.enhanced().children(d.governor()).stream()
            .noneMatch(c -> (c.isA("ccomp") || c.isA("obj")) && c.dependent() > d.governor() && c.dependent() < n)
            && reporting(s.token(d.governor()));
        if (marks.isEmpty() && !nextSpeechAct
            && (telling(s, d.governor()) || !FINITE.contains(s.token(d.governor()).pos()))) {
          // "accused Chinese vessels of ramming the boat, injuring a sailor": what follows a verb of saying or
          // accusing belongs to what was said; a participle hung on another participle is no adjunct of a clause
          // (but "..., the United States said on Friday, urging Belgrade to ...": a speech act right after the words
          // of a report, which told nothing after its verb, is the reporter's)
          return List.of();
        }
        List<Mention> found = agents(s, d.governor(), actors);
        if (found.isEmpty()) {
          // "X said relations were improving after meeting Y": a clause told without an actor for subject leaves
          // the gerund to the one who told it
          for (int up : b.parents(d.governor(), "ccomp")) {
            found = agents(s, up, actors);
          }
        }
        return found;
      }
    }
    if (!fronted && !(marks.contains(0) && n <= 2)) {
      return List.of();
    }
    int comma = n + 1;
    while (comma < s.size() && !s.token(comma).word().equals(",")) {
      comma++;
    }
    int after = comma;
    for (int v = comma + 1; v < s.size(); v++) {
      if (s.token(v).isVerb() && b.children(v, "nsubj").stream().anyMatch(x -> x > after)) {
        return agents(s, v, actors);
      }
    }
    return List.of();
  }

  /**
   * "an inquiry into torture by Syrian security forces": the parser hangs the "by" phrase on the outer noun, but after
   * an "into / of / over" phrase that names an act it is that act's agent.
   */
  private boolean byOfInnerAct(Sentence s, int noun, int by) {
    for (Dependency d : s.enhanced().children(noun)) {
      // (a phrase naming people, "the release of the detainees by X", leaves the "by" phrase to the outer noun)
      if (d.dependent() > noun && d.dependent() < by && d.relation().startsWith("nmod:")
          && Set.of("into", "of", "over", "on").contains(d.specific()) && attackWord(s, d.dependent())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The agent of a frame word that has none of its own because it modifies a noun: "issued a statement demanding",
   * "adopted a resolution calling on": the subject of the verb whose object (or passive subject) the noun is.
   */
  private static final Set<String> DOCUMENTS = Set.of("statement", "declaration", "communique", "resolution",
      "letter", "message", "note", "petition", "motion", "report", "memorandum", "manifesto", "ultimatum", "decree",
      "order", "appeal", "plea", "call", "proposal", "bill", "video", "speech", "address", "editorial", "article",
      "complaint", "lawsuit", "suit", "case", "application");

  /**
   * The sayer of a participle of saying or demanding that has no subject of its own: "..., saying he must resign",
   * "..., demanding that ...": the subject of the clause it hangs on.
   */
  private List<Mention> participleAgents(Sentence s, int frameWord, SentenceActors actors) {
    if (!s.token(frameWord).pos().equals("VBG")) {
      return List.of();
    }
    for (Dependency d : s.enhanced().parents(frameWord)) {
      String r = d.baseRelation();
      if (d.governor() >= 0 && (r.equals("advcl") || r.equals("dep")) && s.token(d.governor()).isVerb()) {
        List<Mention> found = agents(s, d.governor(), actors);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  /**
   * The document a participle's noun is, or the one it stands after: "filed a complaint with the UN accusing Israel"
   * hangs "accusing" on "UN", but the complaint accuses. -1 when neither is a document.
   */
  private static int documentOf(Sentence s, int noun) {
    if (DOCUMENTS.contains(s.token(noun).key())) {
      return noun;
    }
    for (Dependency up : s.enhanced().parents(noun)) {
      if (up.governor() >= 0 && up.relation().startsWith("obl") && s.token(up.governor()).isVerb()) {
        for (int obj : s.enhanced().children(up.governor(), "obj")) {
          if (obj < noun && DOCUMENTS.contains(s.token(obj).key())) {
            return obj;
          }
        }
      }
    }
    return -1;
  }

  /**
   * "Filed a complaint with the UN Security Council accusing Israel", parsed as the absolute "with the Council
   * accusing Israel" hung on the complaint: the document accuses, and the "with" party is where it was filed. The
   * document noun, or -1.
   */
  private static int documentWithClause(Sentence s, int n) {
    DependencyGraph g = s.enhanced();
    if (!s.token(n).pos().equals("VBG")
        || g.children(n, "mark").stream().noneMatch(m -> s.token(m).key().equals("with"))) {
      return -1;
    }
    for (Dependency d : g.parents(n)) {
      if (d.governor() >= 0 && d.isA("acl") && DOCUMENTS.contains(s.token(d.governor()).key())) {
        return d.governor();
      }
    }
    return -1;
  }

  private List<Mention> carrierAgents(Sentence s, int frameWord, SentenceActors actors) {
    for (Dependency d : s.enhanced().parents(frameWord)) {
      if (!d.relation().equals("acl") || d.governor() < 0 || !s.token(d.governor()).isNoun()) {
        continue;
      }
      int noun = documentOf(s, d.governor());
      if (noun < 0) {
        continue; // "condemned the attack killing five": the condemner did not kill
      }
      if (stopped(s, noun)) {
        return List.of();
      }
      List<Mention> own = agents(s, noun, actors);
      if (!own.isEmpty()) {
        return own; // "the party's statement demanding"
      }
      for (Dependency up : s.enhanced().parents(noun)) {
        if (up.governor() >= 0 && up.relation().equals("obj") && s.token(up.governor()).isVerb()) {
          return agents(s, up.governor(), actors);
        }
      }
    }
    return List.of();
  }

  /** Verbs that keep a document from being issued ("vetoed a resolution condemning ..."). */
  private static final Set<String> STOPPING = Set.of("veto", "block", "reject", "defeat", "scrap", "shelve", "kill",
      "oppose", "withdraw", "thwart");

  /** Whether a document is the object of a verb that kept it from being issued: what it says was never said. */
  private static boolean stopped(Sentence s, int document) {
    return s.enhanced().parents(document).stream().anyMatch(up -> up.governor() >= 0
        && (up.relation().equals("obj") || up.relation().equals("nsubj:pass"))
        && STOPPING.contains(s.token(up.governor()).key()));
  }

  private static final Set<String> RELATIVE = Set.of("which", "who", "that");

  /**
   * Verbs whose object is the doer of the infinitive that follows ("urged Iran to stop", "helped the army to
   * regain"): object control. After any other verb, "to" + verb is a purpose clause whose doer is the verb's subject
   * ("will visit Ethiopia and Somalia to mediate": the visitor mediates), whatever the parser's object control says.
   */
  private static final Set<String> OBJECT_CONTROL = Set.of("ask", "urge", "tell", "order", "force", "compel",
      "persuade", "convince", "allow", "permit", "enable", "help", "encourage", "invite", "expect", "want", "need",
      "require", "call", "press", "pressure", "push", "warn", "advise", "instruct", "direct", "authorize",
      "authorise", "empower", "oblige", "request", "beg", "implore", "appeal", "lead", "prompt", "cause", "get",
      "send", "deploy", "dispatch", "train", "mobilize", "mobilise", "recruit", "hire", "appoint", "elect", "choose",
      "select", "nominate", "assign", "use", "pay", "employ", "challenge", "dare", "inspire", "motivate", "entitle",
      "teach", "remind", "forbid", "prohibit", "ban", "bar", "commission", "task", "mandate", "exhort", "entreat",
      "beseech", "petition", "lobby", "like", "prefer", "wish", "believe", "consider", "declare", "report", "say",
      "see", "hear", "make", "let", "have", "assist", "support", "back", "arm", "equip", "fund", "finance");

  /**
   * The governor whose subject does the act {@code n}, when the parser made {@code controller} (an object of the
   * governor) its subject after a verb that does not take object control; -1 when the parser's reading stands.
   */
  private static int purposeOf(Sentence s, int n, int controller) {
    for (int governor : s.enhanced().parents(n, "xcomp")) {
      if (s.token(governor).isVerb() && s.enhanced().children(governor, "obj").contains(controller)
          && !OBJECT_CONTROL.contains(s.token(governor).key())
          && !s.enhanced().children(governor, "nsubj").isEmpty()) {
        return governor;
      }
    }
    return -1;
  }

  private static boolean ownActor(Sentence s, int noun) {
    for (Dependency d : s.enhanced().children(noun)) {
      String rel = d.relation();
      if (rel.equals("nmod:poss") || rel.equals("nmod:by") || rel.equals("nmod:agent") || rel.equals("amod")
          || rel.equals("compound")) {
        return true;
      }
    }
    return false;
  }

  /** A participle ("issued") of a document noun that is the subject of a verb of saying ("a statement issued by X said"). */
  private boolean attributionCarrier(Sentence s, int verb) {
    for (Dependency up : s.enhanced().parents(verb)) {
      if (!up.relation().startsWith("acl") || up.governor() < 0) {
        continue;
      }
      for (Dependency subj : s.enhanced().parents(up.governor())) {
        if (subj.relation().equals("nsubj") && subj.governor() >= 0 && reporting(s.token(subj.governor()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Intent verbs whose passive says what others want of the subject, not what the subject intends. */
  private static final Set<String> PASSIVE_NOT_INTENT = Set.of("want", "wish", "seek", "need", "desire");

  private static final Set<String> CAUSE_PREPS = Set.of("in", "by", "during", "from", "after", "under");

  /** Words opening a clause that tells what happened to the victims of a passive act: "... when rebels attacked". */
  private static final Set<String> WHEN_CLAUSE = Set.of("when", "as", "after");

  /** Verbs whose subject is the victim ("ten people died in the air strike", "lost their lives in the attack"). */
  private static final Set<String> VICTIM_SUBJECT = Set.of("die", "perish", "lose");

  /**
   * "Seven soldiers died in a roadside bomb attack", "four civilians lost their lives in Israeli shelling": the
   * subject is the victim and the attack it died in names the act and, when it has one, the agent. A death with no
   * attack for cause ("died in hospital", "died of cancer") is no event.
   */
  private List<Event> victimsAsSubject(String docId, Sentence s, Candidate c, SentenceActors actors, String text) {
    int act = c.token();
    if (!c.chain().isEmpty() || naturalCause(s)) {
      return List.of();
    }
    int cause = -1;
    for (Dependency d : s.enhanced().children(act)) {
      String key = s.token(d.dependent()).key();
      // an attack the dictionary names here ("in a bomb explosion" but not "in a gas explosion"), or a weapon
      boolean violent = WEAPONS.contains(key) || match(s, d.dependent()).filter(e -> force(e.code())).isPresent();
      if ((d.isA("obl") || d.isA("advcl")) && CAUSE_PREPS.contains(d.specific())
          && violent) {
        cause = d.dependent();
        break;
      }
    }
    if (cause < 0) {
      return List.of();
    }
    List<Mention> victims = new ArrayList<>();
    for (int subj : s.enhanced().children(act, "nsubj")) {
      victims.addAll(actors.at(subj));
    }
    // "... after seven men lost their lives in the attack" where the parser made the verb a participle of its
    // subject: the noun it hangs on is the subject
    for (Dependency d : s.enhanced().parents(act)) {
      if (victims.isEmpty() && d.relation().equals("acl")) {
        victims.addAll(actors.at(d.governor()));
        s.enhanced().children(d.governor(), "conj").forEach(j -> victims.addAll(actors.at(j)));
      }
    }
    if (victims.isEmpty()) {
      return List.of();
    }
    List<Mention> agents = new ArrayList<>(attackAgents(s, cause, actors));
    if (agents.isEmpty()) {
      agents.add(new Mention(s.index(), cause, s.token(cause).span(), s.token(cause).word(),
          new Actor(Actor.UNKNOWN_COUNTRY, Optional.empty(), Optional.empty()), "the text does not name the agent"));
    }
    Optional<Mention> reporter = reporter(s, act, actors);
    String rule = c.entry().rule() + " | the subject died in '" + s.token(cause).word() + "'";
    List<Event> out = new ArrayList<>();
    for (Mention src : agents) {
      for (Mention v : victims) {
        if (!v.actor().code().equals(src.actor().code())) {
          out.add(event(docId, s, ontology.code(c.code()), src, Optional.of(v), c.modality(), c, victims, rule,
              reporter, text));
        }
      }
    }
    return out;
  }

  /**
   * The when/as/after clauses of an act ("were killed when a shell hit a market"), also where the parser hung them
   * on the verb of saying that follows the act ("..., when a shell hit a market, a rights group said").
   */
  private List<Integer> whenClauses(Sentence s, int act) {
    List<Integer> heads = new ArrayList<>(List.of(act));
    for (Dependency d : s.enhanced().children(act)) {
      if ((d.isA("ccomp") || d.isA("parataxis")) && d.dependent() > act
          && reporting(s.token(d.dependent()))) {
        heads.add(d.dependent());
      }
    }
    List<Integer> r = new ArrayList<>();
    for (int h : heads) {
      for (int clause : s.enhanced().children(h, "advcl")) {
        if (s.token(clause).isVerb() && (h == act || clause < h) && s.enhanced().children(clause).stream()
            .anyMatch(m -> (m.isA("mark") || m.isA("advmod")) && WHEN_CLAUSE.contains(s.token(m.dependent()).key()))) {
          r.add(clause);
        }
      }
    }
    return r;
  }

  /** The actor of an event noun that a passive act happened in or by ("killed in Israeli shelling"). */
  private List<Mention> agentOfCause(Sentence s, int act, SentenceActors actors) {
    if (s.enhanced().children(act, "nsubj:pass").isEmpty() && !reducedPassive(s, act)) {
      return List.of();
    }
    for (int clause : whenClauses(s, act)) {
      if (match(s, clause).filter(e -> force(e.code())).isPresent()) {
        // "15 people were killed when Russian missiles hit a building": the agent of the attack that killed them
        List<Mention> r = agents(s, clause, actors);
        if (r.isEmpty()) {
          r = meansAgents(s, clause, actors);
        }
        if (!r.isEmpty()) {
          return r;
        }
      }
    }
    for (Dependency d : s.enhanced().children(act)) {
      if (!(d.isA("obl") || d.isA("advcl"))
          || !CAUSE_PREPS.contains(d.specific())) {
        continue;
      }
      int noun = d.dependent();
      if (!actors.at(noun).isEmpty() && s.enhanced().children(noun).stream()
          .anyMatch(m -> (m.relation().equals("amod") || m.relation().equals("compound"))
              && attackWord(s, m.dependent()))) {
        // "killed in Israeli tank shelling" parsed with "tank" as the head: the actor phrase holds the attack
        return actors.at(noun);
      }
      if (!attackWord(s, noun) || !forceNoun(s, noun) && match(s, noun).filter(e -> force(e.code())).isEmpty()) {
        continue; // (an act of force: "abducted after they returned home" names no abductor)
      }
      List<Mention> r = attackAgents(s, noun, actors);
      if (!r.isEmpty()) {
        return r;
      }
    }
    return List.of();
  }

  /**
   * The actors an attack word names as its agent: its modifiers ("Israeli shelling", "Israeli tank shelling"), its
   * owner or "by" phrase, and, for a gerund the parser made a verb, its subject ("in Israeli shelling").
   */
  private static List<Mention> attackAgents(Sentence s, int noun, SentenceActors actors) {
    List<Mention> r = new ArrayList<>();
    for (Dependency m : s.enhanced().children(noun)) {
      String rel = m.relation();
      if (rel.equals("nmod:between") && s.token(noun).isNoun()) {
        r.addAll(actors.at(m.dependent())); // "fighting between the army and the RSF": both sides fight
        continue;
      }
      if (rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss") || rel.equals("nmod:by")
          || rel.equals("nmod:agent") || rel.equals("obl:by") || rel.equals("obl:agent")
          || !s.token(noun).isNoun() && (rel.equals("obj") || rel.equals("nsubj"))) {
        if (!rel.equals("obj")) {
          r.addAll(actors.at(m.dependent()));
        }
        if (rel.equals("compound") || rel.equals("obj")) {
          for (Dependency m2 : s.enhanced().children(m.dependent())) {
            if (m2.relation().equals("amod") || m2.relation().equals("compound")) {
              r.addAll(actors.at(m2.dependent())); // "Israeli tank shelling"
            }
          }
        }
      }
      if (rel.startsWith("acl") && s.token(noun).isNoun() && AUTHORING.contains(s.token(m.dependent()).key())) {
        // "the attack, which was claimed by Islamic State", "a bombing carried out by the Taliban", "blamed on X"
        for (Dependency by : s.enhanced().children(m.dependent())) {
          if (by.relation().equals("obl:agent") || by.relation().equals("obl:by")
              || by.relation().equals("obl:on") && s.token(m.dependent()).key().equals("blame")) {
            r.addAll(actors.at(by.dependent()));
          }
        }
      }
    }
    for (Dependency up : r.isEmpty() ? s.enhanced().parents(noun) : List.<Dependency>of()) {
      int v = up.governor();
      if (v >= 0 && s.token(v).isVerb() && (up.isA("obj") && LAUNCHING.contains(s.token(v).key())
          || up.relation().equals("obl:with") && RESPONDING.contains(s.token(v).key()))) {
        // "Israel responded with air strikes that killed nine people", "the army launched strikes that killed ...":
        // who launched or answered with the attack did it
        s.enhanced().children(v, "nsubj").forEach(x -> r.addAll(actors.at(x)));
      }
    }
    for (Dependency up : r.isEmpty() ? s.enhanced().parents(noun) : List.<Dependency>of()) {
      // "the Pakistani Taliban claimed responsibility for a suicide bombing that killed 12 soldiers": whoever
      // claims or admits responsibility for the attack did it
      if (up.governor() >= 0 && up.relation().equals("nmod:for")
          && s.token(up.governor()).key().equals("responsibility")) {
        for (int v : s.enhanced().parents(up.governor(), "obj")) {
          if (AUTHORING.contains(s.token(v).key()) || s.token(v).key().equals("admit")
              || s.token(v).key().equals("accept")) {
            s.enhanced().children(v, "nsubj").forEach(x -> r.addAll(actors.at(x)));
          }
        }
      }
    }
    return r;
  }

  /**
   * "The prime minister said the dam posed no threat and invited Egypt to talks": the parser may join a second verb
   * to the clause said, passing it that clause's subject. When that subject is no actor and no act, and the verb
   * names an act only people and bodies do (saying, appealing, offering, meeting, demanding, rejecting, threatening:
   * 01-05 and 10-13), the speaker did it.
   */
  private List<Mention> speakerOfSaidConjunct(Sentence s, int n, SentenceActors actors) {
    DependencyGraph g = s.enhanced();
    List<EventEntry> entries = dictionary.verbs(s.token(n).key());
    boolean finite = s.token(n).pos().equals("VBD") || s.token(n).pos().equals("VBN") // (a past tense read as a
        && g.children(n).stream().noneMatch(d -> d.isA("aux") || d.isA("aux:pass")); // participle)
    if (!finite || !s.basic().children(n, "nsubj").isEmpty() || entries.isEmpty()
        || !entries.stream().allMatch(e -> alreadyVerbal(e.code()) || e.code().startsWith("04")
        || e.code().startsWith("05"))) {
      return List.of();
    }
    List<Mention> r = new ArrayList<>();
    for (int first : g.parents(n, "conj:and")) {
      List<Integer> subjects = g.children(first, "nsubj");
      if (subjects.isEmpty() || subjects.stream().anyMatch(x -> !actors.at(x).isEmpty() || attackWord(s, x)
          || s.token(x).pos().startsWith("PRP"))) {
        continue;
      }
      for (int v : g.parents(first, "ccomp")) {
        if (reporting(s.token(v)) && s.token(v).pos().equals("VBD")) {
          g.children(v, "nsubj").forEach(x -> r.addAll(actors.at(x)));
        }
      }
    }
    return r;
  }

  /**
   * "The minister said the attack killed five soldiers and wounded twenty": the parser may join the second act of
   * force to the verb of saying, giving it the speaker as subject. When the clause said has an act or a weapon for
   * subject, the act of force belongs to that clause: its verb, else -1.
   */
  private int saidClauseOfForce(Sentence s, int n) {
    DependencyGraph g = s.enhanced();
    List<EventEntry> entries = dictionary.verbs(s.token(n).key());
    if (entries.isEmpty() || !entries.stream().allMatch(e -> force(e.code()))
        || !s.basic().children(n, "nsubj").isEmpty()) {
      return -1;
    }
    for (int v : g.parents(n, "conj:and")) {
      if (reporting(s.token(v))) {
        for (int c : g.children(v, "ccomp")) {
          if (c < n && g.children(c, "nsubj").stream().anyMatch(x -> attackWord(s, x) || forceNoun(s, x))) {
            return c;
          }
        }
      }
    }
    return -1;
  }

  /** Participles that name who did an act: "an attack claimed by", "carried out by", "blamed on". */
  private static final Set<String> AUTHORING = Set.of("claim", "carry", "blame", "stage", "launch", "conduct",
      "perpetrate", "mount", "orchestrate", "commit");

  /**
   * The family of an act a noun refers back to: a definite event noun ("the arrests", "the attack") with no actor in
   * its own phrase. Force (18-20) is one family, since a story may tell an attack as a killing.
   */
  private Optional<String> toldAct(Sentence s, int noun, SentenceActors actors) {
    if (!s.token(noun).isNoun() || !actors.at(noun).isEmpty() || !definite(s, noun)
        || !attackAgents(s, noun, actors).isEmpty() || !qualifying(s, noun, actors, 1).isEmpty()) {
      return Optional.empty();
    }
    if (ASSERTIONS.contains(s.token(noun).key())) {
      return Optional.of("11"); // "The army denied the claim": the claim of the accuser just told
    }
    if (TOLD_AS.containsKey(s.token(noun).key())) {
      return Optional.of(TOLD_AS.get(s.token(noun).key()).get(0)); // "Japan condemned the launch."
    }
    List<EventEntry> entries = dictionary.nouns(s.token(noun).key());
    Optional<String> plain = entries.stream().filter(e -> e.obj().isEmpty() && e.mod().isEmpty())
        .map(e -> actFamily(e.code())).findFirst();
    // "condemned the suspension", "criticised the recall": a noun whose entries all need a modifier ("suspension of
    // aid", "recall of the ambassador") stands bare for an act of substance just told, of whatever kind
    return plain.isPresent() || entries.isEmpty() ? plain : Optional.of(ANY_ACT);
  }

  /** The family of any act of substance, for nouns that name an act by no kind ("condemned the decision"). */
  private static final String ANY_ACT = "act";

  /** Roots of saying, meeting and reacting: no act a later "the decision" or "the move" stands for. */
  private static final Set<String> GENERIC_ACT_ROOTS_EXCLUDED = Set.of("01", "02", "04", "10", "11", "12");

  /**
   * Nouns that name an act told before by what kind of act it was, with the families it may have been told as: a
   * weapon launched or tested, as a show of force (15) or as force ("fired a missile into the sea", "fired missiles
   * at Israel"); measures, as sanctions (16) or coercion (17); drills, as a show of force (15) or held jointly (06); a
   * deal, as signed (057) or agreed to (03); an order, as a demand (10) or as any act; a verdict or a ruling, as the
   * sentence or charge a court passed (17).
   */
  private static final Map<String, List<String>> TOLD_AS = Map.ofEntries(
      Map.entry("launch", List.of("15", "force")), Map.entry("test", List.of("15", "force")),
      Map.entry("firing", List.of("15", "force")), Map.entry("measure", List.of("16", "17")),
      Map.entry("drill", List.of("15", "06")), Map.entry("exercise", List.of("15", "06")),
      Map.entry("deal", List.of("accord", "proposal")), Map.entry("agreement", List.of("accord", "proposal")),
      Map.entry("accord", List.of("accord", "proposal")), Map.entry("pact", List.of("accord", "proposal")),
      Map.entry("treaty", List.of("accord", "proposal")), Map.entry("decision", List.of(ANY_ACT)),
      Map.entry("move", List.of(ANY_ACT)), Map.entry("step", List.of(ANY_ACT)),
      Map.entry("order", List.of("10", ANY_ACT)), Map.entry("verdict", List.of("17")),
      Map.entry("ruling", List.of("17")), Map.entry("conviction", List.of("17")));

  /**
   * The agents of the act told before that the definite noun {@code o} stands for ("condemned the arrests", "the
   * launch", "the charges"), asserted in the six sentences before, or none.
   */
  private List<Mention> toldAgents(Sentence s, int o, SentenceActors actors, DocumentContext context) {
    Optional<String> family = toldAct(s, o, actors);
    // (a noun of no kind stands only for an act of the last three sentences)
    List<Mention> told = family.map(f -> context.lastAgents(f, s.index(), f.equals(ANY_ACT) ? 3 : 6))
        .orElse(List.of());
    if (told.isEmpty() && family.isPresent() && s.token(o).key().equals("charge")) {
      told = context.lastAgents("17", s.index(), 6); // "Britain charged three men ... called the charges a ploy"
    }
    List<String> kinds = family.isPresent() ? TOLD_AS.getOrDefault(s.token(o).key(), List.of()) : List.of();
    for (String other : kinds.stream().skip(1).toList()) {
      // a launch may have been told as a show of force or as the firing of a missile at someone: the later
      List<Mention> also = context.lastAgents(other, s.index(), 6);
      int before = told.stream().mapToInt(Mention::sentence).max().orElse(-1);
      told = also.stream().mapToInt(Mention::sentence).max().orElse(-1) > before ? also : told;
    }
    return told;
  }

  /** Prepositions that say what a feeling or a comment is about: "concern over the arrest". */
  private static final Set<String> ABOUT = Set.of("over", "about", "at", "regarding", "on");

  /**
   * What a verb of comment is about: its objects, then what they or the verb are about ("expressed concern over the
   * arrests", "protested about the killings").
   */
  private static List<Integer> concernedObjects(Sentence s, int act) {
    List<Integer> objects = objects(s, act);
    List<Integer> r = new ArrayList<>(objects);
    for (int o : objects) {
      for (String p : ABOUT) {
        r.addAll(prepChildren(s, o, p));
      }
    }
    for (String p : ABOUT) {
      r.addAll(prepChildren(s, act, p));
    }
    return r;
  }

  /** Verbs of travel that, with an object, carry others rather than visit: "flew them to Washington". */
  private static final Set<String> CARRYING = Set.of("fly", "jet", "drive", "sail");

  /** Nouns of a charge that an appended clause may deny: "..., a charge Kigali denies". */
  private static final Set<String> CHARGE_NOUNS = Set.of("charge", "accusation", "allegation", "claim");

  /**
   * "..., a charge Kigali denies", "..., an allegation that Moscow has rejected": the subject token of a denial
   * appended to the sentence after its charge, read from the words (the parser often misreads this clause), or -1.
   */
  private static int appendedDenier(Sentence s, int act, SentenceActors actors) {
    if (!DENIALS.contains(s.token(act).key()) || !s.token(act).isVerb()) {
      return -1;
    }
    int i = act - 1;
    while (i >= 0 && (s.token(i).pos().equals("MD") || s.token(i).pos().startsWith("RB")
        || Set.of("have", "be", "do").contains(s.token(i).key()))) {
      i--;
    }
    if (i < 0 || actors.at(i).isEmpty()) {
      return -1;
    }
    int j = i - 1;
    while (j >= 0 && !CHARGE_NOUNS.contains(s.token(j).key()) && (s.token(j).pos().startsWith("NN")
        || s.token(j).pos().startsWith("JJ") || s.token(j).pos().equals("POS") || s.token(j).key().equals("the"))) {
      j--;
    }
    if (j >= 0 && (s.token(j).key().equals("that") || s.token(j).key().equals("which"))) {
      j--;
    }
    return j >= 2 && CHARGE_NOUNS.contains(s.token(j).key()) && Set.of("a", "an").contains(s.token(j - 1).key())
        && s.token(j - 2).word().equals(",") ? i : -1;
  }

  /**
   * "accused France of planning an intervention, a charge Paris denied": when the denial {@code act} is appended to
   * the sentence after its charge, the one whose accusation or claim the sentence's main verb tells.
   */
  private List<Mention> accuserOfTheSentence(Sentence s, int act, SentenceActors actors) {
    if (appendedDenier(s, act, actors) >= 0) {
      for (int root : s.basic().roots()) {
        if (root != act && s.token(root).isVerb()) {
          return agents(s, root, actors);
        }
      }
    }
    return List.of();
  }

  /** Nouns of something asserted, which a denial after an accusation answers. */
  private static final Set<String> ASSERTIONS = Set.of("claim", "assertion", "contention");

  /** Determiners of something told before: "the arrests", "these killings". */
  private static final Set<String> DEFINITE = Set.of("the", "this", "these", "that", "those");

  /**
   * "Sudan's army and the RSF signed a declaration in Jeddah ... . The talks, brokered by Saudi Arabia ...": the talks
   * told before are between the pair that acted on each other there; empty when the mediation is of no such talks.
   */
  private static List<Mention> sidesOfTheTalks(Sentence s, int act, String code, DocumentContext context,
      Set<String> self) {
    boolean noun = s.token(act).isNoun();
    int host = noun && code.startsWith("04") ? hostedMeeting(s, act) : -1;
    if (host >= 0) {
      // "The UAE hosted the meeting": the host received the sides of the meeting told before (043, in event())
      act = host;
    } else if (noun || !MEDIATION.contains(code)) {
      return List.of();
    }
    if (!mediatesTheTalksToldBefore(s, act)) {
      return List.of();
    }
    List<Mention> sides = context.sides(s.index(), 3).stream().filter(m -> !self.contains(m.actor().code()))
        .map(m -> m.withActor(m.actor(), m.reason() + "; a side of the talks told before")).toList();
    return sides.size() == 2 ? sides : List.of();
  }

  /** Nouns of talks or of what talks make, which a third party brokers or mediates. */
  private static final Set<String> TALKS = Set.of("talks", "talk", "negotiation", "negotiations", "dialogue",
      "deal", "agreement", "accord", "ceasefire", "truce", "declaration");

  /**
   * "The talks, brokered by Saudi Arabia", "mediated the negotiations": a mediation of talks named as known ones,
   * with a definite determiner or what a known deal followed ("the deal followed talks mediated by X"), and no
   * parties of their own.
   */
  private static boolean mediatesTheTalksToldBefore(Sentence s, int act) {
    DependencyGraph g = s.enhanced();
    List<Integer> talks = new ArrayList<>(g.children(act, "obj"));
    talks.addAll(g.children(act, "nsubj:pass"));
    for (Dependency d : g.parents(act)) {
      if (d.governor() >= 0 && d.relation().startsWith("acl")) {
        talks.add(d.governor());
      }
    }
    boolean host = s.token(act).key().equals("host");
    return talks.stream().anyMatch(t -> (TALKS.contains(s.token(t).key()) || host
        && MEETINGS.contains(s.token(t).key())) && (definite(s, t) || g.parents(t).stream()
        .anyMatch(p -> p.governor() >= 0 && g.children(p.governor(), "nsubj").stream()
        .anyMatch(x -> TALKS.contains(s.token(x).key()) && definite(s, x)))) && g.children(t).stream()
        .noneMatch(x -> x.relation().startsWith("nmod:")));
  }

  /** Nouns of a meeting, which a third party hosts: "hosted the meeting". */
  private static final Set<String> MEETINGS = Set.of("meeting", "summit", "conference", "talks", "negotiation",
      "negotiations", "session", "round");

  /** The verb "host" whose object the meeting noun {@code act} is ("hosted the meeting"), or -1. */
  private static int hostedMeeting(Sentence s, int act) {
    return s.enhanced().parents(act, "obj").stream().filter(v -> s.token(v).key().equals("host")
        && s.token(v).isVerb()).findFirst().orElse(-1);
  }

  /** Whether a noun has a definite determiner ("the talks", "this deal"). */
  private static boolean definite(Sentence s, int noun) {
    return s.basic().children(noun, "det").stream().anyMatch(x -> DEFINITE.contains(s.token(x).key()));
  }

  /**
   * The family under which an act's agent is remembered for later references ("the arrests"). Force (18-20) is one
   * family, and so are appeals and offers (02, 03): "invited the parties to talks ... rejected the invitation".
   */
  private static String actFamily(String code) {
    return force(code) ? "force" : code.startsWith("02") || code.startsWith("03") ? "proposal"
        : code.startsWith("057") ? "accord" : code.substring(0, 2);
  }

  /** Whether a verb only says, accuses, demands or threatens (all its entries are of roots 01, 02 and 10-13). */
  private boolean verbal(Sentence s, int verb) {
    List<EventEntry> entries = dictionary.verbs(s.token(verb).key());
    return !entries.isEmpty() && entries.stream().allMatch(e -> alreadyVerbal(e.code()) && !e.code().startsWith("03"));
  }

  /** Whether a noun names an act of force (18-20) in one of its dictionary entries: "strike", "raid", "shelling". */
  private boolean forceNoun(Sentence s, int t) {
    return dictionary.nouns(s.token(t).key()).stream().anyMatch(e -> force(e.code()))
        || gerundNoun(s.token(t)) && dictionary.gerund(s.token(t).key()).stream().anyMatch(e -> force(e.code()));
  }

  /** An event noun, or a gerund of an event verb ("shelling"). */
  private boolean attackWord(Sentence s, int t) {
    String key = s.token(t).key();
    return !dictionary.nouns(key).isEmpty()
        || (s.token(t).pos().equals("VBG") || s.token(t).pos().equals("NN")) && !dictionary.verbs(key).isEmpty();
  }

  /**
   * A past participle right after a noun, with a "by" agent and no subject, that the parser hung elsewhere ("rescued
   * the crew of a ship attacked by pirates", "attacked" read as an adverb of "rescued"): a passive whose patient is
   * that noun.
   */
  private static boolean loosePassive(Sentence s, int n) {
    DependencyGraph g = s.enhanced();
    return n > 0 && s.token(n).pos().equals("VBN") && s.token(n - 1).isNoun() && g.children(n, "nsubj").isEmpty()
        && g.children(n, "nsubj:pass").isEmpty() && (!g.children(n, "obl:agent").isEmpty()
        || !g.children(n, "obl:by").isEmpty()) && s.basic().parents(n).stream()
        .noneMatch(d -> d.relation().startsWith("acl") || d.relation().equals("root"));
  }

  /**
   * "after talks mediated by Turkey", parsed as a clause with "talks" its subject: a participle with no object and no
   * auxiliary, whose subject is no actor and whose "by" phrase is one, is a passive; the "by" actors (their nodes) are
   * its agents. Empty otherwise.
   */
  private static List<Integer> unmarkedPassiveAgents(Sentence s, int n, SentenceActors actors) {
    DependencyGraph g = s.enhanced();
    String pos = s.token(n).pos();
    if (!(pos.equals("VBN") || pos.equals("VBD")) || !g.children(n, "obj").isEmpty() || hasAuxiliary(s, n)
        || g.children(n, "nsubj").isEmpty() || g.children(n, "nsubj").stream().anyMatch(x -> !actors.at(x).isEmpty())
        || g.children(n, "mark").stream().anyMatch(m -> s.token(m).key().equals("with"))) {
      return List.of(); // ("shot with firearms stolen by a police colonel" describes the weapons)
    }
    return g.children(n, "obl:by").stream().filter(x -> !actors.at(x).isEmpty()).toList();
  }

  /**
   * Participles that, written after a name and a hyphen, describe a standing tie rather than an act in the news:
   * "Iranian-backed militias", "Russian-occupied territories", "Houthi-controlled areas", "state-funded media".
   */
  private static final Set<String> STANDING_TIES = Set.of("back", "support", "fund", "finance", "sponsor", "arm",
      "train", "equip", "lead", "ally", "align", "control", "run", "own", "occupy", "hold", "administer", "govern",
      "rule", "dominate", "influence", "inspire", "link", "affiliate", "base", "appoint", "install");

  /** A participle's verb without the noun a hyphen compounds it with ("army-backed": "back"). */
  private static String participleStem(Token t) {
    return t.key().substring(t.key().lastIndexOf('-') + 1);
  }

  /**
   * A participle of a standing tie compounded with the word before it at a hyphen and modifying a noun ("the
   * army-backed government", "Iranian-backed militias"): it describes the noun and is no act in the news.
   */
  private static boolean standingTie(Sentence s, int n) {
    return hyphenedParticiple(s, n) && STANDING_TIES.contains(participleStem(s.token(n)));
  }

  /**
   * A past participle written right after a word and a hyphen, with no space, and modifying a noun after it ("a
   * UAE-brokered deal", "Iranian-backed militias").
   */
  private static boolean hyphenedParticiple(Sentence s, int n) {
    return n >= 2 && s.token(n).pos().equals("VBN") && s.token(n - 1).word().equals("-")
        && s.token(n - 1).end() == s.token(n).start() && s.token(n - 2).end() == s.token(n - 1).start()
        && s.enhanced().parents(n).stream().anyMatch(d -> d.relation().equals("amod") && d.governor() > n);
  }

  /**
   * "a UAE-brokered deal", "Qatari-mediated talks": a past participle modifying a noun, written after a name and a
   * hyphen; the token of that name (its agent), or -1.
   */
  private static int hyphenedAgent(Sentence s, int n) {
    return hyphenedParticiple(s, n) && !STANDING_TIES.contains(participleStem(s.token(n))) ? n - 2 : -1;
  }

  /** A past participle that modifies a noun ("civilians killed in the raid") is passive: the noun is its patient. */
  private static boolean reducedPassive(Sentence s, int n) {
    if (!s.token(n).pos().equals("VBN") || !s.basic().children(n, "nsubj").isEmpty()) {
      return false; // ("the town where Israeli forces demolished homes": a past tense read as a participle)
    }
    for (Dependency d : s.basic().parents(n)) {
      if (d.relation().equals("acl") || d.relation().equals("acl:relcl") && !hasAuxiliary(s, n)) {
        return true;
      }
    }
    return predicativeParticiple(s, n);
  }

  /**
   * A participle that only describes one of the sentence's participants ("released the mayor, jailed a year ago",
   * "refugees evicted from the church are being helped"): what it tells is background to the news, and with no
   * agent named it is not coded. The participle of a noun that heads the sentence ("Four civilians killed in an air
   * strike") is the news itself.
   */
  private static boolean background(Sentence s, int n) {
    if (!s.token(n).pos().equals("VBN")) {
      return false;
    }
    for (Dependency d : s.basic().parents(n)) {
      if (d.relation().equals("xcomp") && d.governor() >= 0 && !hasAuxiliary(s, n)
          && (!s.basic().children(d.governor(), "obj").isEmpty() || !s.basic().children(n, "nsubj").isEmpty())) {
        return true; // a secondary predicate on the object: "released the mayor, jailed a year ago"
      }
      if (d.relation().equals("acl") && d.governor() >= 0) {
        for (Dependency up : s.basic().parents(d.governor())) {
          if (up.governor() >= 0 && !up.relation().equals("root")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Verbs that are never used without an object in the active voice. */
  private static final Set<String> VICTIM_VERBS = Set.of("kill", "wound", "injure", "arrest", "detain", "kidnap",
      "abduct", "jail", "imprison", "torture", "assassinate", "execute", "behead", "lynch", "massacre");

  /**
   * A verb that needs an object ("kidnap", "arrest", "kill"), written as a participle with a subject but with no
   * object and no auxiliary: the parser took a reduced passive for an active clause ("aid workers abducted in Mali
   * last month were freed", the headline "Three soldiers killed in a bomb attack"). Its subject is its victim.
   */
  private static boolean objectlessVictimVerb(Sentence s, int n) {
    Token t = s.token(n);
    if (!VICTIM_VERBS.contains(t.key()) || !(t.pos().equals("VBN") || t.pos().equals("VBD")) || hasAuxiliary(s, n)
        || s.basic().children(n, "nsubj").isEmpty()) {
      return false;
    }
    for (Dependency d : s.basic().children(n)) {
      String r = d.relation();
      if (r.equals("obj") || r.equals("iobj") || r.equals("ccomp") || r.equals("xcomp") || r.equals("compound:prt")) {
        return false;
      }
    }
    return s.basic().parents(n).stream().noneMatch(d -> d.relation().equals("conj"));
  }

  private static boolean hasAuxiliary(Sentence s, int n) {
    return s.basic().children(n).stream().anyMatch(d -> d.isA("aux"));
  }

  /** Whether verb {@code n} is the infinitive of an accusing verb (all of whose entries are 112x): alleged, not done. */
  private boolean accusedAct(Sentence s, int n) {
    if (!s.token(n).isVerb()) {
      return false;
    }
    List<Integer> governors = new ArrayList<>(s.enhanced().parents(n, "xcomp"));
    int noun = adjectivalVerbObject(s, n);
    if (noun >= 0) {
      // "Army Accuses RSF of Killing Civilians", read with "Killing" as an adjective of the "of" phrase's noun
      governors.addAll(s.enhanced().parents(noun, "obl:of"));
    }
    for (int gov : governors) {
      List<EventEntry> entries = dictionary.verbs(s.token(gov).key());
      if (!entries.isEmpty() && entries.stream().allMatch(e -> e.code().startsWith("112"))
          && frames.lookup(s.token(gov).key()).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an event noun is told as an act of its own: a clause's subject ("the abduction of two engineers was
   * condemned") or what a verb of happening or causing says took place; not the topic of another act ("refused to
   * condemn the Russian invasion of Ukraine", "concern over the detention of its citizens").
   */
  private static boolean toldAsAnAct(Sentence s, int noun) {
    return s.enhanced().parents(noun).stream()
        .anyMatch(d -> d.relation().equals("nsubj") || d.relation().equals("nsubj:pass"))
        || tookPlace(s, noun);
  }

  /** The actors of a noun's "of" phrase: who was acted on, for a noun of an act done to someone. */
  private static List<Mention> ofPhrase(Sentence s, int noun, SentenceActors actors) {
    List<Mention> r = new ArrayList<>();
    for (int o : s.enhanced().children(noun, "nmod:of")) {
      r.addAll(actors.at(o));
    }
    return r;
  }

  /** Whether noun {@code n} is the object of a verb whose subject is an actor. */
  private static boolean objectOfAnActor(Sentence s, int n, SentenceActors actors) {
    for (int v : s.enhanced().parents(n, "obj")) {
      for (int subj : s.enhanced().children(v, "nsubj")) {
        if (!actors.at(subj).isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Event nouns whose "of" phrase is who was acted on even when no agent is named: coercion, assault and force
   * (17-20: "the arrest of the opposition leader", "the killing of three protesters") and releases (084: "the release
   * of the prisoners"). Of other nouns the "of" phrase may be the doer ("the visit of the president", "the
   * withdrawal of Serbian forces").
   */
  private static boolean patientNoun(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    return root >= 17 || code.startsWith("084");
  }

  /** The patient of a passive act whose agent is not named: its passive subject, or the noun it modifies. */
  private static List<Mention> patients(Sentence s, int act, SentenceActors actors, String code) {
    List<Mention> r = new ArrayList<>();
    if (s.token(act).isNoun()) {
      // "the arrest of the opposition leader": who was arrested, by whom is not said
      return patientNoun(code) && toldAsAnAct(s, act) ? ofPhrase(s, act, actors) : r;
    }
    if (!s.token(act).isVerb()) {
      return r;
    }
    for (int p : s.enhanced().children(act, "nsubj:pass")) {
      if (aimedWeapon(s, act, p)) {
        // "rockets were fired at Israel": the weapon was fired, its aim was the victim
        for (int a : aimedAt(s, act)) {
          r.addAll(actors.at(a).isEmpty() ? qualifying(s, a, actors, 1) : actors.at(a)); // "at Ukrainian cities"
        }
      } else {
        r.addAll(actors.at(p));
      }
    }
    if (r.isEmpty() && objectlessVictimVerb(s, act)) {
      for (int p : s.basic().children(act, "nsubj")) {
        r.addAll(actors.at(p));
      }
    }
    if (r.isEmpty() && reducedPassive(s, act)) {
      for (Dependency d : s.basic().parents(act)) {
        if (d.relation().startsWith("acl") && d.governor() >= 0) {
          r.addAll(actors.at(d.governor()));
        }
      }
      if (predicativeParticiple(s, act)) {
        for (int subj : s.enhanced().children(act, "nsubj")) {
          r.addAll(actors.at(subj));
        }
      }
    }
    if (r.isEmpty() && DETONATING.contains(s.token(act).key()) && s.enhanced().children(act, "nsubj").stream()
        .anyMatch(b -> EXPLOSIVES.contains(s.token(b).key()))) {
      // "a car bomb exploded outside a police station": what the blast was set off at was its target
      for (Dependency d : s.enhanced().children(act)) {
        if (d.isA("obl") && BLAST_SITES.contains(d.specific())) {
          r.addAll(actors.at(d.dependent()));
        }
      }
    }
    if (r.isEmpty() && (code.startsWith("173") || code.startsWith("174")) && unnamedSubject(s, act, actors)) {
      // "officers had arrested 212 people": who arrests is a noun that names no actor; whom is known
      for (int o : s.enhanced().children(act, "obj")) {
        r.addAll(actors.at(o));
      }
    }
    return r;
  }

  /** Whether the verb's subject is a common noun that names no actor ("officers", "men in uniform"). */
  private static boolean unnamedSubject(Sentence s, int verb, SentenceActors actors) {
    List<Integer> subjects = s.enhanced().children(verb, "nsubj");
    return !subjects.isEmpty() && subjects.stream().allMatch(n -> (s.token(n).pos().equals("NN")
        || s.token(n).pos().equals("NNS")) && actors.at(n).isEmpty());
  }

  /** The actor that yields in a noun of the yield family (08, not a release, 084): its "of" phrase. */
  private static List<Mention> yielder(Sentence s, int noun, String code, SentenceActors actors, Set<String> self) {
    if (!code.startsWith("08") || code.startsWith("084")) {
      return List.of();
    }
    List<Mention> r = new ArrayList<>();
    for (int p : s.enhanced().children(noun, "nmod:of")) {
      actors.at(p).stream().filter(m -> !self.contains(m.actor().code())).forEach(r::add);
    }
    return r;
  }

  /** For appeals and demands: whom the frame word addresses ("urged Y to", "called on Y to"). */
  private static List<Mention> addressees(Sentence s, int frame, SentenceActors actors) {
    DependencyGraph g = s.enhanced();
    List<Mention> r = new ArrayList<>();
    List<Mention> to = new ArrayList<>();
    for (Dependency d : g.children(frame)) {
      String rel = d.relation();
      boolean byWhom = rel.equals("obl:by") && g.children(frame, "nsubj:pass").isEmpty()
          && !s.token(frame).pos().equals("VBN"); // "to demand reforms by the government": who is to act
      if (rel.equals("obl:to")) {
        to.addAll(actors.at(d.dependent()));
      } else if (rel.equals("obj") || rel.equals("iobj") || rel.equals("obl:on") || rel.equals("obl:upon")
          || byWhom) {
        r.addAll(actors.at(d.dependent()));
        if (actors.at(d.dependent()).isEmpty() && (rel.equals("obj") || rel.equals("iobj"))) {
          r.addAll(qualifying(s, d.dependent(), actors, 1)); // "urged other African countries to ...": AFR
        }
      }
    }
    if (r.isEmpty()) {
      r.addAll(to); // "appealed to Kenya to ...": but "invited Kristersson to Budapest" names where, not whom
    }
    if (r.isEmpty() && s.token(frame).isNoun()) {
      // "issued an ultimatum to Ecuador to halt attacks", "a call to Kyiv to ...", "its call on Togo to ...": whom
      // the message is sent to
      for (String prep : List.of("to", "on", "upon")) {
        for (int p : prepChildren(s, frame, prep)) {
          r.addAll(actors.at(p));
        }
      }
      for (Dependency d : g.parents(frame)) {
        if (r.isEmpty() && d.isA("obj") && d.governor() >= 0) {
          for (int p : prepChildren(s, d.governor(), "to")) {
            r.addAll(actors.at(p));
          }
        }
      }
    }
    return r;
  }

  /**
   * The target of an act, by the first rule that finds an actor other than the agents themselves: the phrase the
   * entry's prep= names; the indirect object; the direct object (unless the entry constrains it: then it is what
   * is given or done, "send troops to Y"); an actor that owns or qualifies the object ("Y's capacity"); a
   * prepositional phrase of the act; for event nouns, one shared with a conjoined noun.
   */
  private List<Mention> targets(Sentence s, int act, EventEntry entry, SentenceActors actors,
      Set<String> self) {
    List<List<Mention>> rules = new ArrayList<>();
    DependencyGraph g = s.enhanced();
    // ("prep=by pobj=phone" names the means of "spoke by phone", and "prep=under pobj=arrest" the manner of "placed
    // the president under arrest", not the target: the usual rules find that; only a place is a target)
    boolean manner = entry.prep().equals("by") || !entry.pobj().isEmpty() && !entry.pobj().contains("place");
    if (s.token(act).isNoun()) {
      rules.add(reactedTo(s, act, actors)); // "..., prompting condemnation from Armenia"
    }
    if (!entry.prep().isEmpty() && !manner) {
      if (entry.code().startsWith("11") && entry.prep().equals("to")) {
        rules.add(complainedAbout(s, act, actors));
      }
      if (entry.code().startsWith("11") || entry.code().startsWith("14")) {
        rules.add(causeDoers(s, act, actors));
      }
      List<Mention> r = new ArrayList<>();
      List<Mention> owners = new ArrayList<>();
      for (int p : prepChildren(s, act, entry.prep())) {
        r.addAll(actors.at(p));
        owners.addAll(qualifying(s, p, actors, 1));
      }
      for (int o : objects(s, act)) {
        for (int p : prepChildren(s, o, entry.prep())) {
          r.addAll(actors.at(p));
        }
      }
      rules.add(r);
      if (!entry.prep().equals("on") && !entry.prep().equals("upon") && !entry.prep().equals("for")) {
        // "warned the United States against any military action", "warned China of consequences over Taiwan": the
        // phrase names what, the object whom
        List<Mention> direct = new ArrayList<>();
        for (int o : s.enhanced().children(act, "obj")) {
          direct.addAll(actors.at(o));
        }
        rules.add(direct);
      }
      rules.add(owners);
    } else {
      if (entry.code().startsWith("14")) {
        rules.add(protestedAgainst(s, act, actors));
        rules.add(causeDoers(s, act, actors));
      }
      List<Mention> iobj = new ArrayList<>();
      for (int io : g.children(act, "iobj")) {
        iobj.addAll(actors.at(io));
      }
      rules.add(iobj);
      if (HELPING.contains(s.token(act).key()) && g.children(act, "obj").isEmpty()
          && g.parents(act).stream().noneMatch(p -> p.governor() >= 0 && !g.children(p.governor(), "obj").isEmpty())) {
        // "help Kyiv rebuild its grid", read as a clause of its own: who is helped is the clause's subject (the
        // purpose of a gift, "pledged $20 million to help Sri Lanka rebuild", is the gift's)
        List<Mention> helped = new ArrayList<>();
        for (Dependency d : g.children(act)) {
          if (d.isA("ccomp") || d.isA("xcomp")) {
            g.children(d.dependent(), "nsubj").forEach(h -> helped.addAll(actors.at(h)));
          }
        }
        rules.add(helped);
      }
      if (GIVING.contains(s.token(act).key()) && !prepChildren(s, act, "with").isEmpty()) {
        // "provide Ukraine with air defence systems": the direct object is who receives, before anyone named in
        // what is given
        List<Mention> recipients = new ArrayList<>();
        for (int o : g.children(act, "obj")) {
          recipients.addAll(actors.at(o));
        }
        rules.add(recipients);
      }
      List<Integer> objs = s.token(act).isNoun() ? List.of() : entryObjects(s, act, entry);
      List<Mention> direct = new ArrayList<>();
      for (int o : objs) {
        if (entry.obj().isEmpty()) {
          List<Mention> by = operatedBy(s, o, actors);
          boolean nobodys = actors.at(o).stream().allMatch(m -> m.actor().country().isEmpty());
          direct.addAll(!by.isEmpty() && nobodys ? by : actors.at(o));
        } else if (entry.code().startsWith("11")) {
          // "summoned the Iranian ambassador over ...": a complaint made to a foreign envoy is aimed at the envoy's
          // side, before whom it is about
          direct.addAll(actors.at(o).stream().filter(m -> m.head() == o && m.actor().country().isPresent()).toList());
        } else if (entry.code().startsWith("02") || entry.code().startsWith("10") || entry.code().startsWith("04")) {
          // "urged protesters to go home": an appeal or demand made to the people its object names is aimed at them;
          // so is a visit received ("received Britain's foreign minister": GBRGOV, not whose minister he is)
          direct.addAll(actors.at(o).stream().filter(m -> m.head() == o).toList());
        } else if (entry.code().startsWith("145") || entry.code().startsWith("17")) {
          // "stormed the Saudi embassy", "raided the opposition party's headquarters": a body's seat stormed or raided
          // is that body, when the words before it say whose it is ("its embassy in Tehran" is not Iran's); a
          // legislature or palace stormed by protesters is their own country's, which the story gives
          boolean home = entry.code().startsWith("145") && !DIPLOMATIC_SEATS.contains(s.token(o).key());
          direct.addAll(actors.at(o).stream().filter(m -> m.head() == o && (home || !m.countryFromStory())
              && m.actor().sector().isPresent() && m.span().end() <= s.token(o).end()).toList());
        }
      }
      rules.add(direct);
      if ((entry.code().startsWith("10") || entry.code().startsWith("02")) && objs.isEmpty()
          && s.token(act).isVerb()) {
        // "demanded that the government brief parliament": a demand or appeal with no one addressed is aimed at who
        // is to act, its clause's subject
        List<Mention> told = new ArrayList<>();
        for (int c : g.children(act, "ccomp")) {
          g.children(c, "nsubj").forEach(n -> told.addAll(actors.at(n)));
        }
        rules.add(told);
      }
      if (entry.code().startsWith("11")) {
        rules.add(complainedAbout(s, act, actors));
      }
      List<Mention> owners = new ArrayList<>();
      Set<Integer> agentless = new HashSet<>();
      if (entry.code().startsWith("11") || entry.code().equals("051")) {
        // "condemned the Israeli strike on a school": a criticism (or praise) of an act is aimed at its agent, not
        // its victim; "condemned the attack on Israel" names no agent, and is not aimed at Israel
        for (int o : objs) {
          if (forceNoun(s, o)) {
            agentless.add(o);
            owners.addAll(attackAgents(s, o, actors));
            if (owners.isEmpty() && g.children(act, "aux:pass").isEmpty() && !reducedPassive(s, act)) {
              // "condemned the storming of the mosque by settlers", the "by" phrase hung on the active verb
              for (int by : g.children(act, "obl:by")) {
                owners.addAll(actors.at(by));
              }
            }
          }
        }
      }
      if (entry.code().startsWith("12")) {
        // "vetoed a package of EU sanctions against Russia": a rejection of a hostile act is aimed at whoever would
        // do it, not at whom it would be done to (blocking "EU aid for Ukraine" is also aimed at Ukraine)
        for (int o : objs) {
          int n = INSTALMENTS.contains(s.token(o).key())
              ? s.enhanced().children(o, "nmod:of").stream().findFirst().orElse(o) : o;
          List<Mention> doers = s.token(n).isNoun() && match(s, n).filter(e -> e.code().compareTo("11") >= 0)
              .isPresent() ? attackAgents(s, n, actors) : List.of();
          owners.addAll(doers);
          if (!doers.isEmpty()) {
            agentless.add(o);
          }
        }
      }
      for (int o : owners.isEmpty() ? objs : List.<Integer>of()) {
        if (agentless.contains(o)) {
          continue;
        }
        List<Mention> q = qualifying(s, o, actors, 2);
        if (entry.code().startsWith("064")) {
          // "share intelligence on armed groups": what the information is about is not whom it is shared with
          Set<Integer> topic = new HashSet<>();
          for (Dependency d : g.children(o)) {
            if (d.isA("nmod") && Set.of("on", "about", "regarding", "concerning").contains(d.specific())) {
              topic.add(d.dependent());
            }
          }
          q = q.stream().filter(m -> !topic.contains(m.head())).toList();
        }
        owners.addAll(q);
      }
      if (!owners.isEmpty() && owners.stream().allMatch(m -> self.contains(m.actor().code()))) {
        // "lifted its ban on Australian wine imports": past the agent's own possessive, whom the noun's phrase names
        for (int o : objs) {
          for (Dependency d : g.children(o)) {
            if (d.isA("nmod") && TARGET_PREPS.contains(d.specific())) {
              owners.addAll(actors.at(d.dependent()).isEmpty() ? qualifying(s, d.dependent(), actors, 1)
                  : actors.at(d.dependent()));
            }
          }
        }
      }
      if (!entry.obj().isEmpty() && !objs.isEmpty()) {
        // "send Patriot air defence systems to Ukraine", "sold American jets to Egypt": the entry names what is
        // given; whom it goes to comes before whose or what kind it is
        List<Mention> to = new ArrayList<>();
        for (int p : prepChildren(s, act, "to")) {
          to.addAll(actors.at(p));
        }
        rules.add(to);
      }
      if (owners.isEmpty() && !objs.isEmpty() && g.children(act, "nsubj:pass").isEmpty()
          && g.children(act, "aux:pass").isEmpty() && !reducedPassive(s, act)) {
        // "broke up a rally by opposition supporters": an active verb's "by" phrase belongs to its object
        for (int by : g.children(act, "obl:by")) {
          owners.addAll(actors.at(by));
        }
        for (int x : g.children(act, "dep")) {
          // "prevented the demonstration staged by students", the participle left loose by the parser
          // (written right after the object; "relations in a deal brokered by Kuwait" is the deal's broker)
          if (s.token(x).pos().equals("VBN")
              && g.children(x, "nsubj").stream().anyMatch(n -> objs.contains(n) && x == n + 1)) {
            for (int by : g.children(x, "obl:by")) {
              owners.addAll(actors.at(by));
            }
          }
        }
      }
      rules.add(owners);
      if (entry.code().startsWith("09")) {
        // "an investigation into crimes committed by Croat forces": what is investigated is the act of its agent
        List<Mention> investigated = new ArrayList<>();
        for (String prep : List.of("into", "of", "on")) {
          for (int p : prepChildren(s, act, prep)) {
            investigated.addAll(actors.at(p).isEmpty() ? qualifying(s, p, actors, 2) : actors.at(p));
          }
        }
        for (int by : g.children(act, "nmod:by")) {
          if (byOfInnerAct(s, act, by)) {
            investigated.addAll(actors.at(by)); // "an inquiry into torture by Syrian security forces"
          }
        }
        rules.add(investigated);
      }
      int gerundObject = adjectivalVerbObject(s, act);
      if (gerundObject >= 0) {
        // "resorted to throwing stones at Indian police": the phrase may hang on the verb the noun depends on
        for (Dependency d : g.parents(gerundObject)) {
          if (d.governor() >= 0 && s.token(d.governor()).isVerb()) {
            // (not the object itself: "criticised the US for sending troops" hangs "troops" on "criticised")
            rules.add(prepTargets(s, d.governor(), actors).stream().filter(m -> m.head() != gerundObject).toList());
          }
        }
      }
      if (entry.code().startsWith("064")) {
        // information is shared with or given to someone, and is about something: "shared intelligence on the gangs
        // with Togo", where the parser may hang "with Togo" on the topic
        List<Mention> sharedWith = new ArrayList<>();
        List<Integer> heads = new ArrayList<>(List.of(act));
        heads.addAll(objs);
        for (String about : List.of("on", "about")) {
          heads.addAll(prepChildren(s, act, about));
        }
        for (int h : heads) {
          for (String prep : List.of("with", "to", "between", "among")) {
            for (int p : prepChildren(s, h, prep)) {
              sharedWith.addAll(actors.at(p));
            }
          }
        }
        rules.add(sharedWith);
      } else {
        if (entry.code().startsWith("16") && !entry.obj().isEmpty()) {
          // "expelled two Iranian diplomats over the execution of a dissident": the envoys sent away are the other
          // side's, before what the expulsion was over
          List<Mention> envoys = new ArrayList<>();
          for (int o : objs) {
            envoys.addAll(actors.at(o).stream().filter(m -> m.head() == o && m.actor().country().isPresent()
                && !m.countryFromStory() && self.stream().noneMatch(x -> x.startsWith(m.actor().root()))).toList());
          }
          rules.add(envoys);
        }
        rules.add(prepTargets(s, act, actors));
      }
      if (entry.code().startsWith("15")) {
        // "scrambled jets to warn away Chinese aircraft", "deployed troops to deter Russian aggression": a show of
        // force is aimed at whom its purpose acts on
        List<Mention> deterred = new ArrayList<>();
        for (Dependency d : g.children(act)) {
          if ((d.isA("advcl") || d.isA("xcomp")) && s.basic()
              .children(d.dependent(), "mark").stream().anyMatch(m -> s.token(m).key().equals("to"))) {
            for (int o : objects(s, d.dependent())) {
              deterred.addAll(actors.at(o).isEmpty() ? qualifying(s, o, actors, 1) : actors.at(o));
            }
          }
        }
        rules.add(deterred);
      }
      if (force(entry.code())) {
        // "a missile fired by rebels toward Riyadh": the parser hangs the direction on the "by" agent
        List<Mention> aimed = new ArrayList<>();
        for (int by : g.children(act, "obl:by")) {
          for (String prep : List.of("toward", "towards", "at", "against")) {
            for (int p : prepChildren(s, by, prep)) {
              aimed.addAll(actors.at(p));
            }
          }
        }
        rules.add(aimed);
      }
      if (s.token(act).isNoun()) {
        rules.add(conjunctTargets(s, act, actors));
        // "agreed to US mediation", "welcomed Chinese investment": when another actor carries the noun, the noun's own
        // actor is whom the act is aimed at; the carrier's own country is no other ("Blinken pledged U.S. support")
        List<Mention> own = new ArrayList<>();
        for (Dependency d : g.children(act)) {
          if (d.relation().equals("amod") || d.relation().equals("compound") || d.relation().equals("nmod:poss")) {
            own.addAll(actors.at(d.dependent()).stream().filter(m -> m.actor().sector().isPresent()
                || self.stream().noneMatch(x -> x.startsWith(m.actor().code()))).toList());
          }
        }
        rules.add(own);
      }
      if (!entry.xcomp().isEmpty()) {
        // "tried to assassinate the minister": the complement's object or phrase
        List<Mention> inner = new ArrayList<>();
        for (int x : g.children(act, "xcomp")) {
          for (int o : objects(s, x)) {
            inner.addAll(actors.at(o));
            inner.addAll(qualifying(s, o, actors, 1));
          }
          if (inner.isEmpty()) {
            inner.addAll(prepTargets(s, x, actors));
          }
        }
        rules.add(inner);
      }
      if (!entry.obj().isEmpty() && (!entry.code().startsWith("087") || entry.obj().contains("place"))) {
        // "shot down an Iranian drone": the thing acted on is itself another side's actor (not for de-escalation:
        // the forces withdrawn, demobilised or disarmed are the agent's own, "withdrew its fighters from Bakhmut";
        // but a place the forces leave is the target, "US troops left Niger")
        List<Mention> owned = new ArrayList<>();
        for (int o : objs) {
          // what force and coercion act on is their victim even when its country is not given ("killed the
          // governor"); for other acts the object is what is given or done, and counts only as another country's
          // (police dispersing their own country's protesters act on them: force and coercion exclude only the
          // agent itself)
          boolean conflict = materialConflictOrYield(entry.code());
          // (a country the role took only from the story is no sign of another's: "contribute troops")
          // (an organisation or armed group has no country field but is an actor: "trained Houthi militants")
          owned.addAll(actors.at(o).stream().filter(m -> (!m.actor().code().startsWith(Actor.UNKNOWN_COUNTRY)
              && !m.countryFromStory() || conflict) && self.stream().noneMatch(x -> x.equals(m.actor().code())
              || !conflict && m.actor().country().isPresent() && x.startsWith(m.actor().root()))).toList());
        }
        rules.add(owned);
      }
    }
    for (List<Mention> r : rules) {
      List<Mention> others = r.stream().filter(m -> !self.contains(m.actor().code()) && !hardware(s, m, entry.code())
          && !(entry.code().startsWith("15") && ownForces(m))).toList();
      if (!others.isEmpty()) {
        return others;
      }
    }
    return List.of();
  }

  /** What a warning addressed to someone may promise: consequences the warner will inflict (CAMEO 130). */
  private static final Set<String> WARNED_CONSEQUENCES = Set.of("retaliation", "reprisal", "consequence",
      "countermeasure", "response", "measure", "punishment", "action", "step", "repercussion");

  /** ... and force it will use (CAMEO 138, threaten with military force). */
  private static final Set<String> WARNED_FORCE = Set.of("war", "attack", "strike", "invasion", "force");

  /**
   * Forces or police of no named country (or only the story's by default) in a show of force (15x) are the ones shown,
   * not whom it is aimed at: "reinforced its border with tanks and troops", "Chad deployed troops" in a story from
   * Khartoum, "offered to send police officers".
   */
  private static boolean ownForces(Mention m) {
    return (m.actor().roleWithoutCountry() || m.countryFromStory())
        && m.actor().sector().filter(x -> x.equals("MIL") || x.equals("COP")).isPresent();
  }

  /** What is fired: "killed by a Russian missile" is the work of Russia's armed forces. */
  private static final Set<String> PROJECTILES = Set.of("missile", "rocket", "shell", "mortar", "bomb", "grenade",
      "projectile", "munition", "bullet");

  private static final Set<String> HARDWARE = Set.of("warplane", "jet", "bomber", "aircraft", "plane", "helicopter",
      "gunship", "drone", "warship", "vessel", "frigate", "destroyer", "carrier", "submarine", "tank", "artillery",
      "vehicle", "system", "battery", "defence", "defense");

  /**
   * Whether a target is only a weapon or craft of no named country: what is sold, given or approved ("approved the
   * sale of F-16 fighter jets to Turkey"), or fired, not whom the act is aimed at.
   */
  /** Participles of putting craft or weapons to use: "drones launched by the Houthis", "a jet flown by rebels". */
  private static final Set<String> OPERATING = Set.of("launch", "fire", "send", "fly", "operate", "deploy", "pilot",
      "use", "man", "own");

  /**
   * Whose craft or weapons noun {@code o} names, by the "by" phrase of a participle of using them ("shot down drones
   * launched by the Houthis": the Houthis' drones); empty when it has none.
   */
  private static List<Mention> operatedBy(Sentence s, int o, SentenceActors actors) {
    List<Mention> r = new ArrayList<>();
    for (Dependency d : s.enhanced().children(o)) {
      if (d.relation().startsWith("acl") && OPERATING.contains(s.token(d.dependent()).key())) {
        r.addAll(byPhrase(s, d.dependent(), actors));
      }
    }
    return r;
  }

  /** The actors of the "by" phrase of participle {@code part}. */
  private static List<Mention> byPhrase(Sentence s, int part, SentenceActors actors) {
    List<Mention> r = new ArrayList<>();
    for (Dependency by : s.enhanced().children(part)) {
      if (by.relation().equals("obl:agent") || by.relation().equals("obl:by")) {
        r.addAll(actors.at(by.dependent()));
      }
    }
    return r;
  }

  private static boolean hardware(Sentence s, Mention m, String code) {
    if (m.sentence() != s.index() || m.actor().country().isPresent() || !HARDWARE.contains(s.token(m.head()).key())) {
      return false;
    }
    // the projectile of a launch ("launched 30 drones", 194, 195x, 15x) is what is fired, not whom it hits; a craft
    // shot down or attacked (190) is a force of its own
    return !force(code) && !code.startsWith("15") || code.startsWith("194") || code.startsWith("195")
        || code.startsWith("15");
  }

  /**
   * "complained to the UN over Israeli raids", "protested to X about Y's decision": a complaint (CAMEO 11) is aimed at
   * whom it is about, not at its addressee.
   */
  private List<Mention> complainedAbout(Sentence s, int act, SentenceActors actors) {
    List<Mention> about = new ArrayList<>();
    List<Integer> heads = new ArrayList<>(List.of(act));
    heads.addAll(s.enhanced().children(act, "obj")); // "expressed concern over ..."
    boolean onlyQualified = true;
    for (String prep : List.of("over", "about", "against")) {
      for (int p : heads.stream().flatMap(x -> prepChildren(s, x, prep).stream()).toList()) {
        // (remarks or statements name a topic as often as a speaker: "over Taiwan remarks")
        onlyQualified &= actors.at(p).isEmpty()
            && match(s, p).filter(e -> !e.code().startsWith("01")).isEmpty();
        if (!actors.at(p).isEmpty()) {
          about.addAll(actors.at(p));
        } else if (match(s, p).isPresent()) {
          // "over the arrest of its traders": the one who made the arrest, not those arrested; with no agent named,
          // the country it happened in ("the detention of two of its citizens in China")
          List<Mention> agents = attackAgents(s, p, actors);
          if (agents.isEmpty()) {
            List<Integer> within = new ArrayList<>(List.of(p));
            within.addAll(s.enhanced().children(p, "nmod:of")); // "the detention of two of its citizens in China"
            for (int w : within) {
              for (int in : prepChildren(s, w, "in")) {
                agents.addAll(actors.at(in));
              }
            }
          }
          about.addAll(agents);
        } else {
          about.addAll(qualifying(s, p, actors, 1));
        }
      }
    }
    // ("lodged a protest with China after ...": the one it was lodged with comes first)
    List<Mention> addressees = Stream.of("with", "to").flatMap(p -> heads.stream().flatMap(x -> prepChildren(s, x, p)
        .stream())).flatMap(p -> actors.at(p).stream()).toList();
    if (!about.isEmpty() && onlyQualified && !addressees.isEmpty()
        && addressees.stream().noneMatch(m -> m.actor().code().startsWith("IGO"))) {
      // "lodged a protest with Japan over Taiwan remarks": a state complained to is the one complained about when
      // the complaint names only a topic ("Taiwan remarks"), not an act or its doer (but "complained to the UN over
      // Israeli raids" is aimed at Israel)
      return addressees;
    }
    return about.isEmpty() && addressees.isEmpty() ? causeDoers(s, act, actors) : about;
  }

  /**
   * "lodged a protest after Chinese ships entered its waters", "protested when police blocked the road": a complaint
   * or a protest made after, when or because another acted is aimed at the doer of that act.
   */
  private List<Mention> causeDoers(Sentence s, int act, SentenceActors actors) {
    List<Mention> about = new ArrayList<>();
    List<Dependency> clauses = new ArrayList<>(s.enhanced().children(act));
    for (int o : s.enhanced().children(act, "obj")) {
      clauses.addAll(s.enhanced().children(o)); // "condemned the move after X launched ...", hung on the object
    }
    for (Dependency d : clauses) {
      if ((d.isA("advcl") || d.isA("acl")) && s.enhanced().children(d.dependent()).stream()
          .anyMatch(m -> (m.isA("mark") || m.isA("advmod")) && m.dependent() < d.dependent()
          && CAUSE_MARKS.contains(s.token(m.dependent()).key()))) {
        List<Mention> doers = new ArrayList<>(agents(s, d.dependent(), actors));
        for (int subj : doers.isEmpty() ? s.enhanced().children(d.dependent(), "nsubj") : List.<Integer>of()) {
          doers.addAll(qualifying(s, subj, actors, 1)); // "Chinese ships": whose ships
        }
        about.addAll(doers);
      }
    }
    return about;
  }

  /** Words that open a clause telling what a reaction answers: "after", "because", "when" ... */
  private static final Set<String> CAUSE_MARKS = Set.of("after", "because", "when", "since", "as", "following");

  private static List<Mention> prepTargets(Sentence s, int t, SentenceActors actors) {
    List<Mention> r = new ArrayList<>();
    for (String prep : PREP_ORDER) {
      for (int p : prepChildren(s, t, prep)) {
        if (prep.equals("for") && PRIZES.contains(s.token(p).key())) {
          continue; // "battling for control of the presidential palace": what is fought for, not whom
        }
        r.addAll(actors.at(p));
        if (actors.at(p).isEmpty() && !(prep.equals("with") && BACKING.contains(s.token(p).key()))) {
          r.addAll(qualifying(s, p, actors, 1));
        }
      }
      if (!r.isEmpty()) {
        return r;
      }
    }
    return r;
  }

  /** Nouns of goods traded, whose "of" phrase names the goods and so whose they are. */
  private static final Set<String> TRADE_FLOWS = Set.of("import", "export", "shipment", "sale", "purchase", "good",
      "product", "commodity");

  /** Nouns of what sides contend for: "fought for control of the airport", "a struggle for power". */
  private static final Set<String> PRIZES = Set.of("control", "power", "possession", "supremacy", "dominance",
      "influence", "territory", "access");

  /**
   * Nouns of a third party's backing, whose "with" phrase names who else took part, not whom the act was done to:
   * "brokered the deal with support from the United States", "with the help of Turkey".
   */
  private static final Set<String> BACKING = Set.of("support", "backing", "help", "assistance", "aid", "blessing",
      "approval", "consent", "participation", "involvement", "mediation", "facilitation", "encouragement");

  /**
   * When the parser left a clause without its subject ("..., and X will continue doing Y" attached elsewhere), the
   * actor written right before the clause's auxiliaries and adverbs is its agent, provided it is no other verb's
   * subject.
   */
  private static List<Mention> subjectBeforeVerb(Sentence s, int verb, SentenceActors actors) {
    if (!s.token(verb).isVerb() || !s.enhanced().children(verb, "aux:pass").isEmpty() || reducedPassive(s, verb)
        || objectlessVictimVerb(s, verb)) {
      // before a passive verb stands what was acted on ("two soldiers, a policeman and five rebels were killed",
      // with the parser's appositions), never its agent
      return List.of();
    }
    int i = verb - 1;
    while (i >= 0 && (s.token(i).pos().equals("MD") || s.token(i).pos().startsWith("RB")
        || s.token(i).pos().equals("TO") || s.token(i).key().equals("have") || s.token(i).key().equals("be"))) {
      i--;
    }
    if (i < 0 || i == verb - 1 || actors.at(i).isEmpty() || s.basic().children(i, "case").stream()
        .anyMatch(c -> !s.token(c).key().equals("of"))) {
      // "blocked roads in Brussels to protest": a prepositional object is nobody's subject ("a group of refugees
      // are ..." is: "of" only names what the group is)
      return List.of();
    }
    for (Dependency d : s.enhanced().parents(i)) {
      boolean saidX = d.isA("obj") && d.governor() >= 0
          && s.token(d.governor()).key().equals("say"); // "said Beijing firmly opposes ...": the parser's object
      if ((d.isA("nsubj") || d.isA("obj")) && !saidX) {
        return List.of();
      }
    }
    return actors.at(i);
  }

  private static final Set<String> NOT_INTO = Set.of("nsubj", "nsubj:pass", "nsubj:xsubj", "csubj", "ccomp",
      "parataxis", "punct", "conj", "cc", "mark", "aux", "aux:pass", "cop", "advmod", "obl:tmod", "ref");

  /** Prepositions of a time adverbial: "after a deal", "during the visit". */
  private static final Set<String> WHEN_PREPS = Set.of("after", "before", "during", "since", "following", "amid",
      "until", "ahead_of", "prior_to");

  /** Frames a message noun carries: an appeal, a demand, a threat. */
  private static boolean message(Frame f) {
    return f == Frame.APPEAL || f == Frame.DEMAND || f == Frame.THREATEN;
  }

  /** Verbs by which the subject sends a message noun of its own: "issued a call", "renewed its plea". */
  private static final Set<String> CONVEYING = Set.of("issue", "make", "send", "renew", "repeat", "reiterate",
      "deliver", "voice", "launch", "echo", "give", "present", "sound", "extend", "lodge", "file", "submit", "relay",
      "convey", "address", "direct", "join", "step");

  /** Prepositions of a concession: "agreed despite Israel's objection" is not done to Israel. */
  private static final Set<String> CONCESSIVE_PREPS = Set.of("despite", "in_spite_of", "notwithstanding",
      "regardless_of");

  /** Nouns of a journey one may be barred from, whose "to" phrase is a destination: "a ban on travel to Canada". */
  private static final Set<String> JOURNEYS = Set.of("travel", "entry");

  /**
   * The owner of what the act works on, further down its complements: "provide help in building Y's capacity",
   * "assist in training Y's police". Breadth first: possessors up to five steps down, to/for/with phrases up to three.
   */
  private static List<Mention> deepTargets(Sentence s, int act, SentenceActors actors) {
    List<Integer> frontier = List.of(act);
    Set<Integer> seen = new HashSet<>(frontier);
    for (int depth = 0; depth < 5; depth++) {
      List<Mention> found = new ArrayList<>();
      List<Integer> next = new ArrayList<>();
      for (int n : frontier) {
        for (Dependency d : s.enhanced().children(n)) {
          if (NOT_INTO.contains(d.relation()) || d.isA("conj") || d.isA("advcl") && depth == 0
              || depth == 0 && d.isA("dep") && (commaParticiple(s, d.dependent()) // ", dealing a blow to X"
              || s.token(d.dependent()).isVerb() && s.enhanced().children(d.dependent(), "cc").size() > 0)
              || depth == 0 && d.isA("obl") && WHEN_PREPS.contains(d.specific())
              || CONCESSIVE_PREPS.contains(d.specific())
              || d.specific().equals("according_to") || d.isA("acl") && s.token(d.dependent()).pos().equals("VBG")
              || !seen.add(d.dependent())) {
            // (a time adverbial is another occasion: "released prisoners after a deal with the Vatican", "signed
            // agreements during Lula's visit"; a present participle describes the thing: "blocked the bridge
            // leading to Y")
            continue;
          }
          String sp = d.specific();
          if (sp.equals("to") && JOURNEYS.contains(s.token(n).key())) {
            continue; // "bans on travel to Canada": where the journey goes, not whom the act is aimed at
          }
          if (d.relation().equals("nmod:poss") || depth > 0 && depth < 3 && (sp.equals("to")
              || sp.equals("for") || sp.equals("with"))) {
            found.addAll(actors.at(d.dependent()));
          }
          next.add(d.dependent());
        }
      }
      if (!found.isEmpty()) {
        return found;
      }
      frontier = next;
    }
    return List.of();
  }

  /**
   * "X met Y to discuss Z", "X flew to Y to sign an accord": a purpose clause is done with whom the governing act
   * was done.
   */
  private static List<Mention> purposeTargets(Sentence s, int act, SentenceActors actors, Set<String> self,
      boolean partners) {
    for (Dependency d : s.enhanced().parents(act)) {
      boolean purpose = d.relation().equals("advcl:to") || (d.relation().equals("advcl")
          || d.relation().equals("xcomp")) && s.enhanced().children(act, "mark").stream()
          .anyMatch(m -> s.token(m).key().equals("to"));
      if (!purpose || d.governor() < 0) {
        continue;
      }
      List<Mention> r = new ArrayList<>();
      for (int o : s.enhanced().children(d.governor(), "obj")) {
        r.addAll(actors.at(o));
      }
      r.addAll(prepTargets(s, d.governor(), actors));
      // ("would work with the Commission to tighten controls": whom one works with is no target of a hostile act)
      List<Integer> with = partners ? List.of() : prepChildren(s, d.governor(), "with");
      List<Mention> others = r.stream().filter(m -> !self.contains(m.actor().code()) && !with.contains(m.head()))
          .toList();
      if (!others.isEmpty()) {
        return others;
      }
    }
    return List.of();
  }

  /**
   * Verbs of helping: in a purpose they name whom aid goes to ("pledged 50 million euros to help Armenia cope"), and
   * whom one helps to do something is their target ("help Kyiv rebuild its grid").
   */
  private static final Set<String> HELPING = Set.of("help", "assist", "support", "aid", "rebuild", "enable");

  /**
   * Whom aid given or promised is for, when the purpose clause says it: the object of "to help Armenia", or the
   * subject of the clause that "help" governs ("to help Armenia cope with refugees").
   */
  private static List<Mention> helped(Sentence s, int act, SentenceActors actors, Set<String> self) {
    List<Mention> r = new ArrayList<>();
    for (Dependency d : s.enhanced().children(act)) {
      int v = d.dependent();
      if (!(d.isA("xcomp") || d.isA("advcl")) || !HELPING.contains(s.token(v).key())
          || s.enhanced().children(v, "mark").stream().noneMatch(m -> s.token(m).key().equals("to"))) {
        continue;
      }
      for (Dependency c : s.enhanced().children(v)) {
        if (c.isA("obj") || c.isA("iobj")) {
          r.addAll(actors.at(c.dependent()));
        } else if (c.isA("ccomp") || c.isA("xcomp")) {
          for (int subj : s.enhanced().children(c.dependent(), "nsubj")) {
            r.addAll(actors.at(subj));
          }
        }
      }
    }
    return r.stream().filter(m -> !self.contains(m.actor().code())).toList();
  }

  /** "to Iran, Libya and Sudan": a target's conjuncts are targets too, when the parse did not share the relation. */
  private static List<Mention> withConjuncts(Sentence s, List<Mention> targets, SentenceActors actors) {
    if (targets.isEmpty()) {
      return targets;
    }
    List<Mention> r = new ArrayList<>(targets);
    Set<Integer> heads = new HashSet<>();
    targets.forEach(m -> heads.add(m.head()));
    for (Mention m : targets) {
      if (m.sentence() != s.index()) {
        continue;
      }
      for (Dependency d : s.basic().children(m.head())) {
        int c = d.dependent();
        if (d.relation().startsWith("conj") && heads.add(c) && !secondVerbsObject(s, c, -1)) {
          // (not the object of a second verb the parser read as an adjective: "... and suspended parliament")
          r.addAll(actors.at(c));
        }
      }
    }
    return r;
  }

  /** Conjoined event nouns share their prepositional phrases ("trade and cooperation with Y"). */
  private static List<Mention> conjunctTargets(Sentence s, int noun, SentenceActors actors) {
    List<Mention> r = new ArrayList<>();
    for (Dependency d : s.enhanced().parents(noun)) {
      if (d.relation().startsWith("conj") && d.governor() >= 0) {
        for (String prep : PREP_ORDER) {
          for (int p : prepChildren(s, d.governor(), prep)) {
            r.addAll(actors.at(p));
          }
        }
      }
    }
    return r;
  }

  /** Participles of a third party's part in an accord: "a deal brokered by the UAE", "talks hosted by Qatar". */
  private static final Set<String> MEDIATING = Set.of("broker", "mediate", "facilitate", "host", "sponsor",
      "arrange", "back");

  /** Nouns of a state of war that lasts beyond the news of the day. */
  private static final Set<String> STATES_OF_WAR = Set.of("war", "conflict", "occupation");

  /** A state's seats abroad: one stormed is the foreign state's, whatever country the story is about. */
  private static final Set<String> DIPLOMATIC_SEATS = Set.of("embassy", "consulate", "mission", "legation");

  /** Nouns of leaving a place: their "from" phrase is the place left, not a party ("withdrawal from Gaza"). */
  private static final Set<String> LEAVING = Set.of("withdrawal", "pullout", "pull-out", "retreat", "evacuation",
      "departure", "exit", "redeployment", "disengagement");

  /** Nouns of rule over a place, whose "over" phrase is the place ruled, not a party: "sovereignty over Crimea". */
  private static final Set<String> DOMINION = Set.of("sovereignty", "control", "claim", "jurisdiction", "authority",
      "rule", "suzerainty");

  /** Nouns for how things stand in a country, whose "in" phrase names what they are about. */
  private static final Set<String> SITUATIONS = Set.of("situation", "crisis", "violence", "unrest", "turmoil",
      "instability", "tension", "tensions", "development", "developments", "events", "chaos");

  /** Participles of holding a place or a thing: "positions held by the RSF", "a port controlled by rebels". */
  private static final Set<String> HOLDING = Set.of("hold", "control", "occupy", "run", "own", "operate", "man",
      "use");

  /** Participles that tell where goods come from: "imported from China", "made in Vietnam". */
  private static final Set<String> ORIGINATING = Set.of("import", "make", "produce", "manufacture", "ship",
      "export", "source", "build", "assemble", "grow");

  /** Actors that own or qualify a noun: "Y's capacity", "cooperation with Y", "the role played by Y". */
  private static List<Mention> qualifying(Sentence s, int noun, SentenceActors actors, int depth) {
    if (TRADE_FLOWS.contains(s.token(noun).key())) {
      depth++; // traded goods are of whoever makes them: "tariffs on imports of Chinese electric vehicles"
    }
    List<Mention> r = new ArrayList<>();
    for (Dependency d : s.enhanced().children(noun)) {
      String rel = d.relation();
      boolean ok = rel.equals("nmod:poss") || (rel.startsWith("nmod:") && TARGET_PREPS.contains(d.specific())
          && !(rel.equals("nmod:from") && LEAVING.contains(s.token(noun).key()))
          && !(rel.equals("nmod:to") && JOURNEYS.contains(s.token(noun).key())) // "travel to Canada": where to
          && !(rel.equals("nmod:over") && DOMINION.contains(s.token(noun).key())) // "sovereignty over X": X is held
          && !rel.equals("nmod:at")) // "settle their dispute at the ICJ": where, not whose
          || rel.equals("nmod:of") || rel.equals("obl:agent") || rel.equals("obl:by") || rel.equals("nmod:by")
          || rel.equals("nmod:agent") || rel.equals("amod")
          || rel.equals("compound")
          || rel.equals("nmod:in") && SITUATIONS.contains(s.token(noun).key()); // "the situation in Georgia"
      if (ok) {
        r.addAll(actors.at(d.dependent()));
      }
      if (rel.startsWith("acl") && HOLDING.contains(s.token(d.dependent()).key())) {
        r.addAll(byPhrase(s, d.dependent(), actors)); // "positions held by the RSF", "a town controlled by rebels"
      }
      if (rel.startsWith("acl") && s.token(d.dependent()).key().equals("belong")) {
        for (int owner : s.enhanced().children(d.dependent(), "obl:to")) {
          r.addAll(actors.at(owner)); // "weapons depots belonging to Hezbollah"
        }
      }
      if (rel.startsWith("acl") && ORIGINATING.contains(s.token(d.dependent()).key())) {
        // "electric vehicles imported from China", "steel made in China": goods are their country's
        for (Dependency from : s.enhanced().children(d.dependent())) {
          if (from.relation().equals("obl:from") || from.relation().equals("obl:in")) {
            r.addAll(actors.at(from.dependent()));
          }
        }
      }
      if (rel.equals("amod") && s.token(d.dependent()).pos().equals("VBN") || (rel.equals("amod")
          || rel.equals("compound")) && s.enhanced().children(d.dependent(), "punct").stream()
          .anyMatch(p -> s.token(p).word().equals("-") && p < d.dependent())) {
        // "a British-flagged tanker", "a Chinese-owned mine", "Serbian-run offices" (with "run" read as a noun): the
        // country written before the hyphen
        for (Dependency d2 : s.enhanced().children(d.dependent())) {
          if (!d2.relation().equals("punct")) {
            r.addAll(actors.at(d2.dependent()));
          }
        }
      }
    }
    if (r.isEmpty() && depth > 1) {
      for (Dependency d : s.enhanced().children(noun)) {
        String rel = d.relation();
        if (rel.startsWith("acl") && MEDIATING.contains(s.token(d.dependent()).key())) {
          continue; // "a deal brokered by the UAE": the broker is no party to it
        }
        if (rel.equals("nmod:with") && BACKING.contains(s.token(d.dependent()).key())) {
          continue; // "the agreement with support from the US": a backer is no party either
        }
        if (rel.startsWith("acl") || rel.startsWith("nmod:") || rel.equals("conj")) {
          r.addAll(qualifying(s, d.dependent(), actors, depth - 1));
        }
      }
    }
    // conjuncts share their modifiers ("trade and cooperation with Y")
    if (r.isEmpty()) {
      for (Dependency d : s.enhanced().parents(noun)) {
        if (d.relation().startsWith("conj") && d.governor() >= 0) {
          for (Dependency sib : s.enhanced().children(d.governor())) {
            if (sib.relation().startsWith("nmod:") && TARGET_PREPS.contains(sib.specific())) {
              r.addAll(actors.at(sib.dependent()));
            }
          }
        }
      }
    }
    return r;
  }

  // ---------------------------------------------------------------- modality cues

  /**
   * Whether infinitive {@code n} is what someone "has yet to" or "is yet to" do, with "yet" read on the infinitive or
   * on "have" / "be", or what a noun is "yet to" do ("the only member yet to ratify it").
   */
  private static boolean yetTo(Sentence s, int n) {
    DependencyGraph g = s.enhanced();
    if (g.children(n, "mark").stream().noneMatch(x -> s.token(x).key().equals("to"))) {
      return false;
    }
    if (g.children(n, "advmod").stream().anyMatch(y -> s.token(y).key().equals("yet") && y == n - 2)) {
      return true; // "the only member yet to ratify the treaty", "remains yet to be signed"
    }
    for (Dependency p : g.parents(n)) {
      if (p.governor() >= 0 && Set.of("have", "be").contains(s.token(p.governor()).key())
          && Stream.concat(g.children(n, "advmod").stream(), g.children(p.governor(), "advmod").stream())
          .anyMatch(y -> s.token(y).key().equals("yet"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean negated(Sentence s, int n) {
    if (yetTo(s, n)) {
      return true; // "has yet to recognise the result", "is yet to respond": not done so far
    }
    for (Dependency d : s.enhanced().children(n)) {
      String w = s.token(d.dependent()).key();
      if ((d.relation().equals("advmod") || d.relation().equals("neg")) && NEGATION.contains(w)) {
        return true;
      }
      if (d.relation().equals("det") && w.equals("no") && s.token(n).isNoun()) {
        return true;
      }
      if (d.relation().equals("cc") && w.equals("nor") && s.token(n).isVerb()) {
        return true; // "nor did the army withdraw", "did not attack, nor did it threaten"
      }
      if (d.isA("nsubj") && s.enhanced().children(d.dependent(), "cc:preconj").stream()
          .anyMatch(x -> s.token(x).key().equals("neither"))) {
        return true; // "neither Russia nor Ukraine attacked": none did
      }
      if (d.relation().equals("obj") && s.token(n).isVerb() && s.enhanced().children(d.dependent(), "det").stream()
          .anyMatch(x -> s.token(x).key().equals("no"))) {
        return true; // "gave no details", "sent no troops": nothing was given or sent
      }
    }
    return false;
  }

  private static boolean hasAux(Sentence s, int n, Set<String> words) {
    for (Dependency d : s.enhanced().children(n)) {
      if (d.isA("aux") && words.contains(s.token(d.dependent()).word().toLowerCase(
          java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** A headline's "X to do Y" (a root infinitive) announces what X will do. */
  private static boolean headlineInfinitive(Sentence s, List<Integer> nodes) {
    int top = nodes.get(nodes.size() - 1);
    if (!s.enhanced().roots().contains(top)) {
      return false;
    }
    return s.enhanced().children(top, "mark").stream().anyMatch(m -> s.token(m).key().equals("to"));
  }

  /**
   * An infinitive of purpose or attempt under a future verb is future too: "will visit X to mediate", "will try to
   * mediate".
   */
  private static boolean purposeOfFuture(Sentence s, int n) {
    if (!s.token(n).isVerb()
        || s.enhanced().children(n, "mark").stream().noneMatch(m -> s.token(m).key().equals("to"))) {
      return false;
    }
    for (Dependency d : s.enhanced().parents(n)) {
      if (d.governor() >= 0 && (d.isA("advcl") || d.relation().equals("xcomp"))
          && s.token(d.governor()).isVerb() && hasAux(s, d.governor(), FUTURE)) {
        return true;
      }
    }
    return false;
  }

  /** A verb with "will" (or "shall"), or with "would" in reported speech ("said it would ..."): told as to come. */
  private boolean futureVerb(Sentence s, int n) {
    return hasAux(s, n, FUTURE) || hasAux(s, n, WOULD) && inReportedSpeech(s, n);
  }

  private static final Set<String> WOULD = Set.of("would");

  /**
   * The means of a future act is future too: "said it would retaliate by closing a consulate", "will respond by
   * expelling diplomats" (a "by" gerund).
   */
  private boolean mannerOfFuture(Sentence s, int n) {
    if (!s.token(n).pos().equals("VBG")) {
      return false;
    }
    for (Dependency d : s.enhanced().parents(n)) {
      int up = d.governor();
      if (up >= 0 && (d.relation().equals("advcl:by") || d.relation().equals("obl:by")) && s.token(up).isVerb()
          && futureVerb(s, up)) {
        return true;
      }
    }
    return false;
  }

  /** The if- and unless-clauses that depend on {@code n} or on its complement ("threatened to stop X if ..."). */
  private static List<Integer> conditionClauses(Sentence s, int n) {
    List<Integer> r = new ArrayList<>();
    List<Integer> heads = new ArrayList<>(List.of(n));
    heads.addAll(s.enhanced().children(n, "xcomp"));
    for (int h : heads) {
      for (Dependency d : s.enhanced().children(h)) {
        if (d.isA("advcl") && s.enhanced().children(d.dependent(), "mark").stream()
            .anyMatch(m -> s.token(m).key().equals("if") || s.token(m).key().equals("unless"))) {
          r.add(d.dependent());
        }
      }
    }
    return r;
  }

  /** "Will Russia invade Ukraine?": a question asks whether something happens; it tells no event. */
  private static boolean question(Sentence s) {
    return s.size() > 0 && s.token(s.size() - 1).word().equals("?");
  }

  private static final Set<String> DENIALS = Set.of("deny", "refute", "rebut", "dismiss", "reject");
  private static final Set<String> CLAIM_NOUNS = Set.of("accusation", "allegation", "claim", "charge", "report",
      "suggestion", "assertion", "rumor", "rumour", "speculation");

  /**
   * An act told in what someone denies ("Kenya denied that its troops had attacked civilians", "Rwanda denied
   * accusations that it had supplied weapons"): the denial is the event (016), the act is not.
   */
  private static boolean denied(Sentence s, int top) {
    for (Dependency d : s.enhanced().parents(top)) {
      if (d.governor() < 0) {
        continue;
      }
      int g = d.governor();
      if (d.relation().equals("ccomp") && DENIALS.contains(s.token(g).key())) {
        return true;
      }
      if (d.relation().equals("ccomp") && s.token(g).key().equals("confirm") && (negated(s, g)
          || s.enhanced().children(g, "cc:preconj").stream().anyMatch(x -> s.token(x).key().equals("neither")))) {
        return true; // "neither confirmed nor denied that its jets struck", "did not confirm that ...": not told
      }
      if ((d.relation().equals("ccomp") || d.relation().startsWith("acl")) && CLAIM_NOUNS.contains(s.token(g).key())
          && s.enhanced().parents(g).stream().anyMatch(u -> u.governor() >= 0 && u.relation().equals("obj")
          && DENIALS.contains(s.token(u.governor()).key()))
          && !commaParticiple(s, top)) {
        return true; // (but "rejected the report, accusing India of ...": the denier's own accusation)
      }
    }
    return false;
  }

  /**
   * A relative clause in the perfect or the simple present describes a participant, not a new act: "the militant group
   * that has seized parts of Iraq", "guerrillas who had overrun it", "firms that supply Russia", "Hamas, which
   * advocates Israel's destruction". A simple past ("rebels who attacked the base on Monday") still tells one.
   */
  private static boolean describing(Sentence s, int n) {
    // "it was one that Pelosi had already rejected": a relative clause on a predicate noun is what the sentence says
    if (s.basic().parents(n).stream().noneMatch(d -> d.relation().equals("acl:relcl") && d.governor() >= 0
        && s.basic().children(d.governor(), "cop").isEmpty())) {
      return false;
    }
    String pos = s.token(n).pos();
    boolean perfect = s.basic().children(n).stream().anyMatch(d -> d.relation().equals("aux")
        && s.token(d.dependent()).key().equals("have"));
    boolean present = (pos.equals("VBZ") || pos.equals("VBP")) && !hasAuxiliary(s, n);
    return perfect || present;
  }

  /**
   * An act in a present-tense "until" clause is the goal of another act, not an event ("vowed to fight until they gain
   * control of the villages"); "fought until they captured the town" tells one.
   */
  private static boolean goal(Sentence s, int n) {
    String pos = s.token(n).pos();
    return (pos.equals("VBP") || pos.equals("VBZ") || pos.equals("VB")) && !hasAuxiliary(s, n)
        && s.enhanced().parents(n).stream().anyMatch(d -> d.isA("advcl"))
        && s.enhanced().children(n, "mark").stream().anyMatch(m -> s.token(m).key().equals("until"));
  }

  /**
   * An act in a "when", "once", "until" or "unless" clause of a verb with "will" or "would" is the condition of what
   * will be, not an event: "the operation would end only when the separatists laid down their weapons".
   */
  private static boolean futureCondition(Sentence s, int n) {
    return s.enhanced().children(n).stream().anyMatch(m -> (m.relation().equals("mark")
        || m.relation().equals("advmod")) && m.dependent() < n
        && Set.of("when", "once", "until", "unless").contains(s.token(m.dependent()).key()))
        && s.enhanced().parents(n).stream().anyMatch(d -> d.isA("advcl") && d.governor() >= 0
        && s.enhanced().children(d.governor(), "aux").stream()
        .anyMatch(a -> FUTURE.contains(s.token(a).key()) || s.token(a).key().equals("would")));
  }

  private static boolean conditional(Sentence s, int n) {
    for (Dependency d : s.enhanced().children(n)) {
      // "If talks fail, X will close the border": the act depends on an if-clause of its own
      if (d.isA("advcl") && s.enhanced().children(d.dependent(), "mark").stream()
          .anyMatch(m -> s.token(m).key().equals("if") || s.token(m).key().equals("unless"))) {
        return true;
      }
    }
    for (Dependency d : s.enhanced().parents(n)) {
      if (d.isA("advcl")) {
        for (int m : s.enhanced().children(n, "mark")) {
          String w = s.token(m).key();
          if (w.equals("if") || w.equals("unless")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean joint(Sentence s, int act, List<Integer> nodes) {
    List<Integer> look = new ArrayList<>(nodes);
    look.addAll(objects(s, act));
    for (int n : new ArrayList<>(look)) {
      for (Dependency d : s.enhanced().children(n)) {
        if (d.relation().equals("nmod:of")) {
          look.add(d.dependent());
        }
      }
    }
    for (int n : look) {
      if (JOINT.contains(s.token(n).key())) {
        return true;
      }
      for (Dependency d : s.enhanced().children(n)) {
        if (JOINT.contains(s.token(d.dependent()).key())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Verbs of saying that present what follows as an allegation, not a fact (CAMEO 112: "accuse ... allege"). "claim"
   * and "contend" accuse only when what is claimed is a hostile act; "allege" and "charge" always do.
   */
  private static final Set<String> ALLEGING = Set.of("claim", "allege", "charge", "contend");

  /** The alleging verb ("claimed", "alleged") whose complement holds the act, if the act is reported by one. */
  private Optional<Token> allegation(Sentence s, int top) {
    for (Dependency d : s.enhanced().parents(top)) {
      if ((d.relation().equals("ccomp")) && d.governor() >= 0 && ALLEGING.contains(s.token(d.governor()).key())) {
        return Optional.of(s.token(d.governor()));
      }
    }
    return Optional.empty();
  }

  /** Verbal or material conflict: demands to mass violence (CAMEO roots 10 to 20), minus the 10x demands. */
  private static boolean conflict(String code) {
    return Integer.parseInt(code.substring(0, 2)) >= 11;
  }

  /** The one who said it, when the act is in the complement of a verb of saying. */
  private Optional<Mention> reporter(Sentence s, int top, SentenceActors actors) {
    int node = top;
    for (int depth = 0; depth < 4; depth++) {
      for (int source : prepChildren(s, node, "according_to")) {
        // "According to the Syrian Observatory, Turkish drones struck ...": the source of the report
        if (!actors.at(source).isEmpty()) {
          return Optional.of(actors.at(source).get(0));
        }
      }
      for (Dependency d : s.enhanced().parents(node)) {
        int gov = d.governor();
        if (gov < 0) {
          continue;
        }
        if ((d.relation().equals("ccomp") || d.relation().equals("parataxis")) && reporting(s.token(gov))) {
          for (int subj : s.enhanced().children(gov, "nsubj")) {
            if (!actors.at(subj).isEmpty()) {
              return Optional.of(actors.at(subj).get(0));
            }
          }
          return Optional.empty();
        }
      }
      for (Dependency d : s.enhanced().children(node)) {
        // "X did Y, Z said", parsed with the reporting verb hung on the act
        if ((d.relation().equals("parataxis") || d.relation().equals("dep")) && d.dependent() > node
            && reporting(s.token(d.dependent()))) {
          for (int subj : s.enhanced().children(d.dependent(), "nsubj")) {
            if (!actors.at(subj).isEmpty()) {
              return Optional.of(actors.at(subj).get(0));
            }
          }
        }
      }
      List<Dependency> up = s.enhanced().parents(node);
      if (up.isEmpty() || up.get(0).governor() < 0) {
        return trailingReport(s, node, actors);
      }
      node = up.get(0).governor();
    }
    return Optional.empty();
  }

  /**
   * "Pakistani troops fired mortars at Indian posts in the Poonch sector, India's army said on Monday", with the
   * closing "said" hung by the parser on a noun of the clause instead of on its verb: the last verb of saying, after a
   * comma, with an actor for subject and nothing said of its own, reports the clause of {@code root}.
   */
  private Optional<Mention> trailingReport(Sentence s, int root, SentenceActors actors) {
    for (int i = s.size() - 1; i > root + 1; i--) {
      if (!s.token(i).isVerb() || !reporting(s.token(i))) {
        continue;
      }
      int verb = i;
      boolean afterComma = s.enhanced().children(verb, "nsubj").stream().allMatch(subj -> phraseStart(s, subj) > 0
          && s.token(phraseStart(s, subj) - 1).word().equals(","));
      if (afterComma && parentheticalReport(s, verb)) {
        for (int subj : s.enhanced().children(verb, "nsubj")) {
          if (!actors.at(subj).isEmpty()) {
            return Optional.of(actors.at(subj).get(0));
          }
        }
      }
      return Optional.empty(); // (only the last verb of saying can close the sentence)
    }
    return Optional.empty();
  }
}

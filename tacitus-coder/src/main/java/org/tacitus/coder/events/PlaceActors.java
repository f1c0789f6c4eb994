package org.tacitus.coder.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tacitus.core.model.Actor;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Place;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.model.Token;

/**
 * After geolocation: the place an event happened in completes what its sentence left open.
 *
 * <ul>
 *   <li>A protest, a show of force, fighting, a deployment, a domestic measure or an expression of sympathy with no
 *       target named is aimed at the country it happens in ("students protested in Lahore": the target is PAK;
 *       "exercises in Alaska": USA), as the engine already does when the place is itself an actor ("in Moscow").
 *   <li>An investigation or inspection with no target named, by a body of another country or by an international
 *       one, is aimed at the country it happens in ("IAEA inspectors visited sites in Iran": IRN); a state's own
 *       inquiry at home is not aimed at itself.
 *   <li>A domestic actor whose country the text does not give ("students", "police", "workers") is of the country it
 *       acts in ("students protested in Lahore": PAKEDU), and one acted upon there is of that country too
 *       ("civilians killed in Gaza": PSECVL). Governments, armed forces, spies and elites are not: they act abroad as
 *       often as at home. Nor is the unnamed agent of violence against the place itself ("shells were fired at
 *       southern Lebanon": they fell there, from wherever they came).
 * </ul>
 *
 * <p>Only a place tied to the event or its sentence counts (a place of the rules "event" and "sentence" of the
 * geolocator), never the story's dateline. Each change is written into the event's rule. Pure and thread safe.
 */
public final class PlaceActors {

  private static final Set<String> ABROAD = Set.of("GOV", "MIL", "SPY", "ELI");

  private PlaceActors() {
  }

  /** The article with the events' open actors filled from their places; events without a place are unchanged. */
  public static CodedArticle complete(CodedArticle coded) {
    Map<String, Event> out = new LinkedHashMap<>();
    boolean changed = false;
    for (Event e : coded.events()) {
      Event done = complete(e, coded);
      changed |= done != e;
      out.putIfAbsent(done.dedupKey(), done);
    }
    if (!changed) {
      return coded;
    }
    return new CodedArticle(coded.annotated(), coded.mentions(), new ArrayList<>(out.values()));
  }

  /** Sectors of a country's own people who act against its government: dissent, civil society, insurgents. */
  private static final Set<String> NON_STATE = Set.of("OPP", "CVL", "EDU", "LAB", "AGR", "REB", "INS", "SEP", "UAF",
      "RAD", "HRI", "REL", "MED", "BUS");

  private static Event complete(Event e, CodedArticle coded) {
    if (e.place().isEmpty() || e.place().get().country().isEmpty() || !tied(e.place().get())) {
      return e;
    }
    Place p = e.place().get();
    String iso3 = p.country().get();
    Mention source = e.source();
    String rule = e.rule();
    Actor a = source.actor();
    // (a place that is the target itself was aimed at from elsewhere: "rockets were fired at Israel" says nothing of
    // where those who fired them are from)
    boolean placeIsTheTarget = e.target().isPresent() && placeIsTheTarget(e, e.target().get(), p, coded);
    if ((domesticWithoutCountry(a) || storyDefault(source, iso3) && p.unambiguous()) && !placeIsTheTarget) {
      source = source.withActor(Actor.of(iso3, a.sector().get()), source.reason() + "; country of the place it "
          + "acts in: " + p.name() + " (" + iso3 + ")");
      rule = rule + " | source's country from the place '" + p.name() + "'";
    }
    Optional<Mention> target = e.target();
    // a government protested against where it happens, with no country of its own, is that place's: "protests
    // against the government broke out in Nairobi" (a government may act abroad, but is protested against at home);
    // so is one that the place's own people, not a state's forces, act against ("protesters torched government
    // buildings in Bangladesh")
    String by = source.actor().sector().orElse("");
    boolean protestedGovernment = (e.code().code().startsWith("14") || source.actor().country().filter(iso3::equals)
        .isPresent() && NON_STATE.contains(by)) && target.isPresent()
        && target.get().actor().roleWithoutCountry() && target.get().actor().sector().get().equals("GOV");
    if (target.isPresent() && (domesticWithoutCountry(target.get().actor())
        || storyDefault(target.get(), iso3) && p.unambiguous() || protestedGovernment)) {
      Actor t = target.get().actor();
      target = Optional.of(target.get().withActor(Actor.of(iso3, t.sector().get()), target.get().reason()
          + "; country of the place the act happened in: " + p.name() + " (" + iso3 + ")"));
      rule = rule + " | target's country from the place '" + p.name() + "'";
    }
    boolean foreignInquiry = e.code().code().startsWith("09")
        && !source.actor().country().filter(iso3::equals).isPresent();
    if (target.isEmpty() && (EventEngine.placeIsTarget(e.code().code()) || foreignInquiry)
        && !iso3.equals(source.actor().code()) && p.evidence().isPresent()) {
      Optional<Mention> m = placeMention(coded, e.sentence(), p, iso3);
      if (m.isPresent()) {
        target = m;
        rule = rule + " | target: the country of the place '" + p.name() + "'";
      }
    }
    if (source == e.source() && target == e.target()) {
      return e;
    }
    Event r = new Event(e.docId(), e.sentence(), e.code(), source, target, e.modality(),
        target.map(t -> e.evidence().union(t.span())).orElse(e.evidence()), rule, e.confidence(), e.reportedBy(),
        e.date(), e.place());
    return r;
  }

  /**
   * Whether the victim of a violent act is the place itself ("fired at northern Israel", "struck Kharkiv"): its head
   * word lies in the place's words.
   */
  private static boolean placeIsTheTarget(Event e, Mention target, Place p, CodedArticle coded) {
    String root = e.code().root();
    List<Sentence> sentences = coded.annotated().sentences();
    if (!(root.equals("18") || root.equals("19") || root.equals("20")) || target.sentence() != e.sentence()
        || p.evidence().isEmpty() || target.sentence() < 0 || target.sentence() >= sentences.size()) {
      return false;
    }
    var head = sentences.get(target.sentence()).token(target.head()).span();
    return p.evidence().get().contains(head);
  }

  /**
   * A domestic role that took the story's country only by default ("23 people" in a story about Palestinian
   * bombers) while its event happened in another country's place ("in Tel Aviv"): the place says more.
   */
  private static boolean storyDefault(Mention m, String iso3) {
    Actor a = m.actor();
    return a.sector().isPresent() && !ABROAD.contains(a.sector().get()) && a.country().isPresent()
        && !a.country().get().equals(iso3) && m.countryFromStory();
  }

  /** "students", "civilians", "police": a domestic role whose country the text does not give. */
  private static boolean domesticWithoutCountry(Actor a) {
    return a.roleWithoutCountry() && !ABROAD.contains(a.sector().get());
  }

  private static boolean tied(Place p) {
    return p.reason().startsWith("event:") || p.reason().startsWith("sentence:");
  }

  private static Optional<Mention> placeMention(CodedArticle coded, int sentence, Place p, String iso3) {
    List<Sentence> sentences = coded.annotated().sentences();
    if (sentence < 0 || sentence >= sentences.size()) {
      return Optional.empty();
    }
    Sentence s = sentences.get(sentence);
    var span = p.evidence().get();
    for (Token t : s.tokens()) {
      if (t.span().start() >= span.start() && t.span().end() <= span.end()) {
        return Optional.of(new Mention(sentence, t.index(), span, span.of(coded.article().text()),
            Actor.country(iso3), "the country of the place '" + p.name() + "' (" + p.type().name().toLowerCase(
            java.util.Locale.ROOT) + ")"));
      }
    }
    return Optional.empty();
  }
}

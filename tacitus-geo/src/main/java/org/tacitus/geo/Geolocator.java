package org.tacitus.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tacitus.core.model.Actor;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Dependency;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Place;
import org.tacitus.core.model.Place.GeoType;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.model.Span;

/**
 * Places the events of a coded article: where each happened, by the first rule that applies (docs/GEO.md):
 *
 * <ol>
 *   <li><b>event</b>: a place whose prepositional phrase attaches to a word of the event's evidence, or to the word
 *       that word hangs from, or that the evidence contains ("a meeting in Moscow", "an attack in Kabul");
 *   <li><b>sentence</b>: the place of the event's sentence written with a preposition of location ("in", "at",
 *       "near" ...) in the clause of the evidence, the nearest to the evidence;
 *   <li><b>story</b>: the dateline's place, else the first place of the story written with such a preposition;
 *   <li><b>actors</b>: the country of the event's actors, when they all have the same one.
 * </ol>
 *
 * <p>Otherwise the event has no place. Names the coder read as actors ("Moscow will continue ...") are not places.
 * Needs the article's sentences with tokens and NER (dependencies when present) and the coder's actor mentions;
 * adds {@link Event#place()}. Pure and thread safe: one instance serves every thread.
 */
public final class Geolocator {

  private final Gazetteer gazetteer;
  private final PlaceFinder finder;
  private final PlaceResolver resolver;

  public Geolocator(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.finder = new PlaceFinder(gazetteer);
    this.resolver = new PlaceResolver(gazetteer);
  }

  /**
   * The geolocator of the shipped gazetteer (loaded once per JVM).
   *
   * @throws GazetteerException when the gazetteer cannot be loaded
   */
  public static Geolocator standard() {
    return new Geolocator(Gazetteer.standard());
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The place names of the article, each resolved, and the story's dateline and focus. */
  public StoryPlaces places(CodedArticle coded) {
    List<PlaceMention> mentions = finder.find(coded.annotated(), coded.mentions());
    List<ResolvedPlace> resolved = resolver.resolve(mentions, coded.mentions());
    Optional<ResolvedPlace> dateline = resolved.stream()
        .filter(r -> r.mention().source().equals("dateline") && r.isResolved()).findFirst();
    Optional<ResolvedPlace> focus = dateline.isPresent() ? dateline : resolved.stream()
        .filter(r -> r.isResolved() && r.mention().isPlace() && r.mention().isLocative()).findFirst();
    return new StoryPlaces(resolved, dateline, focus);
  }

  /** The article with every event placed (an event no rule places keeps an empty place). */
  public CodedArticle place(CodedArticle coded) {
    if (coded.events().isEmpty()) {
      return coded;
    }
    StoryPlaces story = places(coded);
    List<Event> events = new ArrayList<>(coded.events().size());
    for (Event e : coded.events()) {
      events.add(actorsOfNamedPlaces(place(e, coded, story).map(e::withPlace).orElse(e), coded, story));
    }
    return new CodedArticle(coded.annotated(), coded.mentions(), events);
  }

  /**
   * An actor whose country the coder could not give but whose own phrase names a place ("the mayor of Nablus", "the
   * governor of Kandahar province", "police in Lahore") is of that place's country.
   */
  static Event actorsOfNamedPlaces(Event e, CodedArticle coded, StoryPlaces story) {
    Optional<Mention> source = ofNamedPlace(e.source(), coded, story);
    Optional<Mention> target = e.target().flatMap(t -> ofNamedPlace(t, coded, story));
    if (source.isEmpty() && target.isEmpty()) {
      return e;
    }
    String rule = e.rule() + source.map(m -> " | source's country from a place in its phrase").orElse("")
        + target.map(m -> " | target's country from a place in its phrase").orElse("");
    return new Event(e.docId(), e.sentence(), e.code(), source.orElse(e.source()), target.or(e::target),
        e.modality(), e.evidence(), rule, e.confidence(), e.reportedBy(), e.date(), e.place());
  }

  private static Optional<Mention> ofNamedPlace(Mention m, CodedArticle coded, StoryPlaces story) {
    Actor a = m.actor();
    boolean byDefault = !a.roleWithoutCountry() && m.countryByDefault() && a.sector().isPresent();
    boolean open = a.roleWithoutCountry() || byDefault;
    if (!open || m.sentence() < 0 || m.sentence() >= coded.annotated().sentences().size()) {
      return Optional.empty();
    }
    Sentence s = coded.annotated().sentences().get(m.sentence());
    for (ResolvedPlace r : story.places()) {
      PlaceMention pm = r.mention();
      if (r.isResolved() && pm.sentence() == m.sentence() && pm.actor().isEmpty()
          && (m.span().contains(pm.span()) || modifies(s, pm.to(), m.head()))
          && r.place().country().isPresent() && !pm.source().equals("dateline")
          && !r.place().country().equals(a.country()) && (!byDefault || r.place().unambiguous()
          || pm.preposition().filter(p -> !p.equals("of") && !p.equals("in")).isEmpty())) {
        // (a country given by default yields to a place of the role's own "of" or "in" phrase, "the mayor of
        // Hebron"; to one merely near it only when its name is no namesake of places elsewhere)
        String iso3 = r.place().country().get();
        return Optional.of(m.withActor(Actor.of(iso3, a.sector().get()), m.reason() + "; '" + pm.name()
            + "' in its phrase is in " + iso3));
      }
    }
    return Optional.empty();
  }

  /** Whether the name ending at {@code name} is an "of"/"in" phrase of {@code head}, at most three nouns down. */
  private static boolean modifies(Sentence s, int name, int head) {
    int node = name;
    for (int step = 0; step < 3; step++) {
      Optional<Dependency> up = s.basic().parents(node).stream().filter(d -> d.governor() >= 0).findFirst();
      if (up.isEmpty()) {
        return false;
      }
      String r = up.get().baseRelation();
      if (!(r.equals("nmod") && (up.get().specific().equals("of") || up.get().specific().equals("in")
          || up.get().specific().isEmpty()) || r.equals("compound"))) {
        return false;
      }
      node = up.get().governor();
      if (node == head) {
        return true;
      }
    }
    return false;
  }

  /** Where {@code event} happened, by the rules of this class, with the rule in the place's reason. */
  public Optional<Place> place(Event event, CodedArticle coded, StoryPlaces story) {
    List<Sentence> sentences = coded.annotated().sentences();
    if (event.sentence() >= 0 && event.sentence() < sentences.size()) {
      Sentence s = sentences.get(event.sentence());
      Span ev = event.evidence();
      ResolvedPlace nearest = null;
      int distance = Integer.MAX_VALUE;
      for (ResolvedPlace r : story.places()) {
        PlaceMention m = r.mention();
        if (m.sentence() == s.index() && m.isPlace() && r.isResolved()
            && (m.preposition().isEmpty() || m.preposition().get().equals("of"))) {
          Optional<String> acted = actedOn(s, m, ev);
          if (acted.isPresent()) {
            return Optional.of(withRule(r.place(), "event: " + acted.get()));
          }
        }
        if (m.sentence() != s.index() || !m.isPlace() || m.preposition().isEmpty()
            || m.source().equals("dateline")) {
          continue;
        }
        String p = m.preposition().get();
        if (!PlaceFinder.LOCATIVE.contains(p) && !PlaceFinder.DIRECTIONAL.contains(p)) {
          continue;
        }
        Optional<String> attached = attachment(s, m, ev);
        if (attached.isPresent()) {
          return Optional.of(withRule(r.place(), "event: " + attached.get()));
        }
        int d = m.span().end() <= ev.start() ? ev.start() - m.span().end()
            : m.span().start() >= ev.end() ? m.span().start() - ev.end() : 0;
        if (m.isLocative() && d < distance && sameClause(s, m.to(), ev)) {
          nearest = r;
          distance = d;
        }
      }
      if (nearest != null) {
        return Optional.of(withRule(nearest.place(), "sentence: '" + nearest.mention().preposition().get() + " "
            + nearest.mention().name() + "' is the place of the event's sentence"));
      }
    }
    if (story.focus().isPresent()) {
      ResolvedPlace f = story.focus().get();
      String why = f.mention().source().equals("dateline") ? "story: the dateline '" + f.mention().name() + "'"
          : "story: '" + f.mention().preposition().orElse("") + " " + f.mention().name() + "' is the first place "
              + "the story names with a preposition of location";
      return Optional.of(withRule(f.place(), why));
    }
    Set<String> countries = new TreeSet<>();
    boolean all = addCountry(event.source(), countries);
    if (event.target().isPresent()) {
      all &= addCountry(event.target().get(), countries);
    }
    if (all && countries.size() == 1) {
      String iso3 = countries.iterator().next();
      Optional<GazetteerEntry> c = gazetteer.country(iso3);
      if (c.isPresent()) {
        GazetteerEntry e = c.get();
        return Optional.of(new Place(e.name(), GeoType.COUNTRY, Optional.of(iso3), Optional.empty(),
            finite(e.lat()), finite(e.lon()), Optional.empty(), Optional.empty(), "actors: no place in the "
            + "sentence or the story; the event's actors are all of " + iso3, List.of()));
      }
    }
    return Optional.empty();
  }

  private static boolean addCountry(Mention m, Set<String> countries) {
    m.actor().country().ifPresent(countries::add);
    return m.actor().country().isPresent();
  }

  private static Optional<Double> finite(double d) {
    return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
  }

  /** Relations that open a clause of its own: a place inside one is not the place of the clause above it. */
  private static final Set<String> CLAUSES = Set.of("ccomp", "advcl", "parataxis", "acl", "csubj");

  /**
   * The place's word and a word of the evidence have the same clause head ("He said talks in Nairobi failed": Nairobi
   * is in the clause of "failed", not of "said"). True when the sentence has no parse.
   */
  private static boolean sameClause(Sentence s, int place, Span evidence) {
    if (s.basic().edges().isEmpty()) {
      return true;
    }
    int head = clauseHead(s, place);
    for (int t = 0; t < s.size(); t++) {
      if (evidence.contains(s.token(t).span()) && clauseHead(s, t) == head) {
        return true;
      }
    }
    return false;
  }

  /** Prepositions that bring in what an act is about, not where it is done: "accused of", "blamed for". */
  private static final Set<String> ABOUT = Set.of("of", "for", "over", "about", "with");

  /**
   * A gerund brought in by such a preposition ("accused Iran of paying the gang through companies in Dubai", "charged
   * with smuggling arms into Kenya"): a clause of its own, whose places are where that act was done.
   */
  private static boolean chargedGerund(Sentence s, int token, Dependency up) {
    return s.token(token).pos().equals("VBG") && (up.baseRelation().equals("obl") || up.baseRelation().equals("nmod"))
        && s.basic().children(token, "case").stream().anyMatch(c -> ABOUT.contains(s.token(c).lemma().toLowerCase(
        java.util.Locale.ROOT)));
  }

  private static int clauseHead(Sentence s, int token) {
    int cur = token;
    for (int guard = 0; guard < s.size(); guard++) {
      List<Dependency> parents = s.basic().parents(cur);
      Dependency up = parents.isEmpty() ? null : parents.get(0);
      if (up == null || up.governor() < 0 || CLAUSES.contains(up.baseRelation()) || chargedGerund(s, cur, up)) {
        return cur;
      }
      cur = up.governor();
    }
    return cur;
  }

  /**
   * A place that is the direct object of a word of the event, or the "of" phrase of that object: "shelled Kharkiv",
   * "captured the town of Bunagana". The act happened there.
   */
  private static Optional<String> actedOn(Sentence s, PlaceMention m, Span evidence) {
    for (int t = 0; t < s.size(); t++) {
      if (!evidence.contains(s.token(t).span())) {
        continue;
      }
      for (int o : s.basic().children(t, "obj")) {
        if (o == m.to() || modifies(s, m.to(), o)) { // "the town of Bunagana": the town is the object
          return Optional.of("'" + m.name() + "' is what '" + s.token(t).word() + "' acts on");
        }
      }
    }
    return Optional.empty();
  }

  /** How the place's phrase belongs to the event, if it does. */
  private static Optional<String> attachment(Sentence s, PlaceMention m, Span evidence) {
    String phrase = "'" + m.preposition().get() + " " + m.name() + "'";
    if (m.governor().isPresent()) {
      int g = m.governor().get();
      if (evidence.contains(s.token(g).span())) {
        return Optional.of(phrase + " attaches to '" + s.token(g).word() + "', a word of the event");
      }
      for (Dependency d : s.basic().parents(g)) {
        if (d.governor() >= 0 && evidence.contains(s.token(d.governor()).span())) {
          return Optional.of(phrase + " attaches to '" + s.token(g).word() + "', which belongs to '"
              + s.token(d.governor()).word() + "' of the event");
        }
      }
    }
    if (evidence.contains(m.span())) {
      return Optional.of(phrase + " is inside the event's words");
    }
    return Optional.empty();
  }

  private static Place withRule(Place p, String rule) {
    return new Place(p.name(), p.type(), p.country(), p.admin1(), p.lat(), p.lon(), p.geonamesId(), p.evidence(),
        rule + "; " + p.reason(), p.alternatives());
  }
}

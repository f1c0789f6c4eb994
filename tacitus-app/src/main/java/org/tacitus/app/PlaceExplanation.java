package org.tacitus.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tacitus.coder.StandardCoder;
import org.tacitus.coder.events.PlaceActors;
import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Place;
import org.tacitus.geo.Geolocator;
import org.tacitus.geo.ResolvedPlace;
import org.tacitus.geo.StoryPlaces;

/** The "places" part of {@code tacitus explain}: each place name and how it resolved, then each event's place. */
final class PlaceExplanation {

  private PlaceExplanation() {
  }

  static void print(AnnotatedArticle annotated, List<StandardCoder.Explanation> explanations, PrintWriter out) {
    List<Mention> mentions = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (StandardCoder.Explanation ex : explanations) {
      mentions.addAll(ex.mentions());
      events.addAll(ex.events());
    }
    CodedArticle coded = new CodedArticle(annotated, mentions, events);
    Geolocator geo = Geolocator.standard();
    StoryPlaces story = geo.places(coded);
    String text = annotated.text();
    out.println("places:");
    if (story.places().isEmpty()) {
      out.println("  (none)");
    }
    for (ResolvedPlace r : story.places()) {
      String where = "'" + r.mention().span().of(text) + "' [" + r.mention().span().start() + ","
          + r.mention().span().end() + ") sentence " + r.mention().sentence() + " ("
          + r.mention().preposition().orElse("no preposition") + "; " + r.mention().source() + ")";
      if (r.mention().actor().isPresent()) {
        out.println("  " + where + ": an actor (" + r.mention().actor().get().actor().code() + "), not a place");
        continue;
      }
      out.println("  " + where + " = " + describe(r.place()));
      out.println("      " + r.place().reason());
      if (!r.place().alternatives().isEmpty()) {
        out.println("      alternatives: " + String.join("; ", r.place().alternatives()));
      }
    }
    story.focus().ifPresent(f -> out.println("  story place: " + describe(f.place())));
    out.println("event places:");
    if (events.isEmpty()) {
      out.println("  (no events)");
    }
    for (Event e : events) {
      Optional<Place> p = geo.place(e, coded, story);
      out.println("  " + e.source().actor().code() + " -> " + e.target().map(x -> x.actor().code()).orElse("-")
          + " " + e.code().code() + " (sentence " + e.sentence() + "): " + p.map(PlaceExplanation::describe)
          .orElse("no place") + p.map(x -> " — " + x.reason()).orElse(""));
    }
    CodedArticle placed = geo.place(coded);
    CodedArticle completed = PlaceActors.complete(placed);
    if (completed != placed) {
      out.println("actors completed from places:");
      for (Event e : completed.events()) {
        if (!placed.events().contains(e)) {
          out.println("  " + e.source().actor().code() + " -> " + e.target().map(x -> x.actor().code()).orElse("-")
              + " " + e.code().code() + " (sentence " + e.sentence() + ") — " + e.rule());
        }
      }
    }
  }

  private static String describe(Place p) {
    return p.name() + " (" + p.type().name().toLowerCase(java.util.Locale.ROOT) + p.country().map(c -> ", " + c)
        .orElse("") + p.admin1().map(a -> ", " + a).orElse("") + p.lat().map(lat -> String.format(
        java.util.Locale.ROOT, ", %.4f %.4f", lat, p.lon().orElse(Double.NaN))).orElse("")
        + p.geonamesId().map(id -> ", geonames " + id).orElse("") + ")";
  }
}

package org.tacitus.geo.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.Place;
import org.tacitus.core.model.Place.GeoType;
import org.tacitus.geo.Geolocator;
import org.tacitus.geo.ResolvedPlace;

/**
 * The founding article's meeting happened in Moscow (issue 10). The article is read from ../shared at test time,
 * never shipped; the test is skipped where ../shared is absent.
 */
@Tag("corenlp")
class SeedArticlePlacesTest {

  private static String text;
  private static CodedArticle placed;

  @BeforeAll
  static void code() throws IOException {
    Path file = Path.of(System.getProperty("tacitus.shared", "../shared")).resolve("seed/article.txt");
    assumeTrue(Files.isRegularFile(file), "skipped: " + file + " not found (the shared gold data is not here)");
    text = Files.readString(file);
    placed = GeoTestKit.place(text);
  }

  @Test
  void theMeetingEventsArePlacedInMoscowRussia() {
    List<Event> meeting = placed.events().stream()
        .filter(e -> placed.annotated().sentences().get(e.sentence()).span().of(text).contains("meeting")).toList();
    assertThat(meeting).as("events of the sentences about the meeting").isNotEmpty();
    for (Event e : meeting) {
      Place p = e.place().orElseThrow(() -> new AssertionError("no place for " + e.code().code() + " '"
          + e.evidence().of(text) + "'"));
      assertThat(p.name()).as(p.reason()).isEqualTo("Moscow");
      assertThat(p.type()).isEqualTo(GeoType.CITY);
      assertThat(p.country()).contains("RUS");
      assertThat(p.lat().orElseThrow()).isBetween(55.0, 56.5);
      assertThat(p.lon().orElseThrow()).isBetween(37.0, 38.5);
      assertThat(p.geonamesId()).isPresent();
      assertThat(p.evidence().orElseThrow().of(text)).isEqualTo("Moscow");
    }
  }

  @Test
  void moscowStandingForTheGovernmentIsAnActorNotAPlace() {
    List<ResolvedPlace> places = Geolocator.standard().places(placed).places();
    int willContinue = text.indexOf("Moscow will continue");
    assertThat(places).filteredOn(r -> r.mention().span().start() == willContinue).singleElement()
        .matches(r -> !r.mention().isPlace(), "an actor");
    int inMoscow = text.indexOf("in Moscow") + 3;
    assertThat(places).filteredOn(r -> r.mention().span().start() == inMoscow).singleElement()
        .matches(r -> r.mention().isPlace(), "a place");
  }
}

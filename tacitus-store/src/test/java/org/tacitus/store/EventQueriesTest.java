package org.tacitus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.EventDate;
import org.tacitus.core.model.Place;
import org.tacitus.core.model.Span;

class EventQueriesTest {

  @TempDir
  Path dir;

  private EventStore store;
  private EventQueries queries;

  @BeforeEach
  void fill() {
    store = EventStore.open(dir.resolve("events.duckdb"));
    for (CodedArticle a : EventStoreTest.dyadArticles()) {
      store.store(a, "run-1");
    }
    queries = new EventQueries(store);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static EventFilter filter(String field, Object value) {
    EventFilter n = EventFilter.none();
    return new EventFilter(
        field.equals("from") ? Optional.of((LocalDate) value) : n.from(),
        field.equals("to") ? Optional.of((LocalDate) value) : n.to(),
        field.equals("actor") ? Optional.of((String) value) : n.actor(),
        field.equals("dyad") ? Optional.of((EventFilter.Dyad) value) : n.dyad(),
        field.equals("code") ? Optional.of((String) value) : n.code(),
        field.equals("root") ? Optional.of((String) value) : n.root(),
        field.equals("quadClass") ? Optional.of((Integer) value) : n.quadClass(),
        field.equals("text") ? Optional.of((String) value) : n.text(),
        field.equals("docId") ? Optional.of((String) value) : n.docId());
  }

  @Test
  void pagesThroughAllEventsNewestFirstWithTheTotal() {
    EventPage first = queries.events(EventFilter.none(), 2, 0);
    assertThat(first.total()).isEqualTo(7);
    assertThat(first.events()).extracting(EventRow::docId).containsExactly("a3", "a3");
    EventPage rest = queries.events(EventFilter.none(), 10, 2);
    assertThat(rest.events()).extracting(EventRow::docId).containsExactly("a2", "a5", "a1", "a1", "a4");
    assertThat(queries.events(EventFilter.none(), 10, 7).events()).isEmpty();
  }

  @Test
  void eachFilterSelectsItsEvents() {
    assertThat(queries.events(filter("from", LocalDate.parse("2024-01-03")), 100, 0).events())
        .extracting(EventRow::docId).containsExactly("a3", "a3", "a2", "a5");
    assertThat(queries.events(filter("to", LocalDate.parse("2024-01-02")), 100, 0).events())
        .extracting(EventRow::code).containsExactly("036", "112");
    assertThat(queries.events(filter("actor", "USA"), 100, 0).events()).extracting(EventRow::code)
        .containsExactly("042");
    assertThat(queries.events(filter("dyad", new EventFilter.Dyad("PAK", "RUS")), 100, 0).total()).isEqualTo(5);
    assertThat(queries.events(filter("code", "11"), 100, 0).total()).isEqualTo(2);
    assertThat(queries.events(filter("root", "19"), 100, 0).events()).extracting(EventRow::docId)
        .containsExactly("a2");
    assertThat(queries.events(filter("quadClass", 4), 100, 0).events()).extracting(EventRow::code)
        .containsExactly("190");
    assertThat(queries.events(filter("text", "DEAL"), 100, 0).events()).extracting(EventRow::evidenceText)
        .containsExactly("signs a deal with");
    assertThat(queries.events(filter("text", "%"), 100, 0).total()).isZero();
  }

  @Test
  void anArticleComesWithItsMentionsAndEventsAsOffsetsIntoItsText() {
    StoredArticle a = queries.article("a1").orElseThrow();
    String text = a.text().orElseThrow();
    assertThat(a.date()).contains(LocalDate.parse("2024-01-01"));
    assertThat(a.mentions()).hasSize(4);
    for (StoredMention m : a.mentions()) {
      assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo(m.text());
    }
    assertThat(a.events()).extracting(EventRow::seq).containsExactly(0, 1);
    EventRow first = a.events().get(0);
    assertThat(text.substring(first.evidence().start(), first.evidence().end())).isEqualTo("meets");
    assertThat(text.substring(first.source().start(), first.source().end())).isEqualTo("RUSGOV");
    assertThat(first.target().map(StoredActor::code)).contains("PAK");
    assertThat(queries.article("nope")).isEmpty();
  }

  @Test
  void eventRowsCarryTheEventsDateAndPlaceFromTheVersion2Columns() {
    CodedArticle plain = Articles.article("placed", "2024-03-10").event("RUSGOV", "met", "PAKGOV", "036")
        .event("PAK", "accused", "RUS", "112").build();
    Span placeWords = plain.events().get(0).source().span();
    Event dated = plain.events().get(0)
        .withDate(new EventDate(LocalDate.of(2024, 3, 9), EventDate.Precision.DAY, Optional.of(new Span(0, 3)),
            "'yesterday' = article date - 1 day"))
        .withPlace(new Place("Islamabad", Place.GeoType.CITY, Optional.of("PAK"), Optional.of("Islamabad"),
            Optional.of(33.72), Optional.of(73.04), Optional.of(1176615L), Optional.of(placeWords),
            "capital named in the sentence", List.of("Islamabad, PAK")));
    Event unresolved = plain.events().get(1).withPlace(new Place("Atlantis", Place.GeoType.UNRESOLVED,
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        "not in the gazetteer", List.of()));
    store.store(new CodedArticle(plain.annotated(), plain.mentions(), List.of(dated, unresolved)), "run-1");

    List<EventRow> rows = queries.article("placed").orElseThrow().events();
    EventRow first = rows.get(0);
    assertThat(first.date()).contains(dated.date().orElseThrow());
    assertThat(first.place()).isPresent();
    Place p = first.place().orElseThrow();
    assertThat(p).isEqualTo(new Place("Islamabad", Place.GeoType.CITY, Optional.of("PAK"), Optional.of("Islamabad"),
        Optional.of(33.72), Optional.of(73.04), Optional.of(1176615L), Optional.of(placeWords),
        "capital named in the sentence", List.of()));
    EventRow second = rows.get(1);
    assertThat(second.date()).contains(EventDate.ofArticle(LocalDate.of(2024, 3, 10)));
    assertThat(second.place().map(Place::type)).contains(Place.GeoType.UNRESOLVED);
    assertThat(second.place().flatMap(Place::lat)).isEmpty();
    assertThat(second.place().flatMap(Place::evidence)).isEmpty();
    // the events page (newest first) reads the same columns
    assertThat(queries.events(filter("docId", "placed"), 10, 0).events()).containsExactlyInAnyOrderElementsOf(rows);
    // an event stored before places existed has none
    assertThat(queries.article("a1").orElseThrow().events()).allSatisfy(e -> assertThat(e.place()).isEmpty());
  }

  @Test
  void theNetworkCountsEdgesBetweenFullCodes() {
    // six events have a target, each a different (source, target) pair: ties come in code order
    assertThat(queries.network(EventFilter.none(), 100)).extracting(DyadEdge::events).containsOnly(1L).hasSize(6);
    EventRow accuses = queries.events(filter("docId", "a1"), 10, 0).events().get(1);
    assertThat(queries.network(EventFilter.none(), 1))
        .containsExactly(new DyadEdge("PAK", "RUS", 1, accuses.goldstein()));
    assertThat(queries.network(filter("actor", "USA"), 10)).containsExactly(new DyadEdge("USA", "RUS", 1,
        queries.events(filter("docId", "a3"), 10, 0).events().get(1).goldstein()));
  }

  @Test
  void deletingAnArticleRemovesItsRowsOnly() {
    assertThat(queries.deleteArticle("a1")).isTrue();
    assertThat(queries.deleteArticle("a1")).isFalse();
    assertThat(store.counts().events()).isEqualTo(5);
    assertThat(store.counts().articles()).isEqualTo(4);
    assertThat(queries.article("a1")).isEmpty();
  }

  @Test
  void refusesPagesOutOfRange() {
    assertThatThrownBy(() -> queries.events(EventFilter.none(), 0, 0)).hasMessageContaining("limit");
    assertThatThrownBy(() -> queries.events(EventFilter.none(), 10, -1)).hasMessageContaining("offset");
  }
}

package org.tacitus.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.app.web.WebConfig;
import org.tacitus.app.web.WebServer;
import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.Article;
import org.tacitus.core.stage.Annotator;
import org.tacitus.store.EventStore;

/**
 * The REST API on a random port over a real temporary DuckDB store, through the JDK's HTTP client. Coding uses the
 * fake stages ("SRC 040 TGT." codes one event), so no models load.
 */
class WebApiTest {

  private static final String TOKEN = "test-token-1";

  @TempDir
  static Path dir;

  static EventStore store;
  static WebServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = EventStore.open(dir.resolve("events.duckdb"));
    server = WebServer.start(WebConfig.local(0, TOKEN).withMaxRequestBytes(20_000), store, FakeStages.pipeline());
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  record Answer(int status, JsonNode json, HttpResponse<String> response) {
  }

  private static Answer send(HttpRequest.Builder b) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode json = r.body().isEmpty() ? null : EventJson.MAPPER.readTree(r.body());
    return new Answer(r.statusCode(), json, r);
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
  }

  private static Answer get(String path) throws IOException, InterruptedException {
    return send(request(path).GET());
  }

  private static Answer postText(String path, String text, String token) throws IOException, InterruptedException {
    HttpRequest.Builder b = request(path).header("Content-Type", "text/plain; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(text));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b);
  }

  private static Answer postJson(String path, Object body) throws IOException, InterruptedException {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(EventJson.MAPPER.writeValueAsString(body))));
  }

  private static List<String> fields(Answer a) {
    List<String> out = new ArrayList<>();
    a.json().get("fields").forEach(f -> out.add(f.get("field").asText()));
    return out;
  }

  @Test
  void healthAnswersWithTheStoreAndTheSecurityHeaders() throws Exception {
    Answer a = get("/api/health");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("status").asText()).isEqualTo("ok");
    assertThat(a.json().get("schema_version").asInt()).isEqualTo(store.schemaVersion());
    assertThat(a.response().headers().firstValue("Content-Security-Policy")).contains(
        WebServer.CONTENT_SECURITY_POLICY);
    assertThat(a.response().headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void codesPlainTextWithSentencesMentionsAndEventsAsOffsets() throws Exception {
    String text = "KEN 040 ETH. Nothing happens here.";
    Answer a = postText("/api/code?date=2024-05-01", text, null);
    assertThat(a.status()).isEqualTo(200);
    JsonNode n = a.json();
    assertThat(n.get("stored").asBoolean()).isFalse();
    assertThat(n.get("article").get("text").asText()).isEqualTo(text);
    assertThat(n.get("article").get("date").asText()).isEqualTo("2024-05-01");
    assertThat(n.get("sentences")).hasSize(2);
    assertThat(n.get("mentions")).hasSize(2);
    assertThat(n.get("events")).hasSize(1);
    JsonNode e = n.get("events").get(0);
    JsonNode ev = e.get("evidence");
    assertThat(text.substring(ev.get("start").asInt(), ev.get("end").asInt())).isEqualTo("040")
        .isEqualTo(ev.get("text").asText());
    assertThat(e.get("source").get("code").asText()).isEqualTo("KEN");
    for (JsonNode m : n.get("mentions")) {
      assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
    }
  }

  @Test
  void storingNeedsTheTokenAndThenTheEventsAndTheArticleCanBeRead() throws Exception {
    String text = "USA 036 MEX. MEX 112 USA.";
    Answer none = postText("/api/code?store=true&id=stored-1&date=2024-02-03", text, null);
    assertThat(none.status()).isEqualTo(401);
    assertThat(fields(none)).containsExactly("Authorization");
    assertThat(postText("/api/code?store=true&id=stored-1&date=2024-02-03", text, "wrong").status()).isEqualTo(401);
    assertThat(get("/api/articles/stored-1").status()).isEqualTo(404);

    Answer ok = postText("/api/code?store=true&id=stored-1&date=2024-02-03", text, TOKEN);
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.json().get("stored").asBoolean()).isTrue();

    Answer events = get("/api/events?actor=MEX&limit=1");
    assertThat(events.json().get("total").asLong()).isEqualTo(2);
    assertThat(events.json().get("events")).hasSize(1);
    Answer byRoot = get("/api/events?dyad=USA-MEX&root=11");
    assertThat(byRoot.json().get("events")).extracting(e -> e.get("code").asText()).containsExactly("112");

    Answer article = get("/api/articles/stored-1");
    assertThat(article.status()).isEqualTo(200);
    String stored = article.json().get("text").asText();
    assertThat(stored).isEqualTo(text);
    assertThat(article.json().get("mentions")).hasSize(4);
    for (JsonNode e : article.json().get("events")) {
      JsonNode ev = e.get("evidence");
      assertThat(stored.substring(ev.get("start").asInt(), ev.get("end").asInt())).isEqualTo(ev.get("text").asText());
      JsonNode src = e.get("source");
      assertThat(stored.substring(src.get("start").asInt(), src.get("end").asInt())).isEqualTo(src.get("code")
          .asText());
    }

    Answer series = get("/api/dyads/mex/USA/series?by=week");
    assertThat(series.status()).isEqualTo(200);
    assertThat(series.json().get("periods")).hasSize(1);
    JsonNode week = series.json().get("periods").get(0);
    assertThat(week.get("period").asText()).isEqualTo("2024-01-29");
    assertThat(week.get("events").asLong()).isEqualTo(2);
    assertThat(get("/api/dyads/USA/MEX/series?directed=true").json().get("periods").get(0).get("events").asLong())
        .isEqualTo(1);

    assertThat(get("/api/actors/top?n=5").json().get("actors")).extracting(x -> x.get("code").asText())
        .contains("USA", "MEX");
    assertThat(get("/api/network?dyad=USA-MEX").json().get("edges")).hasSize(2);

    HttpRequest.Builder delete = request("/api/articles/stored-1").DELETE();
    assertThat(send(delete).status()).isEqualTo(401);
    assertThat(send(request("/api/articles/stored-1").header("Authorization", "Bearer " + TOKEN).DELETE()).status())
        .isEqualTo(204);
    assertThat(get("/api/articles/stored-1").status()).isEqualTo(404);
  }

  @Test
  void eventsComeWithTheirDateAndPlaceWhenCodedStoredListedAndRead() throws Exception {
    String text = "RUS 036 PAK in Moscow. Nothing else.";
    Answer coded = postText("/api/code?store=true&id=placed-1&date=2024-03-05", text, TOKEN);
    assertThat(coded.status()).isEqualTo(200);
    JsonNode fresh = coded.json().get("events").get(0);
    assertThat(fresh.get("event_date").get("date").asText()).isEqualTo("2024-03-05");
    assertThat(fresh.get("event_date").get("precision").asText()).isEqualTo("day");
    assertThat(fresh.get("event_date").get("reason").asText()).isEqualTo("article date");
    assertThat(fresh.get("event_date").get("evidence").isNull()).isTrue();
    JsonNode place = fresh.get("place");
    assertThat(place.get("name").asText()).isEqualTo("Moscow");
    assertThat(place.get("type").asText()).isEqualTo("city");
    assertThat(place.get("country").asText()).isEqualTo("RUS");
    assertThat(place.get("lat").asDouble()).isBetween(55.0, 56.5);
    assertThat(place.get("lon").asDouble()).isBetween(37.0, 38.5);
    assertThat(place.get("geonames_id").asLong()).isPositive();
    assertThat(place.get("reason").asText()).isNotBlank();
    JsonNode words = place.get("evidence");
    assertThat(text.substring(words.get("start").asInt(), words.get("end").asInt())).isEqualTo("Moscow")
        .isEqualTo(words.get("text").asText());

    // stored: the article view has the same place with its words; the events page the same without the text
    JsonNode read = get("/api/articles/placed-1").json().get("events").get(0);
    assertThat(read.get("place")).isEqualTo(place);
    assertThat(read.get("event_date")).isEqualTo(fresh.get("event_date"));
    JsonNode listed = get("/api/events?doc=placed-1").json().get("events").get(0);
    assertThat(listed.get("date").asText()).isEqualTo("2024-03-05");
    assertThat(listed.get("place").get("name").asText()).isEqualTo("Moscow");
    assertThat(listed.get("place").get("geonames_id")).isEqualTo(place.get("geonames_id"));
    assertThat(listed.get("place").get("evidence").get("start")).isEqualTo(words.get("start"));
    assertThat(listed.get("place").get("evidence").has("text")).isFalse();

    // an article without a date or a place name: both null
    JsonNode bare = postText("/api/code", "KEN 040 ETH.", null).json().get("events").get(0);
    assertThat(bare.get("event_date").isNull()).isTrue();
    assertThat(bare.has("place")).isTrue();
  }

  @Test
  void badParametersAre400NamingEachField() throws Exception {
    Answer a = get("/api/events?from=2024-13-01&quadclass=7&limit=0&dyad=RUS&code=x1");
    assertThat(a.status()).isEqualTo(400);
    assertThat(fields(a)).containsExactlyInAnyOrder("from", "quadclass", "limit", "dyad", "code");
    assertThat(a.json().get("fields").get(0).get("message").asText()).isNotBlank();

    assertThat(fields(get("/api/events?from=2024-03-01&to=2024-02-01"))).containsExactly("to");
    assertThat(fields(get("/api/dyads/RUS/P%20K/series?by=year"))).containsExactlyInAnyOrder("b", "by");
    assertThat(fields(get("/api/actors/top?n=abc"))).containsExactly("n");

    Answer noText = postJson("/api/code", Map.of("title", "no text", "date", "yesterday"));
    assertThat(noText.status()).isEqualTo(400);
    assertThat(fields(noText)).containsExactlyInAnyOrder("text", "date");
    Answer notJson = send(request("/api/code").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{not json")));
    assertThat(fields(notJson)).containsExactly("body");
    Answer xml = send(request("/api/code").header("Content-Type", "application/xml")
        .POST(HttpRequest.BodyPublishers.ofString("<a/>")));
    assertThat(xml.status()).isEqualTo(415);
  }

  @Test
  void unknownThingsAre404AsJson() throws Exception {
    Answer article = get("/api/articles/no-such-article");
    assertThat(article.status()).isEqualTo(404);
    assertThat(article.json().get("error").asText()).contains("no-such-article");
    Answer endpoint = get("/api/nothing-here");
    assertThat(endpoint.status()).isEqualTo(404);
    assertThat(endpoint.json().get("error").asText()).contains("/api/nothing-here");
  }

  @Test
  void aBodyOverTheLimitIs413() throws Exception {
    Answer a = postText("/api/code", "KEN 040 ETH. ".repeat(2000), null);
    assertThat(a.status()).isEqualTo(413);
    assertThat(a.json().get("error").asText()).contains("20000 bytes");
  }

  @Test
  void aChunkedBodyOverTheLimitIs413Too() throws Exception {
    byte[] big = "KEN 040 ETH. ".repeat(2000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    // an InputStream publisher of unknown length is sent chunked, without Content-Length
    Answer a = send(request("/api/code").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))));
    assertThat(a.status()).isEqualTo(413);
    assertThat(a.json().get("error").asText()).contains("20000 bytes");
  }

  @Test
  void theOpenApiDocumentListsEveryEndpoint() throws Exception {
    Answer a = get("/api/openapi.json");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("openapi").asText()).startsWith("3.");
    JsonNode paths = a.json().get("paths");
    List<String> listed = new ArrayList<>();
    for (var p : paths.properties()) {
      p.getValue().fieldNames().forEachRemaining(m -> listed.add(m.toUpperCase() + " " + p.getKey()));
    }
    assertThat(listed).containsExactlyInAnyOrderElementsOf(server.endpoints());
  }

  @Test
  void thePageAndEChartsAreServedFromTheClasspath() throws Exception {
    HttpResponse<String> page = HTTP.send(request("/").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("echarts.min.js", "app.js");
    assertThat(page.headers().firstValue("Content-Security-Policy")).contains(WebServer.CONTENT_SECURITY_POLICY);
    HttpResponse<String> lib = HTTP.send(request("/webjars/echarts/5.3.1/dist/echarts.min.js").GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(lib.statusCode()).isEqualTo(200);
    assertThat(lib.body().length()).isGreaterThan(100_000);
  }

  @Test
  void theWorldMapBuiltFromWorldAtlasIsServedAsGeoJson() throws Exception {
    Answer a = get("/world.json");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.response().headers().firstValue("Content-Type").orElse("")).contains("json");
    JsonNode world = a.json();
    assertThat(world.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(world.get("attribution").asText()).contains("Natural Earth", "world-atlas");
    List<String> names = new ArrayList<>();
    world.get("features").forEach(f -> names.add(f.get("properties").get("name").asText()));
    assertThat(names).hasSizeGreaterThan(150).contains("Russia", "Pakistan", "Fiji");
    // no outline jumps across the map at the antimeridian, except the one that goes round the South Pole
    for (JsonNode f : world.get("features")) {
      String name = f.get("properties").get("name").asText();
      JsonNode polygons = f.get("geometry").get("type").asText().equals("Polygon")
          ? EventJson.MAPPER.createArrayNode().add(f.get("geometry").get("coordinates"))
          : f.get("geometry").get("coordinates");
      for (JsonNode polygon : polygons) {
        JsonNode ring = polygon.get(0);
        int jumps = 0;
        for (int k = 1; k < ring.size(); k++) {
          double lon = ring.get(k).get(0).asDouble();
          assertThat(lon).as(name).isBetween(-180.0, 180.0);
          jumps += Math.abs(lon - ring.get(k - 1).get(0).asDouble()) > 180 ? 1 : 0;
        }
        assertThat(jumps).as("%s crosses the antimeridian", name).isEqualTo(name.equals("Antarctica") ? jumps : 0);
      }
    }
  }

  @Test
  void codingLongerThanTheTimeoutIs503() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Annotator stuck = new Annotator() {
      @Override
      public AnnotatedArticle annotate(Article article) {
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return new AnnotatedArticle(article, List.of());
      }

      @Override
      public String describe() {
        return "stuck";
      }
    };
    Pipeline slow = Pipeline.of(PipelineConfig.defaults(), stuck, new FakeStages.FakeCoder(), Map.of());
    try (EventStore other = EventStore.open(dir.resolve("slow.duckdb"));
        WebServer s = WebServer.start(WebConfig.local(0, TOKEN).withCodeTimeout(Duration.ofMillis(300)), other,
            slow)) {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
          + "/api/code")).POST(HttpRequest.BodyPublishers.ofString("KEN 040 ETH.")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(EventJson.MAPPER.readTree(r.body()).get("error").asText()).contains("longer than");
    } finally {
      release.countDown();
    }
  }
}

package org.tacitus.app.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tacitus.app.EventJson;
import org.tacitus.app.Version;
import org.tacitus.store.Direction;
import org.tacitus.store.EventFilter;
import org.tacitus.store.EventQueries;
import org.tacitus.store.EventStore;
import org.tacitus.store.Granularity;
import org.tacitus.store.StoreCounts;

/**
 * The API's routes and their handlers. A handler reads and checks its parameters ({@link Params}), calls the store
 * or the coder, and answers with a {@link Views} body; errors are exceptions, mapped to JSON once by
 * {@link WebServer}. The routes are data ({@link #routes()}), so a test can check that the OpenAPI document lists
 * every one.
 */
final class Api {

  /** One route: method, Javalin path, handler, and whether it writes (and so needs the token). */
  record Route(HandlerType method, String path, Handler handler, boolean writes) {
  }

  private static final Pattern CODE = Pattern.compile("\\d{2,4}");
  private static final Pattern ROOT = Pattern.compile("\\d{2}");
  private static final Pattern DYAD = Pattern.compile("([A-Za-z0-9]{1,40})-([A-Za-z0-9]{1,40})");

  private final EventStore store;
  private final EventQueries queries;
  private final CodingService coder;
  private final byte[] token;
  private final long maxRequestBytes;

  Api(EventStore store, CodingService coder, String token, long maxRequestBytes) {
    this.store = store;
    this.queries = new EventQueries(store);
    this.coder = coder;
    this.token = token.getBytes(StandardCharsets.UTF_8);
    this.maxRequestBytes = maxRequestBytes;
  }

  List<Route> routes() {
    return List.of(
        new Route(HandlerType.GET, "/api/health", this::health, false),
        new Route(HandlerType.GET, "/api/openapi.json", Api::openApi, false),
        new Route(HandlerType.POST, "/api/code", this::code, false),
        new Route(HandlerType.GET, "/api/events", this::events, false),
        new Route(HandlerType.GET, "/api/articles/{id}", this::article, false),
        new Route(HandlerType.DELETE, "/api/articles/{id}", this::deleteArticle, true),
        new Route(HandlerType.GET, "/api/dyads/{a}/{b}/series", this::series, false),
        new Route(HandlerType.GET, "/api/actors/top", this::topActors, false),
        new Route(HandlerType.GET, "/api/network", this::network, false));
  }

  /** Refuses a writing request without {@code Authorization: Bearer TOKEN}: 401. */
  void requireToken(Context ctx) {
    String header = ctx.header("Authorization");
    String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip()
        : "";
    if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, header == null ? "this request writes to the store; send the server's token as"
          + " 'Authorization: Bearer TOKEN'" : "wrong token", List.of(new FieldError("Authorization",
          header == null ? "missing" : "does not match the token the server was started with")));
    }
  }

  private void health(Context ctx) {
    StoreCounts c = store.counts();
    ObjectNode n = EventJson.MAPPER.createObjectNode();
    n.put("status", "ok");
    n.put("version", Version.tacitus());
    n.put("schema_version", store.schemaVersion());
    n.put("articles", c.articles());
    n.put("events", c.events());
    n.put("mentions", c.mentions());
    ctx.json(n);
  }

  private static void openApi(Context ctx) {
    try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the classpath");
      }
      ctx.contentType("application/json").result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void code(Context ctx) {
    Params p = new Params(ctx);
    boolean keep = p.bool("store");
    Optional<String> id = p.string("id");
    Optional<String> title = p.string("title");
    Optional<LocalDate> date = p.date("date");
    p.check();
    if (keep) {
      requireToken(ctx);
    }
    String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
    String body = body(ctx);
    ArticleInput input;
    if (type.startsWith("application/json")) {
      input = ArticleInput.fromJson(body);
    } else if (type.isEmpty() || type.startsWith("text/plain")) {
      input = ArticleInput.fromText(body, id, title, date);
    } else {
      throw new ApiException(415, "send the article as application/json or text/plain, not " + type,
          List.of(new FieldError("Content-Type", "application/json or text/plain")));
    }
    ctx.json(Views.coded(coder.code(input, keep)));
  }

  /**
   * The request body, read up to the limit also when it comes without a Content-Length (chunked), which Javalin's
   * own check (413 on a declared length over the limit) does not see.
   */
  private String body(Context ctx) {
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxRequestBytes + 1));
      if (bytes.length > maxRequestBytes) {
        throw new ApiException(413, "request body too large; at most " + maxRequestBytes + " bytes", List.of());
      }
      Charset charset = StandardCharsets.UTF_8;
      String declared = ctx.characterEncoding();
      if (declared != null && Charset.isSupported(declared)) {
        charset = Charset.forName(declared);
      }
      return new String(bytes, charset);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the request body", e);
    }
  }

  /** The filters shared by the events and the network. */
  private static EventFilter filter(Params p) {
    Optional<EventFilter.Dyad> dyad = p.matching("dyad", DYAD, "two actor codes as A-B (RUS-PAK)").map(d -> {
      var m = DYAD.matcher(d);
      m.matches();
      return new EventFilter.Dyad(m.group(1).toUpperCase(Locale.ROOT), m.group(2).toUpperCase(Locale.ROOT));
    });
    var from = p.date("from");
    var to = p.date("to");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      p.error("to", "is before from (" + from.get() + ")");
    }
    return new EventFilter(from, to, p.actor("actor"), dyad,
        p.matching("code", CODE, "a CAMEO code or its start: 2 to 4 digits (03, 036, 0312)"),
        p.matching("root", ROOT, "a two-digit CAMEO root (01 to 20)"),
        p.optionalInteger("quadclass", 1, 4), p.string("text"), p.string("doc"));
  }

  private void events(Context ctx) {
    Params p = new Params(ctx);
    EventFilter f = filter(p);
    int limit = p.integer("limit", 50, 1, EventQueries.MAX_LIMIT);
    int offset = p.integer("offset", 0, 0, Integer.MAX_VALUE);
    p.check();
    ctx.json(Views.page(queries.events(f, limit, offset)));
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(Views.storedArticle(queries.article(id)
        .orElseThrow(() -> ApiException.notFound("no article '" + id + "' in the store"))));
  }

  private void deleteArticle(Context ctx) {
    String id = ctx.pathParam("id");
    if (!queries.deleteArticle(id)) {
      throw ApiException.notFound("no article '" + id + "' in the store");
    }
    ctx.status(204);
  }

  private void series(Context ctx) {
    Params p = new Params(ctx);
    String a = p.pathActor("a");
    String b = p.pathActor("b");
    String by = p.choice("by", "month", List.of("day", "week", "month"));
    boolean directed = p.bool("directed");
    p.check();
    Granularity g = Granularity.valueOf(by.toUpperCase(Locale.ROOT));
    ctx.json(Views.series(a, b, by, directed, store.dyadSeries(a, b, g,
        directed ? Direction.DIRECTED : Direction.BOTH)));
  }

  private void topActors(Context ctx) {
    Params p = new Params(ctx);
    int n = p.integer("n", 20, 1, EventQueries.MAX_LIMIT);
    p.check();
    ctx.json(Views.topActors(store.topActors(n)));
  }

  private void network(Context ctx) {
    Params p = new Params(ctx);
    EventFilter f = filter(p);
    int n = p.integer("n", 60, 1, EventQueries.MAX_LIMIT);
    p.check();
    ctx.json(Views.network(queries.network(f, n)));
  }
}

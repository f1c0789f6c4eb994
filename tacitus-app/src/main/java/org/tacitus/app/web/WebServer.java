package org.tacitus.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tacitus.app.EventJson;
import org.tacitus.app.Pipeline;
import org.tacitus.core.stage.StageException;
import org.tacitus.store.EventStore;
import org.tacitus.store.StoreException;

/**
 * The {@code tacitus serve} server: the JSON API ({@link Api}) and the page (static files from
 * {@code org/tacitus/app/web/static} and ECharts from its WebJar) in one Javalin (Jetty) server.
 *
 * <p>Every exception is mapped to a JSON error here, once: {@link ApiException} with its status and field errors,
 * request bodies over the limit 413, a failed stage 422, a store error 500. Every response carries a
 * Content-Security-Policy that allows scripts, styles and connections from the server itself only. Requests that
 * write need the token ({@code Authorization: Bearer TOKEN}).
 */
public final class WebServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  /** Scripts, styles, data and images from this server only; no plugins, frames or inline code. */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
      + " img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none';"
      + " frame-ancestors 'none'";

  private static final Map<String, String> SECURITY_HEADERS = Map.of(
      "Content-Security-Policy", CONTENT_SECURITY_POLICY,
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "no-referrer",
      "X-Frame-Options", "DENY");

  private final Javalin app;
  private final CodingService coder;
  private final List<String> endpoints;

  private WebServer(Javalin app, CodingService coder, List<String> endpoints) {
    this.app = app;
    this.coder = coder;
    this.endpoints = endpoints;
  }

  /** Starts a server over {@code store} coding with {@code pipeline}; {@link #port()} tells the port taken. */
  public static WebServer start(WebConfig config, EventStore store, Pipeline pipeline) {
    Objects.requireNonNull(config, "config");
    CodingService coder = new CodingService(pipeline, store, config.codeTimeout());
    Api api = new Api(store, coder, config.token(), config.maxRequestBytes());
    List<Api.Route> routes = api.routes();
    Javalin app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.startupWatcherEnabled = false;
      c.jsonMapper(new JavalinJackson(EventJson.MAPPER, false));
      c.http.maxRequestSize = config.maxRequestBytes();
      c.http.defaultContentType = "application/json";
      c.staticFiles.add(s -> {
        s.hostedPath = "/";
        s.directory = "/org/tacitus/app/web/static";
        s.location = Location.CLASSPATH;
        s.headers = SECURITY_HEADERS;
      });
      c.staticFiles.enableWebjars();
      c.jetty.addConnector((server, http) -> {
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        connector.setIdleTimeout(config.idleTimeout().toMillis());
        return connector;
      });
      for (Api.Route r : routes) {
        if (r.writes()) {
          c.router.mount(router -> router.addHttpHandler(r.method(), r.path(), ctx -> {
            api.requireToken(ctx);
            r.handler().handle(ctx);
          }));
        } else {
          c.router.mount(router -> router.addHttpHandler(r.method(), r.path(), r.handler()));
        }
      }
    });
    app.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
    app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.fields()));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getStatus() == 413
        ? "request body too large; at most " + config.maxRequestBytes() + " bytes" : e.getMessage(), List.of()));
    app.exception(StageException.class, (e, ctx) -> error(ctx, 422, "could not code the article: " + e.getMessage(),
        List.of()));
    app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage(), List.of()));
    app.exception(StoreException.class, (e, ctx) -> {
      LOG.warn("store error on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
      error(ctx, 500, e.getMessage(), List.of());
    });
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
      error(ctx, 500, "internal error: " + e, List.of());
    });
    app.error(404, ctx -> {
      if (ctx.path().startsWith("/api/") && ctx.result() == null) {
        error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path() + "; see /api/openapi.json",
            List.of());
      }
    });
    app.error(405, ctx -> {
      if (ctx.result() == null) {
        error(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path(), List.of());
      }
    });
    try {
      app.start();
    } catch (RuntimeException e) {
      coder.close();
      throw e;
    }
    return new WebServer(app, coder, routes.stream().map(r -> r.method() + " " + r.path()).toList());
  }

  private static void error(Context ctx, int status, String message, List<FieldError> fields) {
    ctx.status(status).json(Views.error(status, message, fields));
  }

  /** The API's endpoints as {@code METHOD /path}, path parameters in braces as in OpenAPI. */
  public List<String> endpoints() {
    return endpoints;
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
    coder.close();
  }
}

package org.tacitus.app.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@code tacitus serve} listens and what it allows.
 *
 * @param host the address to bind (127.0.0.1 unless told otherwise)
 * @param port the port; 0 takes a free one
 * @param token the token that writing requests must give as {@code Authorization: Bearer TOKEN}
 * @param maxRequestBytes the largest request body accepted; larger ones get 413
 * @param codeTimeout how long coding one article may take before the request gets 503
 * @param idleTimeout how long a connection may stay silent (a slow client) before it is closed
 */
public record WebConfig(String host, int port, String token, long maxRequestBytes, Duration codeTimeout,
    Duration idleTimeout) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final long DEFAULT_MAX_REQUEST_BYTES = 1_000_000;

  public WebConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(codeTimeout, "codeTimeout");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
    }
    if (token.isBlank()) {
      throw new IllegalArgumentException("the token is empty; give one with --token or TACITUS_TOKEN");
    }
    if (maxRequestBytes < 1) {
      throw new IllegalArgumentException("maxRequestBytes must be at least 1, got " + maxRequestBytes);
    }
  }

  /** Local defaults: 127.0.0.1, 1 MB requests, 120 s to code an article, 30 s idle connections. */
  public static WebConfig local(int port, String token) {
    return new WebConfig(DEFAULT_HOST, port, token, DEFAULT_MAX_REQUEST_BYTES, Duration.ofSeconds(120),
        Duration.ofSeconds(30));
  }

  public WebConfig withMaxRequestBytes(long bytes) {
    return new WebConfig(host, port, token, bytes, codeTimeout, idleTimeout);
  }

  public WebConfig withCodeTimeout(Duration timeout) {
    return new WebConfig(host, port, token, maxRequestBytes, timeout, idleTimeout);
  }

  public WebConfig withHost(String newHost) {
    return new WebConfig(newHost, port, token, maxRequestBytes, codeTimeout, idleTimeout);
  }
}

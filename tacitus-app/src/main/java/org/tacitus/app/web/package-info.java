/**
 * The web face of Tacitus ({@code tacitus serve}): a Javalin server with a JSON API over the event store and the
 * coding pipeline ({@link org.tacitus.app.web.WebServer}), thin handlers over services, errors mapped once to JSON, and
 * the static page that explores events and their evidence.
 */
package org.tacitus.app.web;

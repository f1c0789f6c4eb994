/**
 * Readers that stream {@link org.tacitus.core.model.Article}s from files (plain text, JSON Lines), reporting each bad
 * record as a {@link org.tacitus.ingest.RecordError} that names file and line, while the good records come through.
 */
package org.tacitus.ingest;

/**
 * Readers that stream {@link org.tacitus.core.model.Article}s from files (plain text, JSON Lines, CSV, HTML, RSS/Atom,
 * lists of feed URLs, WARC), reporting each bad record as a {@link org.tacitus.ingest.RecordError} that names file and record, while the
 * good records come through; {@link org.tacitus.ingest.Inputs} picks the reader by file name and expands folders.
 */
package org.tacitus.ingest;

package org.tacitus.store;

/**
 * Row counts of the store's tables.
 *
 * @param articles stored articles
 * @param mentions stored actor mentions
 * @param events stored events
 * @param runs recorded runs
 */
public record StoreCounts(long articles, long mentions, long events, long runs) {
}

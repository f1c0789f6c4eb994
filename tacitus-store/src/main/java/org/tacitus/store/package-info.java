/**
 * The event store: coded articles, their mentions and events, and the runs that made them, kept in one embedded
 * DuckDB file with a versioned schema; idempotent writes (one transaction per article) and the analysis queries
 * (dyad series, top actors and codes, evidence search, read-only SQL). See docs/STORE.md.
 */
package org.tacitus.store;

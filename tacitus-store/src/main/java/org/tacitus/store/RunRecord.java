package org.tacitus.store;

import java.time.Instant;

/**
 * One recorded run: what produced the rows that name it.
 *
 * @param runId the run's id
 * @param started when it started
 * @param tacitusVersion the Tacitus version
 * @param nlp the language tools and models
 * @param dictionariesJson dictionary name → SHA-256, as a JSON object
 * @param configJson the effective configuration, as a JSON object
 */
public record RunRecord(String runId, Instant started, String tacitusVersion, String nlp, String dictionariesJson,
    String configJson) {
}

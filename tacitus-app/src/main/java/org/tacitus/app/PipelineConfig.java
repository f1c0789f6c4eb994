package org.tacitus.app;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tacitus.nlp.NlpConfig;

/**
 * Everything that decides what a pipeline writes for an article. Validated when built; recorded in the provenance.
 *
 * @param nlp the language analysis settings
 * @param defaultDate the date given to articles whose input has none
 */
public record PipelineConfig(NlpConfig nlp, Optional<LocalDate> defaultDate) {

  public PipelineConfig {
    Objects.requireNonNull(nlp, "nlp");
    Objects.requireNonNull(defaultDate, "defaultDate");
  }

  public static PipelineConfig defaults() {
    return new PipelineConfig(NlpConfig.defaults(), Optional.empty());
  }

  public PipelineConfig withDefaultDate(LocalDate date) {
    return new PipelineConfig(nlp, Optional.ofNullable(date));
  }

  /** The settings as key → value, for provenance. */
  public Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("nlp.fineGrainedNer", Boolean.toString(nlp.fineGrainedNer()));
    m.put("nlp.newlineSentenceBreak", nlp.newlineSentenceBreak());
    m.put("nlp.maxSentenceTokens", Integer.toString(nlp.maxSentenceTokens()));
    m.put("defaultDate", defaultDate.map(LocalDate::toString).orElse("none"));
    return m;
  }
}

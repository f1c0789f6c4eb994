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
 * @param dictionaries the user's dictionaries, added to or replacing the shipped ones
 */
public record PipelineConfig(NlpConfig nlp, Optional<LocalDate> defaultDate, UserDictionaries dictionaries) {

  public PipelineConfig {
    Objects.requireNonNull(nlp, "nlp");
    Objects.requireNonNull(defaultDate, "defaultDate");
    Objects.requireNonNull(dictionaries, "dictionaries");
  }

  /** A configuration with the shipped dictionaries. */
  public PipelineConfig(NlpConfig nlp, Optional<LocalDate> defaultDate) {
    this(nlp, defaultDate, UserDictionaries.none());
  }

  public static PipelineConfig defaults() {
    return new PipelineConfig(NlpConfig.defaults(), Optional.empty(), UserDictionaries.none());
  }

  public PipelineConfig withDefaultDate(LocalDate date) {
    return new PipelineConfig(nlp, Optional.ofNullable(date), dictionaries);
  }

  public PipelineConfig withDictionaries(UserDictionaries user) {
    return new PipelineConfig(nlp, defaultDate, user);
  }

  /** The settings as key → value, for provenance. */
  public Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("nlp.fineGrainedNer", Boolean.toString(nlp.fineGrainedNer()));
    m.put("nlp.newlineSentenceBreak", nlp.newlineSentenceBreak());
    m.put("nlp.maxSentenceTokens", Integer.toString(nlp.maxSentenceTokens()));
    m.put("defaultDate", defaultDate.map(LocalDate::toString).orElse("none"));
    m.putAll(dictionaries.asMap());
    return m;
  }
}

package org.tacitus.core.model;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What produced a result, so that a run can be reproduced and two runs compared.
 *
 * @param tacitusVersion version of Tacitus
 * @param nlp the language tools and models ("Stanford CoreNLP 4.5.10 ...")
 * @param dictionaries dictionary name → SHA-256 of its content
 * @param config the effective configuration, as key → value
 */
public record Provenance(String tacitusVersion, String nlp, SortedMap<String, String> dictionaries,
    SortedMap<String, String> config) {

  public Provenance {
    dictionaries = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(dictionaries));
    config = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(config));
  }

  public static Provenance of(String version, String nlp, Map<String, String> dictionaries,
      Map<String, String> config) {
    return new Provenance(version, nlp, new TreeMap<>(dictionaries), new TreeMap<>(config));
  }
}

package org.tacitus.coder.dict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tacitus.core.cameo.CameoOntology;

/**
 * Frame words ({@code frames.tsv}) and the CAMEO re-coding table ({@code modality.tsv}). Immutable and thread safe.
 */
public final class FrameLexicon {

  /**
   * A frame word.
   *
   * @param frame what it does to the act it governs
   * @param lemma its lemma (for phrasal verbs, "carry_out")
   * @param prep the preposition it needs a phrase with, or empty
   */
  public record FrameWord(Frame frame, String lemma, String prep) {
  }

  private final Map<String, List<FrameWord>> words;
  private final Map<String, EnumMap<Frame, String>> recode;
  private final Map<String, String> checksums;

  private FrameLexicon(Map<String, List<FrameWord>> words, Map<String, EnumMap<Frame, String>> recode,
      Map<String, String> checksums) {
    this.words = words;
    this.recode = recode;
    this.checksums = checksums;
  }

  public static FrameLexicon standard(CameoOntology ontology) {
    return compile(ontology, DictionaryText.resource(FrameLexicon.class, "/org/tacitus/coder/dict/frames.tsv"),
        DictionaryText.resource(FrameLexicon.class, "/org/tacitus/coder/dict/modality.tsv"));
  }

  public static FrameLexicon compile(CameoOntology ontology, DictionaryText frames, DictionaryText table) {
    Map<String, List<FrameWord>> words = new HashMap<>();
    for (DictionaryText.Row row : frames.rows(2, "KIND<TAB>LEMMA")) {
      String[] cols = row.cols();
      int i = row.line() - 1;
      Frame f;
      try {
        f = Frame.valueOf(cols[0].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw frames.error(i + 1, 1, "unknown frame kind '" + cols[0] + "'; use intent, appeal, demand, reject, "
            + "threaten, cancel, aspect, support or report");
      }
      String lemma = cols[1].strip();
      String prep = "";
      int slash = lemma.indexOf('/');
      if (slash > 0) {
        prep = lemma.substring(slash + 1);
        lemma = lemma.substring(0, slash);
      }
      if (!lemma.matches("[a-z][a-z-]*(_[a-z]+)?")) {
        throw frames.error(i + 1, cols[0].length() + 2, "'" + lemma + "' is not a lower-case lemma");
      }
      FrameWord w = new FrameWord(f, lemma, prep);
      List<FrameWord> list = words.computeIfAbsent(lemma, k -> new ArrayList<>());
      if (!list.contains(w)) {
        list.add(w);
      }
    }
    Map<String, EnumMap<Frame, String>> recode = new HashMap<>();
    Frame[] order = {Frame.INTENT, Frame.APPEAL, Frame.DEMAND, Frame.REJECT, Frame.THREATEN};
    String layout = "PREFIX<TAB>INTENT<TAB>APPEAL<TAB>DEMAND<TAB>REJECT<TAB>THREATEN";
    for (DictionaryText.Row r : table.rows(6, layout)) {
      String[] cols = r.cols();
      int i = r.line() - 1;
      EnumMap<Frame, String> row = new EnumMap<>(Frame.class);
      int col = cols[0].length() + 2;
      for (int k = 0; k < 5; k++) {
        String c = cols[k + 1].strip();
        if (!c.equals("-")) {
          if (!ontology.has(c)) {
            throw table.error(i + 1, col, "CAMEO code " + c + " is not in the codebook");
          }
          row.put(order[k], c);
        }
        col += cols[k + 1].length() + 1;
      }
      recode.put(cols[0].strip(), row);
    }
    Map<String, String> sums = new LinkedHashMap<>();
    sums.put(frames.name(), frames.sha256());
    sums.put(table.name(), table.sha256());
    Map<String, List<FrameWord>> frozen = new HashMap<>();
    words.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new FrameLexicon(Collections.unmodifiableMap(frozen), Collections.unmodifiableMap(recode),
        Collections.unmodifiableMap(sums));
  }

  /** The frame words with this lemma (a word may be listed under several frames). */
  public List<FrameWord> lookup(String lemma) {
    return words.getOrDefault(lemma, List.of());
  }

  /**
   * The code an act of code {@code code} gets under {@code frame}, by the longest prefix of the table; empty when the
   * frame leaves it alone.
   */
  public Optional<String> recode(String code, Frame frame) {
    for (int len = code.length(); len >= 2; len--) {
      EnumMap<Frame, String> row = recode.get(code.substring(0, len));
      if (row != null) {
        return Optional.ofNullable(row.get(frame));
      }
    }
    return Optional.empty();
  }

  public Map<String, String> checksums() {
    return checksums;
  }
}

package org.tacitus.nlp;

/**
 * Settings of the language analysis.
 *
 * @param fineGrainedNer run CoreNLP's fine-grained NER (CITY, COUNTRY, TITLE ...); about 3× slower
 * @param newlineSentenceBreak CoreNLP's {@code ssplit.newlineIsSentenceBreak}: "two" (blank line ends a sentence,
 *     the default: keeps a headline apart from the first paragraph), "always" (one sentence per line) or "never"
 * @param maxSentenceTokens sentences longer than this are not parsed (their tokens are kept, with no
 *     dependencies): the parser's time grows fast with length and such "sentences" are usually tables or lists
 * @param truecaseHeadlines restore the case of title-case and all-capitals headlines with CoreNLP's true-casing
 *     model before tagging (loaded on the first headline: about 5 s, 0.7 GB of heap)
 */
public record NlpConfig(boolean fineGrainedNer, String newlineSentenceBreak, int maxSentenceTokens,
    boolean truecaseHeadlines) {

  public NlpConfig {
    if (!newlineSentenceBreak.equals("two") && !newlineSentenceBreak.equals("always")
        && !newlineSentenceBreak.equals("never")) {
      throw new IllegalArgumentException("newlineSentenceBreak must be two, always or never, not '"
          + newlineSentenceBreak + "'");
    }
    if (maxSentenceTokens < 10) {
      throw new IllegalArgumentException("maxSentenceTokens must be at least 10, not " + maxSentenceTokens);
    }
  }

  public static NlpConfig defaults() {
    return new NlpConfig(false, "two", 150, true);
  }
}

package org.tacitus.core.model;

/**
 * One token of a sentence, as the language analysis saw it.
 *
 * @param index position in its sentence, from 0
 * @param word the token as written in the text (CoreNLP's "originalText"); in a title-case or all-capitals headline
 *     its true-cased form ("IRAN" reads "Iran"), which differs from the text in letter case only
 * @param start first character in the article text
 * @param end one past the last character in the article text
 * @param pos Penn Treebank part-of-speech tag
 * @param lemma dictionary form
 * @param ner named-entity class ("O" when none)
 */
public record Token(int index, String word, int start, int end, String pos, String lemma, String ner) {

  public Span span() {
    return new Span(start, end);
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isPronoun() {
    return pos.equals("PRP") || pos.equals("PRP$");
  }

  /** The lemma in lower case, the key under which dictionaries look words up. */
  public String key() {
    return lemma.toLowerCase(java.util.Locale.ROOT);
  }
}

package org.tacitus.core.model;

import java.util.List;

/**
 * One sentence with its tokens and two dependency parses.
 *
 * @param index position in the article, from 0
 * @param start first character in the article text
 * @param end one past the last character
 * @param tokens the tokens in order
 * @param basic the basic (tree) Universal Dependencies parse
 * @param enhanced the enhanced++ parse (propagated subjects, conjuncts, relations that name their preposition)
 */
public record Sentence(int index, int start, int end, List<Token> tokens, DependencyGraph basic,
    DependencyGraph enhanced) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public Span span() {
    return new Span(start, end);
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  /** The characters from token {@code from} to token {@code to}, both included. */
  public Span span(int from, int to) {
    return new Span(tokens.get(from).start(), tokens.get(to).end());
  }
}

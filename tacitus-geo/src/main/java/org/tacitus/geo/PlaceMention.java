package org.tacitus.geo;

import java.util.Objects;
import java.util.Optional;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Span;

/**
 * A place name in an article, as found, before it is resolved.
 *
 * @param sentence index of the sentence
 * @param from first token of the name
 * @param to last token of the name (the qualifier, if any, follows it)
 * @param span the characters of the name and its qualifier ("Paris, Texas")
 * @param name the name as written, without the qualifier ("Paris")
 * @param qualifier the division or country written after a comma ("Texas"), which narrows the name
 * @param preposition what introduces the name: "in", "at", "near" ..., "-based", "dateline"; empty when nothing
 *     does ("Moscow said")
 * @param governor the token the name's prepositional phrase attaches to ("meeting" in "a meeting in Moscow")
 * @param actor the actor mention the name is part of, when the coder read it as an actor and no preposition makes
 *     it a place ("Moscow will continue ..."): then it is not a place of the story
 * @param stateWord written "Washington state" or "the state of Washington": the division is meant
 * @param source how it was found: "ner LOCATION" (the tag), "gazetteer" (a capitalised span the NER missed),
 *     "dateline"
 */
public record PlaceMention(int sentence, int from, int to, Span span, String name, Optional<String> qualifier,
    Optional<String> preposition, Optional<Integer> governor, Optional<Mention> actor, boolean stateWord,
    String source) {

  public PlaceMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(preposition, "preposition");
    Objects.requireNonNull(governor, "governor");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(source, "source");
  }

  /** Introduced by a preposition of location ("in", "at", "near" ...) or written as the story's dateline. */
  public boolean isLocative() {
    return preposition.map(p -> PlaceFinder.LOCATIVE.contains(p) || p.equals("dateline")).orElse(false);
  }

  /** A place of the story, not an actor: "in Moscow", "Moscow-based", a name the coder did not take as an actor. */
  public boolean isPlace() {
    return actor.isEmpty();
  }
}

package org.tacitus.core.model;

import java.util.Objects;

/**
 * A place in the text that names an actor, and why it was resolved as it was.
 *
 * @param sentence index of the sentence
 * @param head index of the head token of the phrase in its sentence
 * @param span the characters of the phrase in the article text
 * @param text the phrase as written
 * @param actor the resolved actor
 * @param reason why: which dictionary entry or rule resolved it ("country name 'Pakistan'", "coreference: He -> ...")
 */
public record Mention(int sentence, int head, Span span, String text, Actor actor, String reason) {

  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(actor, "actor");
  }

  /** How a reason says a role's country was only the story's default (its dateline's, or the one it names most). */
  public static final String FROM_STORY = "country from the story: ";

  /** Whether this role took its country only from the story, not from its own words, so that a place may correct it. */
  public boolean countryFromStory() {
    return reason != null && reason.contains(FROM_STORY);
  }

  /** How a reason says a target's country was only the source's default ("police arrested students"). */
  public static final String FROM_SOURCE = "country from the source's: ";

  /**
   * Whether this role's country is only a default, the story's or the acting source's, that a place named in its own
   * phrase may correct ("Israel released the mayor of Nablus").
   */
  public boolean countryByDefault() {
    return countryFromStory() || reason != null && reason.contains(FROM_SOURCE);
  }

  public Mention withActor(Actor other, String why) {
    return new Mention(sentence, head, span, text, other, why);
  }
}

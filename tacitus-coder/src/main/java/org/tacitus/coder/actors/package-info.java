/**
 * Actor resolution: countries, capitals, seats of power, organisations, role words and people by their role in the
 * story, with the story-level memory that resolves pronouns and "the two sides".
 */
package org.tacitus.coder.actors;

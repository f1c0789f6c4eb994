package org.tacitus.store;

/**
 * How often an actor code takes part in stored events.
 *
 * @param code the full actor code as stored ({@code RUSGOV})
 * @param asSource events where it acts
 * @param asTarget events aimed at it
 * @param events both together
 */
public record ActorCount(String code, long asSource, long asTarget, long events) {
}

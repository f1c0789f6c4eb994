package org.tacitus.store;

/**
 * How often a CAMEO event code occurs in stored events.
 *
 * @param code the CAMEO code ("0332")
 * @param name the codebook's short name, or "" for a code the shipped codebook does not hold
 * @param events how many events carry it
 */
public record CodeCount(String code, String name, long events) {
}

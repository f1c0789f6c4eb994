package org.tacitus.core.cameo;

/**
 * A CAMEO actor sector or organisation type code.
 *
 * @param code three letters ("GOV", "MIL", "IGO")
 * @param name what it stands for
 * @param kind "role" for sectors that narrow a country (GOV, MIL ...), "org" for organisation types that head a
 *     code of their own (IGO, NGO, MNC ...), "religion" or "ethnic" for the CAMEO secondary codes
 */
public record Sector(String code, String name, String kind) {
}

/**
 * Offline geolocation: the gazetteer (GeoNames places and world-countries countries, derived at build time), the
 * place names of an article and how each was resolved, and the place of each event, as pure functions over the core
 * records. Every choice keeps its reason and the candidates it beat.
 */
package org.tacitus.geo;

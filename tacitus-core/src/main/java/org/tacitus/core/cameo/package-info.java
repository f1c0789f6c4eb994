/**
 * The CAMEO ontology as data: event codes with Goldstein scores and QuadClass, and actor sector codes. Loaded once
 * from the tables in this package's resources; an unknown code is a clear error.
 */
package org.tacitus.core.cameo;

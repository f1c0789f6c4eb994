/**
 * Measuring the coder: gold sets (JSON Lines of records with expected events, and the hand-coded seed article),
 * pure scorers that match predicted events to gold ones, and the reports that {@code tacitus eval} prints.
 */
package org.tacitus.app.eval;

/**
 * The application: {@link org.tacitus.app.Pipeline} wires typed configuration into the stages and runs them on many
 * threads in input order; the {@code tacitus} command line ({@link org.tacitus.app.Main}) and the event JSON Lines.
 */
package org.tacitus.app;

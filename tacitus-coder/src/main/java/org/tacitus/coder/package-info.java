/**
 * Event coding: the entry point {@link org.tacitus.coder.StandardCoder} that wires the actor resolver and the event
 * engine over the compiled dictionaries. Pure functions over core records; no I/O but reading shipped dictionaries.
 */
package org.tacitus.coder;

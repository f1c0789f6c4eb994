/**
 * Writers of coded events in the layouts other tools read: JSON Lines (Tacitus' own), flat CSV, the GDELT 2.0 Event
 * table and the Phoenix event data layout. One {@link org.tacitus.app.format.EventFormat} per layout, chosen by
 * {@link org.tacitus.app.format.OutputFormat}; docs/FORMATS.md lists every column and where it comes from.
 */
package org.tacitus.app.format;

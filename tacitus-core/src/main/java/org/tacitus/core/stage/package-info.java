/**
 * The contracts between pipeline stages: what each needs, what it adds, and its thread safety. A factory in
 * tacitus-app assembles concrete stages from typed configuration; stages never read global configuration.
 */
package org.tacitus.core.stage;

/**
 * The event engine: clause extraction over the enhanced dependency parse, frames (intent, appeal, demand, reject,
 * threat), attribution and de-duplication of events within a sentence.
 */
package org.tacitus.coder.events;

/**
 * The Stanford CoreNLP adapter: the only package that imports {@code edu.stanford.nlp}. It turns CoreNLP's
 * annotations into the core records at its boundary.
 */
package org.tacitus.nlp;

/**
 * The document model: articles, sentences, tokens, dependencies, actor mentions and events, as immutable records.
 * Every offset is a character offset into {@link org.tacitus.core.model.Article#text()}.
 */
package org.tacitus.core.model;

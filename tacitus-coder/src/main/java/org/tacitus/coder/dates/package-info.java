/**
 * Event dates: {@link org.tacitus.coder.dates.DateResolver} finds date expressions in a sentence's tokens
 * ("yesterday", "on Tuesday", "last week", "12 March") and resolves them against the article's date;
 * {@link org.tacitus.coder.dates.EventDating} gives every event of a coded article its date. Pure functions over
 * core records; the rules are in docs/DATES.md.
 */
package org.tacitus.coder.dates;

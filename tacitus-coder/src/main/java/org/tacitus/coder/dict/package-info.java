/**
 * Dictionary files and their compilers: actor phrases, CAMEO verb and noun entries, frame words and the modality
 * re-coding table. Every syntax error is reported as file:line:col with a caret.
 */
package org.tacitus.coder.dict;

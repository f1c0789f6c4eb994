package org.tacitus.store;

import java.time.LocalDate;
import java.util.Optional;
import org.tacitus.core.cameo.QuadClass;
import org.tacitus.core.model.Modality;

/**
 * One event as read back from the store, flat, with the words that carry it.
 *
 * @param docId the article's id
 * @param sentence index of the sentence in the article
 * @param code the CAMEO event code
 * @param quadClass its QuadClass
 * @param goldstein its Goldstein score
 * @param sourceCode the acting actor's code
 * @param sourceText how the text names the source
 * @param targetCode the target actor's code, when there is one
 * @param targetText how the text names the target
 * @param modality how the text presents the act
 * @param evidenceText the characters that carry the event
 * @param rule the dictionary entry and pattern that fired
 * @param confidence from 0 to 1
 * @param reportedByCode who reported it, when someone else than the source
 * @param eventDate the event's date (its own, else its article's), when known
 */
public record StoredEvent(String docId, int sentence, String code, QuadClass quadClass, double goldstein,
    String sourceCode, String sourceText, Optional<String> targetCode, Optional<String> targetText,
    Modality modality, String evidenceText, String rule, double confidence, Optional<String> reportedByCode,
    Optional<LocalDate> eventDate) {
}

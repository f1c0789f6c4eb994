package org.tacitus.coder.dict;

import java.util.Set;

/**
 * One compiled line of an event dictionary ({@code docs/DICTIONARY.md} gives the grammar).
 *
 * @param code CAMEO code the entry gives, or {@link #NONE} for a reading that is no event
 * @param head verb or noun lemma
 * @param particle particle of a phrasal verb ("out" in carry_out), or empty
 * @param obj lemmas the direct object must have, or empty for any
 * @param objmod lemmas one of the object's modifiers must have, or empty
 * @param mod lemmas one of the head's own modifiers must have (event nouns), or empty
 * @param prep the preposition that introduces the target, or empty
 * @param pobj lemmas the noun of the {@code prep} phrase must have ("place" also stands for any named place), or
 *     empty for any
 * @param xcomp lemmas the verb's open complement must have, or empty
 * @param subj lemmas the verb's subject must have ("troops" in "US troops left Niger"), or empty for any
 * @param giver the preposition that introduces the act's doer when the verb's subject receives the act ("received
 *     weapons from Y": {@code from}), or empty
 * @param noun true for an entry of the nouns file
 * @param source {@code file:line} of the entry
 * @param text the entry as written, for explanations
 */
public record EventEntry(String code, String head, String particle, Set<String> obj, Set<String> objmod,
    Set<String> mod, String prep, Set<String> pobj, Set<String> xcomp, Set<String> subj, String giver, boolean noun,
    String source, String text) {

  /** The code of an entry that says a reading of its head is no event. */
  public static final String NONE = "---";

  /** Whether the entry says its reading is no event ({@link #NONE}). */
  public boolean none() {
    return code.equals(NONE);
  }

  /** How many constraints the entry puts on its context: the more, the more specific. */
  public int specificity() {
    int n = 0;
    n += particle.isEmpty() ? 0 : 1;
    n += obj.isEmpty() ? 0 : 1;
    n += objmod.isEmpty() ? 0 : 1;
    n += mod.isEmpty() ? 0 : 1;
    n += prep.isEmpty() ? 0 : 1;
    n += pobj.isEmpty() ? 0 : 1;
    n += xcomp.isEmpty() ? 0 : 1;
    n += subj.isEmpty() ? 0 : 1;
    n += giver.isEmpty() ? 0 : 1;
    return n;
  }

  /** The rule as shown in an event's {@code rule} field: where it comes from and what it says. */
  public String rule() {
    return source + " " + text;
  }
}

package org.tacitus.coder.actors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tacitus.core.model.Mention;

/** The actor mentions of one sentence, by the index of their head token. A head may stand for two actors ("the two
 * sides"). */
public final class SentenceActors {

  private final Map<Integer, List<Mention>> byHead = new TreeMap<>();

  void add(Mention m) {
    byHead.computeIfAbsent(m.head(), k -> new ArrayList<>()).add(m);
  }

  void replace(int head, List<Mention> mentions) {
    byHead.put(head, new ArrayList<>(mentions));
  }

  /** The mentions headed by token {@code token} (empty if it heads none). */
  public List<Mention> at(int token) {
    return Collections.unmodifiableList(byHead.getOrDefault(token, List.of()));
  }

  /** All mentions in token order. */
  public List<Mention> all() {
    List<Mention> r = new ArrayList<>();
    byHead.values().forEach(r::addAll);
    return r;
  }
}

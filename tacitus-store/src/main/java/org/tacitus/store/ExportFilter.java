package org.tacitus.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which stored events an export takes. Every part is optional; an absent part lets every event through.
 *
 * @param from first event date taken (inclusive); undated events are left out when a date bound is given
 * @param to last event date taken (inclusive)
 * @param actor an actor code or its start ({@code RUS} takes {@code RUS}, {@code RUSGOV}), as source or target
 * @param code a CAMEO code or its start: a root ({@code 19}), a base code ({@code 190}) or a full code
 */
public record ExportFilter(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> actor,
    Optional<String> code) {

  /** Every event. */
  public static final ExportFilter ALL = new ExportFilter(Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty());

  public ExportFilter {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(code, "code");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException("date range from " + from.get() + " to " + to.get()
          + " is empty; give the earlier date first");
    }
    actor = actor.map(String::strip).filter(a -> !a.isEmpty());
    code = code.map(String::strip).filter(c -> !c.isEmpty());
    if (code.isPresent() && !code.get().matches("\\d{2,4}")) {
      throw new IllegalArgumentException("CAMEO code '" + code.get() + "' is not 2 to 4 digits (a root such as 19,"
          + " or a code such as 190 or 1823)");
    }
  }

  /** The SQL condition on the events table, with {@code ?} for the {@link #parameters()}. */
  String where() {
    StringBuilder w = new StringBuilder("TRUE");
    from.ifPresent(d -> w.append(" AND event_date >= CAST(? AS DATE)"));
    to.ifPresent(d -> w.append(" AND event_date <= CAST(? AS DATE)"));
    actor.ifPresent(a -> w.append(" AND (starts_with(source_code, ?) OR starts_with(coalesce(target_code, ''), ?))"));
    code.ifPresent(c -> w.append(" AND starts_with(code, ?)"));
    return w.toString();
  }

  /** The values of the {@code ?} in {@link #where()}, in order. */
  List<String> parameters() {
    List<String> p = new ArrayList<>();
    from.ifPresent(d -> p.add(d.toString()));
    to.ifPresent(d -> p.add(d.toString()));
    actor.ifPresent(a -> {
      p.add(a);
      p.add(a);
    });
    code.ifPresent(p::add);
    return p;
  }
}

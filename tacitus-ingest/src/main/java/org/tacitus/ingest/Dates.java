package org.tacitus.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Publication dates as inputs write them. The date is the calendar day as written (the local day of a time with an
 * offset, not converted to UTC), because that is the day the source published on.
 */
final class Dates {

  private static final List<DateTimeFormatter> FORMATS = List.of(
      DateTimeFormatter.ISO_OFFSET_DATE_TIME,
      DateTimeFormatter.ISO_ZONED_DATE_TIME,
      DateTimeFormatter.ISO_LOCAL_DATE_TIME,
      DateTimeFormatter.RFC_1123_DATE_TIME);

  private Dates() {
  }

  /**
   * The day of {@code s}: "2024-03-05", "2024-03-05T10:00:00Z", "2024-03-05T10:00:00+02:00", "2024-03-05 10:00",
   * "2024-03-05T10:00:00.000+0200" or "Tue, 5 Mar 2024 10:00:00 GMT"; empty when it is none of these.
   */
  static Optional<LocalDate> parse(String s) {
    String t = s.strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(t));
    } catch (DateTimeParseException e) {
      // try the date-time forms
    }
    String iso = t.length() > 10 && t.charAt(10) == ' ' ? t.substring(0, 10) + 'T' + t.substring(11) : t;
    // "+0200" (no colon) as some CMSs write it
    iso = iso.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2");
    for (DateTimeFormatter f : FORMATS) {
      try {
        Object parsed = f.parseBest(f == DateTimeFormatter.RFC_1123_DATE_TIME ? t : iso,
            ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from);
        if (parsed instanceof ZonedDateTime z) {
          return Optional.of(z.toLocalDate());
        }
        if (parsed instanceof OffsetDateTime o) {
          return Optional.of(o.toLocalDate());
        }
        return Optional.of(((LocalDateTime) parsed).toLocalDate());
      } catch (DateTimeParseException e) {
        // next format
      }
    }
    return Optional.empty();
  }
}

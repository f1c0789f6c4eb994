package org.tacitus.coder.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tacitus.core.model.EventDate;
import org.tacitus.core.model.EventDate.Precision;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.model.Span;
import org.tacitus.core.model.Token;

/**
 * Finds the date expressions of a sentence in its tokens and resolves each against the article's date. A small,
 * fixed set of rules (docs/DATES.md lists them with examples), in the order tried at each token:
 *
 * <ol>
 *   <li><b>day and month</b>: "12 March", "March 12", "March 12th", "12 March 2024", "March 12, 2024"; without a
 *       year, the year that puts the day nearest the article date;
 *   <li><b>ago</b>: "three days ago", "a week ago", "2 months ago";
 *   <li><b>last / this / next</b> + week, month or year, and "earlier this week", "later this month";
 *   <li><b>weekday</b>: "on Tuesday", "last Tuesday", "next Tuesday", "Tuesday": without "last" or "next", the
 *       Tuesday on or before the article date, or on or after it when the sentence speaks of the future (will,
 *       shall, 'll);
 *   <li><b>day words</b>: "today", "tonight", "this morning/afternoon/evening", "yesterday", "last night",
 *       "tomorrow";
 *   <li><b>month or year alone</b>: "in March", "in March 2023", "in 2019".
 * </ol>
 *
 * Matching is on the tokens' words, ignoring case except for month names (which must be capitalised, so that the
 * verb "may" and "march" are not months). Thread safe: no state.
 */
public final class DateResolver {

  /**
   * One date expression found in a sentence.
   *
   * @param span the characters of the expression in the article text
   * @param text the expression's words as written
   * @param date its resolution
   */
  public record Expression(Span span, String text, EventDate date) {
  }

  private static final Map<String, Month> MONTHS = months();
  private static final Map<String, DayOfWeek> WEEKDAYS = weekdays();
  private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));
  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening");
  /** The words a rule can start with (besides numbers): every other token is passed over at once. */
  private static final Set<String> TRIGGERS = triggers();

  private DateResolver() {
  }

  /** Every date expression of {@code sentence}, in text order, resolved against {@code articleDate}. */
  public static List<Expression> find(Sentence sentence, String text, LocalDate articleDate) {
    Words tokens = new Words(sentence.tokens());
    boolean future = false;
    for (int k = 0; k < tokens.size() && !future; k++) {
      future = FUTURE.contains(tokens.lower(k));
    }
    List<Expression> found = List.of();
    int i = 0;
    while (i < tokens.size()) {
      Optional<Match> m = TRIGGERS.contains(tokens.lower(i)) || tokens.startsWithDigit(i)
          ? match(tokens, i, articleDate, future) : Optional.empty();
      if (m.isPresent()) {
        Match match = m.get();
        Span span = sentence.span(match.from(), match.to());
        String words = span.of(text);
        if (found.isEmpty()) {
          found = new ArrayList<>();
        }
        found.add(new Expression(span, words, new EventDate(match.date(), match.precision(), Optional.of(span),
            "'" + words + "' = " + match.how())));
        i = match.to() + 1;
      } else {
        i++;
      }
    }
    return found;
  }

  /** A match over tokens {@code from..to} (both included). */
  private record Match(int from, int to, LocalDate date, Precision precision, String how) {
  }

  private static Optional<Match> match(Words t, int i, LocalDate ref, boolean future) {
    Optional<Match> m = dayAndMonth(t, i, ref);
    if (m.isEmpty()) {
      m = ago(t, i, ref);
    }
    if (m.isEmpty()) {
      m = relativePeriod(t, i, ref);
    }
    if (m.isEmpty()) {
      m = weekday(t, i, ref, future);
    }
    if (m.isEmpty()) {
      m = dayWord(t, i, ref);
    }
    if (m.isEmpty()) {
      m = monthOrYear(t, i, ref);
    }
    return m;
  }

  // Rule 1: "12 March", "March 12", "March 12th", with an optional year.
  private static Optional<Match> dayAndMonth(Words t, int i, LocalDate ref) {
    int from = i;
    if (lower(t, i).equals("on")) {
      i++;
    }
    OptionalDay day = dayNumber(t, i);
    Month month;
    int end;
    if (day.present()) {
      month = month(t, i + 1);
      if (month == null) {
        int of = word(t, i + 1).equalsIgnoreCase("of") ? i + 2 : -1;
        month = of > 0 ? month(t, of) : null;
        if (month == null) {
          return Optional.empty();
        }
        end = of;
      } else {
        end = i + 1;
      }
    } else {
      month = month(t, i);
      day = dayNumber(t, i + 1);
      if (month == null || !day.present()) {
        return Optional.empty();
      }
      end = i + 1;
    }
    if (day.value() > month.maxLength()) {
      return Optional.empty();
    }
    int yearAt = word(t, end + 1).equals(",") ? end + 2 : end + 1;
    int year = year(t, yearAt);
    if (year > 0) {
      if (day.value() == 29 && month == Month.FEBRUARY && !java.time.Year.isLeap(year)) {
        return Optional.empty();
      }
      return Optional.of(new Match(from, yearAt, LocalDate.of(year, month, day.value()), Precision.DAY,
          "the day named, year as written"));
    }
    Month m = month;
    int d = day.value();
    LocalDate nearest = nearestYear(ref, y -> y.atMonth(m).isValidDay(d)
        ? Optional.of(LocalDate.of(y.getValue(), m, d)) : Optional.empty());
    if (nearest == null) {
      return Optional.empty();
    }
    return Optional.of(new Match(from, end, nearest, Precision.DAY,
        "the day named, in the year that puts it nearest the article date " + ref));
  }

  // Rule 2: "three days ago", "a week ago".
  private static Optional<Match> ago(Words t, int i, LocalDate ref) {
    Integer n = number(word(t, i));
    if (n == null || !lower(t, i + 2).equals("ago")) {
      return Optional.empty();
    }
    String unit = lower(t, i + 1);
    String base = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    return switch (base) {
      case "day" -> Optional.of(new Match(i, i + 2, ref.minusDays(n), Precision.DAY,
          "article date " + ref + " - " + n + " day(s)"));
      case "week" -> Optional.of(new Match(i, i + 2, monday(ref.minusWeeks(n)), Precision.WEEK,
          "the week of article date " + ref + " - " + n + " week(s)"));
      case "month" -> Optional.of(new Match(i, i + 2, ref.minusMonths(n).withDayOfMonth(1), Precision.MONTH,
          "the month of article date " + ref + " - " + n + " month(s)"));
      case "year" -> Optional.of(new Match(i, i + 2, ref.minusYears(n).withDayOfYear(1), Precision.YEAR,
          "the year of article date " + ref + " - " + n + " year(s)"));
      default -> Optional.empty();
    };
  }

  // Rule 3: "last week", "this month", "next year", "earlier this week", "later this month".
  private static Optional<Match> relativePeriod(Words t, int i, LocalDate ref) {
    int from = i;
    String w = lower(t, i);
    if ((w.equals("earlier") || w.equals("later")) && lower(t, i + 1).equals("this")) {
      i++;
      w = "this";
    }
    int shift;
    switch (w) {
      case "last", "past", "previous" -> shift = -1;
      case "this" -> shift = 0;
      case "next", "coming" -> shift = 1;
      default -> {
        return Optional.empty();
      }
    }
    String unit = lower(t, i + 1);
    String which = shift < 0 ? "the " + unit + " before" : shift == 0 ? "the " + unit + " of" : "the " + unit
        + " after";
    return switch (unit) {
      case "week" -> Optional.of(new Match(from, i + 1, monday(ref.plusWeeks(shift)), Precision.WEEK,
          which + " article date " + ref + " (weeks start on Monday)"));
      case "month" -> Optional.of(new Match(from, i + 1, ref.plusMonths(shift).withDayOfMonth(1), Precision.MONTH,
          which + " article date " + ref));
      case "year" -> Optional.of(new Match(from, i + 1, ref.plusYears(shift).withDayOfYear(1), Precision.YEAR,
          which + " article date " + ref));
      default -> Optional.empty();
    };
  }

  // Rule 4: "on Tuesday", "last Tuesday", "next Tuesday", "this Tuesday", "Tuesday".
  private static Optional<Match> weekday(Words t, int i, LocalDate ref, boolean future) {
    String w = lower(t, i);
    int at = w.equals("on") || w.equals("last") || w.equals("next") || w.equals("this") ? i + 1 : i;
    DayOfWeek day = WEEKDAYS.get(lower(t, at));
    if (day == null) {
      return Optional.empty();
    }
    String name = day.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    if (w.equals("last")) {
      return Optional.of(new Match(i, at, ref.with(TemporalAdjusters.previous(day)), Precision.DAY,
          "the " + name + " before article date " + ref));
    }
    if (w.equals("next")) {
      return Optional.of(new Match(i, at, ref.with(TemporalAdjusters.next(day)), Precision.DAY,
          "the " + name + " after article date " + ref));
    }
    if (future) {
      return Optional.of(new Match(i, at, ref.with(TemporalAdjusters.nextOrSame(day)), Precision.DAY,
          "the " + name + " on or after article date " + ref + " (the sentence speaks of the future)"));
    }
    return Optional.of(new Match(i, at, ref.with(TemporalAdjusters.previousOrSame(day)), Precision.DAY,
        "the " + name + " on or before article date " + ref));
  }

  // Rule 5: "today", "tonight", "this morning", "yesterday", "last night", "tomorrow".
  private static Optional<Match> dayWord(Words t, int i, LocalDate ref) {
    String w = lower(t, i);
    return switch (w) {
      case "today", "tonight" -> Optional.of(new Match(i, i, ref, Precision.DAY, "article date " + ref));
      case "yesterday" -> Optional.of(new Match(i, i, ref.minusDays(1), Precision.DAY,
          "article date " + ref + " - 1 day"));
      case "tomorrow" -> Optional.of(new Match(i, i, ref.plusDays(1), Precision.DAY,
          "article date " + ref + " + 1 day"));
      case "this" -> PARTS_OF_DAY.contains(lower(t, i + 1)) || lower(t, i + 1).equals("night")
          ? Optional.of(new Match(i, i + 1, ref, Precision.DAY, "article date " + ref)) : Optional.empty();
      case "last" -> lower(t, i + 1).equals("night") ? Optional.of(new Match(i, i + 1, ref.minusDays(1),
          Precision.DAY, "article date " + ref + " - 1 day (the night before)")) : Optional.empty();
      default -> Optional.empty();
    };
  }

  // Rule 6: "in March", "in March 2023", "in 2019".
  private static Optional<Match> monthOrYear(Words t, int i, LocalDate ref) {
    if (!lower(t, i).equals("in") && !lower(t, i).equals("since") && !lower(t, i).equals("during")) {
      return Optional.empty();
    }
    Month month = month(t, i + 1);
    if (month != null) {
      int year = year(t, i + 2);
      if (year > 0) {
        return Optional.of(new Match(i + 1, i + 2, LocalDate.of(year, month, 1), Precision.MONTH,
            "the month named, year as written"));
      }
      LocalDate nearest = nearestYear(ref, y -> Optional.of(LocalDate.of(y.getValue(), month, 1)));
      return Optional.of(new Match(i + 1, i + 1, nearest, Precision.MONTH,
          "the month named, in the year that puts it nearest the article date " + ref));
    }
    int year = year(t, i + 1);
    if (year > 0) {
      return Optional.of(new Match(i + 1, i + 1, LocalDate.of(year, 1, 1), Precision.YEAR, "the year named"));
    }
    return Optional.empty();
  }

  /** Of the candidates in the article's year and the years before and after, the nearest to {@code ref}. */
  private static LocalDate nearestYear(LocalDate ref, java.util.function.Function<java.time.Year,
      Optional<LocalDate>> candidate) {
    LocalDate best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
      Optional<LocalDate> c = candidate.apply(java.time.Year.of(y));
      if (c.isPresent()) {
        long d = Math.abs(ChronoUnit.DAYS.between(ref, c.get()));
        if (d < bestDistance) {
          best = c.get();
          bestDistance = d;
        }
      }
    }
    return best;
  }

  private static LocalDate monday(LocalDate d) {
    return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private record OptionalDay(int value) {
    boolean present() {
      return value > 0;
    }
  }

  /** A day of the month: "12", "12th", "1st". */
  private static OptionalDay dayNumber(Words t, int i) {
    String w = lower(t, i);
    String digits = w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd") || w.endsWith("th")
        ? w.substring(0, w.length() - 2) : w;
    if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
      return new OptionalDay(0);
    }
    int d = Integer.parseInt(digits);
    return new OptionalDay(d >= 1 && d <= 31 ? d : 0);
  }

  /** A four-digit year from 1900 to 2199, else 0. */
  private static int year(Words t, int i) {
    String w = word(t, i);
    if (w.length() != 4 || !w.chars().allMatch(Character::isDigit)) {
      return 0;
    }
    int y = Integer.parseInt(w);
    return y >= 1900 && y < 2200 ? y : 0;
  }

  private static Integer number(String w) {
    if (!w.isEmpty() && w.length() <= 3 && w.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(w);
    }
    return NUMBER_WORDS.get(w.toLowerCase(Locale.ROOT));
  }

  /** A month name, capitalised ("March", "Mar.", "Sept"), else null. */
  private static Month month(Words t, int i) {
    String w = word(t, i);
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
      return null;
    }
    return MONTHS.get(w.toLowerCase(Locale.ROOT));
  }

  private static String word(Words t, int i) {
    return t.word(i);
  }

  private static String lower(Words t, int i) {
    return t.lower(i);
  }

  /** A sentence's words as written and in lower case, "" outside the sentence. */
  private static final class Words {

    private final String[] words;
    private final String[] lower;

    Words(List<Token> tokens) {
      words = new String[tokens.size()];
      lower = new String[tokens.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = tokens.get(i).word();
        lower[i] = words[i].toLowerCase(Locale.ROOT);
      }
    }

    int size() {
      return words.length;
    }

    String word(int i) {
      return i >= 0 && i < words.length ? words[i] : "";
    }

    String lower(int i) {
      return i >= 0 && i < lower.length ? lower[i] : "";
    }

    boolean startsWithDigit(int i) {
      String w = word(i);
      return !w.isEmpty() && w.charAt(0) >= '0' && w.charAt(0) <= '9';
    }
  }

  private static Map<String, Month> months() {
    Map<String, Month> m = new java.util.HashMap<>();
    for (Month month : Month.values()) {
      String full = month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      m.put(full, month);
      if (month != Month.MAY) {
        String abbr = full.substring(0, 3);
        m.put(abbr, month);
        m.put(abbr + ".", month);
      }
    }
    m.put("sept", Month.SEPTEMBER);
    m.put("sept.", Month.SEPTEMBER);
    return Map.copyOf(m);
  }

  private static Set<String> triggers() {
    Set<String> t = new java.util.HashSet<>(List.of("on", "last", "past", "previous", "this", "next", "coming",
        "earlier", "later", "today", "tonight", "yesterday", "tomorrow", "in", "since", "during"));
    t.addAll(NUMBER_WORDS.keySet());
    t.addAll(MONTHS.keySet());
    t.addAll(WEEKDAYS.keySet());
    return Set.copyOf(t);
  }

  private static Map<String, DayOfWeek> weekdays() {
    Map<String, DayOfWeek> m = new java.util.HashMap<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      m.put(d.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), d);
    }
    return Map.copyOf(m);
  }
}

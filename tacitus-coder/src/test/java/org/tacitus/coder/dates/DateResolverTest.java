package org.tacitus.coder.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tacitus.core.model.DependencyGraph;
import org.tacitus.core.model.EventDate;
import org.tacitus.core.model.EventDate.Precision;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.model.Token;

/** One test (or a few) per rule of {@link DateResolver}; the article date is a Wednesday unless said otherwise. */
class DateResolverTest {

  /** Wednesday, 6 March 2024. */
  static final LocalDate WED = LocalDate.of(2024, 3, 6);

  private static final Pattern WORDS = Pattern.compile(
      "(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\\.|'ll|[A-Za-z]+|[0-9]+(?:st|nd|rd|th)?|\\S");

  /**
   * The sentence's tokens as CoreNLP gives them for these simple sentences: words, "'ll" and punctuation apart,
   * "Feb." one token. Tags are not read by the resolver.
   */
  static Sentence sentence(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORDS.matcher(text);
    while (m.find()) {
      tokens.add(new Token(tokens.size(), m.group(), m.start(), m.end(), "X", m.group(), "O"));
    }
    return new Sentence(0, 0, text.length(), tokens, new DependencyGraph(tokens.size(), List.of()),
        new DependencyGraph(tokens.size(), List.of()));
  }

  static List<DateResolver.Expression> find(String text, LocalDate ref) {
    return DateResolver.find(sentence(text), text, ref);
  }

  /** The one expression of {@code text}. */
  static DateResolver.Expression only(String text, LocalDate ref) {
    List<DateResolver.Expression> found = find(text, ref);
    assertThat(found).as("expressions in '%s'", text).hasSize(1);
    return found.get(0);
  }

  static void assertDate(String text, String words, LocalDate date, Precision precision) {
    DateResolver.Expression x = only(text, WED);
    assertThat(x.text()).isEqualTo(words);
    assertThat(x.date().date()).isEqualTo(date);
    assertThat(x.date().precision()).isEqualTo(precision);
    assertThat(x.date().evidence()).contains(x.span());
    assertThat(x.date().reason()).startsWith("'" + words + "' = ");
  }

  @Test
  void dayWords() {
    assertDate("Rebels attacked the town yesterday.", "yesterday", WED.minusDays(1), Precision.DAY);
    assertDate("The minister arrives today.", "today", WED, Precision.DAY);
    assertDate("Talks resume tomorrow in Geneva.", "tomorrow", WED.plusDays(1), Precision.DAY);
    assertDate("Police fired on protesters last night.", "last night", WED.minusDays(1), Precision.DAY);
    assertDate("The envoy met the president this morning.", "this morning", WED, Precision.DAY);
    assertDate("The leaders will speak tonight.", "tonight", WED, Precision.DAY);
  }

  @Test
  void weekdayWithoutModifierIsTheLastOneInThePastTense() {
    assertDate("The two sides met on Tuesday.", "on Tuesday", LocalDate.of(2024, 3, 5), Precision.DAY);
    assertDate("Troops withdrew on Thursday.", "on Thursday", LocalDate.of(2024, 2, 29), Precision.DAY);
    assertDate("Troops withdrew on Wednesday.", "on Wednesday", WED, Precision.DAY);
    assertDate("Monday's attack killed five.", "Monday", LocalDate.of(2024, 3, 4), Precision.DAY);
  }

  @Test
  void weekdayInTheFutureTenseIsTheNextOne() {
    assertDate("The ministers will meet on Friday.", "on Friday", LocalDate.of(2024, 3, 8), Precision.DAY);
    assertDate("They'll vote on Monday.", "on Monday", LocalDate.of(2024, 3, 11), Precision.DAY);
  }

  @Test
  void lastAndNextWeekday() {
    assertDate("Protests began last Wednesday.", "last Wednesday", LocalDate.of(2024, 2, 28), Precision.DAY);
    assertDate("A vote is due next Tuesday.", "next Tuesday", LocalDate.of(2024, 3, 12), Precision.DAY);
  }

  @Test
  void weeksMonthsAndYearsRelativeToTheArticle() {
    assertDate("Talks broke down last week.", "last week", LocalDate.of(2024, 2, 26), Precision.WEEK);
    assertDate("Aid arrived earlier this week.", "earlier this week", LocalDate.of(2024, 3, 4), Precision.WEEK);
    assertDate("Elections are planned next month.", "next month", LocalDate.of(2024, 4, 1), Precision.MONTH);
    assertDate("Sanctions were imposed last month.", "last month", LocalDate.of(2024, 2, 1), Precision.MONTH);
    assertDate("The treaty was signed last year.", "last year", LocalDate.of(2023, 1, 1), Precision.YEAR);
  }

  @Test
  void agoCountsBackFromTheArticleDate() {
    assertDate("The border closed three days ago.", "three days ago", LocalDate.of(2024, 3, 3), Precision.DAY);
    assertDate("Fighting began 2 weeks ago.", "2 weeks ago", LocalDate.of(2024, 2, 19), Precision.WEEK);
    assertDate("The envoy left a month ago.", "a month ago", LocalDate.of(2024, 2, 1), Precision.MONTH);
  }

  @Test
  void dayAndMonthInEitherOrder() {
    assertDate("The accord was signed on 12 March.", "on 12 March", LocalDate.of(2024, 3, 12), Precision.DAY);
    assertDate("The accord was signed March 2.", "March 2", LocalDate.of(2024, 3, 2), Precision.DAY);
    assertDate("The accord was signed on March 2nd.", "on March 2nd", LocalDate.of(2024, 3, 2), Precision.DAY);
    assertDate("Troops crossed on the 3rd of March.", "3rd of March", LocalDate.of(2024, 3, 3), Precision.DAY);
    assertDate("Troops crossed on Feb. 27.", "on Feb. 27", LocalDate.of(2024, 2, 27), Precision.DAY);
  }

  @Test
  void dayAndMonthWithoutYearTakeTheNearestYear() {
    // A story of 6 January 2024 about "December 28" means the December just past.
    DateResolver.Expression x = only("Clashes erupted on December 28.", LocalDate.of(2024, 1, 6));
    assertThat(x.date().date()).isEqualTo(LocalDate.of(2023, 12, 28));
    // and one of 20 December 2023 about "January 3" the coming one.
    x = only("Talks open on January 3.", LocalDate.of(2023, 12, 20));
    assertThat(x.date().date()).isEqualTo(LocalDate.of(2024, 1, 3));
  }

  @Test
  void explicitYearIsKept() {
    assertDate("The war began on 24 February 2022.", "on 24 February 2022", LocalDate.of(2022, 2, 24),
        Precision.DAY);
    assertDate("The deal of March 12, 2019 was broken.", "March 12, 2019", LocalDate.of(2019, 3, 12), Precision.DAY);
  }

  @Test
  void monthOrYearAlone() {
    assertDate("The ceasefire collapsed in January.", "January", LocalDate.of(2024, 1, 1), Precision.MONTH);
    assertDate("Relations were cut in June 2021.", "June 2021", LocalDate.of(2021, 6, 1), Precision.MONTH);
    assertDate("The embassy closed in 2019.", "2019", LocalDate.of(2019, 1, 1), Precision.YEAR);
  }

  @Test
  void wordsThatOnlyLookLikeDatesAreNot() {
    assertThat(find("Officials may march to the border and meet 30 delegates.", WED)).isEmpty();
    assertThat(find("The rebels said this would last.", WED)).isEmpty();
    assertThat(find("On 31 February nothing happened.", WED)).isEmpty();
    assertThat(find("Troops were sent in 1850 and 3000 fled.", WED)).isEmpty();
  }

  @Test
  void severalExpressionsAreFoundInTextOrder() {
    List<DateResolver.Expression> found = find("After talks on Monday, the ministers met again yesterday.", WED);
    assertThat(found).extracting(DateResolver.Expression::text).containsExactly("on Monday", "yesterday");
    assertThat(found).extracting(x -> x.date().date()).containsExactly(LocalDate.of(2024, 3, 4), WED.minusDays(1));
  }

  @Test
  void articleDateAloneHasNoEvidence() {
    EventDate d = EventDate.ofArticle(WED);
    assertThat(d.evidence()).isEmpty();
    assertThat(d.reason()).isEqualTo("article date");
  }
}

package org.tacitus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void readsTheDayAsWritten() {
    LocalDate d = LocalDate.of(2024, 3, 5);
    assertThat(Dates.parse("2024-03-05")).contains(d);
    assertThat(Dates.parse(" 2024-03-05T23:30:00+03:00 ")).contains(d);
    assertThat(Dates.parse("2024-03-05T23:30:00Z")).contains(d);
    assertThat(Dates.parse("2024-03-05T23:30:00.123+0300")).contains(d);
    assertThat(Dates.parse("2024-03-05 10:00")).contains(d);
    assertThat(Dates.parse("2024-03-05T10:00:00")).contains(d);
    assertThat(Dates.parse("Tue, 5 Mar 2024 10:00:00 GMT")).contains(d);
  }

  @Test
  void rejectsWhatIsNoDate() {
    assertThat(Dates.parse("")).isEmpty();
    assertThat(Dates.parse("06/08/2008")).isEmpty();
    assertThat(Dates.parse("2008-02-30")).isEmpty();
    assertThat(Dates.parse("yesterday")).isEmpty();
  }
}

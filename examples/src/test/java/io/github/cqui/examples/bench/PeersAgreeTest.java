package io.github.cqui.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark setup's agreement check, run in the normal build without JMH: cqui, the naive loop,
 * Strata and tyme4j give equal answers on every covered day and every seeded input. Nothing is
 * timed here.
 */
class PeersAgreeTest {

  private static final CalendarPeers peers = new CalendarPeers();

  @BeforeAll
  static void setUp() {
    peers.setUp(); // throws IllegalStateException naming the first disagreement
  }

  @Test
  void allPeersAgreeOnTheSeededInputs() {
    assertThat(peers.starts).doesNotContainNull();
    assertThat(peers.ends[0]).isEqualTo(peers.starts[0].plusDays(CalendarPeers.SPAN_DAYS));
  }

  @Test
  void strataShiftCountsLikeCqui() {
    // 2019-12-31 (Tuesday) + 1 working day: 2020-01-01 is New Year's Day, so 2020-01-02
    LocalDate start = LocalDate.of(2019, 12, 31);
    assertThat(peers.cqui.plusWorkingDays(start, 1)).isEqualTo(LocalDate.of(2020, 1, 2));
    assertThat(peers.strata.shift(start, 1)).isEqualTo(LocalDate.of(2020, 1, 2));
    // a make-up Sunday is a working day for both: 2020-01-19 (春节 调休)
    LocalDate makeUp = LocalDate.of(2020, 1, 19);
    assertThat(peers.cqui.isWorkingDay(makeUp)).isTrue();
    assertThat(peers.strata.isBusinessDay(makeUp)).isTrue();
  }

  @Test
  void theProvisionalBenchmarkInputsAreCheckedBeforeTheyAreMeasured() {
    ProvisionalInputs inputs = new ProvisionalInputs();
    inputs.setUp(); // throws IllegalStateException naming the first disagreement
    assertThat(inputs.provisional.isProvisional(inputs.provisionalDates[0])).isTrue();
    assertThat(inputs.published.isCovered(inputs.publishedDates[0])).isTrue();
  }

  @Test
  void loadingTheBundledBytesGivesTheBundledCalendar() {
    LoadCalendarBenchmark load = new LoadCalendarBenchmark();
    load.setUp();
    assertThat(load.load()).isEqualTo(WorkingDayCalendar.chongqing());
  }
}

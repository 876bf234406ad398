package io.github.cqui.rules.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InstalmentAgreementTest {

  /** 民法典第二百零二条: a month counted on keeps the day, or takes the month's last day. */
  @Test
  void eachInstalmentIsDueIntervalMonthsAfterThePrevious() {
    InstalmentAgreement agreement =
        InstalmentAgreement.of(4, LocalDate.of(2025, 10, 31), 3, OddFenPlacement.FIRST_INSTALMENTS);
    assertThat(agreement.dueDate(0)).isEqualTo(LocalDate.of(2025, 10, 31));
    assertThat(agreement.dueDate(1)).isEqualTo(LocalDate.of(2026, 1, 31));
    assertThat(agreement.dueDate(2)).isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(agreement.dueDate(3)).isEqualTo(LocalDate.of(2026, 7, 31));
  }
}

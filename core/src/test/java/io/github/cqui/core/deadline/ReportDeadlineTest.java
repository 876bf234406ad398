package io.github.cqui.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.calendar.DayKind;
import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.RestDay;
import io.github.cqui.rules.deadline.DeadlineRules;
import io.github.cqui.rules.deadline.ReportDeadline;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.deadline.StopEventType;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stop-event report deadline (一(五)). */
class ReportDeadlineTest {

  private final DeadlineRules rules = Chongqing.rules().deadlines();

  @ParameterizedTest(name = "112号 一(五), 经办条例 第二十五条, POLICY-FACTS §7: event {0} → report by {1}")
  @CsvSource({"2025-07-31, 2025-08-28", "2026-09-18, 2026-10-22", "2025-09-25, 2025-10-29"})
  void twentyWorkingDaysAfterTheEvent(LocalDate event, LocalDate deadline) {
    ReportDeadline report =
        rules.reportDeadline(StopEventReport.of(event, StopEventType.RE_EMPLOYMENT));
    assertThat(report.lastDay()).isEqualTo(deadline);
    assertThat(report.workingDays()).isEqualTo(20);
  }

  @Test
  void theReportExplanationCitesBothTexts() {
    ReportDeadline report =
        rules.reportDeadline(
            StopEventReport.of(LocalDate.of(2026, 9, 18), StopEventType.MILITARY_SERVICE));
    assertThat(report.restDaysPassed()).extracting(RestDay::kind).contains(DayKind.HOLIDAY);
    assertThat(report.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("相关情形发生于2026-09-18，应自发生之日起20个工作日内、即2026-10-22前告知。")
        .contains("《社会保险经办条例》第二十五条")
        .contains("2026-09-19为周末休息日，不计入。")
        .contains("2026-09-20为国庆节调休上班日，依国办发明电〔2025〕7号计为工作日。")
        .contains("2026-09-25为休息日（中秋节），依国办发明电〔2025〕7号不计入。")
        .contains("渝人社办〔2025〕112号 一(五)");
  }
}

package io.github.cqui.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.calendar.WorkingDayCalendar;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The main job answers in both languages, and refuses what it cannot answer with the reason. Case
 * files are tested in {@link CaseFileReportTest}.
 */
class CaseReportTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return CaseReport.run(
        List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        WorkingDayCalendar.chongqing());
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void sevenWorkingDaysAfter20250925IsTheMakeUpSaturdayWithTheRestDaysSkipped() {
    assertThat(run("plus", "2025-09-25", "7")).isZero();
    assertThat(out())
        .contains(
            "7 working days after 2025-09-25: 2025-10-11 (Saturday, make-up working day for"
                + " National Day, 国办发明电〔2024〕12号)")
        .contains("2025-09-25后第7个工作日：2025-10-11（星期六，国庆节调休上班，国办发明电〔2024〕12号）")
        .contains(
            "  2025-10-06  (Monday, holiday: Mid-Autumn Festival, 国办发明电〔2024〕12号) /"
                + " （星期一，中秋节放假，国办发明电〔2024〕12号）");
    assertThat(out().lines().filter(l -> l.startsWith("  2025-"))).hasSize(9);
    assertThat(err()).isEmpty();
  }

  @Test
  void theDemonstrationAnswersEveryKindOfQuestion() {
    assertThat(run()).isZero();
    assertThat(out())
        .contains("20 working days after 2025-07-31: 2025-08-28")
        .contains("A period of 30 days from 2025-09-08")
        .contains("期间的最后一日2025-10-08是休息日")
        .contains("2025-01-01（含）至2026-01-01（不含）之间的工作日：248天");
  }

  @Test
  void withoutArgumentsTheSampleCaseIsReportedFirst() {
    assertThat(run()).isZero();
    assertThat(out())
        .startsWith("Case report / 案件报告: cases/suspension.json")
        .contains("  2026-01  SUSPENDED 暂停发放")
        .contains("  review deadline / 审核期限届满: 2025-10-11")
        .contains("cqui — the Chongqing working-day calendar");
    assertThat(out().indexOf("Explanation of the ledger"))
        .isLessThan(out().indexOf("cqui — the Chongqing working-day calendar"));
  }

  @Test
  void theCalendarDemonstrationAlone() {
    assertThat(run("calendar")).isZero();
    assertThat(out())
        .startsWith("cqui — the Chongqing working-day calendar")
        .contains("20 working days after 2025-07-31: 2025-08-28")
        .doesNotContain("Case report");
  }

  @Test
  void anUnpublishedYearIsRefusedWithTheCoverageMessage() {
    assertThat(run("plus", "2026-12-25", "7")).isEqualTo(2);
    assertThat(err())
        .contains("7 working days after 2026-12-25: 2027-01-01 is outside the working-day calendar")
        .contains("国办发明电〔2025〕7号");
    assertThat(out()).isEmpty();
  }

  @Test
  void aBadCommandLineIsRefusedWithTheUsage() {
    assertThat(run("plus", "2025-09-31", "7")).isEqualTo(2);
    assertThat(err()).contains("argument 1 = '2025-09-31': not a date (yyyy-MM-dd)", "usage:");
    assertThat(run("plus", "2025-09-25")).isEqualTo(2);
    assertThat(err()).contains("'plus' takes 2 arguments, not 1");
  }
}

package io.github.cqui.examples.bench;

import com.tyme.holiday.LegalHoliday;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The tyme4j peer: cn.6tail:tyme4j ships its own table of Chinese legal holidays and make-up
 * working days (法定假日, 调休上班), but no working-day arithmetic, so this is the loop a tyme4j user would
 * write. Per day: {@link LegalHoliday#fromYmd(int, int, int)}; when it names the day, {@link
 * LegalHoliday#isWork()} decides, otherwise Monday to Friday are working days.
 *
 * <p>tyme4j's data is its own, not cqui's schedule; the setup checks that the two agree on every
 * covered day before anything is measured.
 */
final class TymeCalendar extends DayByDayCalendar {

  @Override
  boolean isWorkingDay(LocalDate date) {
    LegalHoliday holiday =
        LegalHoliday.fromYmd(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    if (holiday != null) {
      return holiday.isWork();
    }
    DayOfWeek dow = date.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }
}

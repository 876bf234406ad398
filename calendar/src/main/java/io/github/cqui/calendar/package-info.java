/**
 * Chongqing working days and statutory periods: the time layer of cqui.
 *
 * <p>{@link io.github.cqui.calendar.WorkingDayCalendar} answers, exactly as the State Council
 * holiday notices (国务院办公厅关于部分节假日安排的通知) say, whether a date is a working day in Chongqing, which day
 * is <i>n</i> working days later, and when a statutory period ends under 《中华人民共和国民法典》 arts 201–203.
 * Chongqing follows the national schedule unchanged; local closures can be added.
 *
 * <p>Coverage (INTERPRETATIONS I-5): by default ({@link
 * io.github.cqui.calendar.CoverageMode#STRICT}) a date in a year whose notice is not loaded is
 * refused; in {@link io.github.cqui.calendar.CoverageMode#PROVISIONAL} mode the years after the
 * last notice up to 2100 are answered from the statutory holidays of 《全国年节及纪念日放假办法》 ({@link
 * io.github.cqui.calendar.HolidayDecree}: 国务院令第795号, 第644号; lunar days and 清明 computed by the
 * library after GB/T 33661-2017) and weekends, and every such answer is marked provisional. A
 * year's notice is added without a release: a schedule file on the classpath ({@link
 * io.github.cqui.calendar.WorkingDayCalendar#CLASSPATH_SCHEDULE}) or given explicitly.
 *
 * <p>This package knows nothing of insurance. Every type in it is immutable and thread-safe, and no
 * method returns {@code null}.
 */
@NullMarked
package io.github.cqui.calendar;

import org.jspecify.annotations.NullMarked;

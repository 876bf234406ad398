/**
 * Chongqing working days and statutory periods: the time layer of cqui.
 *
 * <p>{@link io.github.cqui.calendar.WorkingDayCalendar} answers, exactly as the State Council
 * holiday notices (国务院办公厅关于部分节假日安排的通知) say, whether a date is a working day in Chongqing, which day
 * is <i>n</i> working days later, and when a statutory period ends under 《中华人民共和国民法典》 arts 201–203.
 * Chongqing follows the national schedule unchanged; local closures can be added.
 *
 * <p>This package knows nothing of insurance. Every type in it is immutable and thread-safe, and no
 * method returns {@code null}.
 */
@NullMarked
package io.github.cqui.calendar;

import org.jspecify.annotations.NullMarked;

package io.github.cqui.calendar;

/**
 * What happens when the last day of a calendar-day or month period is a rest day.
 *
 * <p>《中华人民共和国民法典》 art 203: 「期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日」 (likewise 《民事诉讼法》 art 85). Whether
 * a given period rolls forward is for the rule that uses it to say.
 */
public enum LastDayRule {
  /** A last day that is a rest day moves to the next working day (民法典 art 203). */
  ROLL_FORWARD,
  /** The last day stays where the count ends, whatever kind of day it is. */
  KEEP
}

package io.github.cqui.rules.deadline;

/** Where a review stands on a date relative to its deadline. */
public enum ReviewState {
  /** Before the deadline: working days are left. */
  IN_TIME,
  /** The deadline is that day. */
  DUE_TODAY,
  /** After the deadline. */
  OVERDUE
}

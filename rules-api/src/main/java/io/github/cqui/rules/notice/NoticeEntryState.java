package io.github.cqui.rules.notice;

/** The status of an entry of a 稳岗返还 public notice (渝人社办〔2025〕112号 二(一); I-20). */
public enum NoticeEntryState {
  /** The enterprise confirmed its refund information by the last day of the notice. */
  CONFIRMED,
  /** The notice is running and the enterprise has not confirmed. */
  IN_NOTICE,
  /** 「公示期满仍未确认的，视为放弃享受本次稳岗返还」: deemed waived from the day after the last day. */
  WAIVED
}

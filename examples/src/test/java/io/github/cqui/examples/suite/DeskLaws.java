package io.github.cqui.examples.suite;

import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.notice.NoticeEntryState;
import io.github.cqui.rules.notice.NoticeRules;
import io.github.cqui.rules.notice.PublicNoticePeriod;
import io.github.cqui.rules.ruleset.CquiRules;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The tester's own laws, written as the kit writes its laws: plain methods that throw {@link
 * AssertionError}, so any runner or engine can call them. One for an area the kit has a generator
 * but no law for (the 稳岗返还 public notice), one that is the integration's own (the desk agrees with
 * the rules it wraps).
 */
final class DeskLaws {

  private DeskLaws() {}

  /**
   * The 稳岗返还 public notice (渝人社办〔2025〕112号 二(一); INTERPRETATIONS I-20): at least 30 days; its
   * nominal last day is that many days after publication; its last day is the nominal one, or —
   * when that is a rest day and the roll-forward switch is on — the next working day; an
   * unconfirmed entry is in notice up to the last day and waived from the day after, and an entry
   * confirmed on the last day is confirmed.
   */
  static void noticeEndsOnItsDayOrTheNextWorkingDay(CquiRules rules, LocalDate publishedOn) {
    NoticeRules notices = rules.notices();
    WorkingDayCalendar calendar = rules.calendar();
    PublicNoticePeriod notice = notices.publicNotice(publishedOn);
    LocalDate nominal = publishedOn.plusDays(notice.days());
    check(notice.days() >= 30, "%s: %d days, fewer than 30", publishedOn, notice.days());
    check(
        notice.nominalLastDay().equals(nominal),
        "%s: nominal last day %s, expected %s",
        publishedOn,
        notice.nominalLastDay(),
        nominal);
    LocalDate last =
        rules.switches().noticeRollForward() && !calendar.isWorkingDay(nominal)
            ? calendar.nextWorkingDay(nominal)
            : nominal;
    check(
        notice.lastDay().equals(last),
        "%s: last day %s, expected %s",
        publishedOn,
        notice.lastDay(),
        last);
    check(
        notice.waivedFrom().equals(last.plusDays(1)),
        "%s: waived from %s, expected the day after %s",
        publishedOn,
        notice.waivedFrom(),
        last);
    Optional<LocalDate> none = Optional.empty();
    check(
        notices.noticeEntryStatus(notice, none, last).status() == NoticeEntryState.IN_NOTICE,
        "%s: an unconfirmed entry is not in notice on the last day %s",
        publishedOn,
        last);
    check(
        notices.noticeEntryStatus(notice, none, last.plusDays(1)).status()
            == NoticeEntryState.WAIVED,
        "%s: an unconfirmed entry is not waived the day after %s",
        publishedOn,
        last);
    check(
        notices.noticeEntryStatus(notice, Optional.of(last), last.plusDays(1)).status()
            == NoticeEntryState.CONFIRMED,
        "%s: an entry confirmed on the last day %s is not confirmed",
        publishedOn,
        last);
  }

  /**
   * The desk gives the deadline the rules give for the local date and time the application arrived:
   * the same deemed receipt and the same last day.
   */
  static void theDeskAgreesWithItsRules(CaseDesk desk, ReviewRequest request) {
    ReviewDeadline byDesk =
        request.receiptTime().isPresent()
            ? desk.reviewDeadline(DeskRules.arrival(request))
            : desk.reviewDeadline(request.receiptDate());
    ReviewDeadline byRules = desk.rules().deadlines().reviewDeadline(request);
    check(
        byDesk.deemedReceipt().equals(byRules.deemedReceipt())
            && byDesk.lastDay().equals(byRules.lastDay()),
        "%s: the desk says received %s, due %s; the rules say received %s, due %s",
        request,
        byDesk.deemedReceipt(),
        byDesk.lastDay(),
        byRules.deemedReceipt(),
        byRules.lastDay());
  }

  private static void check(boolean holds, String format, Object... args) {
    if (!holds) {
      throw new AssertionError(String.format(format, args));
    }
  }
}

package io.github.cqui.rules.notice;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The 稳岗返还 public-notice rules of 渝人社办〔2025〕112号 二(一): the notice period of an enterprise that does
 * not confirm its refund, and where an entry stands. Obtain the Chongqing implementation from
 * {@code io.github.cqui.core.Chongqing.rules().notices()}.
 *
 * <p>Every method is a pure function of its arguments, the working-day calendar, the policy
 * editions and the interpretation switches the implementation was built with. Implementations are
 * immutable and thread-safe. Errors: {@link io.github.cqui.rules.InvalidInputException} for input
 * that breaks a rule (naming the field); {@link io.github.cqui.rules.NoEditionInForceException} for
 * a date before the earliest policy edition; {@link io.github.cqui.rules.RuleContextException}
 * wrapping the calendar's coverage error for a date in a year whose holiday notice is not loaded
 * (I-5), whose message names the year, the last notice loaded and the remedies (the year's notice
 * as a schedule file; the provisional coverage mode).
 *
 * <p><b>Provisional results</b> (I-5). In the {@code PROVISIONAL} coverage mode of the
 * interpretation switches, a result whose dates or counts depend on a year after the last notice is
 * answered from the statutory holidays of 《全国年节及纪念日放假办法》 in force (第二条) and weekends, and says so:
 * its {@code provisionalYears()} name the years, the decree and the articles not projected (补假 第六条,
 * 调休 第七条), and its explanation has a step for each. Published beats provisional: the same question
 * on a calendar with the year's notice is answered from the notice.
 */
public interface NoticeRules {

  /**
   * The 稳岗返还 public notice published on {@code publishedOn}: its last day and the day unconfirmed
   * entries are deemed waived (渝人社办〔2025〕112号 二(一); I-20).
   *
   * @param publishedOn the day the notice was published, within the dates the rules take ({@link
   *     io.github.cqui.rules.Limits}); it is not counted
   * @return the notice period: its nominal and actual last day, the first day of the waiver, the
   *     rest days rolled past and an explanation citing each step's clause
   * @throws io.github.cqui.rules.NoEditionInForceException if the publication is before the
   *     earliest policy edition
   * @throws io.github.cqui.rules.RuleContextException if, with the roll-forward switch on, the
   *     nominal last day or the day it rolls to is in a year whose holiday notice is not loaded, in
   *     the {@code STRICT} coverage mode (I-5)
   */
  PublicNoticePeriod publicNotice(LocalDate publishedOn);

  /**
   * The status on {@code asOf} of an entry of a public notice, given when (if ever) the enterprise
   * confirmed; a confirmation after {@code asOf} is not yet known and is ignored.
   *
   * <p>The notice is not trusted: it must be the one {@link #publicNotice} gives for its {@code
   * publishedOn} under these rules.
   *
   * @param notice a public notice these rules gave, unchanged
   * @param confirmedOn the day the enterprise confirmed, not before publication; empty if it has
   *     not
   * @param asOf the day asked about, within the dates the rules take, not before publication
   * @return the status on {@code asOf}: confirmed if confirmed by the notice's last day, otherwise
   *     in notice up to that day and deemed waived after it
   * @throws io.github.cqui.rules.InvalidInputException if {@code asOf} or {@code confirmedOn} is
   *     before publication (a confirmation answers the notice, so one dated earlier is a wrong
   *     date, never counted as confirmed), or naming {@code notice.<property>} for the first
   *     property of {@code notice} that does not follow from its publication date
   */
  NoticeEntryStatus noticeEntryStatus(
      PublicNoticePeriod notice, Optional<LocalDate> confirmedOn, LocalDate asOf);
}

package io.github.cqui.rules;

import io.github.cqui.rules.internal.Checks;

/**
 * How the library reads what the texts leave open: the rows of INTERPRETATIONS.md, with their
 * stable ids ({@code I-1} … {@code I-24}). Code, javadoc and every explanation step use these ids;
 * {@link #summary()} states the default reading in one line. A default is a reading, not a fact;
 * where a row has a switch, it is an option of {@link io.github.cqui.rules.edition
 * .InterpretationSwitches}.
 *
 * <p>JSON: the id string, e.g. {@code "I-1"}. Immutable and thread-safe.
 */
public enum Interpretation {
  /** Receipt day not counted; optional office-hours cut-off. */
  I_1(
      "The receipt day is not counted: the clock starts the next day (民法典 art 201); a receipt"
          + " after a configured office-hours cut-off (off by default) counts as received the next"
          + " working day."),
  /** Make-up working days count. */
  I_2("Weekend make-up working days (调休上班) count as working days; other weekends do not."),
  /** 重新审核 is a fresh clock. */
  I_3(
      "重新审核 after supplementary materials is a fresh review clock from the day the supplement"
          + " is received; the earlier clock ends awaiting the supplement."),
  /** The high-risk check does not pause the clock. */
  I_4(
      "The short-contribution high-risk check does not pause the review clock; the extra evidence"
          + " is requested as a supplement (I-3) and the case is flagged high-risk."),
  /** Unpublished holiday years are an error. */
  I_5(
      "A date in a year whose holiday notice is not published is an error naming the year and the"
          + " last published notice, unless the provisional mode is chosen; never weekends only."),
  /** Two missed verifications suspend; 条例 art 20(6) not applied. */
  I_6(
      "From 2025-08-01 two consecutive missed verifications suspend payment; 条例 art 20(6) (60 days"
          + " without reporting stops payment) is not applied."),
  /** A verification month is a calendar month. */
  I_7("A verification month is a calendar month, including the month in which payment starts."),
  /** Suspension from M+2, deferred months, no lapse. */
  I_8(
      "Missed months M and M+1 are paid; payment is suspended from M+2 and resumes the month after"
          + " re-verification; suspended months are deferred, not forfeited; no lapse by default."),
  /** Entitlement starts with the 失业登记 month. */
  I_9("Entitlement starts in the month of the 失业登记 date (社会保险法 art 50 prevails)."),
  /** Payment ends with the retirement month. */
  I_10(
      "Payment ends with the month in which statutory retirement age is reached (that month is"
          + " paid); months left then lapse."),
  /** Near-retirement extension on. */
  I_11(
      "A person whose entitlement runs out within one year before statutory retirement age is paid"
          + " on up to it (人社部发〔2020〕40号)."),
  /** No medical premium for suspended months. */
  I_12(
      "The medical premium is paid only for months in which benefit is paid, not for suspended"
          + " months."),
  /** Reimbursement per month. */
  I_13(
      "Reimbursement is per month: the sum of min(actual premium paid, standard in force) over the"
          + " months in which benefit was paid."),
  /** The event month is paid. */
  I_14(
      "The month of a stop event is paid and payment stops from the next month; later payments are"
          + " overpayments."),
  /** 病残津贴 stops; 灵活就业社保补贴 overlap months are overpayments. */
  I_15(
      "病残津贴 is a stop event; months overlapping 灵活就业社保补贴 are not payable and become"
          + " overpayments, the entitlement months are kept."),
  /** The notice's recovery ladder; deduction up to 100 %. */
  I_16(
      "Recovery follows the notice's ladder; a deduction takes up to 100 % of each later UI payment"
          + " by default; no interest, no fees."),
  /** The enforcement clock. */
  I_17(
      "复议 60 days and 诉讼 6 months (1 year if rights not stated) from service; court filing from"
          + " the later of the 诉讼 window's end + 1 day and 催告 + 10 working days, until 3 months"
          + " after the 诉讼 window."),
  /** The edition in force on the receipt date. */
  I_18(
      "The review clock follows the edition in force on the receipt date; missed verifications"
          + " count from 2025-08 on."),
  /** Short contribution: the last unbroken paid run. */
  I_19(
      "The last unbroken run of paid contribution months before separation, any employer, shorter"
          + " than 4 months is high risk; 补缴 months do not count."),
  /** The 30-day notice ends on day 30, rolled forward. */
  I_20(
      "The 稳岗返还 notice ends on day 30 after publication, rolled to the next working day if a"
          + " rest day; an unconfirmed entry is deemed waived from the day after."),
  /** No two of the four posts held by one person at the same time. */
  I_21(
      "No two of audit (稽核), business operation, fund finance and data management may be held by"
          + " the same person at the same time, acting roles included (six pairs); the audit-only"
          + " reading, extra pairs and a cooling-off period are switches."),
  /** The 领金地 tier's standard. */
  I_22("The standard of the tier of the 领金地 (where the benefit is claimed) applies."),
  /** The 条例 art 24 duration table. */
  I_23(
      "Duration follows the 《重庆市失业保险条例》 art 24 table on whole years of contribution; unused"
          + " months of an earlier claim are added, capped at 24."),
  /** Money exact to the fen. */
  I_24(
      "Money is exact to the fen; shares sum exactly to the whole; no amount is rounded up against"
          + " the person.");

  private final String id;
  private final String summary;

  Interpretation(String summary) {
    this.id = "I-" + name().substring(2);
    this.summary = summary;
  }

  /**
   * The stable id, as INTERPRETATIONS.md writes it.
   *
   * @return e.g. {@code "I-1"}
   */
  public String id() {
    return id;
  }

  /**
   * The default reading, in one line of English.
   *
   * @return the summary
   */
  public String summary() {
    return summary;
  }

  /**
   * The interpretation with the given id.
   *
   * @param id an id such as {@code "I-1"}
   * @return the interpretation
   * @throws InvalidInputException if no interpretation has that id
   */
  public static Interpretation ofId(String id) {
    Checks.requireNonNull("id", id);
    for (Interpretation interpretation : values()) {
      if (interpretation.id().equals(id)) {
        return interpretation;
      }
    }
    throw InvalidInputException.of("interpretation", '"' + id + '"', "must be one of I-1 … I-24");
  }

  /**
   * The id, e.g. {@code I-1}.
   *
   * @return {@link #id()}
   */
  @Override
  public String toString() {
    return id();
  }
}

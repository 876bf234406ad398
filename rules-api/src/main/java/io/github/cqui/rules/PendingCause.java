package io.github.cqui.rules;

/**
 * Why a part of a result is {@link Pending}: what it waits for.
 *
 * <p>JSON: the constant's name. Immutable and thread-safe.
 */
public enum PendingCause {
  /**
   * The part needs a day of a year whose State Council holiday notice is not loaded
   * (INTERPRETATIONS I-5): a year after the last notice year in the default {@code STRICT} coverage
   * mode, or beyond the years the provisional mode projects, or before the first notice year. It
   * waits for the year's notice.
   */
  HOLIDAY_NOTICE_NOT_LOADED,
  /**
   * The part needs a policy edition in force on a date before every edition the rules hold (I-18):
   * it waits for an edition covering the date.
   */
  NO_POLICY_EDITION
}

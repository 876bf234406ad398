package io.github.cqui.rules.control;

import io.github.cqui.rules.deadline.StopEventType;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The other benefits that are not received together with unemployment benefit (渝人社办〔2025〕112号
 * 一(五)): 「失业人员达到法定退休年龄或享受基本养老保险待遇的…不再发放失业保险金。享受病残津贴、灵活就业社保补贴的人员，不同时享受失业保险金」.
 *
 * <p>A basic pension and 病残津贴 are stop events (I-14, I-15); 灵活就业社保补贴 makes the months that overlap
 * not payable and keeps their entitlement (I-15).
 *
 * <p>JSON: the constant's name. Immutable and thread-safe.
 */
public enum OtherBenefitKind {
  /** 基本养老保险待遇: a basic pension, a stop event (《重庆市失业保险条例》第二十条第（四）项; 112号 一(五)). */
  BASIC_PENSION("基本养老保险待遇", StopEventType.PENSION),
  /** 病残津贴: the disability allowance, a stop event (112号 一(五); I-15). */
  DISABILITY_ALLOWANCE("病残津贴", StopEventType.DISABILITY_ALLOWANCE),
  /** 灵活就业社保补贴: the social-insurance subsidy for flexible employment; not a stop event (I-15). */
  FLEXIBLE_EMPLOYMENT_SUBSIDY("灵活就业社保补贴", null);

  private final String chineseName;
  private final @Nullable StopEventType stopEventType;

  OtherBenefitKind(String chineseName, @Nullable StopEventType stopEventType) {
    this.chineseName = chineseName;
    this.stopEventType = stopEventType;
  }

  /**
   * The benefit as the notice names it.
   *
   * @return e.g. {@code 病残津贴}
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The stop event that receiving this benefit is (I-14, I-15).
   *
   * @return {@link StopEventType#PENSION} or {@link StopEventType#DISABILITY_ALLOWANCE}; empty for
   *     灵活就业社保补贴, which is not a stop event
   */
  public Optional<StopEventType> stopEventType() {
    return Optional.ofNullable(stopEventType);
  }
}

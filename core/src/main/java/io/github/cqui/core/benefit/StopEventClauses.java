package io.github.cqui.core.benefit;

import static io.github.cqui.rules.LegalDocument.CHONGQING_NOTICE_2025_112;
import static io.github.cqui.rules.LegalDocument.CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS;
import static io.github.cqui.rules.LegalDocument.SOCIAL_INSURANCE_LAW;
import static io.github.cqui.rules.LegalDocument.UNEMPLOYMENT_BENEFIT_CLAIM_MEASURES;

import com.google.common.collect.ImmutableList;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.deadline.StopEventType;

/**
 * The clauses that make each {@link StopEventType} a stop event in Chongqing: the items of
 * 《重庆市失业保险条例》 art 20 (Chongqing's regulation), the national 《中华人民共和国社会保险法》 arts 17, 49 and 51, and
 * 渝人社办〔2025〕112号 一(五). The explanation of a stop cites them (I-14).
 *
 * <p>Immutable and thread-safe.
 */
public final class StopEventClauses {

  private static final Citation NOTICE = CHONGQING_NOTICE_2025_112.cite("一(五)");

  private StopEventClauses() {}

  /**
   * The clauses that make {@code type} a stop event.
   *
   * @param type the event type
   * @return the citations, the Chongqing regulation's item first where it has one; never empty
   */
  public static ImmutableList<Citation> of(StopEventType type) {
    // exhaustive: a type added to the enum without its clauses does not compile
    return switch (type) {
      case RE_EMPLOYMENT -> ImmutableList.of(item("（一）"), law("第五十一条第（一）项"));
      case MILITARY_SERVICE -> ImmutableList.of(item("（二）"), law("第五十一条第（二）项"));
      case EMIGRATION -> ImmutableList.of(item("（三）"), law("第五十一条第（三）项"));
      case PENSION -> ImmutableList.of(item("（四）"), law("第五十一条第（四）项"), NOTICE);
      case RETIREMENT_AGE -> ImmutableList.of(item("（四）"), NOTICE);
      case IMPRISONMENT -> ImmutableList.of(item("（五）"));
      case REFUSAL_OF_WORK -> ImmutableList.of(item("（七）"), law("第五十一条第（五）项"));
      case DEATH -> ImmutableList.of(law("第四十九条"), UNEMPLOYMENT_BENEFIT_CLAIM_MEASURES.cite("第十条"));
      case DISABILITY_ALLOWANCE -> ImmutableList.of(NOTICE, law("第十七条"));
    };
  }

  /** An item of 《重庆市失业保险条例》 art 20. */
  private static Citation item(String item) {
    return CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS.cite("第二十条第" + item + "项");
  }

  private static Citation law(String clause) {
    return SOCIAL_INSURANCE_LAW.cite(clause);
  }
}

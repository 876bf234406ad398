package io.github.cqui.rules;

/**
 * Every document that the library's policy facts cite (POLICY-FACTS.md §0–§5), with its Chinese
 * citation form and an English title.
 *
 * <p>The citation form is the document's number or title exactly as written: a number such as
 * {@code 渝人社办〔2025〕112号}, or a title in book-title marks such as {@code 《社会保险经办条例》}. Use {@link
 * #cite(String)} to cite a clause and {@link #cite()} for the whole document. Documents not listed
 * here (the yearly State Council holiday notices, for example) are cited with {@link
 * Citation#ofDocument(String)}.
 *
 * <p>The confidence of each fact is recorded in POLICY-FACTS.md; where the constant's javadoc says
 * [SECONDARY] or [UNCONFIRMED], the library has not read the official text.
 *
 * <p>JSON: the constant's name. Immutable and thread-safe.
 */
public enum LegalDocument {

  /**
   * The driver of the library: 《重庆市人力资源和社会保障局办公室关于进一步提升失业保险经办服务质效的通知》, issued 2025-07-17, in force
   * 2025-08-01.
   */
  CHONGQING_NOTICE_2025_112(
      "渝人社办〔2025〕112号",
      "Notice of the General Office of the Chongqing Municipal Human Resources and Social Security"
          + " Bureau on Further Improving the Quality and Efficiency of Unemployment Insurance"
          + " Services"),

  /** 《重庆市失业保险条例》 (2003; amended 2010 and 2011): the local regulations, arts 18–27 and 44. */
  CHONGQING_UNEMPLOYMENT_INSURANCE_REGULATIONS(
      "《重庆市失业保险条例》", "Chongqing Municipality Unemployment Insurance Regulations"),

  /** 《中华人民共和国社会保险法》 (2010; amended 2018): arts 44–52 on unemployment insurance. */
  SOCIAL_INSURANCE_LAW("《中华人民共和国社会保险法》", "Social Insurance Law of the People's Republic of China"),

  /** 《失业保险条例》 (国务院令第258号, 1999): the national regulations. */
  UNEMPLOYMENT_INSURANCE_REGULATIONS("《失业保险条例》", "Regulations on Unemployment Insurance"),

  /**
   * 《失业保险金申领发放办法》 (劳动和社会保障部令第8号, 2000, later amended). [SECONDARY]: its article numbering after the
   * amendments is not confirmed (POLICY-FACTS §2.3).
   */
  UNEMPLOYMENT_BENEFIT_CLAIM_MEASURES(
      "《失业保险金申领发放办法》", "Measures for Claiming and Paying Unemployment Insurance Benefits"),

  /** 《社会保险经办条例》 (in force 2023-12-01): review within 10 working days (art 24), report (art 25). */
  SOCIAL_INSURANCE_HANDLING_REGULATIONS(
      "《社会保险经办条例》", "Regulations on the Handling of Social Insurance Affairs"),

  /** 《中华人民共和国民法典》 (in force 2021-01-01): period computation, arts 200–204. */
  CIVIL_CODE("《中华人民共和国民法典》", "Civil Code of the People's Republic of China"),

  /** 《中华人民共和国民事诉讼法》: periods, art 85. */
  CIVIL_PROCEDURE_LAW("《中华人民共和国民事诉讼法》", "Civil Procedure Law of the People's Republic of China"),

  /** 《中华人民共和国行政诉讼法》: the 6-month suit window (art 46), enforcement (art 97). */
  ADMINISTRATIVE_LITIGATION_LAW(
      "《中华人民共和国行政诉讼法》", "Administrative Litigation Law of the People's Republic of China"),

  /** 《中华人民共和国行政许可法》: working-day periods exclude statutory holidays (art 82). */
  ADMINISTRATIVE_LICENSING_LAW(
      "《中华人民共和国行政许可法》", "Administrative Licensing Law of the People's Republic of China"),

  /** 《中华人民共和国行政处罚法》: short periods are working days (art 85). */
  ADMINISTRATIVE_PENALTY_LAW(
      "《中华人民共和国行政处罚法》", "Administrative Penalty Law of the People's Republic of China"),

  /** 《中华人民共和国行政复议法》 (revised 2023): the 60-day reconsideration window (art 20). */
  ADMINISTRATIVE_RECONSIDERATION_LAW(
      "《中华人民共和国行政复议法》", "Administrative Reconsideration Law of the People's Republic of China"),

  /** 《中华人民共和国行政强制法》: 催告 (arts 35, 54), court application (art 53), working days (art 69). */
  ADMINISTRATIVE_COMPULSION_LAW(
      "《中华人民共和国行政强制法》", "Administrative Compulsion Law of the People's Republic of China"),

  /**
   * 最高人民法院关于适用《中华人民共和国行政诉讼法》的解释 (2018-02-06): the one-year window (art 64), the three-month court
   * application window (art 156).
   */
  SPC_ADMINISTRATIVE_LITIGATION_INTERPRETATION(
      "法释〔2018〕1号",
      "Interpretation of the Supreme People's Court on the Application of the Administrative"
          + " Litigation Law of the People's Republic of China"),

  /** 《全国年节及纪念日放假办法》 (4th revision 2024-11-10): the statutory holidays. */
  NATIONAL_HOLIDAY_MEASURES(
      "《全国年节及纪念日放假办法》", "Measures on National Annual Festivals and Memorial Days Holidays"),

  /**
   * The NPC Standing Committee decision on the gradual retirement-age reform (in force 2025-01-01).
   */
  NPCSC_RETIREMENT_AGE_DECISION(
      "全国人大常委会《关于实施渐进式延迟法定退休年龄的决定》",
      "Decision of the Standing Committee of the National People's Congress on Implementing the"
          + " Gradual Postponement of the Statutory Retirement Age"),

  /** The State Council measures attached to that decision; [SECONDARY] (POLICY-FACTS §4). */
  STATE_COUNCIL_RETIREMENT_AGE_MEASURES(
      "《国务院关于渐进式延迟法定退休年龄的办法》",
      "Measures of the State Council on the Gradual Postponement of the Statutory Retirement Age"),

  /**
   * MOHRSS, MOF, STA and NHSA general offices 《关于进一步提升失业保险经办服务质效的通知》, named as a basis by the
   * Chongqing notice; [SECONDARY, fragment only].
   */
  MOHRSS_2024_60(
      "人社厅发〔2024〕60号",
      "Notice on Further Improving the Quality and Efficiency of Unemployment Insurance Services"),

  /** 《关于扩大失业保险保障范围的通知》: the near-retirement extension (I-11); [SECONDARY]. */
  MOHRSS_2020_40("人社部发〔2020〕40号", "Notice on Expanding the Coverage of Unemployment Insurance"),

  /** 《关于调整失业保险金标准的指导意见》: the 90 % of minimum wage target; [SECONDARY]. */
  MOHRSS_2017_71(
      "人社部发〔2017〕71号", "Guiding Opinions on Adjusting the Unemployment Insurance Benefit Standard"),

  /** 《关于领取失业保险金人员参加职工基本医疗保险有关问题的通知》: the medical premium of recipients; [UNCONFIRMED content]. */
  MOHRSS_2011_77(
      "人社部发〔2011〕77号",
      "Notice on Unemployment Benefit Recipients Joining Employee Basic Medical Insurance"),

  /**
   * The MOHRSS notice behind the short-contribution check (I-19); number and date unknown,
   * [UNCONFIRMED].
   */
  SHORT_CONTRIBUTION_RISK_NOTICE(
      "《关于切实防范短期参保骗领失业保险金风险的通知》",
      "Notice on Effectively Preventing the Risk of Fraudulent Unemployment Benefit Claims through"
          + " Short-Term Enrolment"),

  /** 《中华人民共和国劳动法》: resignation under art 32(2)(3) counts as involuntary. */
  LABOUR_LAW("《中华人民共和国劳动法》", "Labour Law of the People's Republic of China"),

  /**
   * The MOHRSS three-department notice on pension contributions for older benefit recipients;
   * [SECONDARY] (POLICY-FACTS §2.5).
   */
  OLDER_RECIPIENTS_PENSION_NOTICE(
      "《关于大龄领取失业保险金人员参加企业职工基本养老保险有关问题的通知》",
      "Notice on Older Unemployment Benefit Recipients Joining Enterprise Employee Basic Pension"
          + " Insurance"),

  /** Hainan's implementing notice quoting 人社部发〔2020〕40号; [SECONDARY]. */
  HAINAN_2020_127(
      "琼人社发〔2020〕127号",
      "Hainan notice implementing the expanded coverage of unemployment insurance"),

  /** Liaoning's provincial version of the older-recipients pension notice; [SECONDARY]. */
  LIAONING_2025_1(
      "辽人社〔2025〕1号",
      "Liaoning notice on older unemployment benefit recipients joining pension insurance"),

  /**
   * The Chongqing minimum-wage document in force from 2025-01-01 as one secondary source numbers
   * it; the number itself is doubtful (POLICY-FACTS §5).
   */
  CHONGQING_MINIMUM_WAGE_2025(
      "渝人社发〔2024〕22号", "Chongqing minimum wage standards from 2025-01-01 (number doubtful)"),

  /** 《重庆市散居少数民族权益保障条例》: ethnic-festival leave (art 31), individual leave only. */
  CHONGQING_DISPERSED_ETHNIC_MINORITIES_REGULATIONS(
      "《重庆市散居少数民族权益保障条例》",
      "Chongqing Municipality Regulations on Protecting the Rights of Dispersed Ethnic Minorities");

  private final String citationForm;
  private final String englishTitle;

  LegalDocument(String citationForm, String englishTitle) {
    this.citationForm = citationForm;
    this.englishTitle = englishTitle;
  }

  /**
   * The document's number or title exactly as written in a Chinese citation.
   *
   * @return e.g. {@code 渝人社办〔2025〕112号} or {@code 《社会保险经办条例》}
   */
  public String citationForm() {
    return citationForm;
  }

  /**
   * An English title, for readers without Chinese; not an official translation.
   *
   * @return the English title
   */
  public String englishTitle() {
    return englishTitle;
  }

  /**
   * Cites a clause of this document.
   *
   * @param clause the clause in the document's numbering, e.g. {@code 一(二)} or {@code 第二十四条}
   * @return the citation
   * @throws InvalidInputException if {@code clause} is blank
   */
  public Citation cite(String clause) {
    return Citation.of(citationForm, clause);
  }

  /**
   * Cites the document as a whole.
   *
   * @return the citation, without a clause
   */
  public Citation cite() {
    return Citation.ofDocument(citationForm);
  }
}

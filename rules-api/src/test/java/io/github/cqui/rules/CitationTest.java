package io.github.cqui.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CitationTest {

  @Test
  void rendersAClauseAfterADocumentNumberWithASpace() {
    assertThat(LegalDocument.CHONGQING_NOTICE_2025_112.cite("一(二)"))
        .hasToString("渝人社办〔2025〕112号 一(二)");
    assertThat(LegalDocument.SPC_ADMINISTRATIVE_LITIGATION_INTERPRETATION.cite("第一百五十六条"))
        .hasToString("法释〔2018〕1号 第一百五十六条");
  }

  @Test
  void rendersAClauseAfterATitleDirectly() {
    assertThat(LegalDocument.SOCIAL_INSURANCE_HANDLING_REGULATIONS.cite("第二十四条"))
        .hasToString("《社会保险经办条例》第二十四条");
    assertThat(LegalDocument.NPCSC_RETIREMENT_AGE_DECISION.cite("第一条"))
        .hasToString("全国人大常委会《关于实施渐进式延迟法定退休年龄的决定》第一条");
  }

  @Test
  void rendersAWholeDocument() {
    assertThat(Citation.ofDocument("国办发明电〔2024〕12号")).hasToString("国办发明电〔2024〕12号");
    assertThat(Citation.ofDocument("国办发明电〔2024〕12号").clause()).isEmpty();
    assertThat(LegalDocument.CIVIL_CODE.cite()).hasToString("《中华人民共和国民法典》");
  }

  @Test
  void hasValueSemantics() {
    Citation citation = Citation.of("《社会保险经办条例》", "第二十四条");
    assertThat(citation)
        .isEqualTo(LegalDocument.SOCIAL_INSURANCE_HANDLING_REGULATIONS.cite("第二十四条"))
        .hasSameHashCodeAs(LegalDocument.SOCIAL_INSURANCE_HANDLING_REGULATIONS.cite("第二十四条"));
    assertThat(citation.document()).isEqualTo("《社会保险经办条例》");
    assertThat(citation.clause()).contains("第二十四条");
    assertThat(citation.withClause("第二十五条")).hasToString("《社会保险经办条例》第二十五条");
  }

  @Test
  void rejectsBlankParts() {
    assertThatThrownBy(() -> Citation.ofDocument(" "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("document = \" \": must not be blank");
    assertThatThrownBy(() -> LegalDocument.CIVIL_CODE.cite(""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("clause = \"\": must not be blank");
  }

  @ParameterizedTest
  @EnumSource(LegalDocument.class)
  void everyLegalDocumentRenders(LegalDocument document) {
    assertThat(document.citationForm()).isNotBlank();
    assertThat(document.englishTitle()).isNotBlank();
    assertThat(document.cite()).hasToString(document.citationForm());
    String separator = document.citationForm().endsWith("》") ? "" : " ";
    assertThat(document.cite("第一条")).hasToString(document.citationForm() + separator + "第一条");
  }

  @Test
  void legalDocumentsAreDistinctAndCoverThePolicyFacts() {
    Set<String> forms =
        Arrays.stream(LegalDocument.values())
            .map(LegalDocument::citationForm)
            .collect(Collectors.toSet());
    assertThat(forms).hasSize(LegalDocument.values().length);
    assertThat(forms)
        .contains(
            "渝人社办〔2025〕112号",
            "《重庆市失业保险条例》",
            "《中华人民共和国社会保险法》",
            "《失业保险条例》",
            "《失业保险金申领发放办法》",
            "《社会保险经办条例》",
            "《中华人民共和国民法典》",
            "《中华人民共和国民事诉讼法》",
            "《中华人民共和国行政诉讼法》",
            "《中华人民共和国行政许可法》",
            "《中华人民共和国行政处罚法》",
            "《中华人民共和国行政复议法》",
            "《中华人民共和国行政强制法》",
            "法释〔2018〕1号",
            "《全国年节及纪念日放假办法》",
            "全国人大常委会《关于实施渐进式延迟法定退休年龄的决定》",
            "《国务院关于渐进式延迟法定退休年龄的办法》",
            "人社厅发〔2024〕60号",
            "人社部发〔2020〕40号",
            "人社部发〔2017〕71号",
            "人社部发〔2011〕77号",
            "《关于切实防范短期参保骗领失业保险金风险的通知》",
            "《中华人民共和国劳动法》");
  }
}

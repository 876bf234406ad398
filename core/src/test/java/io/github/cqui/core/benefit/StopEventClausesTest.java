package io.github.cqui.core.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.rules.deadline.StopEventType;
import org.junit.jupiter.api.Test;

/** The clauses of each stop event: the items of 《重庆市失业保险条例》 art 20 and the national law. */
class StopEventClausesTest {

  @Test
  void everyStopEventTypeCitesItsClause() {
    assertThat(StopEventType.values()).hasSize(9);
    for (StopEventType type : StopEventType.values()) {
      assertThat(StopEventClauses.of(type)).as(type.name()).isNotEmpty();
    }
    assertThat(StopEventClauses.of(StopEventType.RE_EMPLOYMENT))
        .extracting(Object::toString)
        .containsExactly("《重庆市失业保险条例》第二十条第（一）项", "《中华人民共和国社会保险法》第五十一条第（一）项");
  }

  @Test
  void theRegulationsItemsAndTheNoticeWhereTheyApply() {
    assertThat(StopEventClauses.of(StopEventType.PENSION))
        .extracting(Object::toString)
        .containsExactly("《重庆市失业保险条例》第二十条第（四）项", "《中华人民共和国社会保险法》第五十一条第（四）项", "渝人社办〔2025〕112号 一(五)");
    assertThat(StopEventClauses.of(StopEventType.IMPRISONMENT))
        .extracting(Object::toString)
        .containsExactly("《重庆市失业保险条例》第二十条第（五）项");
    assertThat(StopEventClauses.of(StopEventType.REFUSAL_OF_WORK))
        .extracting(Object::toString)
        .containsExactly("《重庆市失业保险条例》第二十条第（七）项", "《中华人民共和国社会保险法》第五十一条第（五）项");
    assertThat(StopEventClauses.of(StopEventType.DISABILITY_ALLOWANCE))
        .extracting(Object::toString)
        .containsExactly("渝人社办〔2025〕112号 一(五)", "《中华人民共和国社会保险法》第十七条");
  }
}

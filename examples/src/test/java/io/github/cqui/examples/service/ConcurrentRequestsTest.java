package io.github.cqui.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqui.core.Chongqing;
import io.github.cqui.examples.CaseFile;
import io.github.cqui.examples.CaseResult;
import io.github.cqui.rules.deadline.ReviewRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 200 requests over 8 threads at once, all answered correctly: review deadlines of 100 receipt days
 * interleaved with 100 whole cases (the three sample case files in turn), over the socket to the
 * one running service. Each answer is compared, whole (explanation included), with a direct call of
 * the library in this JVM: the same rules, the result written by the same mapper.
 */
class ConcurrentRequestsTest {

  private static final List<String> CASES =
      List.of("suspension.json", "re-employment.json", "near-retirement.json");

  private final RunningService service = RunningService.get();

  @Test
  void twoHundredRequestsOverEightThreadsAreAllAnsweredCorrectly() throws Exception {
    Chongqing rules = service.context().getBean(Chongqing.class);
    JsonMapper mapper = service.context().getBean(JsonMapper.class);
    List<String> caseTexts = CASES.stream().map(CaseEndpointTest::sampleText).toList();
    List<JsonNode> expectedCases = new ArrayList<>();
    for (String text : caseTexts) {
      CaseFile file = mapper.readValue(text, CaseFile.class);
      CaseResult direct =
          new CaseResult(
              rules.deadlines().reviewDeadline(file.application()),
              rules.benefits().ledger(file.claim()));
      expectedCases.add(mapper.readTree(mapper.writeValueAsString(direct)));
    }
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int n = i;
        answers.add(
            threads.submit(
                () -> {
                  if (n % 2 == 0) {
                    LocalDate received = LocalDate.of(2025, 8, 1).plusDays(n);
                    RunningService.Answer answer =
                        service.post(
                            "/v1/deadlines/review", "{\"receivedOn\":\"" + received + "\"}");
                    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                    JsonNode direct =
                        mapper.readTree(
                            mapper.writeValueAsString(
                                rules.deadlines().reviewDeadline(ReviewRequest.of(received))));
                    assertThat(answer.json()).as("review of %s", received).isEqualTo(direct);
                  } else {
                    int which = (n / 2) % CASES.size();
                    RunningService.Answer answer = service.post("/v1/cases", caseTexts.get(which));
                    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                    assertThat(answer.json())
                        .as("case %s", CASES.get(which))
                        .isEqualTo(expectedCases.get(which));
                  }
                  return n;
                }));
      }
      int answered = 0;
      for (Future<Integer> answer : answers) {
        answer.get(60, TimeUnit.SECONDS);
        answered++;
      }
      assertThat(answered).isEqualTo(200);
    } finally {
      threads.shutdownNow();
    }
  }
}

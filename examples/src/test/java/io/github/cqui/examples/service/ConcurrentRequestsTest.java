package io.github.cqui.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 200 requests over 8 threads at once, all answered correctly: review deadlines of 100 receipt days
 * (each compared with the rules' own answer for that day, computed in this JVM) interleaved with
 * 100 whole cases, over the socket to the one running service.
 */
class ConcurrentRequestsTest {

  private final RunningService service = RunningService.get();

  @Test
  void twoHundredRequestsOverEightThreadsAreAllAnsweredCorrectly() throws Exception {
    var rules = service.context().getBean(io.github.cqui.core.Chongqing.class);
    String suspension = CaseEndpointTest.sampleText("suspension.json");
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> answers = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int n = i;
        answers.add(
            threads.submit(
                () -> {
                  if (n % 2 == 0) {
                    LocalDate received = LocalDate.of(2025, 8, 1).plusDays(n);
                    JsonNode review =
                        service
                            .post("/v1/deadlines/review", "{\"receivedOn\":\"" + received + "\"}")
                            .json();
                    assertThat(review.get("deadline").asString())
                        .as("review of %s", received)
                        .isEqualTo(
                            rules
                                .deadlines()
                                .reviewDeadline(
                                    io.github.cqui.rules.deadline.ReviewRequest.of(received))
                                .lastDay()
                                .toString());
                  } else {
                    JsonNode result = service.post("/v1/cases", suspension).json();
                    assertThat(result.get("review").get("deadline").asString())
                        .isEqualTo("2025-10-11");
                    assertThat(result.get("ledger").get("lastPaidMonth").asString())
                        .isEqualTo("2026-10");
                  }
                  return null;
                }));
      }
      for (Future<?> answer : answers) {
        answer.get(60, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
  }
}

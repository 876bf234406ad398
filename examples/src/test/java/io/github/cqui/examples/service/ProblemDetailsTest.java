package io.github.cqui.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Refusals over the socket, each an RFC 9457 {@code application/problem+json} document with the
 * type URI that docs/SERVICE.md documents: malformed JSON, an oversized body (declared or chunked),
 * refusals of the library naming the field, the value and the rule, a year whose holiday notice is
 * not loaded and a date before the earliest policy edition.
 */
class ProblemDetailsTest {

  private final RunningService service = RunningService.get();

  private static String type(String name) {
    return Problems.BASE + name;
  }

  @Test
  void malformedJsonIsA400NamingTheLineAndColumn() {
    JsonNode problem =
        service.post("/v1/deadlines/review", "{\"receivedOn\": \"2025-09-25\",\n}").problem(400);
    assertThat(problem.get("type").asString()).isEqualTo(type("malformed-json"));
    assertThat(problem.get("title").asString()).isEqualTo("Malformed JSON");
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("instance").asString()).isEqualTo("/v1/deadlines/review");
    assertThat(problem.get("line").asInt()).isEqualTo(2);
    assertThat(problem.get("column").asInt()).isEqualTo(1);
    assertThat(problem.get("detail").asString())
        .startsWith("the request body is not JSON at line 2");
  }

  @Test
  void anEmptyBodyAndTrailingContentAreMalformedToo() {
    assertThat(service.post("/v1/echo", "").problem(400).get("type").asString())
        .isEqualTo(type("malformed-json"));
    JsonNode trailing = service.post("/v1/echo", "{\"text\":\"a\"} {}").problem(400);
    assertThat(trailing.get("type").asString()).isEqualTo(type("malformed-json"));
    assertThat(trailing.get("detail").asString()).contains("goes on after its JSON value");
  }

  @Test
  void anOversizedBodyIsA413BeforeItIsParsed() {
    // 300 KiB of valid JSON, over the 256 KiB default of cqui.max-request-size
    char[] text = new char[300 * 1024];
    Arrays.fill(text, 'a');
    String body = "{\"text\":\"" + new String(text) + "\"}";
    JsonNode problem = service.post("/v1/echo", body).problem(413);
    assertThat(problem.get("type").asString()).isEqualTo(type("request-too-large"));
    assertThat(problem.get("limit").asInt()).isEqualTo(256 * 1024);
  }

  @Test
  void anOversizedChunkedBodyIsCountedAsItArrives() {
    byte[] body = new byte[300 * 1024];
    Arrays.fill(body, (byte) ' ');
    HttpRequest chunked =
        HttpRequest.newBuilder(service.base().resolve("/v1/echo"))
            .header("Content-Type", "application/json")
            // a stream of unknown length is sent chunked, with no Content-Length
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build();
    JsonNode problem = service.send(chunked).problem(413);
    assertThat(problem.get("type").asString()).isEqualTo(type("request-too-large"));
  }

  @Test
  void aBodyJustUnderTheLimitIsRead() {
    char[] text = new char[256 * 1024 - 20];
    Arrays.fill(text, 'a');
    String body = "{\"text\":\"" + new String(text) + "\"}";
    assertThat(body.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(256 * 1024);
    assertThat(service.post("/v1/echo", body).body()).isEqualTo(body);
  }

  @Test
  void theRepeatedEchoAnswersItsTextTimesOverAndSendsTheLengthWithIt() {
    RunningService.Answer answer =
        service.post("/v1/echo/repeated", "{\"text\":\"国庆节;\",\"times\":3}");
    assertThat(answer.body()).isEqualTo("{\"text\":\"国庆节;国庆节;国庆节;\"}");
    // the answer is held whole and sent with its length (AnswerBufferFilter), not in chunks
    assertThat(answer.contentLength())
        .contains(String.valueOf(answer.body().getBytes(StandardCharsets.UTF_8).length));
    JsonNode tooMany =
        service.post("/v1/echo/repeated", "{\"text\":\"a\",\"times\":101}").problem(400);
    assertThat(tooMany.get("field").asString()).isEqualTo("times");
    assertThat(tooMany.get("rule").asString()).isEqualTo("must be from 1 to 100");
    JsonNode missing = service.post("/v1/echo/repeated", "{\"text\":\"a\"}").problem(400);
    assertThat(missing.get("field").asString()).isEqualTo("times");
    // a fraction, a string or a boolean is refused, never cut or converted to a whole number
    for (String times : new String[] {"2.5", "\"3\"", "true"}) {
      JsonNode coerced =
          service
              .post("/v1/echo/repeated", "{\"text\":\"a\",\"times\":" + times + "}")
              .problem(400);
      assertThat(coerced.get("field").asString()).as(times).isEqualTo("times");
    }
  }

  @Test
  void aRefusalOfTheRuleNamesTheFieldTheValueAndTheRule() {
    String review = service.post("/v1/deadlines/review", "{\"receivedOn\":\"2025-09-25\"}").body();
    JsonNode problem =
        service
            .post(
                "/v1/deadlines/review-status",
                "{\"review\":" + review + ",\"asOf\":\"2025-09-24\"}")
            .problem(400);
    assertThat(problem.get("type").asString()).isEqualTo(type("invalid-input"));
    assertThat(problem.get("field").asString()).isEqualTo("asOf");
    assertThat(problem.get("pointer").asString()).isEqualTo("/asOf");
    assertThat(problem.get("value").asString()).isEqualTo("2025-09-24");
    assertThat(problem.get("rule").asString())
        .isEqualTo("must not be before the application's receipt on 2025-09-25");
    assertThat(problem.get("detail").asString())
        .isEqualTo("asOf = 2025-09-24: must not be before the application's receipt on 2025-09-25");
  }

  @Test
  void aForgedResultPassedBackInIsRefusedNamingItsProperty() {
    String forged =
        service
            .post("/v1/deadlines/review", "{\"receivedOn\":\"2025-09-25\"}")
            .body()
            .replace("\"deadline\":\"2025-10-11\"", "\"deadline\":\"2025-10-10\"");
    JsonNode problem =
        service
            .post(
                "/v1/deadlines/review-status",
                "{\"review\":" + forged + ",\"asOf\":\"2025-10-11\"}")
            .problem(400);
    assertThat(problem.get("field").asString()).isEqualTo("review.deadline");
    assertThat(problem.get("value").asString()).isEqualTo("2025-10-10");
  }

  @Test
  void jsonTheLibraryRefusesNamesThePathInsideTheRequest() {
    JsonNode unknown =
        service
            .post("/v1/deadlines/resubmission", "{\"first\":{},\"supplement\":{\"receivedOnn\":1}}")
            .problem(400);
    assertThat(unknown.get("type").asString()).isEqualTo(type("invalid-input"));
    assertThat(unknown.get("field").asString()).startsWith("first");
    JsonNode time =
        service
            .post("/v1/deadlines/review", "{\"receivedOn\":\"2025-09-25\",\"receivedAt\":\"\"}")
            .problem(400);
    assertThat(time.get("field").asString()).isEqualTo("receivedAt");
  }

  @Test
  void theServicesOwnWrappersAreStrictToo() {
    JsonNode unknown =
        service
            .post("/v1/notices/period", "{\"publishedOn\":\"2025-09-08\",\"days\":30}")
            .problem(400);
    assertThat(unknown.get("field").asString()).isEqualTo("days");
    assertThat(unknown.get("rule").asString()).contains("[publishedOn]");
    JsonNode missing = service.post("/v1/notices/period", "{}").problem(400);
    assertThat(missing.get("field").asString()).isEqualTo("publishedOn");
    assertThat(missing.get("rule").asString()).startsWith("is required");
    JsonNode nulled = service.post("/v1/notices/period", "{\"publishedOn\":null}").problem(400);
    assertThat(nulled.get("field").asString()).isEqualTo("publishedOn");
    assertThat(nulled.get("rule").asString()).isEqualTo("is required and must not be null");
    for (String date :
        new String[] {"20000", "[2025,9,8]", "\"2025-09-08T00:00\"", "\"2025-02-30\""}) {
      JsonNode wrong =
          service.post("/v1/notices/period", "{\"publishedOn\":" + date + "}").problem(400);
      assertThat(wrong.get("field").asString()).as(date).isEqualTo("publishedOn");
      assertThat(wrong.get("rule").asString()).as(date).startsWith("must be a");
    }
    JsonNode number = service.post("/v1/echo", "{\"text\":5}").problem(400);
    assertThat(number.get("rule").asString()).isEqualTo("must be a JSON string");
  }

  @Test
  void aYearWhoseNoticeIsNotLoadedIsA422NamingTheYearAndTheRemedies() {
    // STRICT coverage (I-5): the bundled notices and the configured 2027 file end on 2027-12-31
    JsonNode problem =
        service.post("/v1/deadlines/review", "{\"receivedOn\":\"2028-03-01\"}").problem(422);
    assertThat(problem.get("type").asString()).isEqualTo(type("date-not-covered"));
    assertThat(problem.get("year").asInt()).isEqualTo(2028);
    assertThat(problem.get("lastCoveredDay").asString()).isEqualTo("2027-12-31");
    assertThat(problem.get("coverageMode").asString()).isEqualTo("STRICT");
    assertThat(problem.get("remedies").toString())
        .contains("cqui.holidays=FILE")
        .contains("cqui.coverage-mode=PROVISIONAL");
    assertThat(problem.get("detail").asString())
        .startsWith("review deadline of an application received on 2028-03-01");
  }

  @Test
  void aDateBeforeTheEarliestEditionIsA422NamingIt() {
    JsonNode problem =
        service.post("/v1/deadlines/review", "{\"receivedOn\":\"2023-11-30\"}").problem(422);
    assertThat(problem.get("type").asString()).isEqualTo(type("no-edition-in-force"));
    assertThat(problem.get("date").asString()).isEqualTo("2023-11-30");
    assertThat(problem.get("earliest").asString()).isEqualTo("2023-12-01");
  }

  @Test
  void springsOwnRefusalsAreProblemDetailsToo() {
    assertThat(service.post("/v1/nowhere", "{}").problem(404).get("status").asInt()).isEqualTo(404);
    assertThat(service.get("/v1/echo").problem(405).get("status").asInt()).isEqualTo(405);
    HttpRequest text =
        HttpRequest.newBuilder(service.base().resolve("/v1/echo"))
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build();
    assertThat(service.send(text).problem(415).get("status").asInt()).isEqualTo(415);
  }

  @Test
  void anInternalErrorSaysNothingOfItsCause() {
    JsonNode problem = RunningService.JSON.valueToTree(Problems.internal());
    assertThat(problem.get("status").asInt()).isEqualTo(500);
    assertThat(problem.get("type").asString()).isEqualTo(type("internal-error"));
    assertThat(problem.get("detail").asString())
        .isEqualTo("the service failed to answer; the failure is logged");
  }
}

package io.github.cqui.core.kernel;

import static io.github.cqui.core.kernel.PassedBack.property;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.rules.InvalidInputException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one check of a result passed back in: equal, or refused naming the first difference. */
class PassedBackTest {

  /** A result with a request-free shape: two properties and an optional one. */
  record Result(int first, String second, Optional<String> third) {}

  private static final PassedBack<Result> CHECK =
      PassedBack.comparing(
          List.of(
              property("first", "the first", Result::first),
              property("third", "the third", Result::third)));

  private static final Result DERIVED = new Result(1, "two", Optional.of("three"));

  @Test
  void anEqualResultIsTheDerivedOne() {
    Result given = new Result(1, "two", Optional.of("three"));
    assertThat(CHECK.require("result", given, "request", "a request", DERIVED)).isSameAs(DERIVED);
  }

  @Test
  void theFirstPropertyThatDiffersIsNamedWithBothValues() {
    assertThatThrownBy(
            () ->
                CHECK.require(
                    "result",
                    new Result(9, "two", Optional.empty()),
                    "request",
                    "a request",
                    DERIVED))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "result.first = 9: does not follow from result.request (the first of a request is 1)");
    assertThatThrownBy(
            () ->
                CHECK.require(
                    "result",
                    new Result(1, "two", Optional.empty()),
                    "request",
                    "a request",
                    DERIVED))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "result.third = absent: does not follow from result.request (the third of a request is"
                + " three)");
  }

  @Test
  void aDifferenceInAPropertyNotNamedIsStillRefused() {
    Result given = new Result(1, "deux", Optional.of("three"));
    assertThatThrownBy(() -> CHECK.require("result", given, "request", "a request", DERIVED))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "result = Result[first=1, second=deux, third=Optional[three]]: does not follow from"
                + " result.request (a request)");
  }

  @Test
  void aLongDerivedValueIsCutLikeTheOffendingOne() {
    String longText = "x".repeat(250);
    Result derived = new Result(1, "two", Optional.of(longText));
    assertThatThrownBy(
            () ->
                CHECK.require(
                    "result", new Result(1, "two", Optional.of("y")), "request", "a", derived))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith("is " + "x".repeat(200) + "…(250 characters))");
  }
}

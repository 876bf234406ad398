package io.github.cqui.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.ProvisionalYear;
import io.github.cqui.rules.benefit.internal.ImmutableSubsidyPeriod;
import io.github.cqui.rules.deadline.internal.ImmutableReviewDeadline;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The refusals of the generated builders: an incomplete value names its missing attributes and its
 * type, a {@code null} names its attribute and says whether it was the attribute or one of its
 * elements, keys or values.
 */
class BuilderExceptionsTest {

  @Test
  void anIncompleteValueNamesTheMissingAttributesAndItsType() {
    assertThatThrownBy(() -> ImmutableSubsidyPeriod.builder().build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("from, to");
              assertThat(e.value()).isEqualTo("absent");
              assertThat(e.rule()).isEqualTo("is required to build SubsidyPeriod");
            });
    assertThatThrownBy(() -> ImmutableSubsidyPeriod.builder().from(YearMonth.of(2025, 9)).build())
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("to"));
  }

  @Test
  void anIncompleteValueReadsTheLastBracketsOfTheMessage() {
    IncompleteValueException e =
        new IncompleteValueException(
            "Cannot build ClaimHistory, some of required attributes are not set [birthMonth, tier]");
    assertThat(e.field()).isEqualTo("birthMonth, tier");
    assertThat(e.rule()).isEqualTo("is required to build ClaimHistory");
    assertThat(new IncompleteValueException("[a] [b]").field()).isEqualTo("b");
    // brackets at the very start of the message still enclose the names
    assertThat(new IncompleteValueException("[tier]").field()).isEqualTo("tier");
  }

  @Test
  void anIncompleteValueWithoutBracketsIsNamedByTheWholeMessage() {
    IncompleteValueException e = new IncompleteValueException("some attributes are missing");
    assertThat(e.field()).isEqualTo("some attributes are missing");
    assertThat(e.value()).isEqualTo("absent");
    assertThat(e.rule()).isEqualTo("is required to build the value");
    assertThat(new IncompleteValueException("missing ] before [").field())
        .isEqualTo("missing ] before [");
  }

  @Test
  void anIncompleteValueWithoutATypeNameIsTheValue() {
    assertThat(new IncompleteValueException("Cannot build , not set [a]").rule())
        .isEqualTo("is required to build the value");
    assertThat(new IncompleteValueException("Cannot build X [a]").rule())
        .isEqualTo("is required to build the value");
    assertThat(new IncompleteValueException("Will not build X, not set [a]").rule())
        .isEqualTo("is required to build the value");
  }

  @Test
  void aNullAttributeIsNamedAndToBeLeftOut() {
    assertThatThrownBy(() -> ImmutableSubsidyPeriod.builder().from((YearMonth) null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("from");
              assertThat(e.value()).isEqualTo("null");
              assertThat(e.rule())
                  .isEqualTo("must not be null; leave an optional value out instead");
            });
  }

  @Test
  void aNullElementNamesItsList() {
    assertThatThrownBy(
            () -> ImmutableReviewDeadline.builder().addProvisionalYears((ProvisionalYear) null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("provisionalYears");
              assertThat(e.value()).isEqualTo("null");
              assertThat(e.rule()).isEqualTo("must not have a null element; leave it out instead");
            });
  }

  @Test
  void aNullKeyOrValueNamesItsMap() {
    assertThatThrownBy(() -> ImmutableReviewDeadline.builder().putSwitches(null, "x"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("switches");
              assertThat(e.rule()).isEqualTo("must not have a null key; leave it out instead");
            });
    NullValueException value = new NullValueException("switches value");
    assertThat(value.field()).isEqualTo("switches");
    assertThat(value.rule()).isEqualTo("must not have a null value; leave it out instead");
  }

  /** The generated builders name a map's null value with its key: the field is still the map. */
  @Test
  void aNullMapValueNamesItsMapAndTheKey() {
    assertThatThrownBy(
            () -> ImmutableReviewDeadline.builder().putSwitches(Interpretation.I_1, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("switches");
              assertThat(e.value()).isEqualTo("null");
              assertThat(e.rule())
                  .isEqualTo("must not have a null value (for key I-1); leave it out instead");
            });
  }

  @Test
  void onlyAWordAfterTheAttributeMarksAnElement() {
    // "element" alone is an attribute's name, not an element of an unnamed list
    NullValueException e = new NullValueException("element");
    assertThat(e.field()).isEqualTo("element");
    assertThat(e.rule()).isEqualTo("must not be null; leave an optional value out instead");
    assertThat(new NullValueException("a element").field()).isEqualTo("a");
    assertThat(new NullValueException("standards element").field()).isEqualTo("standards");
  }
}

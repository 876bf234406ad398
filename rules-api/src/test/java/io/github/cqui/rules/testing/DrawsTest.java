package io.github.cqui.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DrawsTest {

  @Test
  void aDrawWithLoAboveHiIsRejectedNamingBoth() {
    Draws draws = Draws.allLow(10);

    assertThatThrownBy(() -> draws.draw(5, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lo (5)")
        .hasMessageContaining("hi (3)");
  }

  @Test
  void randomDrawsStayWithinTheirBoundsIncludingTheExtremes() {
    Draws draws = Draws.random(new SplittableRandom(7), 100_000);
    for (int i = 0; i < 10_000; i++) {
      assertThat(draws.draw(-3, 4)).isBetween(-3, 4);
      assertThat(draws.draw(Integer.MAX_VALUE - 1, Integer.MAX_VALUE))
          .isGreaterThanOrEqualTo(Integer.MAX_VALUE - 1);
      assertThat(draws.draw(Integer.MIN_VALUE, Integer.MIN_VALUE + 1))
          .isLessThanOrEqualTo(Integer.MIN_VALUE + 1);
      assertThat(draws.draw(9, 9)).isEqualTo(9);
    }
  }

  @Test
  void randomDrawsReachBothBounds() {
    Draws draws = Draws.random(new SplittableRandom(7), 1000);
    boolean low = false;
    boolean high = false;
    for (int i = 0; i < 1000; i++) {
      int value = draws.draw(0, 3);
      low |= value == 0;
      high |= value == 3;
    }
    assertThat(low).isTrue();
    assertThat(high).isTrue();
  }

  @Test
  void allLowAndAllHighReturnTheBounds() {
    assertThat(Draws.allLow(10).draw(-4, 8)).isEqualTo(-4);
    assertThat(Draws.allHigh(10).draw(-4, 8)).isEqualTo(8);
  }

  @Test
  void aReplayClampsIntoTheNewBoundsAndReturnsLoPastItsEnd() {
    Draws draws = Draws.replay(new int[] {7, -2, 5}, 10);

    assertThat(draws.draw(0, 3)).isEqualTo(3); // 7 clamped down
    assertThat(draws.draw(0, 3)).isEqualTo(0); // -2 clamped up
    assertThat(draws.draw(0, 9)).isEqualTo(5);
    assertThat(draws.draw(2, 9)).isEqualTo(2); // past the end: lo
  }

  @Test
  void everyDrawIsRecordedWithItsBounds() {
    Draws draws = Draws.replay(new int[] {7, 1}, 10);
    draws.draw(0, 3);
    draws.draw(1, 5);
    draws.draw(-1, 1);

    assertThat(draws.recorded()).containsExactly(3, 1, -1);
    assertThat(draws.lowerBounds()).containsExactly(0, 1, -1);
    assertThat(draws.upperBounds()).containsExactly(3, 5, 1);
  }

  @Test
  void aCaseThatMakesTooManyDrawsIsStopped() {
    Draws draws = Draws.allLow(3);
    draws.draw(0, 1);
    draws.draw(0, 1);
    draws.draw(0, 1);

    assertThatThrownBy(() -> draws.draw(0, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("runaway generator")
        .hasMessageContaining("more than 3 draws");
  }
}

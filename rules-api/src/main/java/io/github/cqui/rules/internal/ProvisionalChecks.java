package io.github.cqui.rules.internal;

import io.github.cqui.rules.InvalidInputException;
import io.github.cqui.rules.ProvisionalYear;
import java.util.List;

/** The check of a result's provisional years (I-5): ascending, each year once. Not exported. */
public final class ProvisionalChecks {

  private ProvisionalChecks() {}

  /**
   * Refuses provisional years that are not in ascending order of year, each year once.
   *
   * @param field the property, e.g. {@code provisionalYears}
   * @param years the years
   * @throws InvalidInputException naming the field
   */
  public static void requireAscending(String field, List<ProvisionalYear> years) {
    for (int i = 1; i < years.size(); i++) {
      if (years.get(i).year() <= years.get(i - 1).year()) {
        throw InvalidInputException.of(
            field + "[" + i + "].year",
            years.get(i).year(),
            "provisional years are listed in ascending order, each once (after "
                + years.get(i - 1).year()
                + ")");
      }
    }
  }
}

package io.github.cqui.examples.service;

import io.github.cqui.calendar.CoverageMode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The service's own settings, the {@code cqui.*} properties (from {@code application.properties},
 * the command line {@code --cqui.holidays=...}, the environment {@code CQUI_HOLIDAYS=...}, as
 * Spring Boot reads any property). Read once at start-up; a bad value stops the service with a
 * message naming it.
 *
 * @param holidays holiday schedule files (JSON of the bundled {@code cn-holidays.json} shape)
 *     merged into the Chongqing calendar, e.g. the State Council notice of a new year: {@code
 *     cqui.holidays=notice-2027.json,county.json}; empty for the bundled schedule and any schedule
 *     file on the class path (I-5)
 * @param coverageMode the coverage mode of I-5 for a date in a year whose notice is not loaded:
 *     {@code STRICT} (the default: a single date there is refused, and a larger answer gives the
 *     part that needs it as pending) or {@code PROVISIONAL} (answered from the statutory holidays,
 *     the answer marked with its {@code provisionalYears}); when set, it is the {@code
 *     coverageMode} of the switches, and switches that name another one are refused
 * @param switches the interpretation switches as one JSON object in the library's form, e.g. {@code
 *     cqui.switches={"officeHoursCutoff":"17:30","deductionCapPercent":50}}; read strictly (an
 *     unknown option or a value out of range stops the service naming it); absent options keep
 *     their defaults
 * @param switchesFile a file holding the switches' JSON object, instead of {@code cqui.switches}
 * @param maxRequestSize the largest request body accepted; a larger one is answered 413 ({@code
 *     256KB} by default)
 */
@ConfigurationProperties("cqui")
public record ServiceProperties(
    @DefaultValue List<String> holidays,
    @Nullable CoverageMode coverageMode,
    @Nullable String switches,
    @Nullable String switchesFile,
    @DefaultValue("256KB") DataSize maxRequestSize) {

  /** Checks the limit. */
  public ServiceProperties {
    holidays = List.copyOf(holidays);
    if (maxRequestSize.toBytes() < 1 || maxRequestSize.toBytes() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "cqui.max-request-size = " + maxRequestSize + ": must be from 1B to 2GB");
    }
  }
}

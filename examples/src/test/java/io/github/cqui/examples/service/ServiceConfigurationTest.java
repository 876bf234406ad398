package io.github.cqui.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqui.calendar.CoverageMode;
import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code cqui.*} settings: as the running service holds them ({@code GET /v1/rules}), and each
 * refusal of a bad setting at start-up, naming the property ({@link RulesSetup}, no server).
 */
class ServiceConfigurationTest {

  private static final JsonMapper MAPPER = mapper();

  private static JsonMapper mapper() {
    JsonMapper.Builder builder = JsonMapper.builder();
    ServiceJson.configure(builder);
    return builder.build();
  }

  private static ServiceProperties properties(
      List<String> holidays,
      @Nullable CoverageMode mode,
      @Nullable String switches,
      @Nullable String switchesFile) {
    return new ServiceProperties(holidays, mode, switches, switchesFile, DataSize.ofKilobytes(256));
  }

  @Test
  void theRunningServiceShowsTheSwitchesAndTheCalendarItAnswersWith() {
    JsonNode rules = RunningService.get().get("/v1/rules").json();
    assertThat(rules.get("switches").get("officeHoursCutoff").asString()).isEqualTo("17:00");
    assertThat(rules.get("switches").get("coverageMode").asString()).isEqualTo("STRICT");
    assertThat(rules.get("calendar").get("lastPublishedDay").asString()).isEqualTo("2027-12-31");
    assertThat(rules.get("calendar").get("firstCoveredDay").asString()).isEqualTo("2015-01-01");
  }

  @Test
  void theProvisionalCoverageModeIsTheRulesCoverageMode() {
    // I-5: the rules answer a year whose notice is not loaded from the statutory holidays
    Chongqing rules =
        RulesSetup.rules(properties(List.of(), CoverageMode.PROVISIONAL, null, null), MAPPER);
    assertThat(rules.switches().coverageMode()).isEqualTo(CoverageMode.PROVISIONAL);
    assertThat(rules.calendar().coverageMode()).isEqualTo(CoverageMode.PROVISIONAL);
  }

  @Test
  void theServiceListensOnTheLoopbackInterfaceByDefault() {
    assertThat(RunningService.get().context().getEnvironment().getProperty("server.address"))
        .isEqualTo("127.0.0.1");
  }

  @Test
  void switchesFromAFileWithTheCoverageModeUnchanged(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("switches.json");
    Files.writeString(file, "{\"deductionCapPercent\": 50, \"officeHoursCutoff\": \"17:30\"}");
    Chongqing rules = RulesSetup.rules(properties(List.of(), null, null, file.toString()), MAPPER);
    assertThat(rules.switches().deductionCapPercent()).isEqualTo(50);
    assertThat(rules.switches().officeHoursCutoff()).contains(LocalTime.of(17, 30));
    assertThat(rules.switches().coverageMode()).isEqualTo(CoverageMode.STRICT);
  }

  @Test
  void anUnknownSwitchOrAValueOutOfRangeStopsTheServiceNamingIt() {
    assertThatThrownBy(
            () ->
                RulesSetup.rules(
                    properties(List.of(), null, "{\"officeHoursCutof\": \"17:30\"}", null), MAPPER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cqui.switches: officeHoursCutof");
    assertThatThrownBy(
            () ->
                RulesSetup.rules(
                    properties(List.of(), null, "{\"deductionCapPercent\": 0}", null), MAPPER))
        .hasMessageStartingWith("cqui.switches: deductionCapPercent = 0");
    assertThatThrownBy(
            () ->
                RulesSetup.rules(
                    properties(List.of(), null, "{\"deductionCapPercent\": \"50\"}", null), MAPPER))
        .hasMessageStartingWith("cqui.switches: deductionCapPercent");
  }

  @Test
  void theSwitchesComeFromOnePlace() {
    assertThatThrownBy(
            () -> RulesSetup.rules(properties(List.of(), null, "{}", "switches.json"), MAPPER))
        .hasMessage("cqui.switches and cqui.switches-file are both set: set one of them");
    assertThatThrownBy(
            () ->
                RulesSetup.switches(
                    properties(
                        List.of(),
                        CoverageMode.STRICT,
                        "{\"coverageMode\": \"PROVISIONAL\"}",
                        null),
                    MAPPER))
        .hasMessageStartingWith("cqui.coverage-mode = STRICT: the switches set coverageMode");
    InterpretationSwitches provisional =
        RulesSetup.switches(properties(List.of(), CoverageMode.PROVISIONAL, "{}", null), MAPPER);
    assertThat(provisional.coverageMode()).isEqualTo(CoverageMode.PROVISIONAL);
  }

  @Test
  void aScheduleFileAddsItsYearAndABadOneStopsTheServiceNamingIt(@TempDir Path dir)
      throws IOException {
    Path illustrative = RunningService.resource("/holidays/illustrative-2027.json");
    assertThat(
            RulesSetup.calendar(List.of(illustrative.toString()))
                .isCovered(LocalDate.of(2027, 6, 1)))
        .isTrue();
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"years\": 1}");
    assertThatThrownBy(() -> RulesSetup.calendar(List.of(bad.toString())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cqui.holidays = [" + bad + "]: ");
  }
}

package io.github.cqui.core.control;

import static io.github.cqui.rules.LegalDocument.CHONGQING_NOTICE_2025_112;
import static io.github.cqui.rules.LegalDocument.SOCIAL_INSURANCE_HANDLING_REGULATIONS;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.cqui.core.kernel.SwitchRecord;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.Interpretation;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.control.DutyPostPair;
import io.github.cqui.rules.control.PostAssignment;
import io.github.cqui.rules.control.SegregationCheck;
import io.github.cqui.rules.control.SegregationReading;
import io.github.cqui.rules.control.SegregationViolation;
import io.github.cqui.rules.control.StaffRoster;
import io.github.cqui.rules.control.ViolationGround;
import io.github.cqui.rules.control.internal.ImmutableSegregationCheck;
import io.github.cqui.rules.control.internal.ImmutableSegregationViolation;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The segregation-of-duties check (渝人社办〔2025〕112号 四; 《社会保险经办条例》第三十六条、第三十七条; I-21).
 *
 * <p>For each person (identifiers compared exactly) and each two of their assignments that began on
 * or before the date asked for, holding the two posts of a forbidden pair:
 *
 * <ol>
 *   <li>days are inclusive; an open assignment, and one ending after the date asked for, is taken
 *       to end on that date;
 *   <li>the days both are held, if any, are a violation on the grounds of the pair (the reading's
 *       and/or an extra pair);
 *   <li>with a cooling-off period {@code P}: a post left on day {@code d} still counts as held
 *       through {@code d.plus(P)} (the corresponding day, 民法典 art 202 by analogy); the days after
 *       {@code d} in that window on which the other post is held are a second violation, on the
 *       pair's grounds and {@link ViolationGround#COOLING_OFF}. Both directions are checked.
 * </ol>
 *
 * <p>Every violation concerns exactly two assignments, so removing an assignment removes its
 * violations and changes no other. Violations are sorted on their content, so the order of the
 * roster does not matter. Immutable and thread-safe.
 */
final class SegregationOfDutiesCheck {

  private static final Citation NOTICE = CHONGQING_NOTICE_2025_112.cite("四");
  private static final Citation NATIONAL_RULE = Citation.ofDocument("人社厅发〔2021〕64号");
  private static final Citation INTERNAL_CONTROL =
      SOCIAL_INSURANCE_HANDLING_REGULATIONS.cite("第三十六条");
  private static final Citation GRADED_REVIEW = SOCIAL_INSURANCE_HANDLING_REGULATIONS.cite("第三十七条");
  private static final List<Interpretation> I_21 = List.of(Interpretation.I_21);

  /** Orders assignments on their content: first day, last day (open last), post, kind. */
  private static final Comparator<PostAssignment> ASSIGNMENT_ORDER =
      Comparator.comparing(PostAssignment::from)
          .thenComparing(a -> a.to().orElse(LocalDate.MAX))
          .thenComparing(PostAssignment::post)
          .thenComparing(PostAssignment::kind);

  /** Orders violations on their content only, never on the roster's order. */
  private static final Comparator<SegregationViolation> ORDER =
      Comparator.comparing(SegregationViolation::person)
          .thenComparing(SegregationViolation::pair)
          .thenComparing(SegregationViolation::from)
          .thenComparing(SegregationViolation::to)
          .thenComparing(SegregationViolation::firstAssignment, SegregationOfDutiesCheck::compare)
          .thenComparing(SegregationViolation::secondAssignment, SegregationOfDutiesCheck::compare);

  private final InterpretationSwitches switches;
  private final ImmutableSortedMap<DutyPostPair, List<ViolationGround>> forbidden;
  private final Map<Interpretation, String> switchRecord;

  SegregationOfDutiesCheck(InterpretationSwitches switches) {
    this.switches = switches;
    this.forbidden = ForbiddenPostPairs.under(switches);
    this.switchRecord = SwitchRecord.of(switches, Interpretation.I_21);
  }

  SegregationCheck check(StaffRoster roster, LocalDate asOf) {
    Map<String, List<PostAssignment>> byPerson = new LinkedHashMap<>();
    List<PostAssignment> notYetStarted = new ArrayList<>();
    int examined = 0;
    for (PostAssignment assignment : roster.assignments()) {
      if (assignment.from().isAfter(asOf)) {
        notYetStarted.add(assignment);
      } else {
        byPerson.computeIfAbsent(assignment.person(), p -> new ArrayList<>()).add(assignment);
        examined++;
      }
    }
    List<SegregationViolation> violations = new ArrayList<>();
    for (List<PostAssignment> assignments : byPerson.values()) {
      for (int j = 1; j < assignments.size(); j++) {
        for (int i = 0; i < j; i++) {
          find(assignments.get(i), assignments.get(j), asOf, violations);
        }
      }
    }
    violations.sort(ORDER);
    Explanation.Builder explanation = Explanation.builder();
    explainPairs(explanation);
    for (SegregationViolation violation : violations) {
      explain(explanation, violation);
    }
    if (violations.isEmpty()) {
      explanation.step(
          StepCode.CONTROL_SEGREGATION_NONE,
          List.of(NOTICE),
          I_21,
          "asOf",
          asOf,
          "assignments",
          examined);
    }
    if (!notYetStarted.isEmpty()) {
      explanation.step(
          StepCode.CONTROL_SEGREGATION_NOT_STARTED,
          List.of(),
          I_21,
          "asOf",
          asOf,
          "assignments",
          notYetStarted.size());
    }
    return ImmutableSegregationCheck.builder()
        .roster(roster)
        .asOf(asOf)
        .reading(switches.segregationReading())
        .forbiddenPairs(forbidden.keySet())
        .coolingOffPeriod(switches.coolingOffPeriod())
        .violations(violations)
        .notYetStarted(notYetStarted)
        .switches(switchRecord)
        .explanation(explanation.build())
        .build();
  }

  /** The violations of two assignments of one person, if their posts are a forbidden pair. */
  private void find(
      PostAssignment one, PostAssignment other, LocalDate asOf, List<SegregationViolation> out) {
    if (one.post() == other.post()) {
      return;
    }
    DutyPostPair pair = DutyPostPair.of(one.post(), other.post());
    List<ViolationGround> grounds = forbidden.get(pair);
    if (grounds == null) {
      return;
    }
    PostAssignment first = one.post() == pair.first() ? one : other;
    PostAssignment second = first == one ? other : one;
    LocalDate from = latest(first.from(), second.from());
    LocalDate to = earliest(end(first, asOf), end(second, asOf));
    if (!from.isAfter(to)) {
      out.add(violation(pair, first, second, from, to, grounds, asOf));
    }
    Optional<Period> coolingOff = switches.coolingOffPeriod();
    if (coolingOff.isPresent()) {
      List<ViolationGround> withCoolingOff =
          ImmutableList.<ViolationGround>builder()
              .addAll(grounds)
              .add(ViolationGround.COOLING_OFF)
              .build();
      coolingOff(pair, first, second, first, second, coolingOff.get(), withCoolingOff, asOf, out);
      coolingOff(pair, first, second, second, first, coolingOff.get(), withCoolingOff, asOf, out);
    }
  }

  /** The days {@code held} is held within the cooling-off period after {@code left} was left. */
  private static void coolingOff(
      DutyPostPair pair,
      PostAssignment first,
      PostAssignment second,
      PostAssignment left,
      PostAssignment held,
      Period period,
      List<ViolationGround> grounds,
      LocalDate asOf,
      List<SegregationViolation> out) {
    if (left.to().isEmpty()) {
      return;
    }
    LocalDate leftOn = left.to().get();
    LocalDate from = latest(leftOn.plusDays(1), held.from());
    LocalDate to = earliest(leftOn.plus(period), end(held, asOf));
    if (!from.isAfter(to)) {
      out.add(violation(pair, first, second, from, to, grounds, asOf));
    }
  }

  private static SegregationViolation violation(
      DutyPostPair pair,
      PostAssignment first,
      PostAssignment second,
      LocalDate from,
      LocalDate to,
      List<ViolationGround> grounds,
      LocalDate asOf) {
    return ImmutableSegregationViolation.builder()
        .person(first.person())
        .pair(pair)
        .firstAssignment(first)
        .secondAssignment(second)
        .from(from)
        .to(to)
        .grounds(grounds)
        .ongoing(to.equals(asOf))
        .build();
  }

  private void explainPairs(Explanation.Builder explanation) {
    SegregationReading reading = switches.segregationReading();
    if (reading == SegregationReading.SIX_PAIRS) {
      explanation.step(
          StepCode.CONTROL_SEGREGATION_SIX_PAIRS,
          List.of(NOTICE, NATIONAL_RULE, INTERNAL_CONTROL, GRADED_REVIEW),
          I_21,
          "pairs",
          render(ForbiddenPostPairs.of(reading)));
    } else {
      explanation.step(
          StepCode.CONTROL_SEGREGATION_AUDIT_ONLY,
          List.of(NOTICE),
          I_21,
          "pairs",
          render(ForbiddenPostPairs.of(reading)));
    }
    if (!switches.extraForbiddenPairs().isEmpty()) {
      explanation.step(
          StepCode.CONTROL_SEGREGATION_EXTRA_PAIRS,
          List.of(),
          I_21,
          "pairs",
          render(switches.extraForbiddenPairs()));
    }
    switches
        .coolingOffPeriod()
        .ifPresent(
            period ->
                explanation.step(
                    StepCode.CONTROL_SEGREGATION_COOLING_OFF, List.of(), I_21, "period", period));
  }

  private void explain(Explanation.Builder explanation, SegregationViolation violation) {
    List<Citation> citations =
        violation.grounds().contains(ViolationGround.SIX_PAIRS)
            ? List.of(NOTICE, NATIONAL_RULE)
            : List.of(NOTICE);
    PostAssignment first = violation.firstAssignment();
    PostAssignment second = violation.secondAssignment();
    if (!violation.grounds().contains(ViolationGround.COOLING_OFF)) {
      explanation.step(
          StepCode.CONTROL_SEGREGATION_VIOLATION,
          citations,
          I_21,
          "person",
          violation.person(),
          "firstPost",
          first.post().chineseName(),
          "firstKind",
          first.kind().chineseName(),
          "secondPost",
          second.post().chineseName(),
          "secondKind",
          second.kind().chineseName(),
          "from",
          violation.from(),
          "to",
          violation.to());
      return;
    }
    // the assignment left is the one that ended before the violation began
    boolean firstLeft = first.to().map(d -> d.isBefore(violation.from())).orElse(false);
    PostAssignment left = firstLeft ? first : second;
    PostAssignment held = firstLeft ? second : first;
    explanation.step(
        StepCode.CONTROL_SEGREGATION_COOLING_OFF_VIOLATION,
        citations,
        I_21,
        "person",
        violation.person(),
        "leftPost",
        left.post().chineseName(),
        "leftOn",
        left.to().map(String::valueOf).orElse("—"),
        "otherPost",
        held.post().chineseName(),
        "from",
        violation.from(),
        "to",
        violation.to(),
        "period",
        switches.coolingOffPeriod().map(String::valueOf).orElse("—"));
  }

  private static String render(Collection<DutyPostPair> pairs) {
    return pairs.stream()
        .map(p -> p.first().chineseName() + "/" + p.second().chineseName())
        .collect(Collectors.joining("、"));
  }

  /** The last day an assignment counts up to {@code asOf}: its end, or {@code asOf} if later. */
  private static LocalDate end(PostAssignment assignment, LocalDate asOf) {
    return assignment.to().filter(to -> to.isBefore(asOf)).orElse(asOf);
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static int compare(PostAssignment a, PostAssignment b) {
    return ASSIGNMENT_ORDER.compare(a, b);
  }
}

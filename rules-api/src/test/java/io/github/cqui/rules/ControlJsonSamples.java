package io.github.cqui.rules;

import io.github.cqui.rules.JsonSamples.Sample;
import io.github.cqui.rules.control.AssignmentKind;
import io.github.cqui.rules.control.EvidenceKind;
import io.github.cqui.rules.control.OtherBenefitKind;
import io.github.cqui.rules.control.OverlapConsequence;
import io.github.cqui.rules.control.RiskAssessment;
import io.github.cqui.rules.control.SegregationReading;
import io.github.cqui.rules.control.ViolationGround;
import java.util.List;

/**
 * JSON samples of the control package's enums, part of {@link JsonSamples}: each is written as its
 * constant's name. The value types of the package carry no Jackson annotation; their JSON comes
 * with the codec-based module.
 */
final class ControlJsonSamples {

  private ControlJsonSamples() {}

  static List<Sample> all() {
    return List.of(
        new Sample(
            "SegregationReading",
            SegregationReading.AUDIT_ONLY,
            SegregationReading.class,
            "\"AUDIT_ONLY\""),
        new Sample(
            "ViolationGround",
            ViolationGround.COOLING_OFF,
            ViolationGround.class,
            "\"COOLING_OFF\""),
        new Sample("AssignmentKind", AssignmentKind.ACTING, AssignmentKind.class, "\"ACTING\""),
        new Sample(
            "EvidenceKind",
            EvidenceKind.WAGE_STATEMENTS,
            EvidenceKind.class,
            "\"WAGE_STATEMENTS\""),
        new Sample(
            "RiskAssessment",
            RiskAssessment.NOT_ASSESSED,
            RiskAssessment.class,
            "\"NOT_ASSESSED\""),
        new Sample(
            "OverlapConsequence",
            OverlapConsequence.EVENT_MONTH_PAID,
            OverlapConsequence.class,
            "\"EVENT_MONTH_PAID\""),
        new Sample(
            "OtherBenefitKind",
            OtherBenefitKind.FLEXIBLE_EMPLOYMENT_SUBSIDY,
            OtherBenefitKind.class,
            "\"FLEXIBLE_EMPLOYMENT_SUBSIDY\""));
  }
}

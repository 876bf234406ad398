package io.github.cqui.rules.recovery;

/** Why a plan is refused as it stands (渝人社办〔2025〕112号 三(四): 「就抵扣事宜协商一致后，书面商请社会保险经办机构进行抵扣」). */
public enum PlanRefusal {
  /** A pension offset without the person's recorded consent (协商一致). */
  NO_CONSENT,
  /** A pension offset without the agency's written request (书面商请) to the pension agency. */
  NO_WRITTEN_REQUEST
}

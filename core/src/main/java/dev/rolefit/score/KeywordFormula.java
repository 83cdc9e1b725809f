package dev.rolefit.score;

import dev.rolefit.model.FitReport.SkillResult;
import dev.rolefit.profile.RoleProfile.Scoring;
import java.util.List;

/**
 * The keyword score's formula, defined once for the score ({@link Scorer}) and the gains of the
 * gaps ({@link GapAdvisor}): required skills share {@code requiredShare} of it by weight, preferred
 * skills the rest, saturating at {@code preferredSaturation} of their weight.
 */
final class KeywordFormula {
  private final Scoring sc;
  private final double requiredWeight;
  private final double preferredWeight;

  private KeywordFormula(Scoring sc, double requiredWeight, double preferredWeight) {
    this.sc = sc;
    this.requiredWeight = requiredWeight;
    this.preferredWeight = preferredWeight;
  }

  /** The formula over a report's skills (all of the profile's, found or not). */
  static KeywordFormula of(List<SkillResult> skills, Scoring sc) {
    double req = 0;
    double pref = 0;
    for (SkillResult s : skills) {
      if (s.required()) {
        req += s.weight();
      } else {
        pref += s.weight();
      }
    }
    return new KeywordFormula(sc, req, pref);
  }

  /** The keyword score, 0..100: each group's weighted strength, preferred skills saturating. */
  double score(List<SkillResult> skills) {
    double reqS = 0;
    double prefS = 0;
    for (SkillResult s : skills) {
      if (s.required()) {
        reqS += s.weight() * s.strength();
      } else {
        prefS += s.weight() * s.strength();
      }
    }
    double pref =
        preferredWeight == 0
            ? 0
            : Math.min(1.0, prefS / (sc.preferredSaturation() * preferredWeight));
    double req = requiredWeight == 0 ? pref : reqS / requiredWeight;
    return 100 * (sc.requiredShare() * req + (1 - sc.requiredShare()) * pref);
  }

  /**
   * A skill's share of the keyword score at full strength (before saturation): what showing it
   * fully would add, per unit of missing strength.
   */
  double share(SkillResult s) {
    return s.required()
        ? sc.requiredShare() * s.weight() / Math.max(requiredWeight, 1e-9)
        : (1 - sc.requiredShare())
            * s.weight()
            / Math.max(sc.preferredSaturation() * preferredWeight, 1e-9);
  }
}

package dev.rolefit.score;

import dev.rolefit.model.EvidenceStatus;
import dev.rolefit.model.FitReport.Gap;
import dev.rolefit.model.FitReport.LevelEstimate;
import dev.rolefit.model.FitReport.ResponsibilityResult;
import dev.rolefit.model.FitReport.SkillResult;
import dev.rolefit.model.GapKind;
import dev.rolefit.model.Level;
import dev.rolefit.model.MatchType;
import dev.rolefit.profile.RoleProfile;
import dev.rolefit.profile.RoleProfile.Scoring;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Lists what would raise the score, most valuable first. Suggestions say where and how to show
 * something the person has; they never invent experience ("if you have ...").
 */
final class GapAdvisor {
  private final RoleProfile profile;

  GapAdvisor(RoleProfile profile) {
    this.profile = profile;
  }

  List<Gap> gaps(
      List<SkillResult> skills, List<ResponsibilityResult> resps, LevelEstimate level, Scoring sc) {
    int max = sc.gaps().max();
    List<Gap> out = new ArrayList<>(skillGaps(skills, sc, max));
    out.addAll(responsibilityGaps(resps, sc));
    out = mostValuable(out, max);
    Gap levelGap = levelGap(level);
    if (levelGap != null) {
      out.add(0, levelGap);
    }
    return List.copyOf(out);
  }

  /** The skills not found whose showing would raise the score most, at most {@code max}. */
  private List<Gap> skillGaps(List<SkillResult> skills, Scoring sc, int max) {
    KeywordFormula formula = KeywordFormula.of(skills, sc);
    // Messages are built only for the skills that make the cut: most of 250 skills are missing.
    List<SkillResult> candidates = new ArrayList<>();
    java.util.Map<SkillResult, Double> gains = new java.util.IdentityHashMap<>();
    for (SkillResult s : skills) {
      if (s.status() == EvidenceStatus.FOUND) {
        continue;
      }
      double gain =
          Scorer.round1(100 * sc.keywordsWeight() * formula.share(s) * (1 - s.strength()));
      if (gain >= 0.1) {
        candidates.add(s);
        gains.put(s, gain);
      }
    }
    candidates.sort(
        Comparator.comparingDouble((SkillResult s) -> -gains.get(s))
            .thenComparing(SkillResult::id));
    List<Gap> out = new ArrayList<>();
    for (SkillResult s : candidates.subList(0, Math.min(max, candidates.size()))) {
      out.add(skillGap(s, gains.get(s)));
    }
    return out;
  }

  /** One gap per responsibility not fully shown, weighted by what showing it would add. */
  private static List<Gap> responsibilityGaps(List<ResponsibilityResult> resps, Scoring sc) {
    List<Gap> out = new ArrayList<>();
    double respW = resps.stream().mapToDouble(ResponsibilityResult::weight).sum();
    for (ResponsibilityResult r : resps) {
      if (r.status() == EvidenceStatus.FOUND) {
        continue;
      }
      double gain =
          100
              * sc.responsibilitiesWeight()
              * r.weight()
              * (1 - r.coverage())
              / Math.max(respW, 1e-9);
      out.add(
          new Gap(
              GapKind.RESPONSIBILITY,
              r.id(),
              responsibilityMessage(r),
              Scorer.round1(gain),
              "If this is part of your work, write one experience bullet that names"
                  + " the action and its object together, with a result (for example a metric)."));
    }
    return out;
  }

  private static String responsibilityMessage(ResponsibilityResult r) {
    String missing =
        r.missingConcepts().isEmpty()
            ? ""
            : " Missing together in one bullet: " + String.join(", ", r.missingConcepts()) + ".";
    return (r.status() == EvidenceStatus.WEAK ? "Partly shown" : "Not shown")
        + " ("
        + r.level()
        + "): "
        + r.text()
        + missing;
  }

  /** The gaps by weight, most valuable first, at most {@code max}. */
  private static List<Gap> mostValuable(List<Gap> out, int max) {
    out.sort(
        Comparator.comparingDouble((Gap g) -> -g.weight())
            // Ties read the same as before kinds were typed: by the kind's name.
            .thenComparing(g -> g.kind().id())
            .thenComparing(Gap::id));
    return out.size() > max ? new ArrayList<>(out.subList(0, max)) : out;
  }

  /** A gap when the resume reads below the target level, else null. */
  private Gap levelGap(LevelEstimate level) {
    Level target = level.target();
    Level est = level.estimated();
    if (est.compareTo(target) >= 0) {
      return null;
    }
    var spec = profile.level(target.id()).orElseThrow();
    String signals =
        String.join(", ", spec.signals().subList(0, Math.min(4, spec.signals().size())));
    return new Gap(
        GapKind.LEVEL,
        target.id(),
        "Your resume reads as " + est.id() + " level; the target is " + target.id() + ".",
        0.0,
        "If your work had "
            + target.id()
            + "-level scope, say so with titles and bullets"
            + " that show it ("
            + signals
            + ").");
  }

  private Gap skillGap(SkillResult s, double gain) {
    String what = (s.required() ? "required" : "preferred") + " skill " + s.name();
    String example =
        profile
            .skill(s.id())
            .flatMap(k -> k.examples().positive().stream().findFirst())
            .map(e -> " For example: \"" + e + "\".")
            .orElse("");
    String message;
    String suggestion;
    if (s.status() == EvidenceStatus.WEAK
        && !s.evidence().isEmpty()
        && s.evidence().get(0).matchType() == MatchType.IMPLIED) {
      message = capitalize(what) + " is only implied by another skill you list.";
      suggestion =
          "If you have used "
              + s.name()
              + " directly, name it in the bullet that says what you did with it."
              + example;
    } else if (s.status() == EvidenceStatus.LISTED) {
      message = capitalize(what) + " is listed, but no bullet shows you using it.";
      suggestion =
          "If you have used "
              + s.name()
              + ", show it in an experience or project bullet: what you built with it and the"
              + " result. Listing it again adds nothing."
              + example;
    } else if (s.status() == EvidenceStatus.WEAK) {
      message = capitalize(what) + " shows only weakly in your work.";
      suggestion =
          "If you have applied "
              + s.name()
              + ", name it in the experience or project bullet where you used it, with what you"
              + " built and the result."
              + example;
    } else {
      message = "Missing " + what + " (weight " + fmt(s.weight()) + ").";
      suggestion =
          "If you have experience with "
              + s.name()
              + ", name it in the experience or project bullet where you used it (a skills list"
              + " alone counts for little); if not, it is a skill to learn for this target."
              + example;
    }
    return new Gap(GapKind.SKILL, s.id(), message, gain, suggestion);
  }

  private static String capitalize(String t) {
    return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}

package dev.rolefit.profile.internal;

import dev.rolefit.profile.RoleProfile;
import dev.rolefit.profile.RoleProfile.Responsibility;
import dev.rolefit.profile.RoleProfile.Skill;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The semantic checks of a role profile (the schema checks are Jackson's). */
public final class ProfileValidator {
  // The section kinds a skill's evidence may be restricted to: the parser's own names.
  private static final Set<String> SECTION_KINDS =
      java.util.Arrays.stream(dev.rolefit.resume.SectionKind.values())
          .map(dev.rolefit.resume.SectionKind::id)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final Set<String> LEVELS = Set.of("core", "entry", "mid", "senior");
  private static final Set<String> CATEGORIES = Set.of("hard", "soft", "tool", "domain", "method");
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private ProfileValidator() {}

  /**
   * Validates a parsed profile.
   *
   * @param p the profile
   * @param text the YAML it came from (to find line numbers)
   * @param file the file name for messages
   * @return the problems, one line each, empty when valid
   */
  public static List<String> validate(RoleProfile p, String text, String file) {
    LineLocator where = new LineLocator(text);
    List<String> out = new ArrayList<>();
    if (p.schemaVersion() != 1) {
      out.add(fmt(file, where.key("schemaVersion"), "schemaVersion", "must be 1"));
    }
    if (p.role() == null || blank(p.role().id()) || blank(p.role().name())) {
      out.add(fmt(file, where.key("role"), "role", "needs id and name"));
    }
    if (p.scoring() == null) {
      out.add(fmt(file, 1, "scoring", "is missing"));
    } else {
      var s = p.scoring();
      range(out, file, where, "keywordsWeight", s.keywordsWeight());
      range(out, file, where, "responsibilitiesWeight", s.responsibilitiesWeight());
      range(out, file, where, "requiredWeight", s.requiredWeight());
      range(out, file, where, "foundThreshold", s.foundThreshold());
      range(out, file, where, "impliedCredit", s.impliedCredit());
      range(out, file, where, "stemCredit", s.stemCredit());
      s.evidence().forEach((k, v) -> range(out, file, where, k, v));
      if (s.bands().isEmpty()) {
        out.add(fmt(file, where.key("bands"), "scoring.bands", "needs at least one band"));
      }
    }
    Set<String> ids = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    Set<String> levelIds = new HashSet<>();
    for (var l : p.levels()) {
      checkId(out, file, where, seen, l.id(), "levels");
      levelIds.add(l.id());
    }
    for (var l : List.of("entry", "mid", "senior")) {
      if (!levelIds.contains(l)) {
        out.add(fmt(file, where.key("levels"), "levels", "missing level '" + l + "'"));
      }
    }
    Set<String> specIds = new HashSet<>();
    for (var s : p.specializations()) {
      checkId(out, file, where, seen, s.id(), "specializations");
      specIds.add(s.id());
    }
    Set<String> respIds = new HashSet<>();
    for (Responsibility r : p.responsibilities()) {
      checkId(out, file, where, seen, r.id(), "responsibilities");
      respIds.add(r.id());
      int line = where.id(r.id());
      if (!LEVELS.contains(String.valueOf(r.level()))) {
        out.add(
            fmt(
                file,
                line,
                "responsibilities." + r.id() + ".level",
                "must be one of core, entry, mid, senior"));
      }
      if (r.weight() < 0 || r.weight() > 1) {
        out.add(fmt(file, line, "responsibilities." + r.id() + ".weight", "must be in [0, 1]"));
      }
      if (r.concepts().isEmpty() || r.concepts().stream().anyMatch(List::isEmpty)) {
        out.add(
            fmt(
                file,
                line,
                "responsibilities." + r.id() + ".concepts",
                "needs non-empty concept groups"));
      }
      if (blank(r.text())) {
        out.add(fmt(file, line, "responsibilities." + r.id() + ".text", "is empty"));
      }
      sectionKinds(out, file, where, line, "responsibilities." + r.id() + ".shownBy", r.shownBy());
      sectionKinds(
          out,
          file,
          where,
          line,
          "responsibilities." + r.id() + ".actionImpliedIn",
          r.actionImpliedIn());
    }
    Map<String, String> aliasOwner = new HashMap<>();
    Set<String> skillIds = new HashSet<>();
    for (Skill s : p.skills()) {
      checkId(out, file, where, seen, s.id(), "skills");
      skillIds.add(s.id());
    }
    for (Skill s : p.skills()) {
      int line = where.id(s.id());
      String key = "skills." + s.id();
      if (blank(s.name())) {
        out.add(fmt(file, line, key + ".name", "is empty"));
      }
      if (!CATEGORIES.contains(String.valueOf(s.category()))) {
        out.add(
            fmt(file, line, key + ".category", "must be one of hard, soft, tool, domain, method"));
      }
      if (s.weight() < 0 || s.weight() > 1) {
        out.add(fmt(file, line, key + ".weight", "must be in [0, 1], was " + s.weight()));
      }
      s.specializations()
          .forEach(
              (spec, w) -> {
                if (!specIds.contains(spec)) {
                  out.add(
                      fmt(
                          file,
                          line,
                          key + ".specializations",
                          "unknown specialization '" + spec + "'"));
                }
                if (w == null || w < 0 || w > 1) {
                  out.add(fmt(file, line, key + ".specializations." + spec, "must be in [0, 1]"));
                }
              });
      for (String a : s.surfaceForms()) {
        if (a == null || a.isBlank()) {
          out.add(fmt(file, line, key + ".aliases", "empty alias"));
          continue;
        }
        String norm = a.strip().toLowerCase(Locale.ROOT);
        String owner = aliasOwner.putIfAbsent(norm, s.id());
        if (owner != null && !owner.equals(s.id())) {
          out.add(
              fmt(
                  file,
                  where.after(line, a),
                  key + ".aliases",
                  "alias '" + a + "' is already claimed by skill '" + owner + "'"));
        }
      }
      for (String g : s.aliases()) {
        if (!g.contains("...")) {
          continue;
        }
        // "a ... b" only: a gap needs a word on each side, spaced off.
        for (String part :
            (" " + g + " ").split(java.util.regex.Pattern.quote(RoleProfile.GAP), -1)) {
          if (part.isBlank() || part.contains("...")) {
            out.add(
                fmt(
                    file,
                    where.after(line, g),
                    key + ".aliases",
                    "'" + g + "' needs words on both sides of '...'"));
            break;
          }
        }
      }
      for (String a : s.ambiguous()) {
        if (a.isBlank()) {
          out.add(fmt(file, line, key + ".ambiguous", "empty alias"));
        }
      }
      for (String i : s.implies()) {
        if (!skillIds.contains(i)) {
          out.add(fmt(file, where.after(line, i), key + ".implies", "unknown skill '" + i + "'"));
        }
      }
      for (String i : s.includes()) {
        if (!skillIds.contains(i) || i.equals(s.id())) {
          out.add(fmt(file, where.after(line, i), key + ".includes", "unknown skill '" + i + "'"));
        }
      }
      sectionKinds(out, file, where, line, key + ".sections", s.sections());
      sectionKinds(out, file, where, line, key + ".shownBy", s.shownBy());
      for (String w : s.context().requires()) {
        if (w == null || w.isBlank()) {
          out.add(fmt(file, line, key + ".context.requires", "empty word"));
        }
      }
      for (String w : s.context().excludes()) {
        if (w == null || w.isBlank()) {
          out.add(fmt(file, line, key + ".context.excludes", "empty word"));
        }
      }
    }
    if (p.scoring() != null) {
      for (String d : p.scoring().domainSkills()) {
        if (!skillIds.contains(d)) {
          out.add(
              fmt(
                  file,
                  where.key("domainSkills"),
                  "scoring.domainSkills",
                  "unknown skill '" + d + "'"));
        }
      }
      range(out, file, where, "unanchoredCredit", p.scoring().unanchoredCredit());
      range(out, file, where, "listedCredit", p.scoring().listedCredit());
      range(out, file, where, "levelFitPenalty", p.scoring().levelFitPenalty());
      range(out, file, where, "stuffing.credit", p.scoring().stuffing().credit());
      var st = p.scoring().stuffing();
      if (st.listedOnly() < 1 || st.longestList() < 1 || !(st.ratio() > 0)) {
        out.add(
            fmt(
                file,
                where.key("stuffing"),
                "scoring.stuffing",
                "listedOnly and longestList must be at least 1, ratio above 0"));
      }
    }
    for (Responsibility r : p.responsibilities()) {
      for (String sk : r.skills()) {
        if (!skillIds.contains(sk)) {
          out.add(
              fmt(
                  file,
                  where.id(r.id()),
                  "responsibilities." + r.id() + ".skills",
                  "unknown skill '" + sk + "'"));
        }
      }
    }
    for (var s : p.specializations()) {
      for (String r : s.responsibilities()) {
        if (!respIds.contains(r)) {
          out.add(
              fmt(
                  file,
                  where.id(s.id()),
                  "specializations." + s.id() + ".responsibilities",
                  "unknown responsibility '" + r + "'"));
        }
      }
    }
    out.sort((a, b) -> Integer.compare(lineOf(a, file), lineOf(b, file)));
    return out;
  }

  private static int lineOf(String msg, String file) {
    String rest = msg.substring(file.length() + 1);
    try {
      return Integer.parseInt(rest.substring(0, rest.indexOf(':')));
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private static void sectionKinds(
      List<String> out, String file, LineLocator where, int line, String key, List<String> kinds) {
    for (String sec : kinds) {
      if (!SECTION_KINDS.contains(sec)) {
        out.add(
            fmt(
                file,
                where.after(line, sec),
                key,
                "unknown section kind '"
                    + sec
                    + "' (one of "
                    + new java.util.TreeSet<>(SECTION_KINDS)
                    + ")"));
      }
    }
  }

  private static void checkId(
      List<String> out,
      String file,
      LineLocator where,
      Map<String, Integer> seen,
      String id,
      String list) {
    if (id == null || !ID.matcher(id).matches()) {
      out.add(fmt(file, where.key(list), list + ".id", "'" + id + "' is not a kebab-case id"));
      return;
    }
    Integer count = seen.merge(list + ":" + id, 1, Integer::sum);
    if (count > 1) {
      out.add(fmt(file, where.idOccurrence(id, count), list + ".id", "duplicate id '" + id + "'"));
    }
  }

  private static void range(
      List<String> out, String file, LineLocator where, String key, double v) {
    if (v < 0 || v > 1) {
      out.add(fmt(file, where.key(key), "scoring." + key, "must be in [0, 1], was " + v));
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String fmt(String file, int line, String key, String msg) {
    return String.format(Locale.ROOT, "%s:%d: %s: %s", file, line, key, msg);
  }
}

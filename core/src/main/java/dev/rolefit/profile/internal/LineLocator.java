package dev.rolefit.profile.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the line of a key or id in YAML text, for messages that point at the problem. */
final class LineLocator {
  private static final Pattern ID_LINE =
      Pattern.compile("(^|[\\s{,-])id\\s*:\\s*[\"']?([A-Za-z0-9_.-]+)[\"']?\\s*(?=$|[,}#])");

  private final String[] lines;
  private Map<String, List<Integer>> idLines;

  LineLocator(String text) {
    this.lines = text.split("\\r?\\n", -1);
  }

  /** Line of the first {@code key:}; 1 when absent. */
  int key(String key) {
    Pattern p = Pattern.compile("^\\s*(-\\s*)?" + Pattern.quote(key) + "\\s*:");
    for (int i = 0; i < lines.length; i++) {
      if (p.matcher(lines[i]).find()) {
        return i + 1;
      }
    }
    return 1;
  }

  /** Line of the first {@code id: value}. */
  int id(String id) {
    return idOccurrence(id, 1);
  }

  /** Line of the n-th {@code id: value} (1-based); one scan of the text serves every id. */
  int idOccurrence(String id, int n) {
    List<Integer> at = idLines().get(id);
    return at == null || at.size() < n ? 1 : at.get(n - 1);
  }

  private Map<String, List<Integer>> idLines() {
    if (idLines == null) {
      Map<String, List<Integer>> map = new HashMap<>();
      for (int i = 0; i < lines.length; i++) {
        Matcher m = ID_LINE.matcher(lines[i]);
        while (m.find()) {
          map.computeIfAbsent(m.group(2), k -> new ArrayList<>()).add(i + 1);
        }
      }
      idLines = map;
    }
    return idLines;
  }

  /** First line at or after {@code from} that contains {@code token}; {@code from} if none. */
  int after(int from, String token) {
    for (int i = Math.max(0, from - 1); i < lines.length; i++) {
      if (lines[i].contains(token)) {
        return i + 1;
      }
    }
    return from;
  }
}

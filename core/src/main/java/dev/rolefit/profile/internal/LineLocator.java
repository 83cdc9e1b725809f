package dev.rolefit.profile.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the line of a key or id in YAML text, for messages that point at the problem. */
final class LineLocator {
  private final String[] lines;

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

  /** Line of the n-th {@code id: value} (1-based). */
  int idOccurrence(String id, int n) {
    Pattern p =
        Pattern.compile(
            "(^|[\\s{,-])id\\s*:\\s*[\"']?" + Pattern.quote(id) + "[\"']?\\s*($|[,}#])");
    int seen = 0;
    for (int i = 0; i < lines.length; i++) {
      Matcher m = p.matcher(lines[i]);
      if (m.find() && ++seen == n) {
        return i + 1;
      }
    }
    return 1;
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

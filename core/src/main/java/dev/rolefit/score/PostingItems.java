package dev.rolefit.score;

import dev.rolefit.match.Hit;
import dev.rolefit.match.ResumeMatches;
import dev.rolefit.posting.JobPosting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The profile skills each posting item names, found by running the profile's matcher over the items
 * as bullets of one document, and what is left of each item once they are blanked out (the terms
 * the profile does not know).
 */
public final class PostingItems {
  private PostingItems() {}

  /**
   * One item's skills.
   *
   * @param skills skill id to the offset of its first mention in the item, in id order
   * @param residue the item's text with every skill mention blanked out
   */
  public record Item(Map<String, Integer> skills, String residue) {
    /** Copies the map. */
    public Item {
      skills = java.util.Collections.unmodifiableMap(new TreeMap<>(skills));
    }
  }

  /**
   * Finds the skills of each item.
   *
   * @param posting the parsed posting
   * @param match parses and matches a text as a resume would be
   * @return one entry per requirement, in order
   */
  public static List<Item> of(JobPosting posting, Function<String, ResumeMatches> match) {
    List<String> texts = posting.requirements().stream().map(JobPosting.Requirement::text).toList();
    StringBuilder doc = new StringBuilder();
    for (String t : texts) {
      // A blank line between items keeps a lower-case item from being joined to the one before.
      doc.append("\u2022 ").append(t).append("\n\n");
    }
    List<Map<String, Integer>> skills = new ArrayList<>();
    List<StringBuilder> residue = new ArrayList<>();
    for (String t : texts) {
      skills.add(new TreeMap<>());
      residue.add(new StringBuilder(t));
    }
    if (!texts.isEmpty()) {
      ResumeMatches m = match.apply(doc.toString());
      // Find each item in the text as parsed, which may differ from the one given (line ends).
      String parsed = m.resume().text();
      int[] starts = new int[texts.size()];
      int from = 0;
      for (int k = 0; k < texts.size(); k++) {
        int at = parsed.indexOf(texts.get(k), from);
        starts[k] = at;
        if (at >= 0) {
          from = at + texts.get(k).length();
        }
      }
      for (var e : m.skills().entrySet()) {
        for (Hit h : e.getValue()) {
          int k = itemAt(starts, texts, h.start());
          if (k < 0 || shadowed(m.skills(), h)) {
            continue;
          }
          int a = h.start() - starts[k];
          int b = Math.min(texts.get(k).length(), h.end() - starts[k]);
          skills.get(k).merge(e.getKey(), a, Math::min);
          for (int c = a; c < b; c++) {
            residue.get(k).setCharAt(c, ' ');
          }
        }
      }
    }
    List<Item> out = new ArrayList<>();
    for (int k = 0; k < texts.size(); k++) {
      out.add(new Item(skills.get(k), residue.get(k).toString()));
    }
    return out;
  }

  private static int itemAt(int[] starts, List<String> texts, int offset) {
    for (int k = 0; k < starts.length; k++) {
      if (starts[k] >= 0 && offset >= starts[k] && offset < starts[k] + texts.get(k).length()) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether another mention covers this one: "language models" inside "large language models", or
   * "learning algorithms" in "machine learning algorithms", where the mention that starts first
   * names the skill.
   */
  private static boolean shadowed(Map<String, List<Hit>> hits, Hit h) {
    for (List<Hit> list : hits.values()) {
      for (Hit o : list) {
        boolean inside =
            o.start() <= h.start()
                && o.end() >= h.end()
                && o.end() - o.start() > h.end() - h.start();
        boolean overlapsEarlier = o.start() < h.start() && o.end() > h.start() && o.end() < h.end();
        if (inside || overlapsEarlier) {
          return true;
        }
      }
    }
    return false;
  }
}

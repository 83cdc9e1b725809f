package dev.rolefit.profile.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of every key and list item of a YAML text, by JSON pointer ({@code
 * /skills/3/aliases/0}), for messages that point at the problem. Lines are 1-based; a path that is
 * not in the text (a missing key) takes the line of its nearest ancestor that is, and line 1 when
 * none is.
 */
final class LineLocator {
  private static final YAMLFactory YAML = new YAMLFactory();

  private final Map<String, Integer> lines = new HashMap<>();

  /**
   * Reads the positions of a text; a text that stops parsing keeps the positions before the fault.
   *
   * @param text the YAML
   */
  LineLocator(String text) {
    try (JsonParser p = YAML.createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
          continue;
        }
        // A key's line for a mapping entry, the item's own line for a list item.
        lines.putIfAbsent(
            p.getParsingContext().pathAsPointer().toString(),
            Math.max(1, p.currentTokenLocation().getLineNr()));
      }
    } catch (IOException | RuntimeException e) {
      // Malformed YAML is reported by the loader; the positions read so far still serve.
    }
  }

  /**
   * A mapping key as one step of a JSON pointer.
   *
   * @param key the key as written
   * @return the key with {@code ~} and {@code /} escaped
   */
  static String step(String key) {
    return "/" + key.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The line of a path, or of its nearest ancestor in the text.
   *
   * @param pointer a JSON pointer such as {@code /skills/3/group}
   * @return a 1-based line
   */
  int at(String pointer) {
    String p = pointer;
    while (!p.isEmpty()) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
    return 1;
  }
}

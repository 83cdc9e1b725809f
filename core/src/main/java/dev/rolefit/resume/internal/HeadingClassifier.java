package dev.rolefit.resume.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rolefit.extract.Line;
import dev.rolefit.resume.SectionKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Decides whether a line is a section heading, and of which kind, from aliases and layout. */
public final class HeadingClassifier {
  static final String RESOURCE = "dev/rolefit/corpus/headings.yaml";
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L} ]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final int MAX_HEADING_WORDS = 6;
  private static final int MAX_HEADING_CHARS = 48;

  private final Map<String, SectionKind> aliases;

  private HeadingClassifier(Map<String, SectionKind> aliases) {
    this.aliases = aliases;
  }

  /**
   * Loads the bundled heading aliases.
   *
   * @return the classifier
   */
  public static HeadingClassifier bundled() {
    try (InputStream in = HeadingClassifier.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Map<String, List<String>> raw =
          new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() {});
      Map<String, SectionKind> map = new LinkedHashMap<>();
      raw.forEach(
          (kind, list) -> {
            SectionKind k = SectionKind.of(kind);
            for (String a : list) {
              map.putIfAbsent(key(a), k);
            }
          });
      return new HeadingClassifier(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Classifies a line.
   *
   * @param line the line with its layout
   * @param bodyFontSize the document's typical font size (0 if unknown)
   * @return the section kind if the line is a heading
   */
  public Optional<SectionKind> classify(Line line, float bodyFontSize) {
    return classify(line, bodyFontSize, false);
  }

  /**
   * Classifies a line of a document that may mark its headings with a heading style.
   *
   * @param line the line with its layout
   * @param bodyFontSize the document's typical font size (0 if unknown)
   * @param stylesMarkHeadings whether the document marks headings with a heading style (Word
   *     styles, Markdown): then a plain line is no heading even when it is an alias, because such
   *     lines are labels in skills tables ("Languages | Python, SQL")
   * @return the section kind if the line is a heading
   */
  public Optional<SectionKind> classify(Line line, float bodyFontSize, boolean stylesMarkHeadings) {
    String text = line.text().strip();
    if (text.isEmpty() || text.length() > MAX_HEADING_CHARS || text.startsWith("\u2022")) {
      return Optional.empty();
    }
    String key = key(text);
    if (key.isEmpty() || key.split(" ").length > MAX_HEADING_WORDS) {
      return Optional.empty();
    }
    boolean styled =
        line.headingStyle()
            || line.bold()
            || isCaps(text)
            || (bodyFontSize > 0 && line.fontSize() > bodyFontSize + 1.5f);
    SectionKind exact = aliases.get(key);
    if (exact != null && (styled || !stylesMarkHeadings)) {
      return Optional.of(exact);
    }
    if (!styled || text.matches(".*\\d.*")) {
      return Optional.empty();
    }
    // A styled short line that starts or ends with an alias ("Technical Skills & Tools").
    for (Map.Entry<String, SectionKind> e : aliases.entrySet()) {
      String a = e.getKey();
      if (key.startsWith(a + " ") || key.endsWith(" " + a)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  private static boolean isCaps(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isLowerCase(c)) {
          return false;
        }
      }
    }
    return letters >= 3;
  }

  static String key(String text) {
    String s = text.toLowerCase(Locale.ROOT).replace("&", " and ");
    s = NON_WORD.matcher(s).replaceAll(" ");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }
}

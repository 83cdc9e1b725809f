package dev.rolefit.extract.internal;

import dev.rolefit.extract.ExtractedDocument;
import dev.rolefit.extract.Quality;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Judges whether extracted text is what a person wrote, or empty, or garbage, or readable but
 * damaged by extraction ({@link TextDamage}).
 */
public final class QualityJudge {
  private static final int MIN_CHARS_OK = 200;
  private static final int MIN_CHARS_PER_PAGE = 20;
  // Fewer letters than a short name: no text layer worth reading (a scan with stray glyphs).
  private static final int MIN_LETTERS_OF_TEXT = 3;

  private QualityJudge() {}

  /**
   * Whether a text has enough letters to be read at all; with fewer, a document needs OCR (or, if
   * it is damaged, cannot be read).
   *
   * @param text the text
   * @return true when it holds at least a few letters
   */
  static boolean hasLetters(String text) {
    int letters = 0;
    for (int i = 0; i < text.length() && letters < MIN_LETTERS_OF_TEXT; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      letters += Character.isLetter(cp) ? 1 : 0;
    }
    return letters >= MIN_LETTERS_OF_TEXT;
  }

  /**
   * Judges a document's text.
   *
   * @param doc the extracted document
   * @return the verdict with its issues
   */
  public static Quality judge(ExtractedDocument doc) {
    Quality fromText = judgeText(doc);
    Quality fromExtractor = doc.quality();
    if (fromExtractor == null || fromExtractor.issues().isEmpty()) {
      return fromText;
    }
    // The extractor knows what the text cannot show (unmapped glyphs, image-only pages).
    List<String> issues = new ArrayList<>(fromExtractor.issues());
    for (String i : fromText.issues()) {
      if (!issues.contains(i)) {
        issues.add(i);
      }
    }
    Quality.Status status =
        fromExtractor.status().compareTo(fromText.status()) > 0
            ? fromExtractor.status()
            : fromText.status();
    if (status == Quality.Status.OK) {
      status = Quality.Status.LOW_CONFIDENCE;
    }
    return new Quality(status, issues);
  }

  private static Quality judgeText(ExtractedDocument doc) {
    String text = doc.text();
    int letters = 0;
    int bad = 0;
    int visible = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp)) {
        continue;
      }
      visible++;
      if (Character.isLetter(cp)) {
        letters++;
      }
      int t = Character.getType(cp);
      if (cp == 0xFFFD
          || t == Character.PRIVATE_USE
          || t == Character.UNASSIGNED
          || t == Character.CONTROL
          || t == Character.SURROGATE) {
        bad++;
      }
    }
    List<String> issues = new ArrayList<>();
    // Plenty of glyphs that are mostly garbage is a broken font, not a missing text layer.
    if (visible >= 40 && bad * 2 > visible) {
      issues.add(
          String.format(
              Locale.ROOT,
              "%.0f%% of characters are unmapped or private-use glyphs",
              100.0 * bad / visible));
      return new Quality(Quality.Status.UNREADABLE, issues);
    }
    if (letters < MIN_LETTERS_OF_TEXT) {
      issues.add(
          String.format(
              Locale.ROOT, "only %d visible characters on %d page(s)", visible, doc.pages()));
      return new Quality(Quality.Status.NEEDS_OCR, issues);
    }
    if (visible < MIN_CHARS_PER_PAGE * Math.max(1, doc.pages()) / 4 || letters < 20) {
      // Some text, but very little (a name alone): score it, and say it looks incomplete.
      issues.add(
          String.format(
              Locale.ROOT,
              "only %d visible characters on %d page(s): the resume looks incomplete",
              visible,
              doc.pages()));
      return new Quality(Quality.Status.LOW_CONFIDENCE, issues);
    }
    double badShare = bad / (double) visible;
    double letterShare = letters / (double) visible;
    if (badShare > 0.3 || letterShare < 0.3) {
      issues.add(
          String.format(
              Locale.ROOT,
              "%.0f%% of characters are unmapped or private-use glyphs",
              badShare * 100));
      return new Quality(Quality.Status.UNREADABLE, issues);
    }
    if (badShare > 0.02) {
      issues.add(
          String.format(
              Locale.ROOT,
              "%.1f%% of characters are unmapped or private-use glyphs",
              badShare * 100));
    }
    if (visible < MIN_CHARS_OK) {
      issues.add(String.format(Locale.ROOT, "short text: %d visible characters", visible));
    }
    int perPage = visible / Math.max(1, doc.pages());
    if (doc.pages() > 1 && perPage < 100) {
      issues.add(
          String.format(
              Locale.ROOT,
              "little text per page (%d characters): some pages may be images",
              perPage));
    }
    // Damage a readable text can carry (glued words, lost ligatures...) lowers confidence only.
    issues.addAll(TextDamage.issues(doc));
    return new Quality(
        issues.isEmpty() ? Quality.Status.OK : Quality.Status.LOW_CONFIDENCE, issues);
  }
}

package dev.rolefit.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.rolefit.match.ProfileIndex.Sense;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sense rules over generated bullets: excludes always win, requires bind outside lists only. */
class SensePropertyTest {
  static final List<String> WORDS =
      List.of("fix", "softwar", "regress", "model", "fit", "claim", "network", "protocol", "test");
  static final Sense SENSE =
      new Sense(List.of(List.of("fit"), List.of("model")), List.of(List.of("softwar", "regress")));

  static List<String> bullet(List<Integer> picks) {
    List<String> out = new ArrayList<>();
    picks.forEach(i -> out.add(WORDS.get(i)));
    return out;
  }

  @Test
  void anExcludedPhraseAnywhereRejectsTheMention() {
    qt().forAll(
            lists().of(integers().between(0, WORDS.size() - 1)).ofSizeBetween(0, 12),
            integers().between(0, 12))
        .checkAssert(
            (picks, at) -> {
              List<String> b = bullet(picks);
              b.addAll(Math.min(at, b.size()), List.of("softwar", "regress"));
              assertFalse(SENSE.accepts(b, false), b.toString());
              assertFalse(SENSE.accepts(b, true), "lists too: " + b);
            });
  }

  @Test
  void outsideListsARequiredWordDecidesAndInListsItIsWaived() {
    qt().forAll(lists().of(integers().between(0, WORDS.size() - 1)).ofSizeBetween(0, 12))
        .checkAssert(
            picks -> {
              List<String> b = bullet(picks);
              boolean excluded = Collections.indexOfSubList(b, List.of("softwar", "regress")) >= 0;
              boolean required = b.contains("fit") || b.contains("model");
              assertEquals(!excluded && required, SENSE.accepts(b, false), b.toString());
              assertEquals(!excluded, SENSE.accepts(b, true), b.toString());
            });
  }

  @Test
  void excludedWordsApartDoNotReject() {
    assertTrue(SENSE.accepts(List.of("regress", "model", "softwar"), false));
  }
}

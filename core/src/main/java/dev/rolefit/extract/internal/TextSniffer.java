package dev.rolefit.extract.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.mozilla.universalchardet.UniversalDetector;

/** Decides whether bytes are text and decodes them with the right charset. */
public final class TextSniffer {
  private static final int SNIFF_BYTES = 8192;

  private TextSniffer() {}

  /**
   * Whether the bytes look like text: a Unicode BOM, or few control bytes in the first 8 KB.
   *
   * @param content the bytes
   * @return true for text
   */
  public static boolean looksLikeText(byte[] content) {
    if (bomCharset(content) != null) {
      return true;
    }
    int n = Math.min(content.length, SNIFF_BYTES);
    int bad = 0;
    for (int i = 0; i < n; i++) {
      int b = content[i] & 0xFF;
      if (b == 0) {
        return false;
      }
      if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
        bad++;
      }
    }
    return bad * 100 <= n;
  }

  /**
   * Decodes text: BOM first, then strict UTF-8, then the detector's guess, then windows-1252.
   *
   * @param content the bytes
   * @return the decoded text without a BOM
   */
  public static String decode(byte[] content) {
    Charset bom = bomCharset(content);
    if (bom != null) {
      int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
      return new String(content, skip, content.length - skip, bom);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      UniversalDetector detector = new UniversalDetector();
      detector.handleData(content, 0, Math.min(content.length, 64 * 1024));
      detector.dataEnd();
      String guess = detector.getDetectedCharset();
      Charset cs = Charset.forName("windows-1252");
      if (guess != null && Charset.isSupported(guess)) {
        cs = Charset.forName(guess);
      }
      return new String(content, cs);
    }
  }

  private static @Nullable Charset bomCharset(byte[] c) {
    if (c.length >= 3 && (c[0] & 0xFF) == 0xEF && (c[1] & 0xFF) == 0xBB && (c[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (c.length >= 2 && (c[0] & 0xFF) == 0xFE && (c[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (c.length >= 2 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }
}

package dev.rolefit.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Keeps text from a resume, a file name or an argument from driving the terminal it is printed on.
 * C0 controls (but tab and line feed, and a carriage return that ends a CRLF line), DEL, C1
 * controls and the bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069)
 * are shown as visible escapes: {@code \x1b} for a code point below U+0100, <code>&#92;u202e</code>
 * above (a backslash, u and four hex digits). The marks U+200E and U+200F stay: they only nudge
 * neutral characters and right-to-left resumes use them. JSON is escaped inside its strings instead
 * ({@link #json}), so it stays valid and decodes to the exact text.
 */
final class TerminalSafe {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private TerminalSafe() {}

  /** Whether a char could move the cursor, recolour, retitle or reorder what a terminal shows. */
  static boolean unsafe(char c) {
    return (c < 0x20 && c != '\t' && c != '\n')
        || (c >= 0x7f && c <= 0x9f)
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * Text for one diagnostic line: unsafe chars and line feeds as visible escapes.
   *
   * @param s any text, or null
   * @return the text on one line, safe to print
   */
  static String line(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (unsafe(c) || c == '\n') {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        visible(b, c);
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * A writer that shows unsafe chars as visible escapes and passes the rest (line breaks, a CRLF
   * pair included) through.
   *
   * @param out where the safe text goes (flushed and closed with the returned writer)
   * @return the filtering writer
   */
  static Writer text(Writer out) {
    return new Filter(out, false);
  }

  /**
   * A writer for JSON text: unsafe chars become {@code \}{@code uXXXX} escapes. In JSON such a char
   * can only stand inside a string, where that escape decodes to the same char, so the document
   * stays valid and exact. Tab, line feed and carriage return pass: a JSON generator escapes them
   * inside strings, so raw they are only whitespace between tokens.
   *
   * @param out where the JSON goes (flushed and closed with the returned writer)
   * @return the filtering writer
   */
  static Writer json(Writer out) {
    return new Filter(out, true);
  }

  /**
   * A command's stdout made safe: JSON escaped inside its strings, text with visible escapes.
   *
   * @param out the command's stdout (flushed through the returned writer)
   * @param json whether the command writes JSON
   * @return the writer to print results to; flush it when done
   */
  static PrintWriter results(Writer out, boolean json) {
    return new PrintWriter(json ? json(out) : text(out));
  }

  private static void visible(StringBuilder b, char c) {
    if (c < 0x100) {
      b.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
    } else {
      unicode(b, c);
    }
  }

  private static void unicode(StringBuilder b, char c) {
    b.append("\\u")
        .append(HEX[c >> 12])
        .append(HEX[(c >> 8) & 0xf])
        .append(HEX[(c >> 4) & 0xf])
        .append(HEX[c & 0xf]);
  }

  /** Escapes unsafe chars on their way to the wrapped writer. */
  private static final class Filter extends FilterWriter {
    private final boolean json;
    private final StringBuilder escape = new StringBuilder(8);

    /** A CR held back until the next char says whether it ends a CRLF line. */
    private boolean pendingCr;

    Filter(Writer out, boolean json) {
      super(out);
      this.json = json;
    }

    @Override
    public void write(int c) throws IOException {
      write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      char[] chars = new char[len];
      s.getChars(off, off + len, chars, 0);
      write(chars, 0, len);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      synchronized (lock) {
        int run = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
          char c = cbuf[i];
          if (pendingCr) {
            pendingCr = false;
            if (c == '\n') {
              out.write('\r');
            } else {
              escaped('\r');
            }
          }
          if (!unsafe(c) || (json && c == '\r')) {
            continue;
          }
          out.write(cbuf, run, i - run);
          run = i + 1;
          if (c == '\r') {
            pendingCr = true;
          } else {
            escaped(c);
          }
        }
        out.write(cbuf, run, end - run);
      }
    }

    private void escaped(char c) throws IOException {
      escape.setLength(0);
      if (json) {
        unicode(escape, c);
      } else {
        visible(escape, c);
      }
      out.write(escape.toString());
    }

    @Override
    public void flush() throws IOException {
      synchronized (lock) {
        // A CR still held is shown: the commands flush after whole lines, never inside a CRLF.
        if (pendingCr) {
          pendingCr = false;
          escaped('\r');
        }
        out.flush();
      }
    }

    @Override
    public void close() throws IOException {
      synchronized (lock) {
        flush();
        out.close();
      }
    }
  }
}

package dev.rolefit.extract;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A PDF written object by object, with a correct cross-reference table, so that a file has exactly
 * the damage a test gives it and no other: PDFBox's writer would repair it.
 */
final class RawPdf {
  private final List<byte[]> objects = new ArrayList<>();

  /**
   * Reserves the next object number.
   *
   * @return the number
   */
  int reserve() {
    objects.add(null);
    return objects.size();
  }

  /**
   * Sets an object's body.
   *
   * @param number the object number
   * @param body the body, between {@code obj} and {@code endobj}
   */
  void set(int number, String body) {
    set(number, latin1(body));
  }

  /**
   * Sets an object's body.
   *
   * @param number the object number
   * @param body the body's bytes
   */
  void set(int number, byte[] body) {
    objects.set(number - 1, body);
  }

  /**
   * Adds an object.
   *
   * @param body the body
   * @return its number
   */
  int add(byte[] body) {
    int n = reserve();
    set(n, body);
    return n;
  }

  /**
   * A stream object's body.
   *
   * @param entries dictionary entries; {@code /Length} is added when {@code withLength}
   * @param data the stream's bytes, as stored
   * @param withLength whether to add the true {@code /Length}
   * @return the body
   */
  static byte[] stream(String entries, byte[] data, boolean withLength) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String length = withLength ? " /Length " + data.length : "";
    out.writeBytes(latin1("<< " + entries + length + " >>\nstream\n"));
    out.writeBytes(data);
    out.writeBytes(latin1("\nendstream"));
    return out.toByteArray();
  }

  /**
   * The file: header, objects, cross-reference table, trailer.
   *
   * @param root the catalog's object number
   * @return the PDF bytes
   */
  byte[] build(int root) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(latin1("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
    StringBuilder xref = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n");
    xref.append("0000000000 65535 f \n");
    for (int i = 0; i < objects.size(); i++) {
      if (objects.get(i) == null) {
        xref.append("0000000000 65535 f \n");
        continue;
      }
      xref.append(String.format(Locale.ROOT, "%010d 00000 n \n", out.size()));
      out.writeBytes(latin1((i + 1) + " 0 obj\n"));
      out.writeBytes(objects.get(i));
      out.writeBytes(latin1("\nendobj\n"));
    }
    int start = out.size();
    xref.append("trailer\n<< /Size ").append(objects.size() + 1);
    xref.append(" /Root ").append(root).append(" 0 R >>\nstartxref\n").append(start);
    out.writeBytes(latin1(xref.append("\n%%EOF\n").toString()));
    return out.toByteArray();
  }

  static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}

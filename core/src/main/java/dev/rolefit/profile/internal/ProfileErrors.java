package dev.rolefit.profile.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.rolefit.profile.Problem;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a YAML or binding error into one {@link Problem} at the line of the fault (1-based), with
 * no parser jargon spread over several lines.
 */
public final class ProfileErrors {
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

  private ProfileErrors() {}

  /**
   * Describes a parse or binding failure.
   *
   * @param fileName the name used in messages
   * @param text the YAML
   * @param e the failure
   * @return the problem
   */
  public static Problem describe(String fileName, String text, JsonProcessingException e) {
    MarkedYAMLException syntax = syntaxError(e);
    if (syntax != null) {
      // SnakeYAML's own marks are where the fault is; Jackson's location is the last good token.
      String problem = syntax.getProblem() == null ? syntax.getMessage() : syntax.getProblem();
      String context = syntax.getContext();
      var mark = syntax.getProblemMark();
      if (context != null
          && syntax.getContextMark() != null
          && (context.contains("flow") || context.contains("quoted"))) {
        // An unclosed bracket or quote is noticed lines later: point at where it opens.
        mark = syntax.getContextMark();
      }
      return format(
          fileName,
          mark == null ? 1 : mark.getLine() + 1,
          "malformed YAML",
          problem + (context == null ? "" : " (" + context + ")"));
    }
    String key = "";
    String pointer = "";
    if (e instanceof JsonMappingException) {
      StringBuilder dotted = new StringBuilder();
      StringBuilder ptr = new StringBuilder();
      for (JsonMappingException.Reference r : ((JsonMappingException) e).getPath()) {
        if (r.getFieldName() != null) {
          dotted.append(dotted.length() > 0 ? "." : "").append(r.getFieldName());
          ptr.append(LineLocator.step(r.getFieldName()));
        } else if (r.getIndex() >= 0) {
          dotted.append('[').append(r.getIndex()).append(']');
          ptr.append('/').append(r.getIndex());
        }
      }
      key = dotted.toString();
      pointer = ptr.toString();
    }
    JsonLocation loc = e.getLocation();
    int line = loc != null && loc.getLineNr() > 0 ? loc.getLineNr() : 0;
    String msg = firstLine(e.getOriginalMessage());
    Matcher dup = DUPLICATE.matcher(msg);
    if (e instanceof UnrecognizedPropertyException) {
      String name = ((UnrecognizedPropertyException) e).getPropertyName();
      msg = "unknown key '" + name + "'";
      line = keyLineAtOrBefore(text, name, line);
    } else if (dup.matches()) {
      msg = "duplicate key '" + dup.group(1) + "'";
      key = key.isEmpty() ? dup.group(1) : key;
    } else if (e instanceof InvalidNullException) {
      msg = "empty value (null): give a value or remove the entry";
    } else if (e instanceof MismatchedInputException
        && ((MismatchedInputException) e).getTargetType() != null) {
      msg = "expected " + kind(((MismatchedInputException) e).getTargetType());
      if (e instanceof InvalidFormatException) {
        msg += ", was '" + ((InvalidFormatException) e).getValue() + "'";
      }
    } else if (!(e instanceof JsonMappingException)) {
      key = "malformed YAML";
    }
    if (line <= 0) {
      line = new LineLocator(text).at(pointer);
    }
    return format(fileName, line, key.isEmpty() ? "profile" : key, msg);
  }

  private static MarkedYAMLException syntaxError(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof MarkedYAMLException) {
        return (MarkedYAMLException) c;
      }
    }
    return null;
  }

  private static String kind(Class<?> type) {
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "a mapping";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
      return type == int.class || type == Integer.class ? "a whole number" : "a number";
    }
    return type == String.class ? "text" : type.getSimpleName();
  }

  private static String firstLine(String msg) {
    if (msg == null) {
      return "invalid value";
    }
    int nl = msg.indexOf('\n');
    return nl > 0 ? msg.substring(0, nl) : msg;
  }

  private static Problem format(String fileName, int line, String key, String msg) {
    return new Problem(fileName, Math.max(1, line), key, msg);
  }

  /** The YAML parser reports the token after a bad key; walk back to the key's own line. */
  private static int keyLineAtOrBefore(String text, String key, int line) {
    String[] lines = text.split("\\r?\\n", -1);
    Pattern p = Pattern.compile("(^|[\\s{,-])" + Pattern.quote(key) + "\\s*:");
    for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
      if (p.matcher(lines[i]).find()) {
        return i + 1;
      }
    }
    return line;
  }
}

package de.heldenhelfer.mailcatcher;

import java.util.ArrayDeque;
import java.util.Deque;

/** Minimal streaming JSON writer (RFC 8259) that takes care of commas and string escaping. */
final class JsonWriter {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out = new StringBuilder(1024);

  /** One entry per open container: {@code true} while it is still empty. */
  private final Deque<boolean[]> containers = new ArrayDeque<>();

  private boolean afterName;

  JsonWriter beginObject() {
    beforeValue();
    out.append('{');
    containers.push(new boolean[] {true});
    return this;
  }

  JsonWriter endObject() {
    containers.pop();
    out.append('}');
    return this;
  }

  JsonWriter beginArray() {
    beforeValue();
    out.append('[');
    containers.push(new boolean[] {true});
    return this;
  }

  JsonWriter endArray() {
    containers.pop();
    out.append(']');
    return this;
  }

  JsonWriter name(String name) {
    beforeValue();
    appendString(out, name);
    out.append(':');
    afterName = true;
    return this;
  }

  JsonWriter value(String value) {
    beforeValue();
    if (value == null) {
      out.append("null");
    } else {
      appendString(out, value);
    }
    return this;
  }

  JsonWriter value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  JsonWriter value(boolean value) {
    beforeValue();
    out.append(value);
    return this;
  }

  JsonWriter field(String name, String value) {
    return name(name).value(value);
  }

  JsonWriter field(String name, long value) {
    return name(name).value(value);
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
      return;
    }
    boolean[] first = containers.peek();
    if (first != null) {
      if (!first[0]) {
        out.append(',');
      }
      first[0] = false;
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** Appends {@code s} as a JSON string literal. */
  static void appendString(StringBuilder sb, String s) {
    sb.append('"');
    int length = s.length();
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '<') {
            unicodeEscape(sb, c);
          } else if (Character.isHighSurrogate(c)
              && i + 1 < length
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            unicodeEscape(sb, c); // unpaired surrogate: not encodable as UTF-8
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  private static void unicodeEscape(StringBuilder sb, char c) {
    sb.append("\\u")
        .append(HEX[(c >> 12) & 0xf])
        .append(HEX[(c >> 8) & 0xf])
        .append(HEX[(c >> 4) & 0xf])
        .append(HEX[c & 0xf]);
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    appendString(sb, s);
    return sb.toString();
  }
}

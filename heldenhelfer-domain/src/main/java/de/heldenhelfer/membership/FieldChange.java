package de.heldenhelfer.membership;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One changed value of a member, as the entity reports it for the history: the field name (a {@code
 * memberChange.field.*} key of the message bundle) and old and new value as text (dates ISO-8601,
 * enums by name, booleans true/false; null when empty).
 */
public record FieldChange(String field, String oldValue, String newValue) {

  /** The change of {@code field} from {@code before} to {@code after}, or null when equal. */
  static FieldChange of(String field, Object before, Object after) {
    String o = text(before);
    String n = text(after);
    return Objects.equals(o, n) ? null : new FieldChange(field, o, n);
  }

  static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    String s = value.toString();
    return s.isEmpty() ? null : s;
  }
}

package de.heldenhelfer.reports.templates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The values to fill a template with, by placeholder name ({@code club.name}, {@code input.date},
 * {@code today}). Immutable. Allowed values: {@link String}, {@link LocalDate}, {@link LocalTime},
 * {@link BigDecimal}, {@link Long} / {@link Integer}, {@code List<String>} and {@link Boolean};
 * {@code null}, a blank string and an empty list (blank entries are dropped) count as no value.
 */
public final class TemplateValues {
  private static final TemplateValues EMPTY = new TemplateValues(Map.of());

  private final Map<String, Object> values;

  private TemplateValues(Map<String, Object> values) {
    this.values = values;
  }

  /** No values at all. */
  public static TemplateValues empty() {
    return EMPTY;
  }

  /**
   * Copies {@code values}.
   *
   * @throws IllegalArgumentException for a value of another type
   */
  public static TemplateValues of(Map<String, Object> values) {
    Objects.requireNonNull(values, "values");
    Map<String, Object> copy = new LinkedHashMap<>();
    values.forEach(
        (name, value) -> {
          Objects.requireNonNull(name, "name");
          Object normalised = normalise(name, value);
          if (normalised != null) {
            copy.put(name, normalised);
          }
        });
    return new TemplateValues(Map.copyOf(copy));
  }

  private static Object normalise(String name, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof String s) {
      return s.isBlank() ? null : s.strip();
    }
    if (value instanceof Integer i) {
      return i.longValue();
    }
    if (value instanceof List<?> list) {
      List<String> entries =
          list.stream()
              .map(
                  e -> {
                    if (e != null && !(e instanceof String)) {
                      throw new IllegalArgumentException(
                          "list value " + name + " may only hold strings");
                    }
                    return (String) e;
                  })
              .filter(e -> e != null && !e.isBlank())
              .map(String::strip)
              .toList();
      return entries.isEmpty() ? null : entries;
    }
    if (value instanceof LocalDate
        || value instanceof LocalTime
        || value instanceof BigDecimal
        || value instanceof Long
        || value instanceof Boolean) {
      return value;
    }
    throw new IllegalArgumentException(
        "unsupported value type for " + name + ": " + value.getClass().getName());
  }

  /** The value of {@code name}, or {@code null}. */
  public Object get(String name) {
    return values.get(name);
  }

  /** Whether {@code name} has a value (not null, not blank, not an empty list). */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** The same values plus {@code name} = {@code value} (replacing an earlier value). */
  public TemplateValues with(String name, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(values);
    copy.remove(name);
    Object normalised = normalise(name, value);
    if (normalised != null) {
      copy.put(name, normalised);
    }
    return new TemplateValues(Map.copyOf(copy));
  }

  @Override
  public String toString() {
    return "TemplateValues" + values.keySet();
  }
}

package de.heldenhelfer.membership;

import de.heldenhelfer.shared.EmailAddresses;
import de.heldenhelfer.shared.RuleViolationException;
import java.time.LocalDate;

/** Small input rules shared by the member entities; each failure names the field. */
final class Checks {
  private Checks() {}

  /** Stripped text, or null when blank. */
  static String clean(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** {@code s} cleaned; refuses blank with {@code key}. */
  static String required(String field, String s, String key) {
    String v = clean(s);
    if (v == null) {
      throw new RuleViolationException(field, key);
    }
    return v;
  }

  /** {@code s} cleaned and at most {@code max} characters long. */
  static String text(String field, String s, int max) {
    String v = clean(s);
    if (v != null && v.length() > max) {
      throw new RuleViolationException(field, "field.tooLong", max);
    }
    return v;
  }

  /** A cleaned e-mail address in the one shape the platform accepts, or null when blank. */
  static String email(String field, String s, String key) {
    String v = text(field, s, Member.MAX_EMAIL);
    if (v != null && !EmailAddresses.isValid(v)) {
      throw new RuleViolationException(field, key);
    }
    return v;
  }

  /** Refuses a date after {@code today}. */
  static void notFuture(String field, LocalDate date, LocalDate today, String key) {
    if (date != null && date.isAfter(today)) {
      throw new RuleViolationException(field, key);
    }
  }
}

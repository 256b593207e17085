package de.heldenhelfer.pool;

import de.heldenhelfer.shared.Messages;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The state of a volunteer's sign-up for a shift. */
public enum SignUpStatus {
  /** Holds a place; the club has not decided yet. */
  PENDING,
  /** Holds a place; the club confirmed. */
  CONFIRMED,
  /** Waits for a place to become free (first come, first served). */
  WAITING,
  /** The club declined; no place held. */
  DECLINED,
  /** The volunteer cancelled; no place held. */
  CANCELLED,
  /** After the shift: the club confirmed attendance and hours. */
  ATTENDED,
  /** After the shift: the club recorded that the volunteer did not come. */
  ABSENT;

  /** States that hold one of the shift's places (counted in {@code shift.booked}). */
  public static final Set<SignUpStatus> HOLDING = EnumSet.of(PENDING, CONFIRMED, ATTENDED, ABSENT);

  /** States in which a sign-up is still "on" for the volunteer. */
  public static final Set<SignUpStatus> ACTIVE = EnumSet.of(PENDING, CONFIRMED, WAITING);

  public boolean holdsPlace() {
    return HOLDING.contains(this);
  }

  public String label(Locale locale) {
    return Messages.get(locale, "signUpStatus." + name());
  }
}

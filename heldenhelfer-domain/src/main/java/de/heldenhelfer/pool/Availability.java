package de.heldenhelfer.pool;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * When a volunteer is available: weekly slots (day of week × {@link DayPart}) plus one-off dates on
 * which the whole day is available. Immutable.
 *
 * <p>Compact text form for a database column ({@link #encode()} / {@link #parse(String)}):
 *
 * <pre>
 *   MO-MORNING,SA-AFTERNOON;2026-12-24,2026-12-31
 * </pre>
 *
 * The part before the semicolon lists the weekly slots as {@code DAY-PART}, separated by commas;
 * days are the English two-letter codes {@code MO TU WE TH FR SA SU} (the German codes {@code DI MI
 * DO SO} are accepted when parsing), parts are the {@link DayPart} names. The part after the
 * semicolon lists ISO dates. Either part may be empty; without dates the semicolon is left out, an
 * empty availability encodes as the empty string. {@link #encode()} writes slots ordered by day and
 * part and dates in ascending order, so equal availabilities encode equally. Parsing ignores
 * blanks, letter case and tokens it does not understand.
 */
public final class Availability {
  /** One weekly slot, e.g. Monday morning. */
  public record Slot(DayOfWeek day, DayPart part) {
    /** Validates the slot. */
    public Slot {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(part, "part");
    }
  }

  private static final Availability EMPTY = new Availability(new int[7], Set.of());
  private static final String[] DAY_CODES = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
  private static final String[] GERMAN_DAY_CODES = {"MO", "DI", "MI", "DO", "FR", "SA", "SO"};
  private static final DayPart[] PARTS = DayPart.values();
  private static final int MINUTES_PER_DAY = 24 * 60;

  /** Bit mask of available parts per day (index 0 = Monday, bit = DayPart ordinal). */
  private final int[] masks;

  private final Set<LocalDate> dates;

  private Availability(int[] masks, Set<LocalDate> dates) {
    this.masks = masks;
    this.dates = dates;
  }

  /** An availability from weekly slots and one-off dates (both may be empty, not null). */
  public static Availability of(Set<Slot> weekly, Set<LocalDate> dates) {
    int[] masks = new int[7];
    for (Slot slot : weekly) {
      masks[slot.day().ordinal()] |= 1 << slot.part().ordinal();
    }
    Set<LocalDate> copy = Collections.unmodifiableSet(new TreeSet<>(dates));
    return new Availability(masks, copy);
  }

  /** Nothing known. */
  public static Availability empty() {
    return EMPTY;
  }

  /**
   * Reads the text form described in the class comment; {@code null} or blank gives an empty
   * availability, unknown tokens are skipped.
   */
  public static Availability parse(String text) {
    if (text == null || text.isBlank()) {
      return EMPTY;
    }
    int semicolon = text.indexOf(';');
    String slotPart = semicolon < 0 ? text : text.substring(0, semicolon);
    String datePart = semicolon < 0 ? "" : text.substring(semicolon + 1);
    int[] masks = new int[7];
    for (String token : slotPart.split(",")) {
      String t = token.strip().toUpperCase(Locale.ROOT);
      int dash = t.indexOf('-');
      if (dash < 0) {
        continue;
      }
      int day = day(t.substring(0, dash).strip());
      DayPart part = part(t.substring(dash + 1).strip());
      if (day >= 0 && part != null) {
        masks[day] |= 1 << part.ordinal();
      }
    }
    Set<LocalDate> dates = new TreeSet<>();
    for (String token : datePart.split("[,;]")) {
      String t = token.strip();
      if (t.isEmpty()) {
        continue;
      }
      try {
        dates.add(LocalDate.parse(t));
      } catch (DateTimeException e) {
        // tolerated: unknown tokens are ignored
      }
    }
    return new Availability(masks, Collections.unmodifiableSet(dates));
  }

  private static int day(String code) {
    for (int i = 0; i < 7; i++) {
      if (DAY_CODES[i].equals(code) || GERMAN_DAY_CODES[i].equals(code)) {
        return i;
      }
    }
    return -1;
  }

  private static DayPart part(String name) {
    for (DayPart p : PARTS) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    return null;
  }

  /** The text form described in the class comment. */
  public String encode() {
    StringBuilder sb = new StringBuilder();
    for (int day = 0; day < 7; day++) {
      for (DayPart p : PARTS) {
        if ((masks[day] & (1 << p.ordinal())) != 0) {
          if (!sb.isEmpty()) {
            sb.append(',');
          }
          sb.append(DAY_CODES[day]).append('-').append(p.name());
        }
      }
    }
    if (!dates.isEmpty()) {
      sb.append(';');
      boolean first = true;
      for (LocalDate d : dates) {
        if (!first) {
          sb.append(',');
        }
        sb.append(d);
        first = false;
      }
    }
    return sb.toString();
  }

  /** True when neither weekly slots nor dates are known. */
  public boolean isEmpty() {
    if (!dates.isEmpty()) {
      return false;
    }
    for (int m : masks) {
      if (m != 0) {
        return false;
      }
    }
    return true;
  }

  /** The weekly slots, ordered by day and part. */
  public Set<Slot> weekly() {
    List<Slot> slots = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      for (DayPart p : PARTS) {
        if ((masks[day.ordinal()] & (1 << p.ordinal())) != 0) {
          slots.add(new Slot(day, p));
        }
      }
    }
    return Collections.unmodifiableSet(new java.util.LinkedHashSet<>(slots));
  }

  /** The one-off dates, ascending. */
  public Set<LocalDate> dates() {
    return dates;
  }

  /** The parts available on {@code day} every week. */
  public Set<DayPart> parts(DayOfWeek day) {
    EnumSet<DayPart> set = EnumSet.noneOf(DayPart.class);
    for (DayPart p : PARTS) {
      if ((masks[day.ordinal()] & (1 << p.ordinal())) != 0) {
        set.add(p);
      }
    }
    return set;
  }

  /**
   * Fraction (0 to 1) of the minutes of a shift on {@code date} from {@code start} to {@code end}
   * that fall into available time. A one-off date makes the whole day available (1.0). When {@code
   * end} is not after {@code start} the shift ends on the next day; only the minutes up to 24:00 on
   * {@code date} are counted (a shift from 22:00 to 02:00 covered in the evening counts as 1.0).
   */
  public double coverage(LocalDate date, LocalTime start, LocalTime end) {
    int s = start.getHour() * 60 + start.getMinute();
    int e = end.getHour() * 60 + end.getMinute();
    return coverage(date, date.getDayOfWeek(), s, e);
  }

  /** Fast variant for callers that precomputed the day of week and minutes after midnight. */
  double coverage(LocalDate date, DayOfWeek day, int startMinute, int endMinute) {
    if (!dates.isEmpty() && dates.contains(date)) {
      return 1.0;
    }
    int end = endMinute <= startMinute ? MINUTES_PER_DAY : endMinute;
    int total = end - startMinute;
    int mask = masks[day.ordinal()];
    if (mask == 0 || total <= 0) {
      return 0.0;
    }
    int covered = 0;
    for (DayPart p : PARTS) {
      if ((mask & (1 << p.ordinal())) != 0) {
        int from = Math.max(startMinute, p.startMinute());
        int to = Math.min(end, p.endMinute());
        if (to > from) {
          covered += to - from;
        }
      }
    }
    return (double) covered / total;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Availability other
        && java.util.Arrays.equals(masks, other.masks)
        && dates.equals(other.dates);
  }

  @Override
  public int hashCode() {
    return 31 * java.util.Arrays.hashCode(masks) + dates.hashCode();
  }

  @Override
  public String toString() {
    return "Availability[" + encode() + "]";
  }
}

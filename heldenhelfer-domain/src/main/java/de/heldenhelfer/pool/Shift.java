package de.heldenhelfer.pool;

import de.heldenhelfer.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * One shift of a need. {@code booked} counts the sign-ups holding a place; it is only changed by
 * {@link PoolService} while the row is locked ({@code SELECT … FOR UPDATE}), and the database
 * refuses {@code booked > capacity} as a last line of defence.
 */
@Entity
@EntityListeners(PoolChangeListener.class)
@Table(name = "shift")
public class Shift {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "need_id")
  private Need need;

  @Column(name = "club_id")
  private long clubId;

  private LocalDate day;

  @Column(name = "start_time")
  private LocalTime startTime;

  @Column(name = "end_time")
  private LocalTime endTime;

  private int capacity;
  private int booked;
  private String tasks;

  @Column(name = "reminded_at")
  private LocalDateTime remindedAt;

  protected Shift() {}

  Shift(Need need, ShiftDraft d) {
    this.need = need;
    this.clubId = need.clubId();
    change(d);
  }

  /** Changes times, capacity and tasks; capacity may not drop below the places already taken. */
  public void change(ShiftDraft d) {
    if (d.day() == null) {
      throw new RuleViolationException("day", "shift.dayRequired");
    }
    if (d.start() == null || d.end() == null) {
      throw new RuleViolationException("start", "shift.timesRequired");
    }
    if (d.start().equals(d.end())) {
      throw new RuleViolationException("end", "shift.endEqualsStart");
    }
    if (d.capacity() < 1 || d.capacity() > 500) {
      throw new RuleViolationException("capacity", "shift.capacityRange");
    }
    if (d.capacity() < booked) {
      throw new RuleViolationException("capacity", "shift.capacityBelowBooked", booked);
    }
    if (d.tasks() != null && d.tasks().length() > 500) {
      throw new RuleViolationException("tasks", "shift.tasksTooLong");
    }
    this.day = d.day();
    this.startTime = d.start();
    this.endTime = d.end();
    this.capacity = d.capacity();
    this.tasks = d.tasks() == null || d.tasks().isBlank() ? null : d.tasks().strip();
  }

  /** Takes one place; the caller holds the row lock. */
  void take() {
    if (booked >= capacity) {
      throw new IllegalStateException("shift " + id + " is full");
    }
    booked++;
  }

  /** Frees one place; the caller holds the row lock. */
  void release() {
    if (booked > 0) {
      booked--;
    }
  }

  void markReminded(LocalDateTime at) {
    this.remindedAt = at;
  }

  public Long id() {
    return id;
  }

  public Need need() {
    return need;
  }

  public long clubId() {
    return clubId;
  }

  public LocalDate day() {
    return day;
  }

  public LocalTime startTime() {
    return startTime;
  }

  public LocalTime endTime() {
    return endTime;
  }

  public LocalDateTime startsAt() {
    return day.atTime(startTime);
  }

  /** The end; a shift whose end is not after its start ends the next day. */
  public LocalDateTime endsAt() {
    return endTime.isAfter(startTime) ? day.atTime(endTime) : day.plusDays(1).atTime(endTime);
  }

  /** The shift's length in hours (the default hours a volunteer gets credited). */
  public double hours() {
    return Duration.between(startsAt(), endsAt()).toMinutes() / 60.0;
  }

  public int capacity() {
    return capacity;
  }

  public int booked() {
    return booked;
  }

  public int freePlaces() {
    return Math.max(0, capacity - booked);
  }

  public boolean isFull() {
    return booked >= capacity;
  }

  public String tasks() {
    return tasks;
  }

  public LocalDateTime remindedAt() {
    return remindedAt;
  }

  /** Whether this shift and [start, end) overlap. */
  public boolean overlaps(LocalDateTime start, LocalDateTime end) {
    return startsAt().isBefore(end) && start.isBefore(endsAt());
  }
}

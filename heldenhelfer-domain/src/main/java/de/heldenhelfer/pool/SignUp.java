package de.heldenhelfer.pool;

import de.heldenhelfer.people.Person;
import de.heldenhelfer.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A volunteer's sign-up for a shift, from the request through the club's decision to the hours
 * confirmed after the shift. The transitions that change the shift's booked places are made by
 * {@link PoolService} under the shift's row lock.
 */
@Entity
@Table(name = "sign_up")
public class SignUp {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "shift_id")
  private Shift shift;

  @Column(name = "need_id")
  private long needId;

  @Column(name = "club_id")
  private long clubId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id")
  private Person person;

  @Enumerated(EnumType.STRING)
  private SignUpStatus status;

  @Column(name = "proposal_id")
  private Long proposalId;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "cancelled_at")
  private LocalDateTime cancelledAt;

  private BigDecimal hours;

  @Column(name = "hours_confirmed_at")
  private LocalDateTime hoursConfirmedAt;

  @Column(name = "hours_confirmed_by")
  private String hoursConfirmedBy;

  protected SignUp() {}

  SignUp(Shift shift, Person person, SignUpStatus status, Long proposalId, LocalDateTime now) {
    this.shift = shift;
    this.needId = shift.need().id();
    this.clubId = shift.clubId();
    this.person = person;
    this.status = status;
    this.proposalId = proposalId;
    this.createdAt = now.truncatedTo(ChronoUnit.MILLIS);
  }

  /** A cancelled or declined sign-up is taken up again (the unique key allows one row). */
  void renew(SignUpStatus status, Long proposalId, LocalDateTime now) {
    this.status = status;
    this.proposalId = proposalId;
    this.createdAt = now.truncatedTo(ChronoUnit.MILLIS);
    this.decidedAt = null;
    this.decidedBy = null;
    this.cancelledAt = null;
  }

  void moveUp() {
    this.status = SignUpStatus.PENDING;
  }

  void confirm(String by, LocalDateTime now) {
    if (status != SignUpStatus.PENDING) {
      throw new RuleViolationException("status", "signUp.notPending");
    }
    this.status = SignUpStatus.CONFIRMED;
    this.decidedAt = now;
    this.decidedBy = by;
  }

  void decline(String by, LocalDateTime now) {
    if (status != SignUpStatus.PENDING && status != SignUpStatus.CONFIRMED) {
      throw new RuleViolationException("status", "signUp.notDeclinable");
    }
    this.status = SignUpStatus.DECLINED;
    this.decidedAt = now;
    this.decidedBy = by;
  }

  void cancel(LocalDateTime now) {
    this.status = SignUpStatus.CANCELLED;
    this.cancelledAt = now;
  }

  /** Records attendance after the shift: hours > 0 means attended, 0 means absent. */
  void recordHours(double hours, String by, LocalDateTime now) {
    if (hours < 0 || hours > 24) {
      throw new RuleViolationException("hours", "signUp.hoursRange");
    }
    this.hours = BigDecimal.valueOf(hours).setScale(2, RoundingMode.HALF_UP);
    this.status = hours > 0 ? SignUpStatus.ATTENDED : SignUpStatus.ABSENT;
    this.hoursConfirmedAt = now;
    this.hoursConfirmedBy = by;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public Shift shift() {
    return shift;
  }

  public long needId() {
    return needId;
  }

  public long clubId() {
    return clubId;
  }

  public Person person() {
    return person;
  }

  public SignUpStatus status() {
    return status;
  }

  public Long proposalId() {
    return proposalId;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public LocalDateTime decidedAt() {
    return decidedAt;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Double hours() {
    return hours == null ? null : hours.doubleValue();
  }

  public LocalDateTime hoursConfirmedAt() {
    return hoursConfirmedAt;
  }

  public String hoursConfirmedBy() {
    return hoursConfirmedBy;
  }
}

package de.heldenhelfer.pool;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A qualification a volunteer records on their profile, with its expiry (null: no expiry). */
@Entity
@Table(name = "volunteer_qualification")
public class VolunteerQualification {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "person_id")
  private long personId;

  @Enumerated(EnumType.STRING)
  private PoolQualification kind;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  protected VolunteerQualification() {}

  public VolunteerQualification(long personId, PoolQualification kind, LocalDate validUntil) {
    this.personId = personId;
    this.kind = kind;
    this.validUntil = validUntil;
  }

  public Long id() {
    return id;
  }

  public long personId() {
    return personId;
  }

  public PoolQualification kind() {
    return kind;
  }

  public LocalDate validUntil() {
    return validUntil;
  }

  public void extend(LocalDate validUntil) {
    this.validUntil = validUntil;
  }

  /** Whether the qualification is still valid on {@code day}. */
  public boolean validOn(LocalDate day) {
    return validUntil == null || !validUntil.isBefore(day);
  }
}

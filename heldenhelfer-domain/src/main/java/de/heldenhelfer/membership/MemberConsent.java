package de.heldenhelfer.membership;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A member's answer to one kind of consent: granted or refused on a date, and withdrawn on a later
 * date. One row per member and kind; earlier states remain in the change history. Club-private.
 */
@Entity
@Table(name = "member_consent")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "club_id", contextProperty = "eclipselink.tenant-id")
public class MemberConsent {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "member_id")
  private Member member;

  @Enumerated(EnumType.STRING)
  private ConsentKind kind;

  private boolean granted;

  @Column(name = "consent_date")
  private LocalDate consentDate;

  @Column(name = "withdrawn_on")
  private LocalDate withdrawnOn;

  @Column(name = "recorded_at")
  private LocalDateTime recordedAt;

  protected MemberConsent() {}

  MemberConsent(Member member, ConsentKind kind) {
    this.member = member;
    this.kind = kind;
  }

  public Long id() {
    return id;
  }

  public Member member() {
    return member;
  }

  public ConsentKind kind() {
    return kind;
  }

  /** The answer as given on {@link #consentDate()}: true = consented, false = refused. */
  public boolean granted() {
    return granted;
  }

  public LocalDate consentDate() {
    return consentDate;
  }

  public LocalDate withdrawnOn() {
    return withdrawnOn;
  }

  public LocalDateTime recordedAt() {
    return recordedAt;
  }

  /** The consent is in force: granted and not withdrawn. */
  public boolean isGiven() {
    return granted && withdrawnOn == null;
  }

  /**
   * Records the member's answer of {@code date}: granting (again) sets a new consent date; refusing
   * a consent in force withdraws it on {@code date}, otherwise records the refusal.
   */
  void answer(boolean grant, LocalDate date, LocalDate today, LocalDateTime now) {
    if (date == null) {
      throw new RuleViolationException("consentDate", "consent.date.required");
    }
    Checks.notFuture("consentDate", date, today, "consent.date.future");
    if (grant) {
      granted = true;
      consentDate = date;
      withdrawnOn = null;
    } else if (isGiven()) {
      if (date.isBefore(consentDate)) {
        throw new RuleViolationException(
            "consentDate", "consent.withdrawn.beforeGranted", consentDate);
      }
      withdrawnOn = date;
    } else {
      granted = false;
      consentDate = date;
      withdrawnOn = null;
    }
    recordedAt = now;
  }

  /** For the change history. */
  String describe() {
    if (consentDate == null) {
      return null;
    }
    return (isGiven()
            ? "granted "
            : granted ? "withdrawn " + withdrawnOn + ", granted " : "refused ")
        + consentDate;
  }
}

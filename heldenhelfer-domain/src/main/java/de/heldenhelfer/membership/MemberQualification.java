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
import java.util.Locale;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A qualification of a member (licence, first aid course) with issue and expiry. Club-private. */
@Entity
@Table(name = "member_qualification")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "club_id", contextProperty = "eclipselink.tenant-id")
public class MemberQualification {
  static final int MAX_NAME = 150;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "member_id")
  private Member member;

  @Enumerated(EnumType.STRING)
  private QualificationKind kind;

  private String name;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  protected MemberQualification() {}

  MemberQualification(
      Member member,
      QualificationKind kind,
      String name,
      LocalDate issuedOn,
      LocalDate expiresOn,
      LocalDate today) {
    if (kind == null) {
      throw new RuleViolationException("kind", "qualification.kind.required");
    }
    String n = Checks.text("name", name, MAX_NAME);
    if (kind == QualificationKind.OTHER && n == null) {
      throw new RuleViolationException("name", "qualification.name.required");
    }
    Checks.notFuture("issuedOn", issuedOn, today, "qualification.issued.future");
    if (issuedOn != null && expiresOn != null && expiresOn.isBefore(issuedOn)) {
      throw new RuleViolationException("expiresOn", "qualification.expiry.beforeIssue", issuedOn);
    }
    this.member = member;
    this.kind = kind;
    this.name = n;
    this.issuedOn = issuedOn;
    this.expiresOn = expiresOn;
  }

  public Long id() {
    return id;
  }

  public Member member() {
    return member;
  }

  public QualificationKind kind() {
    return kind;
  }

  /** The specific name ("Trainer C Breitensport Fußball"), or null to show the kind. */
  public String name() {
    return name;
  }

  /** The name, or the label of the kind when no name was given. */
  public String displayName(Locale locale) {
    return name != null ? name : kind.label(locale);
  }

  public LocalDate issuedOn() {
    return issuedOn;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  /** Expired before {@code today}. */
  public boolean isExpiredOn(LocalDate today) {
    return expiresOn != null && expiresOn.isBefore(today);
  }

  /** Not expired on {@code today} but expiring within {@code days} days. */
  public boolean expiresWithin(int days, LocalDate today) {
    return expiresOn != null && !isExpiredOn(today) && !expiresOn.isAfter(today.plusDays(days));
  }

  /** For the change history. */
  String describe() {
    return kind.name()
        + (name == null ? "" : " " + name)
        + " "
        + (issuedOn == null ? "" : issuedOn)
        + " – "
        + (expiresOn == null ? "" : expiresOn);
  }
}

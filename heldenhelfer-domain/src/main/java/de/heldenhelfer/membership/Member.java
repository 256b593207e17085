package de.heldenhelfer.membership;

import de.heldenhelfer.club.Address;
import de.heldenhelfer.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.Period;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A member of a club: club-private personal data, filtered by the tenant discriminator {@code
 * club_id}. The membership keeps its own rules (an exit date is never before the entry date); the
 * version field makes concurrent edits fail instead of overwriting each other.
 */
@Entity
@Table(name = "member")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "club_id", contextProperty = "eclipselink.tenant-id")
public class Member {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "club_id", insertable = false, updatable = false)
  private Long clubId;

  @Column(name = "member_number")
  private String memberNumber;

  private String salutation;

  @Column(name = "first_name")
  private String firstName;

  @Column(name = "last_name")
  private String lastName;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  private Gender gender;

  @Embedded private Address address;

  @Column(name = "municipality_ags")
  private String municipalityAgs;

  private String phone;
  private String email;

  @Enumerated(EnumType.STRING)
  private MemberStatus status;

  @Column(name = "entry_date")
  private LocalDate entryDate;

  @Column(name = "exit_date")
  private LocalDate exitDate;

  @Column(name = "person_id")
  private Long personId;

  protected Member() {}

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public Long clubId() {
    return clubId;
  }

  public String memberNumber() {
    return memberNumber;
  }

  public String salutation() {
    return salutation;
  }

  public String firstName() {
    return firstName;
  }

  public String lastName() {
    return lastName;
  }

  public String fullName() {
    return firstName + " " + lastName;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public Gender gender() {
    return gender;
  }

  public Address address() {
    return address;
  }

  public String municipalityAgs() {
    return municipalityAgs;
  }

  public String phone() {
    return phone;
  }

  public String email() {
    return email;
  }

  public MemberStatus status() {
    return status;
  }

  public LocalDate entryDate() {
    return entryDate;
  }

  public LocalDate exitDate() {
    return exitDate;
  }

  public Long personId() {
    return personId;
  }

  /** Completed years of age on {@code date}, or null without birth date. */
  public Integer ageOn(LocalDate date) {
    return birthDate == null ? null : Period.between(birthDate, date).getYears();
  }

  /** Changes phone and e-mail. */
  public void changeContact(String phone, String email) {
    String mail = email == null ? null : email.strip();
    if (mail != null && !mail.isEmpty() && !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new RuleViolationException("email", "member.email.invalid");
    }
    this.phone = phone == null || phone.isBlank() ? null : phone.strip();
    this.email = mail == null || mail.isEmpty() ? null : mail;
  }

  /** Ends the membership on {@code date}; refuses a date before the entry. */
  public void leave(LocalDate date) {
    if (date == null) {
      throw new RuleViolationException("exitDate", "member.exitDate.required");
    }
    if (date.isBefore(entryDate)) {
      throw new RuleViolationException("exitDate", "member.exitDate.beforeEntry", entryDate);
    }
    this.exitDate = date;
    this.status = MemberStatus.LEFT;
  }
}

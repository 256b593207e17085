package de.heldenhelfer.club;

import de.heldenhelfer.shared.EmailAddresses;
import de.heldenhelfer.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A club (Verein): the tenant. Its profile is partly public (name, municipality, description once
 * verified) and partly internal (register number, exemption notice). Club-private data lives in
 * other entities that carry the club id as tenant discriminator.
 */
@Entity
@Table(name = "club")
public class Club {
  /** The retention period a new club starts with. */
  public static final int DEFAULT_RETENTION_YEARS = 3;

  /** The longest retention period a club may set. */
  public static final int MAX_RETENTION_YEARS = 30;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  private String name;
  private String slug;

  @Enumerated(EnumType.STRING)
  private ClubKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_form")
  private LegalForm legalForm;

  @Column(name = "register_number")
  private String registerNumber;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "municipality_ags")
  private Municipality municipality;

  @Embedded private Address address;

  private String email;
  private String phone;
  private String website;
  private String purpose;

  @Column(name = "public_description")
  private String publicDescription;

  @Column(name = "exemption_notice_date")
  private LocalDate exemptionNoticeDate;

  @Column(name = "founded_year")
  private Integer foundedYear;

  private boolean verified;

  /** Years after the exit date after which a former member's data is anonymised (Art. 17). */
  @Column(name = "retention_years")
  private int retentionYears = DEFAULT_RETENTION_YEARS;

  /** How often the statutes want a general meeting, in months. */
  @Column(name = "meeting_interval_months")
  private int meetingIntervalMonths = 12;

  /** The invitation period of the statutes, in days. */
  @Column(name = "invitation_period_days")
  private int invitationPeriodDays = 14;

  @Column(name = "last_general_meeting")
  private LocalDate lastGeneralMeeting;

  @Column(name = "next_general_meeting")
  private LocalDate nextGeneralMeeting;

  /** Days before a task's due date the responsible person is reminded (club default). */
  @Column(name = "reminder_days")
  private int reminderDays = 14;

  @Column(name = "tax_office")
  private String taxOffice;

  @Column(name = "tax_number")
  private String taxNumber;

  /** Set by the application in Europe/Berlin, like every other timestamp (ADR 0008). */
  @Column(name = "created_at", updatable = false)
  private LocalDateTime createdAt;

  @PrePersist
  void stampCreation() {
    if (createdAt == null) {
      createdAt = LocalDateTime.now(java.time.ZoneId.of("Europe/Berlin"));
    }
  }

  protected Club() {}

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String name() {
    return name;
  }

  public String slug() {
    return slug;
  }

  public ClubKind kind() {
    return kind;
  }

  public LegalForm legalForm() {
    return legalForm;
  }

  public String registerNumber() {
    return registerNumber;
  }

  public Municipality municipality() {
    return municipality;
  }

  public Address address() {
    return address;
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }

  public String website() {
    return website;
  }

  public String purpose() {
    return purpose;
  }

  public String publicDescription() {
    return publicDescription;
  }

  public LocalDate exemptionNoticeDate() {
    return exemptionNoticeDate;
  }

  public Integer foundedYear() {
    return foundedYear;
  }

  public boolean isVerified() {
    return verified;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  /** Years after the exit date after which a former member's data is anonymised. */
  public int retentionYears() {
    return retentionYears;
  }

  /** Sets how many years after the exit a former member's data is kept (0 to 30). */
  public void changeRetentionYears(int years) {
    if (years < 0 || years > MAX_RETENTION_YEARS) {
      throw new RuleViolationException(
          "retentionYears", "club.retentionYears.invalid", MAX_RETENTION_YEARS);
    }
    this.retentionYears = years;
  }

  /**
   * Donation receipts (Zuwendungsbestätigungen) may only be issued while the exemption notice is at
   * most five years old.
   */
  public boolean mayIssueDonationReceipts(LocalDate today) {
    return exemptionNoticeDate != null && !exemptionNoticeDate.plusYears(5).isBefore(today);
  }

  /** Changes the contact and description a board maintains itself. */
  public void changeProfile(
      String email, String phone, String website, String purpose, String publicDescription) {
    if (email != null && !email.isBlank() && !EmailAddresses.isValid(email)) {
      throw new RuleViolationException("email", "club.email.invalid");
    }
    this.email = blankToNull(email);
    this.phone = blankToNull(phone);
    this.website = blankToNull(website);
    this.purpose = blankToNull(purpose);
    this.publicDescription = blankToNull(publicDescription);
  }

  /**
   * Changes what the statutes and the tax office say, which the deadline rules read: meeting
   * interval and invitation period, the last and the next general meeting, the reminder lead, tax
   * office, tax number and the date of the exemption notice.
   */
  public void changePaperwork(PaperworkSettings s, LocalDate today) {
    if (s.meetingIntervalMonths() < 1 || s.meetingIntervalMonths() > 60) {
      throw new RuleViolationException("meetingIntervalMonths", "club.meetingInterval.invalid");
    }
    if (s.invitationPeriodDays() < 1 || s.invitationPeriodDays() > 90) {
      throw new RuleViolationException("invitationPeriodDays", "club.invitationPeriod.invalid");
    }
    if (s.reminderDays() < 0 || s.reminderDays() > 90) {
      throw new RuleViolationException("reminderDays", "club.reminderDays.invalid");
    }
    if (s.lastGeneralMeeting() != null && s.lastGeneralMeeting().isAfter(today)) {
      throw new RuleViolationException("lastGeneralMeeting", "club.lastMeeting.future");
    }
    if (s.nextGeneralMeeting() != null
        && s.lastGeneralMeeting() != null
        && !s.nextGeneralMeeting().isAfter(s.lastGeneralMeeting())) {
      throw new RuleViolationException("nextGeneralMeeting", "club.nextMeeting.beforeLast");
    }
    if (s.exemptionNoticeDate() != null && s.exemptionNoticeDate().isAfter(today)) {
      throw new RuleViolationException("exemptionNoticeDate", "club.exemptionNotice.future");
    }
    if (s.taxOffice() != null && s.taxOffice().strip().length() > 100) {
      throw new RuleViolationException("taxOffice", "club.taxOffice.tooLong");
    }
    if (s.taxNumber() != null && s.taxNumber().strip().length() > 40) {
      throw new RuleViolationException("taxNumber", "club.taxNumber.tooLong");
    }
    this.meetingIntervalMonths = s.meetingIntervalMonths();
    this.invitationPeriodDays = s.invitationPeriodDays();
    this.lastGeneralMeeting = s.lastGeneralMeeting();
    this.nextGeneralMeeting = s.nextGeneralMeeting();
    this.reminderDays = s.reminderDays();
    this.taxOffice = blankToNull(s.taxOffice());
    this.taxNumber = blankToNull(s.taxNumber());
    this.exemptionNoticeDate = s.exemptionNoticeDate();
  }

  /** Plans the next general meeting on {@code date}, which must lie after today. */
  public void planGeneralMeeting(LocalDate date, LocalDate today) {
    if (date == null) {
      throw new RuleViolationException("nextGeneralMeeting", "club.nextMeeting.required");
    }
    if (!date.isAfter(today)) {
      throw new RuleViolationException("nextGeneralMeeting", "club.nextMeeting.past");
    }
    this.nextGeneralMeeting = date;
  }

  /** The paperwork settings as they are. */
  public PaperworkSettings paperwork() {
    return new PaperworkSettings(
        meetingIntervalMonths,
        invitationPeriodDays,
        lastGeneralMeeting,
        nextGeneralMeeting,
        reminderDays,
        taxOffice,
        taxNumber,
        exemptionNoticeDate);
  }

  /** The service desk has checked the Vereinsregister entry. */
  public void verify() {
    this.verified = true;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

package de.heldenhelfer.membership;

import de.heldenhelfer.club.Address;
import de.heldenhelfer.club.Club;
import de.heldenhelfer.club.Department;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A member of a club: club-private personal data, filtered by the tenant discriminator {@code
 * club_id}. The membership keeps its own rules (names required, an exit date is never before the
 * entry date, minors need a guardian contact, a member with an open function cannot be deleted);
 * the version field makes concurrent edits fail instead of overwriting each other.
 *
 * <p>Changing methods return the changed values as {@link FieldChange}s so that the service can
 * record them in the history. Methods that depend on the date take {@code today} so that the rules
 * can be tested without a clock.
 *
 * <p>For people working with minors only the three facts § 72a (5) SGB VIII allows are stored
 * (inspected, date of the certificate, excluded), never the document; they are deleted at the
 * latest {@value #RECORD_CHECK_DELETION_MONTHS} months after the youth work ended.
 */
@Entity
@Table(name = "member")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "club_id", contextProperty = "eclipselink.tenant-id")
public class Member {
  public static final int MAX_NUMBER = 20;
  public static final int MAX_SALUTATION = 20;
  public static final int MAX_NAME = 100;
  public static final int MAX_STREET = 200;
  public static final int MAX_POSTAL_CODE = 10;
  public static final int MAX_CITY = 100;
  public static final int MAX_PHONE = 50;
  public static final int MAX_EMAIL = 200;
  public static final int MAX_FEE_CATEGORY = 50;
  public static final int MAX_GUARDIAN_NAME = 200;

  /** Members younger than this need a guardian contact. */
  public static final int ADULT_AGE = 18;

  /** Clubs ask for a new Führungszeugnis this many years after the date of the last one. */
  public static final int RECORD_CHECK_RENEWAL_YEARS = 5;

  /** § 72a (5) SGB VIII: the facts are deleted at the latest this many months after the work. */
  public static final int RECORD_CHECK_DELETION_MONTHS = 3;

  /** The last name an anonymised member keeps. */
  public static final String ANONYMISED_NAME = "Anonymisiert";

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

  /** MONTH * 100 + DAY of the birth date, computed by the database (birthday lists). */
  @Column(name = "birth_md", insertable = false, updatable = false)
  private Integer birthMonthDay;

  @Enumerated(EnumType.STRING)
  private Gender gender;

  @Embedded private Address address;

  @Column(name = "municipality_ags")
  private String municipalityAgs;

  private String phone;
  private String email;

  @Enumerated(EnumType.STRING)
  private MemberStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "membership_type")
  private MembershipType membershipType;

  @Column(name = "fee_category")
  private String feeCategory;

  @Column(name = "entry_date")
  private LocalDate entryDate;

  @Column(name = "exit_date")
  private LocalDate exitDate;

  @Column(name = "person_id")
  private Long personId;

  @Column(name = "guardian_name")
  private String guardianName;

  @Column(name = "guardian_phone")
  private String guardianPhone;

  @Column(name = "guardian_email")
  private String guardianEmail;

  @Column(name = "record_check_inspected")
  private boolean recordCheckInspected;

  @Column(name = "record_check_certificate_date")
  private LocalDate recordCheckCertificateDate;

  @Column(name = "record_check_excluded")
  private boolean recordCheckExcluded;

  @Column(name = "youth_work_end")
  private LocalDate youthWorkEnd;

  @Column(name = "anonymise_after")
  private LocalDate anonymiseAfter;

  @Column(name = "anonymised_on")
  private LocalDate anonymisedOn;

  /** Set by the application in Europe/Berlin, like every other timestamp (ADR 0008). */
  @Column(name = "created_at", updatable = false)
  private LocalDateTime createdAt;

  @PrePersist
  void stampCreation() {
    if (createdAt == null) {
      createdAt = LocalDateTime.now(MemberService.ZONE);
    }
  }

  @OneToMany(mappedBy = "member", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("entryDate")
  private List<MemberDepartment> departments = new ArrayList<>();

  @OneToMany(mappedBy = "member", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("termStart DESC")
  private List<MemberFunction> functions = new ArrayList<>();

  @OneToMany(mappedBy = "member", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("kind")
  private List<MemberConsent> consents = new ArrayList<>();

  @OneToMany(mappedBy = "member", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("expiresOn")
  private List<MemberQualification> qualifications = new ArrayList<>();

  /** Links in which this member is the child or family member. */
  @OneToMany(mappedBy = "member", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<FamilyLink> familyLinks = new ArrayList<>();

  protected Member() {}

  /**
   * A new member from {@code draft}, checked against all rules. A member number must be in the
   * draft (the service assigns one when it is blank).
   *
   * @param retentionYears the club's retention period, for an exit date in the draft
   */
  public static Member create(MemberDraft draft, LocalDate today, int retentionYears) {
    Member m = new Member();
    m.apply(draft, today, retentionYears);
    return m;
  }

  // ------------------------------------------------------------------ reading

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
    return firstName == null || firstName.isEmpty() ? lastName : firstName + " " + lastName;
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

  public MembershipType membershipType() {
    return membershipType;
  }

  public String feeCategory() {
    return feeCategory;
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

  public String guardianName() {
    return guardianName;
  }

  public String guardianPhone() {
    return guardianPhone;
  }

  public String guardianEmail() {
    return guardianEmail;
  }

  /** § 72a (5) SGB VIII: somebody inspected the person's Führungszeugnis. */
  public boolean recordCheckInspected() {
    return recordCheckInspected;
  }

  /** The date of the inspected Führungszeugnis (not of the inspection), or null. */
  public LocalDate recordCheckCertificateDate() {
    return recordCheckCertificateDate;
  }

  /** The certificate shows a conviction that excludes the person from work with minors. */
  public boolean recordCheckExcluded() {
    return recordCheckExcluded;
  }

  /** The day the person's work with minors ended, or null while it goes on. */
  public LocalDate youthWorkEnd() {
    return youthWorkEnd;
  }

  /** When the Führungszeugnis facts must be deleted at the latest, or null. */
  public LocalDate recordCheckDeleteBy() {
    return youthWorkEnd == null ? null : youthWorkEnd.plusMonths(RECORD_CHECK_DELETION_MONTHS);
  }

  /** When a new Führungszeugnis is due ({@value #RECORD_CHECK_RENEWAL_YEARS} years), or null. */
  public LocalDate recordCheckDueOn() {
    return recordCheckCertificateDate == null
        ? null
        : recordCheckCertificateDate.plusYears(RECORD_CHECK_RENEWAL_YEARS);
  }

  /** The day from which the former member's data is anonymised (Art. 17 DSGVO), or null. */
  public LocalDate anonymiseAfter() {
    return anonymiseAfter;
  }

  /** The day the data was anonymised, or null. */
  public LocalDate anonymisedOn() {
    return anonymisedOn;
  }

  public boolean isAnonymised() {
    return anonymisedOn != null;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  /** Completed years of age on {@code date}, or null without birth date. */
  public Integer ageOn(LocalDate date) {
    return birthDate == null ? null : Period.between(birthDate, date).getYears();
  }

  /** Younger than {@value #ADULT_AGE} on {@code date}; false without birth date. */
  public boolean isMinorOn(LocalDate date) {
    Integer age = ageOn(date);
    return age != null && age < ADULT_AGE;
  }

  public List<MemberDepartment> departments() {
    return Collections.unmodifiableList(departments);
  }

  public List<MemberFunction> functions() {
    return Collections.unmodifiableList(functions);
  }

  public List<MemberConsent> consents() {
    return Collections.unmodifiableList(consents);
  }

  public Optional<MemberConsent> consent(ConsentKind kind) {
    return consents.stream().filter(c -> c.kind() == kind).findFirst();
  }

  /** Whether the member's consent of {@code kind} is in force. */
  public boolean hasConsent(ConsentKind kind) {
    return consent(kind).map(MemberConsent::isGiven).orElse(false);
  }

  public List<MemberQualification> qualifications() {
    return Collections.unmodifiableList(qualifications);
  }

  /** Links in which this member is the child or family member (parents, guardians, main member). */
  public List<FamilyLink> familyLinks() {
    return Collections.unmodifiableList(familyLinks);
  }

  /** Whether a linked member is registered as parent or guardian. */
  public boolean hasLinkedGuardian() {
    return familyLinks.stream().anyMatch(l -> l.relation().isGuardian());
  }

  /** The guardian contact is complete: a name and a phone number or an e-mail address. */
  public boolean hasGuardianContact() {
    return guardianContactComplete(guardianName, guardianPhone, guardianEmail);
  }

  /** Functions open on {@code today}. */
  public List<MemberFunction> openFunctions(LocalDate today) {
    return functions.stream().filter(f -> f.isOpenOn(today)).toList();
  }

  // ------------------------------------------------------------------ changing the data

  /**
   * Replaces the member's data with {@code draft} after checking all rules; returns what changed.
   * Nothing changes if a rule refuses.
   */
  public List<FieldChange> change(MemberDraft draft, LocalDate today, int retentionYears) {
    requireNotAnonymised();
    return apply(draft, today, retentionYears);
  }

  private List<FieldChange> apply(MemberDraft d, LocalDate today, int retentionYears) {
    String number =
        Checks.required(
            "memberNumber",
            Checks.text("memberNumber", d.getMemberNumber(), MAX_NUMBER),
            "member.memberNumber.required");
    String sal = Checks.text("salutation", d.getSalutation(), MAX_SALUTATION);
    String first =
        Checks.text(
            "firstName",
            Checks.required("firstName", d.getFirstName(), "member.firstName.required"),
            MAX_NAME);
    String last =
        Checks.text(
            "lastName",
            Checks.required("lastName", d.getLastName(), "member.lastName.required"),
            MAX_NAME);
    LocalDate birth = d.getBirthDate();
    Checks.notFuture("birthDate", birth, today, "member.birthDate.future");
    LocalDate entry = d.getEntryDate();
    if (entry == null) {
      throw new RuleViolationException("entryDate", "member.entryDate.required");
    }
    if (birth != null && entry.isBefore(birth)) {
      throw new RuleViolationException("entryDate", "member.entryDate.beforeBirth", birth);
    }
    LocalDate exit = d.getExitDate();
    if (exit != null && exit.isBefore(entry)) {
      throw new RuleViolationException("exitDate", "member.exitDate.beforeEntry", entry);
    }
    MemberStatus st = d.getStatus() != null ? d.getStatus() : MemberStatus.ACTIVE;
    if (st == MemberStatus.LEFT && exit == null) {
      throw new RuleViolationException("exitDate", "member.exitDate.required");
    }
    if (exit != null && !exit.isAfter(today)) {
      st = MemberStatus.LEFT;
    } else if (st == MemberStatus.LEFT) {
      // the exit lies ahead: the member stays active until then
      st = status != null && status != MemberStatus.LEFT ? status : MemberStatus.ACTIVE;
    }
    String str = Checks.text("street", d.getStreet(), MAX_STREET);
    String zip = Checks.text("postalCode", d.getPostalCode(), MAX_POSTAL_CODE);
    String cty = Checks.text("city", d.getCity(), MAX_CITY);
    String ags = Checks.clean(d.getMunicipalityAgs());
    if (ags != null && !ags.matches("\\d{8}")) {
      throw new RuleViolationException("municipalityAgs", "member.municipality.invalid");
    }
    String tel = Checks.text("phone", d.getPhone(), MAX_PHONE);
    String mail = Checks.email("email", d.getEmail(), "member.email.invalid");
    String fee = Checks.text("feeCategory", d.getFeeCategory(), MAX_FEE_CATEGORY);
    String gName = Checks.text("guardianName", d.getGuardianName(), MAX_GUARDIAN_NAME);
    String gPhone = Checks.text("guardianPhone", d.getGuardianPhone(), MAX_PHONE);
    String gMail =
        Checks.email("guardianEmail", d.getGuardianEmail(), "member.guardianEmail.invalid");
    Integer age = birth == null ? null : Period.between(birth, today).getYears();
    if (st != MemberStatus.LEFT
        && age != null
        && age < ADULT_AGE
        && !guardianContactComplete(gName, gPhone, gMail)
        && !hasLinkedGuardian()) {
      throw new RuleViolationException("guardianName", "member.guardian.required");
    }
    Gender g = d.getGender() != null ? d.getGender() : gender != null ? gender : Gender.X;
    MembershipType type =
        d.getMembershipType() != null
            ? d.getMembershipType()
            : membershipType != null ? membershipType : MembershipType.defaultFor(age);
    LocalDate anonymise = exit == null ? null : exit.plusYears(retentionYears);

    List<FieldChange> changes = new ArrayList<>();
    add(changes, "memberNumber", memberNumber, number);
    add(changes, "salutation", salutation, sal);
    add(changes, "firstName", firstName, first);
    add(changes, "lastName", lastName, last);
    add(changes, "birthDate", birthDate, birth);
    add(changes, "gender", gender, g);
    add(changes, "street", address == null ? null : address.street(), str);
    add(changes, "postalCode", address == null ? null : address.postalCode(), zip);
    add(changes, "city", address == null ? null : address.city(), cty);
    add(changes, "municipalityAgs", municipalityAgs, ags);
    add(changes, "phone", phone, tel);
    add(changes, "email", email, mail);
    add(changes, "status", status, st);
    add(changes, "membershipType", membershipType, type);
    add(changes, "feeCategory", feeCategory, fee);
    add(changes, "entryDate", entryDate, entry);
    add(changes, "exitDate", exitDate, exit);
    add(changes, "guardianName", guardianName, gName);
    add(changes, "guardianPhone", guardianPhone, gPhone);
    add(changes, "guardianEmail", guardianEmail, gMail);

    memberNumber = number;
    salutation = sal;
    firstName = first;
    lastName = last;
    birthDate = birth;
    gender = g;
    address = str == null && zip == null && cty == null ? null : new Address(str, zip, cty);
    municipalityAgs = ags;
    phone = tel;
    email = mail;
    status = st;
    membershipType = type;
    feeCategory = fee;
    entryDate = entry;
    exitDate = exit;
    anonymiseAfter = anonymise;
    guardianName = gName;
    guardianPhone = gPhone;
    guardianEmail = gMail;
    return changes;
  }

  private static boolean guardianContactComplete(String name, String phone, String email) {
    return name != null && (phone != null || email != null);
  }

  private static void add(List<FieldChange> changes, String field, Object before, Object after) {
    FieldChange c = FieldChange.of(field, before, after);
    if (c != null) {
      changes.add(c);
    }
  }

  /** Changes phone and e-mail; returns what changed. */
  public List<FieldChange> changeContact(String phone, String email) {
    requireNotAnonymised();
    String tel = Checks.text("phone", phone, MAX_PHONE);
    String mail = Checks.email("email", email, "member.email.invalid");
    List<FieldChange> changes = new ArrayList<>();
    add(changes, "phone", this.phone, tel);
    add(changes, "email", this.email, mail);
    this.phone = tel;
    this.email = mail;
    return changes;
  }

  /** Sets the member's status (bulk action); ending a membership needs {@link #leave}. */
  public List<FieldChange> changeStatus(MemberStatus newStatus) {
    requireNotAnonymised();
    if (newStatus == null || newStatus == MemberStatus.LEFT) {
      throw new RuleViolationException("status", "member.status.useEnd");
    }
    if (status == MemberStatus.LEFT) {
      throw new RuleViolationException("status", "member.status.left");
    }
    List<FieldChange> changes = new ArrayList<>();
    add(changes, "status", status, newStatus);
    status = newStatus;
    return changes;
  }

  /** Ends the membership on {@code date} with the default retention period (3 years). */
  public void leave(LocalDate date) {
    leave(date, date, Club.DEFAULT_RETENTION_YEARS);
  }

  /**
   * Ends the membership on {@code date}; refuses a date before the entry. The status becomes LEFT
   * when the date is not after {@code today} (otherwise on that day, see {@link #housekeeping});
   * open functions end on the exit date, youth work too, and the data is scheduled for
   * anonymisation {@code retentionYears} after the exit.
   */
  public List<FieldChange> leave(LocalDate date, LocalDate today, int retentionYears) {
    requireNotAnonymised();
    if (date == null) {
      throw new RuleViolationException("exitDate", "member.exitDate.required");
    }
    if (date.isBefore(entryDate)) {
      throw new RuleViolationException("exitDate", "member.exitDate.beforeEntry", entryDate);
    }
    List<FieldChange> changes = new ArrayList<>();
    for (MemberFunction f : functions) {
      if (f.isOpenOn(date)) {
        String before = f.describe();
        f.end(date);
        add(changes, "function", before, f.describe());
      }
    }
    MemberStatus st = date.isAfter(today) ? status : MemberStatus.LEFT;
    LocalDate anonymise = date.plusYears(retentionYears);
    add(changes, "exitDate", exitDate, date);
    add(changes, "status", status, st);
    add(changes, "anonymiseAfter", anonymiseAfter, anonymise);
    exitDate = date;
    status = st;
    anonymiseAfter = anonymise;
    if (recordCheckInspected && youthWorkEnd == null) {
      changes.addAll(endYouthWork(date));
    }
    return changes;
  }

  /**
   * Daily upkeep: a membership whose exit date has come becomes LEFT, and Führungszeugnis facts
   * whose deletion date has come are deleted. Returns what changed.
   */
  public List<FieldChange> housekeeping(LocalDate today) {
    List<FieldChange> changes = new ArrayList<>();
    if (isAnonymised()) {
      return changes;
    }
    if (exitDate != null && !exitDate.isAfter(today) && status != MemberStatus.LEFT) {
      add(changes, "status", status, MemberStatus.LEFT);
      status = MemberStatus.LEFT;
    }
    LocalDate deleteBy = recordCheckDeleteBy();
    if (deleteBy != null && !deleteBy.isAfter(today)) {
      changes.addAll(clearRecordCheck());
    }
    return changes;
  }

  /** Whether the data is due for anonymisation on {@code today}. */
  public boolean isDueForAnonymisation(LocalDate today) {
    return !isAnonymised()
        && status == MemberStatus.LEFT
        && anonymiseAfter != null
        && !anonymiseAfter.isAfter(today);
  }

  // ------------------------------------------------------------------ Führungszeugnis

  /**
   * Records the Führungszeugnis check as § 72a (5) SGB VIII allows: whether it was inspected, the
   * date of the certificate, and whether the person is excluded. Not inspected clears the facts. A
   * new check starts the youth work again (clears its end).
   */
  public List<FieldChange> recordCheck(
      boolean inspected, LocalDate certificateDate, boolean excluded, LocalDate today) {
    requireNotAnonymised();
    if (!inspected) {
      if (excluded) {
        throw new RuleViolationException("recordCheckExcluded", "recordCheck.notInspected");
      }
      return clearRecordCheck();
    }
    if (certificateDate == null) {
      throw new RuleViolationException(
          "recordCheckCertificateDate", "recordCheck.certificateDate.required");
    }
    Checks.notFuture(
        "recordCheckCertificateDate", certificateDate, today, "recordCheck.certificateDate.future");
    List<FieldChange> changes = new ArrayList<>();
    add(changes, "recordCheckInspected", recordCheckInspected, true);
    add(changes, "recordCheckCertificateDate", recordCheckCertificateDate, certificateDate);
    add(changes, "recordCheckExcluded", recordCheckExcluded, excluded);
    add(changes, "youthWorkEnd", youthWorkEnd, null);
    recordCheckInspected = true;
    recordCheckCertificateDate = certificateDate;
    recordCheckExcluded = excluded;
    youthWorkEnd = null;
    return changes;
  }

  /** The person's work with minors ends on {@code date}; the facts are deleted 3 months later. */
  public List<FieldChange> endYouthWork(LocalDate date) {
    requireNotAnonymised();
    if (date == null) {
      throw new RuleViolationException("youthWorkEnd", "recordCheck.youthWorkEnd.required");
    }
    List<FieldChange> changes = new ArrayList<>();
    add(changes, "youthWorkEnd", youthWorkEnd, date);
    youthWorkEnd = date;
    return changes;
  }

  private List<FieldChange> clearRecordCheck() {
    List<FieldChange> changes = new ArrayList<>();
    add(changes, "recordCheckInspected", recordCheckInspected, false);
    add(changes, "recordCheckCertificateDate", recordCheckCertificateDate, null);
    add(changes, "recordCheckExcluded", recordCheckExcluded, false);
    add(changes, "youthWorkEnd", youthWorkEnd, null);
    recordCheckInspected = false;
    recordCheckCertificateDate = null;
    recordCheckExcluded = false;
    youthWorkEnd = null;
    return changes;
  }

  // ------------------------------------------------------------------ departments

  /** Joins {@code department} on {@code entry}; not before the entry into the club. */
  public FieldChange joinDepartment(Department department, LocalDate entry) {
    requireNotAnonymised();
    if (entry == null) {
      throw new RuleViolationException("entryDate", "department.entry.required");
    }
    if (entryDate != null && entry.isBefore(entryDate)) {
      throw new RuleViolationException("entryDate", "department.entry.beforeMembership", entryDate);
    }
    if (departments.stream().anyMatch(md -> Objects.equals(md.departmentId(), department.id()))) {
      throw new RuleViolationException("department", "department.already", department.name());
    }
    MemberDepartment md = new MemberDepartment(this, department, entry);
    departments.add(md);
    return FieldChange.of("department", null, md.describe());
  }

  /** Leaves the department; unknown departments are "not found". */
  public FieldChange leaveDepartment(long departmentId) {
    requireNotAnonymised();
    MemberDepartment md =
        departments.stream()
            .filter(d -> Objects.equals(d.departmentId(), departmentId))
            .findFirst()
            .orElseThrow(NotFoundException::new);
    departments.remove(md);
    return FieldChange.of("department", md.describe(), null);
  }

  /** Whether the member belongs to the department. */
  public boolean isInDepartment(long departmentId) {
    return departments.stream().anyMatch(d -> Objects.equals(d.departmentId(), departmentId));
  }

  // ------------------------------------------------------------------ functions

  /** Starts a function; refused for former members and for an end before the start. */
  public MemberFunction addFunction(
      FunctionKind kind, String title, Department department, LocalDate start, LocalDate end) {
    requireNotAnonymised();
    if (status == MemberStatus.LEFT) {
      throw new RuleViolationException("kind", "function.memberLeft");
    }
    MemberFunction f = new MemberFunction(this, kind, title, department, start, end);
    functions.add(f);
    return f;
  }

  /** Ends a function on {@code end}. */
  public FieldChange endFunction(long functionId, LocalDate end) {
    requireNotAnonymised();
    MemberFunction f = function(functionId);
    String before = f.describe();
    f.end(end);
    return FieldChange.of("function", before, f.describe());
  }

  /** Removes a function entered by mistake. */
  public FieldChange removeFunction(long functionId) {
    requireNotAnonymised();
    MemberFunction f = function(functionId);
    functions.remove(f);
    return FieldChange.of("function", f.describe(), null);
  }

  private MemberFunction function(long functionId) {
    return functions.stream()
        .filter(f -> Objects.equals(f.id(), functionId))
        .findFirst()
        .orElseThrow(NotFoundException::new);
  }

  // ------------------------------------------------------------------ consents

  /** Records the member's answer to a consent (see {@link MemberConsent}); returns the change. */
  public FieldChange setConsent(
      ConsentKind kind, boolean granted, LocalDate date, LocalDate today, LocalDateTime now) {
    requireNotAnonymised();
    if (kind == null) {
      throw new RuleViolationException("kind", "consent.kind.required");
    }
    MemberConsent c = consent(kind).orElse(null);
    String before = c == null ? null : c.describe();
    if (c == null) {
      c = new MemberConsent(this, kind);
      c.answer(granted, date, today, now);
      consents.add(c);
    } else {
      c.answer(granted, date, today, now);
    }
    return FieldChange.of("consent." + kind.name(), before, c.describe());
  }

  // ------------------------------------------------------------------ qualifications

  public MemberQualification addQualification(
      QualificationKind kind, String name, LocalDate issued, LocalDate expires, LocalDate today) {
    requireNotAnonymised();
    MemberQualification q = new MemberQualification(this, kind, name, issued, expires, today);
    qualifications.add(q);
    return q;
  }

  public FieldChange removeQualification(long qualificationId) {
    requireNotAnonymised();
    MemberQualification q =
        qualifications.stream()
            .filter(x -> Objects.equals(x.id(), qualificationId))
            .findFirst()
            .orElseThrow(NotFoundException::new);
    qualifications.remove(q);
    return FieldChange.of("qualification", q.describe(), null);
  }

  // ------------------------------------------------------------------ family

  /**
   * Links {@code related} as parent, guardian or main member of the family membership. Refuses a
   * link to oneself, the same link twice, and a parent who is the member's own child.
   */
  public FamilyLink linkFamily(Member related, FamilyRelation relation) {
    requireNotAnonymised();
    if (relation == null) {
      throw new RuleViolationException("relation", "family.relation.required");
    }
    if (related == this || (id != null && id.equals(related.id()))) {
      throw new RuleViolationException("related", "family.self");
    }
    if (familyLinks.stream().anyMatch(l -> l.related() == related && l.relation() == relation)) {
      throw new RuleViolationException("related", "family.duplicate");
    }
    if (relation.isGuardian()
        && related.familyLinks.stream()
            .anyMatch(l -> l.related() == this && l.relation().isGuardian())) {
      throw new RuleViolationException("related", "family.cycle");
    }
    FamilyLink link = new FamilyLink(this, related, relation);
    familyLinks.add(link);
    return link;
  }

  /** Removes a family link; refused when a minor would be left without any guardian contact. */
  public FieldChange unlinkFamily(long linkId, LocalDate today) {
    requireNotAnonymised();
    FamilyLink link =
        familyLinks.stream()
            .filter(l -> Objects.equals(l.id(), linkId))
            .findFirst()
            .orElseThrow(NotFoundException::new);
    familyLinks.remove(link);
    if (status != MemberStatus.LEFT
        && isMinorOn(today)
        && !hasGuardianContact()
        && !hasLinkedGuardian()) {
      familyLinks.add(link);
      throw new RuleViolationException("related", "member.guardian.required");
    }
    return FieldChange.of("family", link.describe(), null);
  }

  /** Drops a link to a member that is deleted or anonymised (no rule applies then). */
  void forgetLink(FamilyLink link) {
    familyLinks.remove(link);
  }

  // ------------------------------------------------------------------ deletion, anonymisation

  /** Refuses deletion while a function is open: end the function first. */
  public void checkDeletable(LocalDate today) {
    if (!openFunctions(today).isEmpty()) {
      throw new RuleViolationException("functions", "member.delete.openFunction");
    }
  }

  /**
   * Anonymises a former member (Art. 17 DSGVO): names, birth date, address, contact, guardian,
   * Führungszeugnis facts, departments, functions, consents, qualifications and family links are
   * erased; member number, gender, municipality, entry and exit date, status, membership type and
   * fee category remain for the club's records and statistics. The service erases the history.
   */
  public void anonymise(LocalDate today) {
    requireNotAnonymised();
    if (status != MemberStatus.LEFT) {
      throw new RuleViolationException("status", "member.anonymise.notLeft");
    }
    salutation = null;
    firstName = "";
    lastName = ANONYMISED_NAME;
    birthDate = null;
    address = null;
    phone = null;
    email = null;
    personId = null;
    guardianName = null;
    guardianPhone = null;
    guardianEmail = null;
    recordCheckInspected = false;
    recordCheckCertificateDate = null;
    recordCheckExcluded = false;
    youthWorkEnd = null;
    anonymiseAfter = null;
    anonymisedOn = today;
    departments.clear();
    functions.clear();
    consents.clear();
    qualifications.clear();
    familyLinks.clear();
  }

  private void requireNotAnonymised() {
    if (isAnonymised()) {
      throw new RuleViolationException(null, "member.anonymised");
    }
  }
}

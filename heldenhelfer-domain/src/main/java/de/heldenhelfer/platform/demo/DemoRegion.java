package de.heldenhelfer.platform.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A generated demo region: clubs of Stadt und Landkreis Würzburg with departments and members (with
 * membership types, guardians and parent links of minors, family memberships, consents, functions,
 * qualifications and Führungszeugnis checks of trainers), volunteers, and the fixed demo accounts
 * ({@link DemoAccounts}). Everything is derived from the seed and the reference date only, so the
 * same arguments always give identical data. No database, no clock; only classpath resources
 * ({@code reference/*.csv}, {@code demo/*}) are read.
 *
 * <p>Ids are pre-assigned, starting at 1 per table; {@link DemoRegionLoader} shifts them if the
 * target tables already contain rows. Enum-like columns hold the database values ({@code
 * legal_form} EV/NICHT_EINGETRAGEN, {@code gender} M/W/D/X, {@code status}
 * ACTIVE/PASSIVE/HONORARY/LEFT, {@code visibility} NOBODY/AGENCY/POOL).
 */
public final class DemoRegion {

  /** The fixed reference date ("today") used for ages and dates unless another one is given. */
  public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2026, 1, 1);

  /** The seed used for the demo installation. */
  public static final long DEFAULT_SEED = 1862L;

  /** Club kinds; the names equal the values of {@code club.kind}. */
  public enum Kind {
    SPORT,
    MUSIC,
    FIRE_BRIGADE,
    SOCIAL,
    CULTURE,
    YOUTH,
    OTHER
  }

  /** A municipality of the reference data (the {@code municipality} table). */
  public record Municipality(
      String ags, String name, int population, double lat, double lon, List<String> postalCodes) {}

  /** A row of {@code club}. */
  public record Club(
      long id,
      String name,
      String slug,
      Kind kind,
      String legalForm,
      String registerNumber,
      String municipalityAgs,
      String street,
      String postalCode,
      String city,
      String email,
      String phone,
      String website,
      String purpose,
      String publicDescription,
      LocalDate exemptionNoticeDate,
      Integer foundedYear,
      boolean verified) {}

  /** A row of {@code department}; {@code sportCode} is a BLSV code of {@code sport}. */
  public record Department(long id, long clubId, String name, Integer sportCode) {}

  /** A row of {@code person}; {@code subject} is null except for the fixed demo accounts. */
  public record Person(
      long id, String subject, String email, String firstName, String lastName, String locale) {}

  /** A row of {@code club_role}; {@code departmentId} only for department-scoped roles. */
  public record ClubRole(
      long id, long clubId, long personId, String role, LocalDate since, Long departmentId) {}

  /**
   * A row of {@code member}; {@code personId} is null except for the fixed demo accounts. {@code
   * membershipType} holds ADULT/YOUTH/REDUCED/FAMILY/SUPPORTING/HONORARY; the record check fields
   * are the Führungszeugnis facts of trainers and youth leads.
   */
  public record Member(
      long id,
      long clubId,
      String memberNumber,
      String salutation,
      String firstName,
      String lastName,
      LocalDate birthDate,
      String gender,
      String street,
      String postalCode,
      String city,
      String municipalityAgs,
      String phone,
      String email,
      String status,
      LocalDate entryDate,
      LocalDate exitDate,
      Long personId,
      String membershipType,
      String feeCategory,
      String guardianName,
      String guardianPhone,
      String guardianEmail,
      boolean recordCheckInspected,
      LocalDate recordCheckCertificateDate,
      boolean recordCheckExcluded,
      LocalDate youthWorkEnd,
      LocalDate anonymiseAfter) {

    /** This member with membership type, fee category, guardian contact and record check. */
    Member with(
        String membershipType,
        String feeCategory,
        String guardianName,
        String guardianPhone,
        String guardianEmail,
        boolean recordCheckInspected,
        LocalDate recordCheckCertificateDate,
        boolean recordCheckExcluded,
        LocalDate youthWorkEnd) {
      return new Member(
          id,
          clubId,
          memberNumber,
          salutation,
          firstName,
          lastName,
          birthDate,
          gender,
          street,
          postalCode,
          city,
          municipalityAgs,
          phone,
          email,
          status,
          entryDate,
          exitDate,
          personId,
          membershipType,
          feeCategory,
          guardianName,
          guardianPhone,
          guardianEmail,
          recordCheckInspected,
          recordCheckCertificateDate,
          recordCheckExcluded,
          youthWorkEnd,
          anonymiseAfter);
    }
  }

  /**
   * A row of {@code member_function}: {@code kind} is a FunctionKind name (CHAIR, TREASURER,
   * TRAINER …), {@code departmentId} is set for department leads and trainers of sports clubs.
   */
  public record MemberFunction(
      long id,
      long memberId,
      long clubId,
      String kind,
      String title,
      Long departmentId,
      LocalDate termStart,
      LocalDate termEnd) {}

  /** A row of {@code member_consent}: {@code kind} PHOTO_PUBLICATION/NEWSLETTER/DIRECTORY_NAME. */
  public record Consent(
      long id,
      long memberId,
      long clubId,
      String kind,
      boolean granted,
      LocalDate consentDate,
      LocalDate withdrawnOn) {}

  /** A row of {@code member_qualification}; {@code kind} is a QualificationKind name. */
  public record Qualification(
      long id,
      long memberId,
      long clubId,
      String kind,
      String name,
      LocalDate issuedOn,
      LocalDate expiresOn) {}

  /**
   * A row of {@code family_link}: {@code relatedMemberId} is the PARENT of {@code memberId}, or the
   * main member of the family membership (FAMILY_MEMBER).
   */
  public record FamilyLink(
      long id, long memberId, long relatedMemberId, long clubId, String relation) {}

  /** A row of {@code member_department}. */
  public record MemberDepartment(
      long memberId, long departmentId, long clubId, LocalDate entryDate) {}

  /** A row of {@code volunteer_profile}; {@code skills} is a comma-separated list. */
  public record VolunteerProfile(
      long id,
      long personId,
      String homeAgs,
      LocalDate birthDate,
      int radiusKm,
      String visibility,
      String skills) {}

  private final long seed;
  private final Scale scale;
  private final LocalDate referenceDate;
  private final List<Municipality> municipalities;
  private final List<Club> clubs;
  private final List<Department> departments;
  private final List<Person> persons;
  private final List<ClubRole> clubRoles;
  private final List<Member> members;
  private final List<MemberDepartment> memberDepartments;
  private final List<VolunteerProfile> volunteerProfiles;
  private final List<MemberFunction> memberFunctions;
  private final List<Consent> consents;
  private final List<Qualification> qualifications;
  private final List<FamilyLink> familyLinks;

  DemoRegion(
      long seed,
      Scale scale,
      LocalDate referenceDate,
      List<Municipality> municipalities,
      List<Club> clubs,
      List<Department> departments,
      List<Person> persons,
      List<ClubRole> clubRoles,
      List<Member> members,
      List<MemberDepartment> memberDepartments,
      List<VolunteerProfile> volunteerProfiles,
      List<MemberFunction> memberFunctions,
      List<Consent> consents,
      List<Qualification> qualifications,
      List<FamilyLink> familyLinks) {
    this.seed = seed;
    this.scale = scale;
    this.referenceDate = referenceDate;
    this.municipalities = List.copyOf(municipalities);
    this.clubs = List.copyOf(clubs);
    this.departments = List.copyOf(departments);
    this.persons = List.copyOf(persons);
    this.clubRoles = List.copyOf(clubRoles);
    this.members = List.copyOf(members);
    this.memberDepartments = List.copyOf(memberDepartments);
    this.volunteerProfiles = List.copyOf(volunteerProfiles);
    this.memberFunctions = List.copyOf(memberFunctions);
    this.consents = List.copyOf(consents);
    this.qualifications = List.copyOf(qualifications);
    this.familyLinks = List.copyOf(familyLinks);
  }

  /** Generates the region for the given seed and scale with {@link #DEFAULT_REFERENCE_DATE}. */
  public static DemoRegion generate(long seed, Scale scale) {
    return generate(seed, scale, DEFAULT_REFERENCE_DATE);
  }

  /**
   * Generates the region for the given seed and scale; ages, entry dates and notice dates are
   * computed relative to {@code referenceDate}, and no date lies after it.
   */
  public static DemoRegion generate(long seed, Scale scale, LocalDate referenceDate) {
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(referenceDate, "referenceDate");
    return new DemoRegionGenerator(seed, scale, referenceDate, DemoReferenceData.get()).generate();
  }

  /**
   * The URL slug of a club name: lower-case ASCII, ä→ae, ö→oe, ü→ue, ß→ss, other accents dropped,
   * every run of other characters replaced by a single '-'. A trailing legal-form suffix " e.V." is
   * not part of the slug.
   */
  public static String slugify(String name) {
    String s = name.strip();
    if (s.endsWith(" e.V.")) {
      s = s.substring(0, s.length() - 5);
    }
    s = asciiFold(s.toLowerCase(Locale.ROOT));
    StringBuilder out = new StringBuilder(s.length());
    boolean dash = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
        dash = false;
      } else if (!dash && out.length() > 0) {
        out.append('-');
        dash = true;
      }
    }
    int len = out.length();
    if (len > 0 && out.charAt(len - 1) == '-') {
      out.setLength(len - 1);
    }
    return out.toString();
  }

  /** Lower-case input to ASCII: German umlauts and ß transliterated, other diacritics dropped. */
  static String asciiFold(String lower) {
    String s =
        lower
            .replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("ß", "ss")
            .replace("ı", "i");
    s = Normalizer.normalize(s, Normalizer.Form.NFD);
    return s.replaceAll("\\p{M}+", "");
  }

  public long seed() {
    return seed;
  }

  public Scale scale() {
    return scale;
  }

  public LocalDate referenceDate() {
    return referenceDate;
  }

  public List<Municipality> municipalities() {
    return municipalities;
  }

  public List<Club> clubs() {
    return clubs;
  }

  public List<Department> departments() {
    return departments;
  }

  public List<Person> persons() {
    return persons;
  }

  public List<ClubRole> clubRoles() {
    return clubRoles;
  }

  public List<Member> members() {
    return members;
  }

  public List<MemberDepartment> memberDepartments() {
    return memberDepartments;
  }

  public List<VolunteerProfile> volunteerProfiles() {
    return volunteerProfiles;
  }

  /** Functions (Ämter) of members: board, department leads, trainers, auditors. */
  public List<MemberFunction> memberFunctions() {
    return memberFunctions;
  }

  /** Consents of current members (photos, newsletter, name in the directory). */
  public List<Consent> consents() {
    return consents;
  }

  /** Qualifications (trainer licences, first aid, Juleica), some expiring soon. */
  public List<Qualification> qualifications() {
    return qualifications;
  }

  /** Parent and family-membership links between members of the same club. */
  public List<FamilyLink> familyLinks() {
    return familyLinks;
  }

  /** The club with the given slug. */
  public Optional<Club> club(String slug) {
    return clubs.stream().filter(c -> c.slug().equals(slug)).findFirst();
  }

  /** The person with the given Keycloak subject. */
  public Optional<Person> personBySubject(String subject) {
    return persons.stream().filter(p -> subject.equals(p.subject())).findFirst();
  }

  /** The members (all statuses) of the given club. */
  public List<Member> membersOf(long clubId) {
    return members.stream().filter(m -> m.clubId() == clubId).toList();
  }

  /** The departments of the given club. */
  public List<Department> departmentsOf(long clubId) {
    return departments.stream().filter(d -> d.clubId() == clubId).toList();
  }

  @Override
  public String toString() {
    return "DemoRegion[seed="
        + seed
        + ", scale="
        + scale
        + ", clubs="
        + clubs.size()
        + ", departments="
        + departments.size()
        + ", members="
        + members.size()
        + ", persons="
        + persons.size()
        + ", volunteers="
        + volunteerProfiles.size()
        + ", functions="
        + memberFunctions.size()
        + ", consents="
        + consents.size()
        + ", qualifications="
        + qualifications.size()
        + ", familyLinks="
        + familyLinks.size()
        + "]";
  }
}

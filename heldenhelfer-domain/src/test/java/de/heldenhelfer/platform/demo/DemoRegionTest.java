package de.heldenhelfer.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.heldenhelfer.platform.demo.DemoRegion.Club;
import de.heldenhelfer.platform.demo.DemoRegion.ClubRole;
import de.heldenhelfer.platform.demo.DemoRegion.Department;
import de.heldenhelfer.platform.demo.DemoRegion.Kind;
import de.heldenhelfer.platform.demo.DemoRegion.Member;
import de.heldenhelfer.platform.demo.DemoRegion.MemberDepartment;
import de.heldenhelfer.platform.demo.DemoRegion.Municipality;
import de.heldenhelfer.platform.demo.DemoRegion.Person;
import de.heldenhelfer.platform.demo.DemoRegion.VolunteerProfile;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class DemoRegionTest {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!](\\s|$)");
  private static final Pattern MEMBER_NUMBER = Pattern.compile("M-\\d{6}");
  private static final Set<String> GENDERS = Set.of("M", "W", "D", "X");
  private static final Set<String> STATUSES = Set.of("ACTIVE", "PASSIVE", "HONORARY", "LEFT");
  private static final Set<String> ROLES =
      Set.of(
          "CHAIR", "VICE_CHAIR", "TREASURER", "SECRETARY", "DEPARTMENT_LEAD", "TRAINER", "MEMBER");

  private static DemoRegion demo;
  private static DemoRegion small;

  @BeforeAll
  static void generate() {
    long start = System.nanoTime();
    demo = DemoRegion.generate(DemoRegion.DEFAULT_SEED, Scale.DEMO);
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.println("Generated " + demo + " in " + ms + " ms (expected well under 10 s)");
    small = DemoRegion.generate(DemoRegion.DEFAULT_SEED, Scale.SMALL);
  }

  private static DemoRegion region(Scale scale) {
    return scale == Scale.DEMO ? demo : small;
  }

  // ------------------------------------------------------------------ determinism

  @Test
  void sameSeedGivesIdenticalRegion() {
    DemoRegion again = DemoRegion.generate(DemoRegion.DEFAULT_SEED, Scale.DEMO);
    assertEquals(demo.clubs(), again.clubs());
    assertEquals(demo.departments(), again.departments());
    assertEquals(demo.members(), again.members());
    assertEquals(demo.memberDepartments(), again.memberDepartments());
    assertEquals(demo.persons(), again.persons());
    assertEquals(demo.clubRoles(), again.clubRoles());
    assertEquals(demo.volunteerProfiles(), again.volunteerProfiles());
  }

  @Test
  void sameSeedAndScaleSmallIsIdenticalToo() {
    DemoRegion a = DemoRegion.generate(42, Scale.SMALL);
    DemoRegion b = DemoRegion.generate(42, Scale.SMALL);
    assertEquals(a.clubs(), b.clubs());
    assertEquals(a.members(), b.members());
    assertEquals(a.volunteerProfiles(), b.volunteerProfiles());
  }

  @Test
  void differentSeedGivesDifferentRegion() {
    DemoRegion a = DemoRegion.generate(1, Scale.SMALL);
    DemoRegion b = DemoRegion.generate(2, Scale.SMALL);
    assertNotEquals(a.clubs(), b.clubs());
    assertNotEquals(a.members(), b.members());
    assertNotEquals(
        a.clubs().stream().map(Club::name).collect(Collectors.toSet()),
        b.clubs().stream().map(Club::name).collect(Collectors.toSet()));
    // the fixed demo clubs are the same in both
    for (String slug : DemoAccounts.CLUB_SLUGS) {
      assertEquals(a.club(slug).orElseThrow(), b.club(slug).orElseThrow());
    }
  }

  @Test
  void referenceDateIsRespected() {
    LocalDate ref = LocalDate.of(2030, 6, 30);
    DemoRegion r = DemoRegion.generate(5, Scale.SMALL, ref);
    assertEquals(ref, r.referenceDate());
    for (Member m : r.members()) {
      assertFalse(m.entryDate().isAfter(ref), m::toString);
      assertFalse(m.birthDate().isAfter(ref), m::toString);
    }
    assertTrue(
        r.members().stream().anyMatch(m -> m.entryDate().isAfter(LocalDate.of(2026, 1, 1))),
        "entry dates follow the reference date");
  }

  // ------------------------------------------------------------------ sizes

  @Test
  void demoScaleCountsAreInTheTargetRanges() {
    assertBetween(290, 310, demo.clubs().size(), "clubs");
    assertBetween(55_000, 65_000, demo.members().size(), "members");
    assertBetween(250, 350, demo.volunteerProfiles().size(), "volunteers");
    assertEquals(
        DemoAccounts.ALL.size() + demo.volunteerProfiles().size() - 1, demo.persons().size());
  }

  @Test
  void smallScaleCountsAreInTheTargetRanges() {
    assertBetween(18, 22, small.clubs().size(), "clubs");
    assertBetween(1_800, 2_200, small.members().size(), "members");
    assertBetween(15, 25, small.volunteerProfiles().size(), "volunteers");
  }

  @Test
  void everyMunicipalityHasAClub() {
    assertEquals(53, demo.municipalities().size());
    Map<String, Long> perAgs =
        demo.clubs().stream()
            .collect(Collectors.groupingBy(Club::municipalityAgs, Collectors.counting()));
    for (Municipality m : demo.municipalities()) {
      assertTrue(perAgs.getOrDefault(m.ags(), 0L) >= 1, m.name() + " has no club");
    }
    long wuerzburg = perAgs.get("09663000");
    assertTrue(wuerzburg >= 40, "Würzburg has many clubs: " + wuerzburg);
    long maxOther =
        perAgs.entrySet().stream()
            .filter(e -> !e.getKey().equals("09663000"))
            .mapToLong(Map.Entry::getValue)
            .max()
            .orElseThrow();
    assertTrue(wuerzburg > 3 * maxOther, "Würzburg has the most clubs by far");
  }

  @Test
  void kindsHaveRealisticShares() {
    Map<Kind, Long> kinds =
        demo.clubs().stream().collect(Collectors.groupingBy(Club::kind, Collectors.counting()));
    double n = demo.clubs().size();
    assertBetween(0.40, 0.50, kinds.get(Kind.SPORT) / n, "SPORT share");
    for (Kind k : Kind.values()) {
      assertTrue(kinds.getOrDefault(k, 0L) >= 5, "at least a few clubs of kind " + k);
    }
    long ev = demo.clubs().stream().filter(c -> c.legalForm().equals("EV")).count();
    assertBetween(0.80, 0.97, ev / n, "e.V. share");
    long verified = demo.clubs().stream().filter(Club::verified).count();
    assertBetween(0.85, 0.95, verified / n, "verified share");
  }

  @Test
  void clubSizesAreHeavyTailed() {
    Map<Long, Long> sizes = sizes(demo);
    long small20to150 = sizes.values().stream().filter(s -> s >= 20 && s <= 150).count();
    long big = sizes.values().stream().filter(s -> s >= 1000).count();
    assertTrue(small20to150 >= 100, "many small clubs: " + small20to150);
    assertTrue(big >= 3, "some big clubs: " + big);
    assertTrue(sizes.values().stream().allMatch(s -> s >= 5 && s <= 2500), "sizes within 5..2500");
    Set<Long> sportIds = ids(demo, Kind.SPORT);
    double sportAvg =
        sizes.entrySet().stream()
            .filter(e -> sportIds.contains(e.getKey()))
            .mapToLong(Map.Entry::getValue)
            .average()
            .orElseThrow();
    double otherAvg =
        sizes.entrySet().stream()
            .filter(e -> !sportIds.contains(e.getKey()))
            .mapToLong(Map.Entry::getValue)
            .average()
            .orElseThrow();
    assertTrue(
        sportAvg > 1.8 * otherAvg, "sports clubs are larger: " + sportAvg + " vs " + otherAvg);
  }

  // ------------------------------------------------------------------ clubs

  @ParameterizedTest
  @EnumSource(Scale.class)
  void clubNamesAndSlugsAreUniqueAndWellFormed(Scale scale) {
    DemoRegion r = region(scale);
    assertUnique(r.clubs(), Club::name, "club name");
    assertUnique(r.clubs(), Club::slug, "club slug");
    assertUnique(r.clubs(), Club::id, "club id");
    Map<String, Municipality> munis = municipalities(r);
    Set<String> registerNumbers = new HashSet<>();
    for (Club c : r.clubs()) {
      assertTrue(SLUG.matcher(c.slug()).matches(), c.slug());
      assertEquals(
          c.slug(),
          DemoAccounts.CLUB_SLUGS.contains(c.slug()) ? c.slug() : DemoRegion.slugify(c.name()));
      assertEquals("info@" + c.slug() + ".example", c.email());
      Municipality m = munis.get(c.municipalityAgs());
      assertNotNull(m, c::toString);
      assertEquals(m.name(), c.city());
      assertTrue(m.postalCodes().contains(c.postalCode()), c::toString);
      assertNotNull(c.street());
      assertTrue(c.name().length() <= 200 && c.purpose().length() <= 1000);
      assertFalse(c.purpose().contains("{"), c.purpose());
      assertFalse(c.publicDescription().contains("{"), c.publicDescription());
      long sentences = SENTENCE_END.matcher(c.publicDescription()).results().count();
      assertTrue(sentences >= 2 && sentences <= 3, c.publicDescription());
      assertNotNull(c.foundedYear());
      assertTrue(c.foundedYear() >= 1850 && c.foundedYear() < r.referenceDate().getYear());
      if (c.legalForm().equals("EV")) {
        assertTrue(c.name().endsWith(" e.V."), c.name());
        assertTrue(c.registerNumber().matches("VR \\d+"), c.registerNumber());
        assertTrue(registerNumbers.add(c.registerNumber()), "unique " + c.registerNumber());
      } else {
        assertEquals("NICHT_EINGETRAGEN", c.legalForm());
        assertFalse(c.name().contains("e.V."), c.name());
        assertNull(c.registerNumber());
      }
      if (c.exemptionNoticeDate() != null) {
        assertFalse(c.exemptionNoticeDate().isAfter(r.referenceDate().minusYears(1)), c::toString);
        assertFalse(c.exemptionNoticeDate().isBefore(r.referenceDate().minusYears(6)), c::toString);
      }
    }
  }

  @Test
  void someExemptionNoticesAreOlderThanFiveYears() {
    List<Club> ev = demo.clubs().stream().filter(c -> c.legalForm().equals("EV")).toList();
    long withNotice = ev.stream().filter(c -> c.exemptionNoticeDate() != null).count();
    long old =
        ev.stream()
            .filter(c -> c.exemptionNoticeDate() != null)
            .filter(c -> c.exemptionNoticeDate().isBefore(demo.referenceDate().minusYears(5)))
            .count();
    assertTrue(withNotice > ev.size() * 0.75, "most e.V. have an exemption notice");
    assertTrue(old >= 5 && old < withNotice / 2, "some are older than five years: " + old);
  }

  @ParameterizedTest
  @EnumSource(Scale.class)
  void sportsClubsHaveOneToEightDepartmentsWithBlsvCodes(Scale scale) {
    DemoRegion r = region(scale);
    Set<Integer> codes = DemoReferenceData.get().sports.keySet();
    Map<Long, List<Department>> byClub =
        r.departments().stream().collect(Collectors.groupingBy(Department::clubId));
    for (Club c : r.clubs()) {
      List<Department> depts = byClub.getOrDefault(c.id(), List.of());
      if (c.kind() == Kind.SPORT) {
        assertTrue(depts.size() >= 1 && depts.size() <= 8, c.name() + ": " + depts);
        assertUnique(depts, Department::name, "department name in " + c.name());
        for (Department d : depts) {
          assertTrue(codes.contains(d.sportCode()), d.toString());
        }
      } else {
        assertTrue(depts.isEmpty(), c.name() + " is no sports club: " + depts);
      }
    }
    assertUnique(r.departments(), Department::id, "department id");
  }

  // ------------------------------------------------------------------ members

  @ParameterizedTest
  @EnumSource(Scale.class)
  void memberNumbersAreUniquePerClub(Scale scale) {
    DemoRegion r = region(scale);
    Set<String> seen = new HashSet<>();
    for (Member m : r.members()) {
      assertTrue(MEMBER_NUMBER.matcher(m.memberNumber()).matches(), m.memberNumber());
      assertTrue(seen.add(m.clubId() + "/" + m.memberNumber()), "duplicate " + m);
    }
    assertUnique(r.members(), Member::id, "member id");
  }

  @ParameterizedTest
  @EnumSource(Scale.class)
  void memberDatesAreConsistent(Scale scale) {
    DemoRegion r = region(scale);
    LocalDate ref = r.referenceDate();
    for (Member m : r.members()) {
      assertNotNull(m.birthDate(), m::toString);
      assertFalse(m.birthDate().isAfter(ref), m::toString);
      assertFalse(m.entryDate().isBefore(m.birthDate()), m::toString);
      assertFalse(m.entryDate().isAfter(ref), m::toString);
      if (m.status().equals("LEFT")) {
        assertNotNull(m.exitDate(), m::toString);
        assertFalse(m.exitDate().isBefore(m.entryDate()), m::toString);
        assertFalse(m.exitDate().isAfter(ref), m::toString);
      } else {
        assertNull(m.exitDate(), m::toString);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Scale.class)
  void memberFieldsAreValid(Scale scale) {
    DemoRegion r = region(scale);
    Map<String, Municipality> munis = municipalities(r);
    Set<Long> clubIds = r.clubs().stream().map(Club::id).collect(Collectors.toSet());
    for (Member m : r.members()) {
      assertTrue(clubIds.contains(m.clubId()), m::toString);
      assertTrue(GENDERS.contains(m.gender()), m::toString);
      assertTrue(STATUSES.contains(m.status()), m::toString);
      switch (m.gender()) {
        case "M" -> assertEquals("Herr", m.salutation());
        case "W" -> assertEquals("Frau", m.salutation());
        default -> assertNull(m.salutation());
      }
      Municipality home = munis.get(m.municipalityAgs());
      assertNotNull(home, m::toString);
      assertEquals(home.name(), m.city());
      assertTrue(home.postalCodes().contains(m.postalCode()), m::toString);
      assertTrue(m.street().matches(".+ \\d+[ab]?"), m.street());
      assertTrue(m.firstName().length() <= 100 && m.lastName().length() <= 100);
      if (m.personId() == null) {
        assertTrue(
            m.email() == null || m.email().matches("[a-z0-9.-]+@example\\.(com|net|org)"),
            m.email());
      }
      int age = Period.between(m.birthDate(), r.referenceDate()).getYears();
      if (age < 18 && m.personId() == null) {
        assertNull(m.email(), "no e-mail for minors: " + m);
        assertNull(m.phone(), "no phone for minors: " + m);
      }
    }
    long left = r.members().stream().filter(m -> m.status().equals("LEFT")).count();
    assertBetween(0.02, 0.08, (double) left / r.members().size(), "LEFT share");
  }

  @Test
  void membersMostlyLiveInTheClubsMunicipality() {
    Map<Long, Club> clubs = clubsById(demo);
    long home =
        demo.members().stream()
            .filter(m -> m.municipalityAgs().equals(clubs.get(m.clubId()).municipalityAgs()))
            .count();
    assertBetween(0.62, 0.80, (double) home / demo.members().size(), "members living locally");
  }

  @Test
  void genderDistributionIsPlausible() {
    Map<String, Long> g =
        demo.members().stream()
            .collect(Collectors.groupingBy(Member::gender, Collectors.counting()));
    double n = demo.members().size();
    assertBetween(0.35, 0.65, g.get("W") / n, "W share");
    assertBetween(0.35, 0.65, g.get("M") / n, "M share");
    assertBetween(0.0005, 0.005, g.getOrDefault("D", 0L) / n, "D share");
    assertBetween(0.005, 0.02, g.getOrDefault("X", 0L) / n, "X share");
  }

  @Test
  void ageStructureFitsTheKindOfClub() {
    assertTrue(shareUnder(Kind.SPORT, 19) >= 0.25, "sports clubs: many children and youth");
    assertTrue(shareUnder(Kind.YOUTH, 28) >= 0.8, "youth clubs: mostly young members");
    assertTrue(shareUnder(Kind.FIRE_BRIGADE, 18) <= 0.1, "fire brigade clubs: adults");
    double music = shareUnder(Kind.MUSIC, 19);
    assertTrue(music > 0.03 && music < 0.3, "music clubs: broad age range " + music);
  }

  @ParameterizedTest
  @EnumSource(Scale.class)
  void memberDepartmentsBelongToTheMembersClub(Scale scale) {
    DemoRegion r = region(scale);
    Map<Long, Member> members =
        r.members().stream().collect(Collectors.toMap(Member::id, Function.identity()));
    Map<Long, Department> depts =
        r.departments().stream().collect(Collectors.toMap(Department::id, Function.identity()));
    Map<Long, Club> clubs = clubsById(r);
    Map<Long, Integer> perMember = new HashMap<>();
    Set<String> pairs = new HashSet<>();
    for (MemberDepartment md : r.memberDepartments()) {
      Member m = members.get(md.memberId());
      Department d = depts.get(md.departmentId());
      assertEquals(m.clubId(), md.clubId());
      assertEquals(d.clubId(), md.clubId());
      assertFalse(md.entryDate().isBefore(m.entryDate()), md::toString);
      assertFalse(md.entryDate().isAfter(r.referenceDate()), md::toString);
      assertTrue(pairs.add(md.memberId() + "/" + md.departmentId()), "duplicate " + md);
      perMember.merge(md.memberId(), 1, Integer::sum);
    }
    for (Member m : r.members()) {
      int n = perMember.getOrDefault(m.id(), 0);
      if (clubs.get(m.clubId()).kind() == Kind.SPORT) {
        assertTrue(n >= 1 && n <= 2, "1-2 departments for " + m);
      } else {
        assertEquals(0, n);
      }
    }
  }

  @Test
  void namesComeFromTheListsIncludingUmlauts() {
    Set<String> last = demo.members().stream().map(Member::lastName).collect(Collectors.toSet());
    Set<String> first = demo.members().stream().map(Member::firstName).collect(Collectors.toSet());
    assertTrue(last.size() >= 150, "last names: " + last.size());
    assertTrue(first.size() >= 160, "first names: " + first.size());
    assertTrue(last.containsAll(Set.of("Müller", "Weiß", "Schäfer", "Bößl")), "umlauts and ß");
    assertTrue(first.contains("Jürgen"));
    // names follow the birth decade: no Jürgen born after 1975, no Mia born before 2000
    for (Member m : demo.members()) {
      if (m.firstName().equals("Jürgen")) {
        assertTrue(m.birthDate().getYear() <= 1975, m::toString);
      }
      if (m.firstName().equals("Mia") && m.personId() == null) {
        assertTrue(m.birthDate().getYear() >= 2000, m::toString);
      }
    }
  }

  // ------------------------------------------------------------------ people

  @ParameterizedTest
  @EnumSource(Scale.class)
  void personsAndVolunteersAreValid(Scale scale) {
    DemoRegion r = region(scale);
    assertUnique(r.persons(), Person::id, "person id");
    assertUnique(r.persons(), Person::email, "person email");
    assertUnique(
        r.persons().stream().filter(p -> p.subject() != null).toList(),
        Person::subject,
        "person subject");
    assertEquals(scale.volunteers(), r.volunteerProfiles().size());
    assertUnique(r.volunteerProfiles(), VolunteerProfile::personId, "volunteer person");
    Set<Long> personIds = r.persons().stream().map(Person::id).collect(Collectors.toSet());
    Map<String, Municipality> munis = municipalities(r);
    for (Person p : r.persons()) {
      assertEquals("de", p.locale());
      if (p.subject() == null) {
        assertTrue(p.email().matches("[a-z0-9-]+\\.[a-z0-9-]+\\.\\d+@example\\.org"), p.email());
      }
    }
    for (VolunteerProfile v : r.volunteerProfiles()) {
      assertTrue(personIds.contains(v.personId()));
      assertTrue(munis.containsKey(v.homeAgs()));
      assertTrue(v.radiusKm() >= 5 && v.radiusKm() <= 30, v::toString);
      assertTrue(Set.of("NOBODY", "AGENCY", "POOL").contains(v.visibility()), v::toString);
      assertFalse(v.skills().isBlank());
      assertTrue(v.skills().length() <= 500);
      int age = Period.between(v.birthDate(), r.referenceDate()).getYears();
      assertTrue(age >= 16 && age <= 81, v::toString);
    }
  }

  static Stream<Arguments> accountsAndScales() {
    return Stream.of(Scale.values())
        .flatMap(s -> DemoAccounts.ALL.stream().map(a -> Arguments.of(s, a.key())));
  }

  @ParameterizedTest(name = "{1} in {0}")
  @MethodSource("accountsAndScales")
  void fixedAccountsHaveTheirPersonRolesAndMemberRows(Scale scale, String key) {
    DemoRegion r = region(scale);
    DemoAccounts.Account a = DemoAccounts.byKey(key).orElseThrow();
    Person p = r.personBySubject(a.subject()).orElseThrow();
    assertEquals(a.email(), p.email());
    assertEquals(a.firstName(), p.firstName());
    assertEquals(a.lastName(), p.lastName());
    assertTrue(p.email().endsWith("@demo.heldenhelfer.de"));

    List<ClubRole> roles = r.clubRoles().stream().filter(cr -> cr.personId() == p.id()).toList();
    assertEquals(a.clubRoles().size(), roles.size(), "roles of " + key);
    for (DemoAccounts.ClubRoleGrant g : a.clubRoles()) {
      Club club = r.club(g.clubSlug()).orElseThrow();
      assertTrue(
          roles.stream().anyMatch(cr -> cr.clubId() == club.id() && cr.role().equals(g.role())),
          key + " is " + g.role() + " of " + g.clubSlug());
      // every club role of a demo account comes with a linked member row in that club
      List<Member> linked =
          r.membersOf(club.id()).stream()
              .filter(m -> Long.valueOf(p.id()).equals(m.personId()))
              .toList();
      assertEquals(1, linked.size(), key + " has a member row in " + g.clubSlug());
      Member m = linked.get(0);
      assertEquals(a.firstName(), m.firstName());
      assertEquals(a.lastName(), m.lastName());
      assertEquals(a.email(), m.email());
      assertEquals("ACTIVE", m.status());
    }
    for (ClubRole cr : roles) {
      assertTrue(ROLES.contains(cr.role()));
      assertFalse(cr.since().isAfter(r.referenceDate()));
    }
    boolean hasProfile = r.volunteerProfiles().stream().anyMatch(v -> v.personId() == p.id());
    assertEquals(a.volunteer(), hasProfile, "volunteer profile of " + key);
  }

  @ParameterizedTest
  @EnumSource(Scale.class)
  void fixedDemoClubsExist(Scale scale) {
    DemoRegion r = region(scale);
    Club tsv = r.club(DemoAccounts.CLUB_TSV_WUERZBURG_SUED).orElseThrow();
    assertEquals("TSV 1862 Würzburg-Süd e.V.", tsv.name());
    assertEquals(Kind.SPORT, tsv.kind());
    assertEquals("09663000", tsv.municipalityAgs());
    assertEquals(
        Map.of(
            "Fußball", 9,
            "Turnen", 34,
            "Leichtathletik", 17,
            "Tennis", 32,
            "Basketball", 3,
            "Volleyball", 36,
            "Schwimmen", 27),
        r.departmentsOf(tsv.id()).stream()
            .collect(Collectors.toMap(Department::name, Department::sportCode)));

    Club mv = r.club(DemoAccounts.CLUB_MUSIKVEREIN_HOECHBERG).orElseThrow();
    assertEquals("Musikverein Höchberg e.V.", mv.name());
    assertEquals(Kind.MUSIC, mv.kind());
    assertEquals("Höchberg", mv.city());

    Club hv = r.club(DemoAccounts.CLUB_HEIMATVEREIN_VEITSHOECHHEIM).orElseThrow();
    assertEquals("Heimatverein Veitshöchheim e.V.", hv.name());
    assertEquals(Kind.CULTURE, hv.kind());
    assertEquals("Veitshöchheim", hv.city());

    Club sv = r.club(DemoAccounts.CLUB_SV_RANDERSACKER).orElseThrow();
    assertEquals("SV Randersacker 1921 e.V.", sv.name());
    assertEquals(Kind.SPORT, sv.kind());
    assertEquals("Randersacker", sv.city());
    assertEquals(1921, sv.foundedYear());

    for (Club c : List.of(tsv, mv, hv, sv)) {
      assertTrue(c.verified(), c.name());
      assertEquals("EV", c.legalForm());
    }
    if (scale == Scale.DEMO) {
      assertBetween(1_700, 1_900, r.membersOf(tsv.id()).size(), "TSV members");
      assertBetween(350, 450, r.membersOf(sv.id()).size(), "SV Randersacker members");
    }
    // only the demo accounts' persons are linked to members
    long linked = r.members().stream().filter(m -> m.personId() != null).count();
    assertEquals(7, linked, "the six accounts with club roles and the trainer");
  }

  // ------------------------------------------------------------------ helpers

  @Test
  void slugify() {
    assertEquals("tsv-1862-wuerzburg-sued", DemoRegion.slugify("TSV 1862 Würzburg-Süd"));
    assertEquals("musikverein-hoechberg", DemoRegion.slugify("Musikverein Höchberg e.V."));
    assertEquals(
        "obst-und-gartenbauverein-grossrinderfeld",
        DemoRegion.slugify("Obst- und Gartenbauverein Großrinderfeld e.V."));
    assertEquals("1-fc-boessl-weiss", DemoRegion.slugify("1. FC Bößl  Weiß!"));
    assertEquals("sv-germania-frickenhausen", DemoRegion.slugify("SV Germania Frickenhausen"));
    assertEquals("cafe-yilmaz", DemoRegion.slugify("Café Yılmaz"));
  }

  @Test
  void generatingDemoScaleIsFast() {
    // informational only: no timing assertion
    long start = System.nanoTime();
    DemoRegion r = DemoRegion.generate(99, Scale.DEMO);
    System.out.println(
        "DEMO scale generated in " + (System.nanoTime() - start) / 1_000_000 + " ms: " + r);
    assertEquals(Scale.DEMO.members(), r.members().size());
  }

  private static double shareUnder(Kind kind, int age) {
    Set<Long> ids = ids(demo, kind);
    List<Member> ms = demo.members().stream().filter(m -> ids.contains(m.clubId())).toList();
    long young =
        ms.stream()
            .filter(m -> Period.between(m.birthDate(), demo.referenceDate()).getYears() < age)
            .count();
    return (double) young / ms.size();
  }

  private static Set<Long> ids(DemoRegion r, Kind kind) {
    return r.clubs().stream()
        .filter(c -> c.kind() == kind)
        .map(Club::id)
        .collect(Collectors.toSet());
  }

  private static Map<Long, Long> sizes(DemoRegion r) {
    return r.members().stream()
        .collect(Collectors.groupingBy(Member::clubId, Collectors.counting()));
  }

  private static Map<Long, Club> clubsById(DemoRegion r) {
    return r.clubs().stream().collect(Collectors.toMap(Club::id, Function.identity()));
  }

  private static Map<String, Municipality> municipalities(DemoRegion r) {
    return r.municipalities().stream()
        .collect(Collectors.toMap(Municipality::ags, Function.identity()));
  }

  private static <T, K> void assertUnique(List<T> items, Function<T, K> key, String what) {
    Set<K> seen = new HashSet<>();
    for (T t : items) {
      assertTrue(seen.add(key.apply(t)), "duplicate " + what + ": " + key.apply(t));
    }
  }

  private static void assertBetween(double min, double max, double actual, String what) {
    assertTrue(
        actual >= min && actual <= max, what + " = " + actual + ", expected " + min + ".." + max);
  }
}

package de.heldenhelfer.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.heldenhelfer.platform.demo.DemoRegion.Club;
import de.heldenhelfer.platform.demo.DemoRegion.Consent;
import de.heldenhelfer.platform.demo.DemoRegion.Department;
import de.heldenhelfer.platform.demo.DemoRegion.FamilyLink;
import de.heldenhelfer.platform.demo.DemoRegion.Member;
import de.heldenhelfer.platform.demo.DemoRegion.MemberDepartment;
import de.heldenhelfer.platform.demo.DemoRegion.MemberFunction;
import de.heldenhelfer.platform.demo.DemoRegion.Qualification;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The member administration data of the demo region follows the domain's rules. */
class DemoMemberExtrasTest {
  private static final Set<String> TYPES =
      Set.of("ADULT", "YOUTH", "REDUCED", "FAMILY", "SUPPORTING", "HONORARY");
  private static final Set<String> FUNCTIONS =
      Set.of(
          "CHAIR",
          "VICE_CHAIR",
          "TREASURER",
          "SECRETARY",
          "YOUTH_LEAD",
          "DEPARTMENT_LEAD",
          "TRAINER",
          "AUDITOR",
          "ASSESSOR");

  private static DemoRegion demo;
  private static LocalDate ref;
  private static Map<Long, Member> members;

  @BeforeAll
  static void generate() {
    demo = DemoRegion.generate(DemoRegion.DEFAULT_SEED, Scale.DEMO);
    ref = demo.referenceDate();
    members = demo.members().stream().collect(Collectors.toMap(Member::id, Function.identity()));
  }

  private static int age(Member m) {
    return Period.between(m.birthDate(), ref).getYears();
  }

  private static boolean current(Member m) {
    return m.exitDate() == null;
  }

  @Test
  void sameSeedGivesTheSameExtras() {
    DemoRegion again = DemoRegion.generate(DemoRegion.DEFAULT_SEED, Scale.DEMO);
    assertEquals(demo.memberFunctions(), again.memberFunctions());
    assertEquals(demo.consents(), again.consents());
    assertEquals(demo.qualifications(), again.qualifications());
    assertEquals(demo.familyLinks(), again.familyLinks());
    assertEquals(demo.members(), again.members());
  }

  @Test
  void membershipTypesFeesAndRetention() {
    for (Member m : demo.members()) {
      assertTrue(TYPES.contains(m.membershipType()), m::toString);
      assertNotNull(m.feeCategory(), m::toString);
      if (m.status().equals("HONORARY")) {
        assertEquals("HONORARY", m.membershipType(), m::toString);
      }
      if (age(m) < 18) {
        assertTrue(Set.of("YOUTH", "FAMILY").contains(m.membershipType()), m::toString);
      }
      assertEquals(m.exitDate() == null ? null : m.exitDate().plusYears(3), m.anonymiseAfter());
    }
    Map<String, Long> byType =
        demo.members().stream()
            .collect(Collectors.groupingBy(Member::membershipType, Collectors.counting()));
    assertTrue(byType.keySet().containsAll(TYPES), byType::toString);
  }

  @Test
  void everyCurrentMinorHasAGuardianContactOrALinkedParent() {
    Set<Long> withParent =
        demo.familyLinks().stream()
            .filter(l -> l.relation().equals("PARENT"))
            .map(FamilyLink::memberId)
            .collect(Collectors.toSet());
    int minors = 0;
    for (Member m : demo.members()) {
      if (current(m) && age(m) < 18) {
        minors++;
        boolean contact =
            m.guardianName() != null && (m.guardianPhone() != null || m.guardianEmail() != null);
        assertTrue(contact || withParent.contains(m.id()), m::toString);
      }
    }
    assertTrue(minors > 5_000, "minors: " + minors);
  }

  @Test
  void familyLinksJoinCurrentMembersOfOneClub() {
    Set<String> pairs = new HashSet<>();
    for (FamilyLink l : demo.familyLinks()) {
      Member child = members.get(l.memberId());
      Member parent = members.get(l.relatedMemberId());
      assertEquals(child.clubId(), l.clubId());
      assertEquals(parent.clubId(), l.clubId());
      assertTrue(l.memberId() != l.relatedMemberId());
      assertTrue(age(parent) >= 18 && age(child) < 18, l::toString);
      assertTrue(pairs.add(l.memberId() + "/" + l.relatedMemberId() + "/" + l.relation()));
      if (l.relation().equals("FAMILY_MEMBER")) {
        assertEquals("FAMILY", child.membershipType());
        assertEquals("FAMILY", parent.membershipType());
      } else {
        assertEquals("PARENT", l.relation());
      }
    }
    assertTrue(demo.familyLinks().size() > 1_000);
  }

  @Test
  void functionsHaveValidTermsAndBelongToTheClub() {
    Map<Long, Department> depts =
        demo.departments().stream().collect(Collectors.toMap(Department::id, Function.identity()));
    Set<String> memberDepts =
        demo.memberDepartments().stream()
            .map(md -> md.memberId() + "/" + md.departmentId())
            .collect(Collectors.toSet());
    for (MemberFunction f : demo.memberFunctions()) {
      Member m = members.get(f.memberId());
      assertEquals(m.clubId(), f.clubId(), f::toString);
      assertTrue(FUNCTIONS.contains(f.kind()), f::toString);
      assertFalse(f.termStart().isAfter(ref), f::toString);
      assertTrue(f.termEnd() == null || !f.termEnd().isBefore(f.termStart()), f::toString);
      assertTrue(Period.between(m.birthDate(), f.termStart()).getYears() >= 17, "adult: " + f + m);
      if (f.termEnd() == null) {
        assertTrue(current(m), "open functions only for current members: " + f);
      }
      if (f.departmentId() != null) {
        assertEquals(f.clubId(), depts.get(f.departmentId()).clubId());
        assertTrue(memberDepts.contains(f.memberId() + "/" + f.departmentId()), f::toString);
      }
    }
  }

  @Test
  void everyClubHasOneOpenChairAndTheDemoAccountsHoldTheirs() {
    Map<Long, Long> chairs =
        demo.memberFunctions().stream()
            .filter(f -> f.kind().equals("CHAIR") && f.termEnd() == null)
            .collect(Collectors.groupingBy(MemberFunction::clubId, Collectors.counting()));
    for (Club c : demo.clubs()) {
      assertEquals(1L, chairs.get(c.id()), c.name());
    }
    assertHolds(DemoAccounts.SUBJECT_VORSTAND_SPORT, DemoAccounts.CLUB_TSV_WUERZBURG_SUED, "CHAIR");
    assertHolds(DemoAccounts.SUBJECT_VORSTAND_TEST, DemoAccounts.CLUB_SV_RANDERSACKER, "CHAIR");
    assertHolds(
        DemoAccounts.SUBJECT_DOPPELROLLE,
        DemoAccounts.CLUB_HEIMATVEREIN_VEITSHOECHHEIM,
        "TREASURER");
    // TSV: department leads and trainers in every department
    Club tsv = demo.club(DemoAccounts.CLUB_TSV_WUERZBURG_SUED).orElseThrow();
    for (Department d : demo.departmentsOf(tsv.id())) {
      assertTrue(
          demo.memberFunctions().stream()
              .anyMatch(
                  f ->
                      f.kind().equals("TRAINER")
                          && Long.valueOf(d.id()).equals(f.departmentId())
                          && f.termEnd() == null),
          "trainer in " + d.name());
    }
  }

  private static void assertHolds(String subject, String clubSlug, String kind) {
    long person = demo.personBySubject(subject).orElseThrow().id();
    long club = demo.club(clubSlug).orElseThrow().id();
    Member m =
        demo.membersOf(club).stream()
            .filter(x -> Long.valueOf(person).equals(x.personId()))
            .findFirst()
            .orElseThrow();
    assertTrue(
        demo.memberFunctions().stream()
            .anyMatch(f -> f.memberId() == m.id() && f.kind().equals(kind) && f.termEnd() == null),
        subject + " holds " + kind);
  }

  @Test
  void qualificationsSpreadSoSomeExpireSoonAtAnyTime() {
    int soonAfterRef = 0;
    int aroundToday = 0;
    int expired = 0;
    for (Qualification q : demo.qualifications()) {
      assertFalse(q.issuedOn().isAfter(ref), q::toString);
      assertFalse(q.expiresOn().isBefore(q.issuedOn()), q::toString);
      assertEquals(members.get(q.memberId()).clubId(), q.clubId());
      if (q.expiresOn().isBefore(ref)) {
        expired++;
      } else if (!q.expiresOn().isAfter(ref.plusDays(90))) {
        soonAfterRef++;
      }
      // the demo is loaded with a fixed reference date but used later: still some due then
      if (q.expiresOn().isAfter(ref.plusDays(300)) && !q.expiresOn().isAfter(ref.plusDays(390))) {
        aroundToday++;
      }
    }
    assertTrue(soonAfterRef > 20, "expiring within 90 days: " + soonAfterRef);
    assertTrue(aroundToday > 20, "expiring a year later: " + aroundToday);
    assertTrue(expired > 20, "expired: " + expired);
    assertTrue(
        demo.qualifications().stream()
            .map(Qualification::kind)
            .collect(Collectors.toSet())
            .containsAll(Set.of("TRAINER_LICENSE_C", "FIRST_AID", "JULEICA")));
  }

  @Test
  void recordChecksOnlyForPeopleWorkingWithMinors() {
    Set<Long> youthWorkers =
        demo.memberFunctions().stream()
            .filter(f -> f.kind().equals("TRAINER") || f.kind().equals("YOUTH_LEAD"))
            .map(MemberFunction::memberId)
            .collect(Collectors.toSet());
    int inspected = 0;
    int dueSoon = 0;
    int ended = 0;
    for (Member m : demo.members()) {
      if (m.recordCheckInspected()) {
        inspected++;
        assertTrue(youthWorkers.contains(m.id()), m::toString);
        assertNotNull(m.recordCheckCertificateDate());
        assertFalse(m.recordCheckCertificateDate().isAfter(ref));
        assertFalse(m.recordCheckExcluded());
        LocalDate due = m.recordCheckCertificateDate().plusYears(5);
        if (!due.isBefore(ref) && !due.isAfter(ref.plusDays(90))) {
          dueSoon++;
        }
        if (m.youthWorkEnd() != null) {
          ended++;
        }
      } else {
        assertNull(m.recordCheckCertificateDate());
        assertNull(m.youthWorkEnd());
      }
    }
    assertTrue(inspected > 500, "inspected: " + inspected);
    assertTrue(dueSoon > 5, "due within 90 days: " + dueSoon);
    assertTrue(ended > 5, "youth work ended: " + ended);
    long missing =
        demo.memberFunctions().stream()
            .filter(f -> f.kind().equals("TRAINER") && f.termEnd() == null)
            .filter(f -> !members.get(f.memberId()).recordCheckInspected())
            .count();
    assertTrue(missing > 5, "trainers without check: " + missing);
  }

  @Test
  void consentsOfCurrentMembersWithPlausibleDates() {
    Set<String> seen = new HashSet<>();
    for (Consent c : demo.consents()) {
      Member m = members.get(c.memberId());
      assertTrue(current(m), c::toString);
      assertEquals(m.clubId(), c.clubId());
      assertTrue(seen.add(c.memberId() + "/" + c.kind()), "one per kind: " + c);
      assertFalse(c.consentDate().isAfter(ref), c::toString);
      assertFalse(c.consentDate().isBefore(m.entryDate()), c::toString);
      if (c.withdrawnOn() != null) {
        assertTrue(c.granted());
        assertFalse(c.withdrawnOn().isBefore(c.consentDate()));
      }
      if (c.kind().equals("NEWSLETTER")) {
        assertTrue(m.email() != null || m.guardianEmail() != null, c::toString);
      }
    }
    Map<String, Long> byKind =
        demo.consents().stream()
            .collect(Collectors.groupingBy(Consent::kind, Collectors.counting()));
    assertEquals(Set.of("PHOTO_PUBLICATION", "NEWSLETTER", "DIRECTORY_NAME"), byKind.keySet());
    assertTrue(demo.consents().stream().anyMatch(c -> !c.granted()), "some refused");
    assertTrue(demo.consents().stream().anyMatch(c -> c.withdrawnOn() != null), "some withdrawn");
  }

  @Test
  void smallScaleHasExtrasToo() {
    DemoRegion small = DemoRegion.generate(DemoRegion.DEFAULT_SEED, Scale.SMALL);
    assertFalse(small.memberFunctions().isEmpty());
    assertFalse(small.consents().isEmpty());
    assertFalse(small.qualifications().isEmpty());
    assertFalse(small.familyLinks().isEmpty());
    List<MemberDepartment> md = small.memberDepartments();
    assertFalse(md.isEmpty());
  }
}

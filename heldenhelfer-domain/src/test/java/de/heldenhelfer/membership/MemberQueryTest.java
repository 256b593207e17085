package de.heldenhelfer.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemberQueryTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @Test
  void theOldFourArgumentQueryStillWorks() {
    MemberQuery q = new MemberQuery(null, MemberStatus.ACTIVE, null, false);
    assertEquals("", q.search());
    assertEquals(MemberQuery.Sort.NAME, q.sort());
    MemberQuery.Jpql jpql = q.jpql(TODAY, MemberScope.ALL);
    assertEquals(" WHERE 1 = 1 AND m.status = :status", jpql.where());
    assertEquals(Map.of("status", MemberStatus.ACTIVE), jpql.parameters());
    assertEquals(" ORDER BY m.lastName ASC, m.firstName ASC, m.id ASC", q.orderBy());
  }

  @Test
  void searchWordsAreParametersWithoutWildcards() {
    MemberQuery q = MemberQuery.all().withSearch("  Mül%ler  an_na \\ ");
    assertEquals(List.of("müller", "anna"), q.searchWords());
    MemberQuery.Jpql jpql = q.jpql(TODAY, MemberScope.ALL);
    assertFalse(jpql.where().contains("ller"), "no user text in the JPQL");
    assertEquals("müller%", jpql.parameters().get("s0"));
    assertEquals("anna%", jpql.parameters().get("s1n"), "member numbers by prefix (index)");
    assertEquals(
        "%245%",
        MemberQuery.all().withSearch("245").jpql(TODAY, MemberScope.ALL).parameters().get("s0n"),
        "digits alone may sit inside a member number");
    assertTrue(jpql.where().contains("m.memberNumber LIKE :s0n"));
  }

  @Test
  void atMostFiveSearchWords() {
    assertEquals(5, MemberQuery.all().withSearch("a b c d e f g").searchWords().size());
  }

  @Test
  void departmentScopeConfinesTheList() {
    MemberQuery.Jpql none = MemberQuery.all().jpql(TODAY, MemberScope.NONE);
    assertTrue(none.where().contains("1 = 0"));
    MemberQuery.Jpql trainer = MemberQuery.all().jpql(TODAY, new MemberScope(false, Set.of(4L)));
    assertTrue(trainer.where().contains("sd.department.id IN :scopeDepartments"));
    assertEquals(List.of(4L), trainer.parameters().get("scopeDepartments"));
    assertFalse(MemberQuery.all().jpql(TODAY, MemberScope.ALL).where().contains("scope"));
  }

  @Test
  void agesBecomeBirthDateBounds() {
    MemberQuery q = MemberQuery.all().withAge(6, 14, LocalDate.of(2026, 6, 30));
    MemberQuery.Jpql jpql = q.jpql(TODAY, MemberScope.ALL);
    assertTrue(jpql.where().contains("m.birthDate <= :bornUntil"));
    assertTrue(jpql.where().contains("m.birthDate > :bornAfter"));
    // 6 years old on 30.06.2026: born on or before 30.06.2020
    assertEquals(LocalDate.of(2020, 6, 30), jpql.parameters().get("bornUntil"));
    // at most 14 on 30.06.2026: born after 30.06.2011 (born on it: 15 that day)
    assertEquals(LocalDate.of(2011, 6, 30), jpql.parameters().get("bornAfter"));
    // without reference date: today
    MemberQuery.Jpql today = MemberQuery.all().withAge(18, null, null).jpql(TODAY, MemberScope.ALL);
    assertEquals(LocalDate.of(2008, 11, 22), today.parameters().get("bornUntil"));
    assertNull(today.parameters().get("bornAfter"));
  }

  @Test
  void filtersOnChildrenAreSubqueries() {
    MemberQuery q =
        MemberQuery.all()
            .withDepartment(7L)
            .withFunction(FunctionKind.TRAINER)
            .withMembershipType(MembershipType.FAMILY)
            .withConsent(ConsentKind.PHOTO_PUBLICATION, false)
            .withQualificationExpiringWithin(90);
    MemberQuery.Jpql jpql = q.jpql(TODAY, MemberScope.ALL);
    String w = jpql.where();
    assertTrue(w.contains("fd.department.id = :department"), w);
    assertTrue(w.contains("ff.kind = :function"), w);
    assertTrue(w.contains("m.membershipType = :membershipType"), w);
    assertTrue(w.contains("NOT EXISTS (SELECT fc FROM MemberConsent fc"), w);
    assertTrue(w.contains("fq.expiresOn <= :qualUntil"), w);
    assertEquals(7L, jpql.parameters().get("department"));
    assertEquals(TODAY, jpql.parameters().get("today"));
    assertEquals(TODAY.plusDays(90), jpql.parameters().get("qualUntil"));
    assertTrue(
        MemberQuery.all()
            .withConsent(ConsentKind.NEWSLETTER, null)
            .jpql(TODAY, MemberScope.ALL)
            .where()
            .contains(" AND EXISTS (SELECT fc"),
        "consent without answer means: given");
  }

  @Test
  void sortingByAgeIsTheInverseOfBirthDate() {
    assertEquals(
        " ORDER BY m.birthDate DESC, m.id DESC",
        MemberQuery.all().sortedBy(MemberQuery.Sort.AGE, false).orderBy(),
        "the tie-breaker follows the sort direction, so one index serves both");
    assertEquals(
        " ORDER BY m.birthDate DESC, m.id DESC",
        MemberQuery.all().sortedBy(MemberQuery.Sort.BIRTH, true).orderBy());
    assertEquals(
        " ORDER BY m.lastName DESC, m.firstName DESC, m.id DESC",
        MemberQuery.all().sortedBy(MemberQuery.Sort.NAME, true).orderBy());
  }

  @Test
  void savedTextRoundTrip() {
    MemberQuery q =
        MemberQuery.all()
            .withSearch("Müller & Söhne=1")
            .withStatus(MemberStatus.ACTIVE)
            .sortedBy(MemberQuery.Sort.AGE, true)
            .withDepartment(12L)
            .withAge(6, 14, LocalDate.of(2026, 6, 30))
            .withFunction(FunctionKind.TRAINER)
            .withMembershipType(MembershipType.YOUTH)
            .withConsent(ConsentKind.PHOTO_PUBLICATION, false)
            .withQualificationExpiringWithin(30);
    String text = q.toText();
    assertFalse(text.contains(" "), text);
    assertEquals(q, MemberQuery.fromText(text));
    assertEquals("", MemberQuery.all().toText());
    assertEquals(MemberQuery.all(), MemberQuery.fromText(""));
    assertEquals(MemberQuery.all(), MemberQuery.fromText(null));
  }

  @Test
  void unknownOrDamagedPartsAreLeftOut() {
    MemberQuery q =
        MemberQuery.fromText("status=GONE&sort=NAME&minAge=zwölf&dept=5&colour=blue&q=%E0%A4%A&x");
    assertNull(q.status());
    assertNull(q.minAge());
    assertEquals(5L, q.departmentId());
    assertEquals("", q.search());
  }

  @Test
  void negativeNumbersAreClamped() {
    MemberQuery q = MemberQuery.all().withAge(-3, -1, null).withQualificationExpiringWithin(-5);
    assertEquals(0, q.minAge());
    assertEquals(0, q.maxAge());
    assertEquals(0, q.qualificationExpiringDays());
  }
}

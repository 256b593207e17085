package de.heldenhelfer.membership;

import de.heldenhelfer.club.Department;
import java.lang.reflect.Field;
import java.time.LocalDate;

/** Members, drafts and ids for tests without a database. */
final class Fixtures {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private Fixtures() {}

  static MemberDraft adult() {
    MemberDraft d = new MemberDraft();
    d.setMemberNumber("M-000001");
    d.setSalutation("Frau");
    d.setFirstName("Anna");
    d.setLastName("Schäfer");
    d.setBirthDate(LocalDate.of(1980, 5, 17));
    d.setGender(Gender.W);
    d.setStreet("Domstraße 1");
    d.setPostalCode("97070");
    d.setCity("Würzburg");
    d.setMunicipalityAgs("09663000");
    d.setPhone("0931 123456");
    d.setEmail("anna.schaefer@example.org");
    d.setEntryDate(LocalDate.of(2001, 3, 1));
    return d;
  }

  static MemberDraft child() {
    MemberDraft d = adult();
    d.setMemberNumber("M-000002");
    d.setFirstName("Mia");
    d.setBirthDate(LocalDate.of(2016, 8, 9));
    d.setEntryDate(LocalDate.of(2022, 9, 1));
    d.setEmail(null);
    d.setPhone(null);
    d.setGuardianName("Anna Schäfer");
    d.setGuardianPhone("0160 1234567");
    return d;
  }

  static Member member(MemberDraft d, long id) {
    return withId(Member.create(d, TODAY, 3), id);
  }

  static Department department(String name, long id) {
    return withId(new Department(name, null), id);
  }

  static <T> T withId(T entity, long id) {
    try {
      Field f = entity.getClass().getDeclaredField("id");
      f.setAccessible(true);
      f.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}

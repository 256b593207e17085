package de.heldenhelfer.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.heldenhelfer.security.ClubRole;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.Principal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who sees which members and which columns. */
class VisibilityTest {
  private static Principal principal(Principal.ClubMembership... clubs) {
    return new Principal(1, "sub", "Test Person", "t@example.org", Set.of(), List.of(clubs));
  }

  @Test
  void boardSeesEverythingInTheWholeClub() {
    Principal p = principal(new Principal.ClubMembership(1, "A", Set.of(ClubRole.TREASURER)));
    assertEquals(MemberScope.ALL, MemberScope.of(p, 1L));
    assertEquals(EnumSet.allOf(MemberField.class), MemberField.visibleTo(p, 1L));
  }

  @Test
  void trainerSeesTheirDepartmentsAndTheTrainingColumns() {
    Principal p =
        principal(
            new Principal.ClubMembership(
                1, "A", Set.of(ClubRole.TRAINER, ClubRole.MEMBER), Set.of(4L, 5L)));
    MemberScope scope = MemberScope.of(p, 1L);
    assertFalse(scope.all());
    assertEquals(Set.of(4L, 5L), scope.departmentIds());
    assertTrue(scope.includesAnyOf(Set.of(5L, 9L)));
    assertFalse(scope.includesAnyOf(Set.of(9L)));
    Set<MemberField> fields = MemberField.visibleTo(p, 1L);
    assertTrue(
        fields.containsAll(
            Set.of(
                MemberField.NAME,
                MemberField.BIRTH_DATE,
                MemberField.PHONE,
                MemberField.EMAIL,
                MemberField.DEPARTMENTS,
                MemberField.QUALIFICATIONS)));
    for (MemberField hidden :
        List.of(
            MemberField.FEE_CATEGORY,
            MemberField.ADDRESS,
            MemberField.RECORD_CHECK,
            MemberField.HISTORY)) {
      assertFalse(fields.contains(hidden), hidden.name());
    }
    assertTrue(p.holds(Permission.MEMBER_EXPORT, 1L));
    assertFalse(p.holds(Permission.MEMBER_WRITE, 1L));
    assertFalse(p.holds(Permission.MEMBER_IMPORT, 1L));
  }

  @Test
  void boardAndTrainerAtOnceIsBoard() {
    Principal p =
        principal(
            new Principal.ClubMembership(
                1, "A", Set.of(ClubRole.SECRETARY, ClubRole.TRAINER), Set.of(4L)));
    assertEquals(MemberScope.ALL, MemberScope.of(p, 1L));
  }

  @Test
  void trainerWithoutDepartmentSeesNobody() {
    Principal p = principal(new Principal.ClubMembership(1, "A", Set.of(ClubRole.TRAINER)));
    assertEquals(MemberScope.NONE, MemberScope.of(p, 1L));
  }

  @Test
  void plainMembersAndOtherClubsSeeNothing() {
    Principal p = principal(new Principal.ClubMembership(1, "A", Set.of(ClubRole.MEMBER)));
    assertEquals(MemberScope.NONE, MemberScope.of(p, 1L));
    assertTrue(MemberField.visibleTo(p, 1L).isEmpty());
    assertEquals(MemberScope.NONE, MemberScope.of(p, 2L));
    assertTrue(MemberField.visibleTo(p, 2L).isEmpty());
    assertEquals(MemberScope.NONE, MemberScope.of(null, 1L));
    assertEquals(MemberScope.NONE, MemberScope.of(p, null));
  }

  @Test
  void deletingIsForChairViceChairAndSecretary() {
    for (ClubRole r : ClubRole.values()) {
      boolean expected = r == ClubRole.CHAIR || r == ClubRole.VICE_CHAIR || r == ClubRole.SECRETARY;
      assertEquals(expected, r.permissions().contains(Permission.MEMBER_DELETE), r.name());
      assertEquals(r.isBoard(), r.permissions().contains(Permission.MEMBER_IMPORT), r.name());
      assertEquals(
          r != ClubRole.MEMBER, r.permissions().contains(Permission.MEMBER_EXPORT), r.name());
    }
  }

  @Test
  void principalWithDepartmentsStaysSerializable() throws Exception {
    Principal p =
        principal(
            new Principal.ClubMembership(1, "A", Set.of(ClubRole.TRAINER), Set.of(4L, 5L)),
            new Principal.ClubMembership(2, "B", Set.of()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(p);
    }
    Principal back;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (Principal) in.readObject();
    }
    assertEquals(Set.of(4L, 5L), back.club(1).orElseThrow().departmentIds());
    assertTrue(back.club(2).orElseThrow().roles().isEmpty());
  }
}

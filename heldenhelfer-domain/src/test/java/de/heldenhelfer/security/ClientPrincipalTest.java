package de.heldenhelfer.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.heldenhelfer.club.ApiClient;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A club's API client holds its access level's permissions, in its club, and nothing else. */
class ClientPrincipalTest {
  private static Principal client(ApiClient.Access access) {
    return Principal.client(
        "musik-vereinsapp",
        "Vereins-App",
        42,
        new Principal.ClubMembership(7, "Musikverein", EnumSet.of(ClubRole.SECRETARY), Set.of()),
        access.permissions());
  }

  @Test
  void readAccessReadsMembersOfItsClubOnly() {
    Principal p = client(ApiClient.Access.READ);
    assertTrue(p.isClient());
    assertEquals("musik-vereinsapp", p.clientId());
    assertEquals(42, p.personId(), "the board member who authorised it");
    assertTrue(p.holds(Permission.MEMBER_READ, 7L));
    assertFalse(p.holds(Permission.MEMBER_READ, 8L), "another club");
    assertFalse(
        p.holds(Permission.MEMBER_IMPORT, 7L), "beyond its access although the role has it");
    assertFalse(p.holds(Permission.MEMBER_DELETE, 7L));
    assertFalse(p.holds(Permission.ROLE_MANAGE, 7L), "a client never authorises clients");
    assertFalse(p.holds(Permission.STATISTICS, null), "no region permission");
    assertTrue(p.regionRoles().isEmpty());
  }

  @Test
  void importAccessAddsTheImportAndNothingElse() {
    Principal p = client(ApiClient.Access.IMPORT);
    assertTrue(p.holds(Permission.MEMBER_IMPORT, 7L));
    assertTrue(p.holds(Permission.MEMBER_WRITE, 7L));
    assertFalse(p.holds(Permission.MEMBER_DELETE, 7L));
    assertFalse(p.holds(Permission.FINANCE, 7L));
  }

  @Test
  void personsAreNoClientsAndAClientNeedsAPermission() {
    Principal person =
        new Principal(
            1,
            "sub",
            "Sabine Kraus",
            "s@example.org",
            Set.of(),
            java.util.List.of(
                new Principal.ClubMembership(7, "Musikverein", EnumSet.of(ClubRole.CHAIR))));
    assertFalse(person.isClient());
    assertTrue(person.holds(Permission.ROLE_MANAGE, 7L));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Principal.client(
                "x-client",
                "x",
                1,
                new Principal.ClubMembership(7, "M", EnumSet.of(ClubRole.SECRETARY)),
                Set.of()));
  }
}

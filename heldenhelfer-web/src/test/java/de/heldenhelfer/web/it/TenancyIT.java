package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.heldenhelfer.membership.Member;
import de.heldenhelfer.membership.MemberQuery;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.people.IdentityService;
import de.heldenhelfer.platform.demo.DemoAccounts;
import de.heldenhelfer.region.RegionService;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.shared.AccessDeniedException;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.NotAuthenticatedException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenancy and permissions in the container, against the test stack's MariaDB with the small demo
 * region. Fixture: TSV 1862 Würzburg-Süd (board: vorstand-sport, member: mitglied) and SV
 * Randersacker (board: vorstand-test) are two sports clubs; planung is a region planner.
 */
@ExtendWith(ArquillianExtension.class)
class TenancyIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.application("hh-tenancy-it", TenancyIT.class);
  }

  @Inject IdentityService identities;
  @Inject MemberService members;
  @Inject RegionService region;
  @Inject Actor actor;
  @Inject TenantContext tenant;
  @Inject RequestContextController requestContext;
  @Inject Instance<Actor> actors;
  @Inject Instance<TenantContext> tenants;
  @Inject Instance<MemberService> memberServices;

  @Resource(lookup = "java:app/jdbc/heldenhelfer")
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  private Principal principal(String subject, String... realmRoles) {
    return identities.principalOf(subject, List.of(realmRoles));
  }

  private long clubOf(Principal p) {
    return p.clubs().get(0).clubId();
  }

  private long anyMemberOf(long clubId) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT MIN(id) FROM member WHERE club_id = ? AND status <> 'LEFT'")) {
      ps.setLong(1, clubId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void boardSeesOwnMembersAndNotThoseOfAnotherClub() throws Exception {
    Principal sport = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    Principal other = principal(DemoAccounts.SUBJECT_VORSTAND_TEST);
    long clubA = clubOf(sport);
    long clubB = clubOf(other);
    long memberOfA = anyMemberOf(clubA);
    long memberOfB = anyMemberOf(clubB);
    assertTrue(memberOfA > 0 && memberOfB > 0, "fixture has members in both clubs");

    actor.actAs(sport);
    tenant.enter(clubA);
    List<Member> page = members.page(MemberQuery.all(), 0, 500);
    assertFalse(page.isEmpty(), "club A sees its members");
    assertTrue(page.stream().allMatch(m -> m.clubId() == clubA), "only club A's rows");
    assertEquals(memberOfA, members.find(memberOfA).id());
    assertThrows(NotFoundException.class, () -> members.find(memberOfB));
    assertThrows(
        NotFoundException.class,
        () -> members.changeContact(memberOfB, 0, "0931 1", "x@example.org"));
    long countA = members.count(MemberQuery.all());
    assertEquals(countA, members.count(new MemberQuery("", null, null, false)));
    assertTrue(countA < count("SELECT COUNT(*) FROM member"), "count is confined to the club");
  }

  @Test
  void signInLinksTheKeycloakSubjectAndRecordsTheLogin() {
    Principal p =
        identities.signIn(
            new IdentityService.VerifiedIdentity(
                DemoAccounts.SUBJECT_VORSTAND_SPORT,
                "sabine.kraus@demo.heldenhelfer.de",
                true,
                "Sabine",
                "Kraus",
                List.of("default-roles-heldenhelfer", "offline_access")));
    assertEquals("Sabine Kraus", p.displayName());
    assertEquals(1, p.clubs().size(), "board of exactly one club");
    assertTrue(p.regionRoles().isEmpty(), "unknown realm roles are ignored");
  }

  @Test
  void memberRoleMayNotReadTheMemberList() {
    Principal member = principal(DemoAccounts.SUBJECT_MITGLIED);
    actor.actAs(member);
    tenant.enter(clubOf(member));
    assertThrows(AccessDeniedException.class, () -> members.page(MemberQuery.all(), 0, 10));
    assertTrue(members.ownMembership().isPresent(), "but sees the own membership");
  }

  @Test
  void plannerSeesRegionCountsButNoMembers() {
    actor.actAs(principal(DemoAccounts.SUBJECT_PLANUNG, "planner"));
    assertTrue(region.overview().clubs() >= 4);
    assertThrows(AccessDeniedException.class, () -> members.count(MemberQuery.all()));
    assertThrows(AccessDeniedException.class, () -> region.clubsAwaitingVerification());
  }

  @Test
  void anonymousCallsAreRefused() {
    assertThrows(NotAuthenticatedException.class, () -> members.count(MemberQuery.all()));
    assertThrows(NotAuthenticatedException.class, () -> region.overview());
  }

  @Test
  void rulesAndConcurrentEditsRefuseChangesWithoutSavingHalf() throws Exception {
    Principal sport = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    long clubA = clubOf(sport);
    actor.actAs(sport);
    tenant.enter(clubA);
    Member m = members.find(anyMemberOf(clubA));
    long version = m.version();
    RuleViolationException invalid =
        assertThrows(
            RuleViolationException.class,
            () -> members.changeContact(m.id(), version, "0931 123", "not-an-address"));
    assertEquals("email", invalid.field());
    String fresh = "neu" + System.nanoTime() + "@example.org"; // a real change on every run
    Member saved = members.changeContact(m.id(), version, "0931 4711", fresh);
    assertEquals(fresh, saved.email());
    assertThrows(
        ConcurrentChangeException.class,
        () -> members.changeContact(m.id(), version, "0931 0", "alt@example.org"));
    assertEquals(fresh, members.find(m.id()).email(), "the stale edit changed nothing");
  }

  @Test
  void concurrentReadsOfTwoClubsNeverMixRows() throws Exception {
    Principal a = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    Principal b = principal(DemoAccounts.SUBJECT_VORSTAND_TEST);
    List<Callable<Set<Long>>> tasks = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Principal who = i % 2 == 0 ? a : b;
      tasks.add(() -> readClubIds(who, clubOf(who), 25));
    }
    List<Future<Set<Long>>> results = executor.invokeAll(tasks);
    for (int i = 0; i < results.size(); i++) {
      Principal who = i % 2 == 0 ? a : b;
      assertEquals(Set.of(clubOf(who)), results.get(i).get(), "task " + i + " saw only its club");
    }
  }

  private Set<Long> readClubIds(Principal who, long clubId, int rounds) {
    requestContext.activate();
    try {
      actors.get().actAs(who);
      tenants.get().enter(clubId);
      Set<Long> seen = new HashSet<>();
      MemberService service = memberServices.get();
      for (int r = 0; r < rounds; r++) {
        service.page(MemberQuery.all(), (r * 20) % 200, 20).forEach(m -> seen.add(m.clubId()));
        long first = service.page(MemberQuery.all(), 0, 1).get(0).id();
        seen.add(service.find(first).clubId());
      }
      return seen;
    } finally {
      requestContext.deactivate();
    }
  }

  private long count(String sql) throws Exception {
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

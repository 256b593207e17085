package de.heldenhelfer.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.ClubRole;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.shared.AccessDeniedException;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.persistence.logging.DefaultSessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The member model against a real MariaDB with EclipseLink outside a container: mappings,
 * multitenancy, the JPQL of lists and filters, the history, the department scope and the number of
 * SQL statements of a list page. The services are wired by hand (no interceptors: permissions are
 * covered by the integration tests of the web module).
 *
 * <p>Skipped unless {@code -Dhh.test.jpa.url=jdbc:mariadb://…} names a database with the Flyway
 * migrations applied (it may hold other data; the test creates two clubs of its own and leaves them
 * behind). Needs the MariaDB driver on the test class path, e.g. {@code
 * -Dmaven.test.additionalClasspath=…/mariadb-java-client-3.5.11.jar}.
 */
@EnabledIfSystemProperty(named = "hh.test.jpa.url", matches = ".+")
class MemberPersistenceTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final AtomicInteger STATEMENTS = new AtomicInteger();

  /** Counts the SQL statements EclipseLink sends. */
  public static class CountingLog extends DefaultSessionLog {
    @Override
    public void log(SessionLogEntry entry) {
      if ("sql".equals(entry.getNameSpace())) {
        STATEMENTS.incrementAndGet();
        if (Boolean.getBoolean("hh.test.jpa.showSql")) {
          System.out.println("SQL: " + entry.getMessage());
        }
      }
    }
  }

  private static String url;
  private static EntityManagerFactory emf;
  private static long clubA;
  private static long clubB;
  private static long football;
  private static long gymnastics;
  private static long boardPerson;
  private static long otherPerson;

  @BeforeAll
  static void setUp() throws SQLException {
    url = System.getProperty("hh.test.jpa.url");
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = connection()) {
      clubA = insertClub(c, "JPA-Test A " + suffix);
      clubB = insertClub(c, "JPA-Test B " + suffix);
      football =
          insert(c, "INSERT INTO department (club_id, name) VALUES (" + clubA + ", 'Fußball')");
      gymnastics =
          insert(c, "INSERT INTO department (club_id, name) VALUES (" + clubA + ", 'Turnen')");
      boardPerson =
          insert(
              c,
              "INSERT INTO person (email, first_name, last_name) VALUES ('board-"
                  + suffix
                  + "@example.org', 'Bea', 'Vorstand')");
      otherPerson =
          insert(
              c,
              "INSERT INTO person (email, first_name, last_name) VALUES ('other-"
                  + suffix
                  + "@example.org', 'Otto', 'Anders')");
      try (Statement s = c.createStatement()) {
        s.executeUpdate("UPDATE club SET retention_years = 2 WHERE id = " + clubA);
      }
    }
    Map<String, Object> props = new HashMap<>();
    props.put("eclipselink.persistencexml", "META-INF/persistence-jpa-test.xml");
    props.put("jakarta.persistence.jdbc.url", url);
    props.put("jakarta.persistence.jdbc.user", System.getProperty("hh.test.jdbc.user", "root"));
    props.put("jakarta.persistence.jdbc.password", System.getProperty("hh.test.jdbc.password", ""));
    props.put("eclipselink.logging.logger", CountingLog.class.getName());
    props.put("eclipselink.logging.level.sql", "FINE");
    emf = Persistence.createEntityManagerFactory("heldenhelfer-jpa-test", props);
  }

  @AfterAll
  static void tearDown() {
    if (emf != null) {
      emf.close();
    }
  }

  private static Connection connection() throws SQLException {
    return DriverManager.getConnection(
        url,
        System.getProperty("hh.test.jdbc.user", "root"),
        System.getProperty("hh.test.jdbc.password", ""));
  }

  private static long insertClub(Connection c, String name) throws SQLException {
    return insert(
        c,
        "INSERT INTO club (name, slug, kind, legal_form, municipality_ags) VALUES ('"
            + name
            + "', '"
            + name.toLowerCase().replace(' ', '-')
            + "', 'SPORT', 'EV', '09663000')");
  }

  private static long insert(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      s.executeUpdate();
      try (ResultSet rs = s.getGeneratedKeys()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static long count(String sql) throws SQLException {
    try (Connection c = connection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  // ------------------------------------------------------------------ wiring

  /** A service pair for one club and one principal, with its own entity manager. */
  private static final class Session {
    final EntityManager em;
    final MemberService members = new MemberService();
    final MemberListService lists = new MemberListService();

    Session(long clubId, Principal principal) {
      em = emf.createEntityManager(Map.of("eclipselink.tenant-id", Long.toString(clubId)));
      Actor actor = new Actor();
      actor.actAs(principal);
      TenantContext tenant = new TenantContext();
      tenant.enter(clubId);
      Clock clock = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
      members.em = em;
      members.actor = actor;
      members.tenant = tenant;
      members.clock = clock;
      lists.em = em;
      lists.actor = actor;
      lists.tenant = tenant;
      lists.clock = clock;
    }

    <T> T tx(Supplier<T> work) {
      em.getTransaction().begin();
      try {
        T result = work.get();
        em.getTransaction().commit();
        return result;
      } catch (RuntimeException e) {
        if (em.getTransaction().isActive()) {
          em.getTransaction().rollback();
        }
        throw e;
      } finally {
        em.clear();
      }
    }

    void run(Runnable work) {
      tx(
          () -> {
            work.run();
            return null;
          });
    }
  }

  private static Principal board(long clubId) {
    return new Principal(
        boardPerson,
        "board",
        "Bea Vorstand",
        "board@example.org",
        Set.of(),
        List.of(new Principal.ClubMembership(clubId, "Club", Set.of(ClubRole.CHAIR))));
  }

  private static Principal trainer(long clubId, long department) {
    return new Principal(
        otherPerson,
        "trainer",
        "Otto Anders",
        "other@example.org",
        Set.of(),
        List.of(
            new Principal.ClubMembership(
                clubId, "Club", Set.of(ClubRole.TRAINER), Set.of(department))));
  }

  private static MemberDraft draft(String first, String last, LocalDate birth, LocalDate entry) {
    MemberDraft d = new MemberDraft();
    d.setFirstName(first);
    d.setLastName(last);
    d.setBirthDate(birth);
    d.setEntryDate(entry);
    d.setGender(Gender.W);
    d.setStreet("Domstraße 1");
    d.setPostalCode("97070");
    d.setCity("Würzburg");
    d.setMunicipalityAgs("09663000");
    d.setEmail(first.toLowerCase() + "@example.org");
    if (birth != null && birth.isAfter(TODAY.minusYears(18))) {
      d.setGuardianName("Eltern " + last);
      d.setGuardianPhone("0931 1");
    }
    return d;
  }

  // ------------------------------------------------------------------ tests

  @Test
  void createUpdateHistoryAndOptimisticLocking() throws SQLException {
    Session s = new Session(clubA, board(clubA));
    Member created =
        s.tx(
            () ->
                s.members.create(
                    draft("Klara", "Kästner", LocalDate.of(1975, 4, 2), LocalDate.of(2000, 1, 1))));
    assertNotNull(created.id());
    assertTrue(created.memberNumber().matches(".*\\d"), created.memberNumber());
    long version = created.version();

    MemberDraft d = MemberDraft.of(created);
    d.setLastName("Kästner-Roth");
    d.setFeeCategory("Vollbeitrag");
    Member updated = s.tx(() -> s.members.update(created.id(), version, d));
    assertEquals("Kästner-Roth", updated.lastName());
    assertTrue(updated.version() > version);

    MemberDraft stale = MemberDraft.of(created);
    stale.setLastName("Überschrieben");
    assertThrows(
        ConcurrentChangeException.class,
        () -> s.run(() -> s.members.update(created.id(), version, stale)));
    assertEquals("Kästner-Roth", s.tx(() -> s.members.find(created.id())).lastName());

    List<MemberChange> history = s.tx(() -> s.members.history(created.id()));
    assertEquals(MemberChange.Action.CHANGED, history.get(0).action(), "newest first");
    assertTrue(
        history.stream()
            .anyMatch(
                c ->
                    c.field().equals("lastName")
                        && "Kästner".equals(c.oldValue())
                        && "Kästner-Roth".equals(c.newValue())
                        && c.actorName().equals("Bea Vorstand")
                        && c.actorPersonId() == boardPerson));
    assertTrue(
        history.stream()
            .anyMatch(
                c -> c.action() == MemberChange.Action.CREATED && c.field().equals("firstName")));

    // the number is unique in the club, with a friendly message
    MemberDraft twin =
        draft("Karl", "Zwilling", LocalDate.of(1980, 1, 1), LocalDate.of(2010, 1, 1));
    twin.setMemberNumber(created.memberNumber());
    RuleViolationException e =
        assertThrows(RuleViolationException.class, () -> s.run(() -> s.members.create(twin)));
    assertEquals("member.memberNumber.taken", e.messageKey());
    // ... but club B may use the same number
    Session b = new Session(clubB, board(clubB));
    assertNotNull(b.tx(() -> b.members.create(twin)).id());
    assertThrows(NotFoundException.class, () -> b.run(() -> b.members.find(created.id())));
    assertEquals(
        1, count("SELECT COUNT(*) FROM member WHERE club_id = " + clubB), "club B has one member");
  }

  @Test
  void childrenAreStoredAndDeletedWithTheMember() throws SQLException {
    Session s = new Session(clubA, board(clubA));
    Member parent =
        s.tx(
            () ->
                s.members.create(
                    draft("Paula", "Pfister", LocalDate.of(1985, 6, 1), LocalDate.of(2015, 1, 1))));
    Member kid =
        s.tx(
            () ->
                s.members.create(
                    draft("Pia", "Pfister", LocalDate.of(2015, 3, 3), LocalDate.of(2020, 1, 1))));
    s.run(() -> s.members.assignDepartment(kid.id(), football, LocalDate.of(2021, 1, 1)));
    MemberFunction f =
        s.tx(
            () ->
                s.members.addFunction(
                    parent.id(),
                    FunctionKind.TRAINER,
                    null,
                    football,
                    LocalDate.of(2022, 1, 1),
                    null));
    s.run(() -> s.members.setConsent(parent.id(), ConsentKind.PHOTO_PUBLICATION, true, TODAY));
    MemberQualification q =
        s.tx(
            () ->
                s.members.addQualification(
                    parent.id(),
                    QualificationKind.FIRST_AID,
                    null,
                    LocalDate.of(2025, 1, 10),
                    LocalDate.of(2027, 1, 10)));
    s.run(() -> s.members.setRecordCheck(parent.id(), true, LocalDate.of(2022, 1, 5), false));
    FamilyLink link =
        s.tx(() -> s.members.linkFamily(kid.id(), parent.id(), FamilyRelation.PARENT));
    assertNotNull(f.id());
    assertNotNull(q.id());
    assertNotNull(link.id());

    Member p =
        s.tx(
            () -> {
              Member m = s.members.find(parent.id());
              m.functions().size();
              m.consents().size();
              m.qualifications().size();
              return m;
            });
    assertEquals(1, p.functions().size());
    assertTrue(p.hasConsent(ConsentKind.PHOTO_PUBLICATION));
    assertEquals(LocalDate.of(2027, 1, 10), p.qualifications().get(0).expiresOn());
    assertTrue(p.recordCheckInspected());
    assertEquals(
        1, s.tx(() -> s.members.linksTo(parent.id())).size(), "the parent knows the child");

    // an open function blocks deletion
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () -> s.run(() -> s.members.delete(parent.id(), p.version())));
    assertEquals("member.delete.openFunction", e.messageKey());
    s.run(() -> s.members.endFunction(parent.id(), f.id(), TODAY));
    long version = s.tx(() -> s.members.find(parent.id()).version());
    s.run(() -> s.members.delete(parent.id(), version));

    assertEquals(0, count("SELECT COUNT(*) FROM member WHERE id = " + parent.id()));
    assertEquals(0, count("SELECT COUNT(*) FROM member_function WHERE member_id = " + parent.id()));
    assertEquals(0, count("SELECT COUNT(*) FROM member_consent WHERE member_id = " + parent.id()));
    assertEquals(
        0, count("SELECT COUNT(*) FROM family_link WHERE related_member_id = " + parent.id()));
    assertEquals(0, count("SELECT COUNT(*) FROM member_change WHERE member_id = " + parent.id()));
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM member_change WHERE member_id IS NULL AND action = 'DELETED'"
                + " AND member_number = '"
                + parent.memberNumber()
                + "' AND club_id = "
                + clubA),
        "a tombstone remains");
    // the child keeps its own history and department
    assertTrue(s.tx(() -> s.members.history(kid.id())).size() > 3);
    assertEquals(1, count("SELECT COUNT(*) FROM member_department WHERE member_id = " + kid.id()));
  }

  @Test
  void filtersListsAndDepartmentScope() throws SQLException {
    Session s = new Session(clubA, board(clubA));
    String tag = "Zett" + UUID.randomUUID().toString().substring(0, 4);
    Member a =
        s.tx(
            () ->
                s.members.create(
                    draft("Anton", tag, LocalDate.of(2014, 1, 2), LocalDate.of(2020, 1, 1))));
    Member b =
        s.tx(
            () ->
                s.members.create(
                    draft("Berta", tag, LocalDate.of(1976, 12, 28), LocalDate.of(2001, 5, 1))));
    Member c =
        s.tx(
            () ->
                s.members.create(
                    draft("Carl", tag, LocalDate.of(1960, 2, 29), LocalDate.of(1986, 7, 1))));
    s.run(() -> s.members.assignDepartment(List.of(a.id(), b.id()), football, null));
    s.run(() -> s.members.assignDepartment(c.id(), gymnastics, LocalDate.of(1990, 1, 1)));
    s.run(
        () ->
            s.members.addFunction(
                b.id(), FunctionKind.TRAINER, null, football, LocalDate.of(2020, 1, 1), null));
    s.run(() -> s.members.setConsent(a.id(), ConsentKind.PHOTO_PUBLICATION, true, TODAY));
    s.run(() -> s.members.setConsent(c.id(), ConsentKind.PHOTO_PUBLICATION, false, TODAY));
    s.run(
        () ->
            s.members.addQualification(
                b.id(),
                QualificationKind.TRAINER_LICENSE_C,
                null,
                LocalDate.of(2022, 12, 1),
                TODAY.plusDays(20)));
    s.run(() -> s.members.setRecordCheck(b.id(), true, TODAY.minusYears(5).plusDays(10), false));

    MemberQuery mine = MemberQuery.all().withSearch(tag);
    assertEquals(3, s.tx(() -> s.members.count(mine)));
    assertEquals(2, s.tx(() -> s.members.count(mine.withDepartment(football))));
    assertEquals(1, s.tx(() -> s.members.count(mine.withAge(null, 17, null))));
    assertEquals(2, s.tx(() -> s.members.count(mine.withAge(18, null, null))));
    assertEquals(1, s.tx(() -> s.members.count(mine.withFunction(FunctionKind.TRAINER))));
    assertEquals(
        2, s.tx(() -> s.members.count(mine.withConsent(ConsentKind.PHOTO_PUBLICATION, false))));
    assertEquals(1, s.tx(() -> s.members.count(mine.withQualificationExpiringWithin(30))));
    assertEquals(0, s.tx(() -> s.members.count(mine.withQualificationExpiringWithin(10))));
    assertEquals(1, s.tx(() -> s.members.count(mine.withMembershipType(MembershipType.YOUTH))));
    assertEquals(
        List.of("Anton", "Berta", "Carl"),
        s.tx(() -> s.members.page(mine.sortedBy(MemberQuery.Sort.AGE, false), 0, 10)).stream()
            .map(Member::firstName)
            .toList());
    assertEquals(
        List.of("Carl"),
        s.tx(() -> s.members.page(MemberQuery.all().withSearch("carl " + tag), 0, 10)).stream()
            .map(Member::firstName)
            .toList());

    // ready-made lists
    List<MemberListService.ConsentGap> gaps =
        s.tx(() -> s.lists.withoutConsent(ConsentKind.PHOTO_PUBLICATION, mine));
    assertEquals(
        Map.of(
            "Berta", MemberListService.ConsentState.MISSING,
            "Carl", MemberListService.ConsentState.REFUSED),
        Map.of(
            gaps.get(0).firstName(), gaps.get(0).state(),
            gaps.get(1).firstName(), gaps.get(1).state()));
    assertEquals(3, s.tx(() -> s.lists.addressList(mine)).size());
    assertTrue(
        s
            .tx(() -> s.lists.birthdays(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 10)))
            .stream()
            .anyMatch(l -> l.firstName().equals("Berta") && l.age() == 50),
        "across New Year");
    assertTrue(
        s
            .tx(() -> s.lists.birthdays(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 10)))
            .stream()
            .anyMatch(
                l ->
                    l.firstName().equals("Anton")
                        && l.birthday().equals(LocalDate.of(2027, 1, 2))));
    assertTrue(
        s.tx(() -> s.lists.birthdays(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28))).stream()
            .anyMatch(l -> l.firstName().equals("Carl") && l.age() == 67),
        "29 February on the 28th");
    assertTrue(
        s.tx(() -> s.lists.anniversaries(2026, null)).stream()
            .anyMatch(l -> l.firstName().equals("Berta") && l.years() == 25));
    assertTrue(
        s.tx(() -> s.lists.anniversaries(2026, Set.of(40))).stream()
            .anyMatch(l -> l.firstName().equals("Carl") && l.years() == 40));
    assertTrue(
        s.tx(() -> s.lists.expiringQualifications(30, false)).stream()
            .anyMatch(l -> l.memberId() == b.id()));
    assertTrue(
        s.tx(() -> s.lists.dueRecordChecks(30)).stream().anyMatch(l -> l.memberId() == b.id()));
    assertFalse(
        s.tx(() -> s.lists.dueRecordChecks(5)).stream().anyMatch(l -> l.memberId() == b.id()));
    assertFalse(
        s.tx(() -> s.lists.missingRecordChecks()).stream().anyMatch(l -> l.memberId() == b.id()));

    // a trainer of the football department sees its members only, and fewer columns
    Session t = new Session(clubA, trainer(clubA, football));
    assertEquals(2, t.tx(() -> t.members.count(mine)));
    assertEquals(
        Set.of("Anton", "Berta"),
        Set.copyOf(
            t.tx(() -> t.members.page(mine, 0, 10)).stream().map(Member::firstName).toList()));
    assertThrows(NotFoundException.class, () -> t.run(() -> t.members.find(c.id())));
    assertEquals(a.id(), t.tx(() -> t.members.find(a.id())).id());
    assertThrows(AccessDeniedException.class, () -> t.run(() -> t.lists.addressList(mine)));
    assertThrows(AccessDeniedException.class, () -> t.run(() -> t.members.history(a.id())));
    assertEquals(2, t.tx(() -> t.lists.phoneList(mine)).size());
    Session nobody = new Session(clubA, trainer(clubA, 999_999));
    assertEquals(0, nobody.tx(() -> nobody.members.count(mine)));
  }

  @Test
  void aListPageReadsChildrenInBatchesNotPerMember() {
    Session s = new Session(clubA, board(clubA));
    String tag = "Batch" + UUID.randomUUID().toString().substring(0, 4);
    for (int i = 0; i < 12; i++) {
      int n = i;
      Member m =
          s.tx(
              () ->
                  s.members.create(
                      draft(
                          "Name" + n,
                          tag,
                          LocalDate.of(1990, 1, 1 + n),
                          LocalDate.of(2010, 1, 1))));
      s.run(() -> s.members.assignDepartment(m.id(), n % 2 == 0 ? football : gymnastics, null));
      s.run(
          () ->
              s.members.addQualification(
                  m.id(), QualificationKind.FIRST_AID, null, LocalDate.of(2025, 1, 1), null));
    }
    int before = STATEMENTS.get();
    int shown =
        s.tx(
            () -> {
              int n = 0;
              for (Member m : s.members.page(MemberQuery.all().withSearch(tag), 0, 25)) {
                n += m.departments().size() + m.qualifications().size() + m.functions().size();
                m.departments().forEach(d -> d.department().name());
              }
              return n;
            });
    int statements = STATEMENTS.get() - before;
    System.out.println("A page of 12 members with children: " + statements + " statements");
    assertEquals(24, shown);
    assertTrue(statements <= 8, "statements for a page of 12 with children: " + statements);
  }

  @Test
  void endingAnonymisingAndRetention() throws SQLException {
    Session s = new Session(clubA, board(clubA));
    Member m =
        s.tx(
            () ->
                s.members.create(
                    draft("Erna", "Ehemalig", LocalDate.of(1950, 1, 1), LocalDate.of(1970, 1, 1))));
    s.run(
        () -> s.members.setConsent(m.id(), ConsentKind.NEWSLETTER, true, LocalDate.of(2020, 1, 1)));
    Member ended =
        s.tx(
            () ->
                s.members.end(m.id(), s.members.find(m.id()).version(), LocalDate.of(2023, 6, 30)));
    assertEquals(MemberStatus.LEFT, ended.status());
    assertEquals(LocalDate.of(2025, 6, 30), ended.anonymiseAfter(), "club A keeps 2 years");

    Member later =
        s.tx(
            () ->
                s.members.create(
                    draft(
                        "Fritz", "Fortgang", LocalDate.of(1970, 1, 1), LocalDate.of(1990, 1, 1))));
    s.run(() -> s.members.setRecordCheck(later.id(), true, LocalDate.of(2024, 1, 1), false));
    s.run(() -> s.members.endYouthWork(later.id(), LocalDate.of(2026, 8, 1)));

    MemberService.RetentionResult r = s.tx(() -> s.members.applyRetention());
    assertTrue(r.anonymised() >= 1, r.toString());
    assertTrue(r.recordChecksDeleted() >= 1, r.toString());
    Member anon = s.tx(() -> s.members.find(m.id()));
    assertTrue(anon.isAnonymised());
    assertEquals(Member.ANONYMISED_NAME, anon.lastName());
    assertEquals(0, count("SELECT COUNT(*) FROM member_consent WHERE member_id = " + m.id()));
    List<MemberChange> history = s.tx(() -> s.members.history(m.id()));
    assertEquals(1, history.size(), "the history is erased but for the anonymisation");
    assertEquals(MemberChange.Action.ANONYMISED, history.get(0).action());
    assertFalse(s.tx(() -> s.members.find(later.id())).recordCheckInspected());
  }

  @Test
  void savedFiltersBelongToTheirPerson() {
    Session s = new Session(clubA, board(clubA));
    MemberQuery q = MemberQuery.all().withDepartment(football).withAge(6, 14, null);
    SavedMemberFilter f = s.tx(() -> s.members.saveFilter("Fußball-Kinder", q));
    s.tx(() -> s.members.saveFilter("Fußball-Kinder", q.withStatus(MemberStatus.ACTIVE)));
    List<SavedMemberFilter> mine = s.tx(() -> s.members.savedFilters());
    assertEquals(1, mine.size(), "the same name replaces");
    assertEquals(MemberStatus.ACTIVE, mine.get(0).query().status());
    Session other = new Session(clubA, trainer(clubA, football));
    assertTrue(other.tx(() -> other.members.savedFilters()).isEmpty());
    assertThrows(
        NotFoundException.class, () -> other.run(() -> other.members.deleteFilter(f.id())));
    s.run(() -> s.members.deleteFilter(f.id()));
    assertTrue(s.tx(() -> s.members.savedFilters()).isEmpty());
  }

  @Test
  void identityCarriesTheDepartmentsOfDepartmentScopedRoles() throws Exception {
    String subject = "jpa-test-" + UUID.randomUUID();
    try (Connection c = connection()) {
      long person =
          insert(
              c,
              "INSERT INTO person (subject, email, first_name, last_name) VALUES ('"
                  + subject
                  + "', '"
                  + subject
                  + "@example.org', 'Tina', 'Trainer')");
      for (String row :
          List.of(
              clubA + ", " + person + ", 'TRAINER', '2024-01-01', " + football,
              clubA + ", " + person + ", 'TRAINER', '2024-01-01', " + gymnastics,
              clubA + ", " + person + ", 'MEMBER', '2020-01-01', NULL",
              clubB + ", " + person + ", 'SECRETARY', '2022-01-01', NULL")) {
        insert(
            c,
            "INSERT INTO club_role (club_id, person_id, role, since, department_id) VALUES ("
                + row
                + ")");
      }
    }
    de.heldenhelfer.people.IdentityService identities =
        new de.heldenhelfer.people.IdentityService();
    java.lang.reflect.Field f = identities.getClass().getDeclaredField("em");
    f.setAccessible(true);
    EntityManager em = emf.createEntityManager();
    f.set(identities, em);
    Principal p;
    em.getTransaction().begin();
    try {
      p = identities.principalOf(subject, List.of());
    } finally {
      em.getTransaction().rollback();
      em.close();
    }
    Principal.ClubMembership a = p.club(clubA).orElseThrow();
    assertEquals(Set.of(ClubRole.TRAINER, ClubRole.MEMBER), a.roles());
    assertEquals(Set.of(football, gymnastics), a.departmentIds());
    assertTrue(a.isDepartmentScoped());
    Principal.ClubMembership b = p.club(clubB).orElseThrow();
    assertTrue(b.isBoard());
    assertTrue(b.departmentIds().isEmpty());
    assertEquals(MemberScope.ALL, MemberScope.of(p, clubB));
  }
}

package de.heldenhelfer.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Loads the demo region into a real MariaDB. Skipped unless {@code -Dhh.test.jdbc.url=...} is set;
 * the database must have the Flyway migrations applied and an empty {@code club} table, and the
 * MariaDB JDBC driver must be on the test class path. Optional: {@code hh.test.jdbc.user} (default
 * root), {@code hh.test.jdbc.password} (default empty), {@code hh.test.scale} (default SMALL).
 * Leaves the loaded data behind.
 */
@EnabledIfSystemProperty(named = "hh.test.jdbc.url", matches = ".+")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoRegionLoaderTest {

  private static DataSource ds;
  private static Scale scale;

  @BeforeAll
  static void connect() throws SQLException {
    ds =
        new DriverManagerDataSource(
            System.getProperty("hh.test.jdbc.url"),
            System.getProperty("hh.test.jdbc.user", "root"),
            System.getProperty("hh.test.jdbc.password", ""));
    scale = Scale.valueOf(System.getProperty("hh.test.scale", "SMALL"));
    assumeTrue(count("SELECT COUNT(*) FROM club") == 0, "needs an empty club table");
  }

  @Test
  @Order(1)
  void failedLoadIsRolledBackCompletely() throws SQLException {
    long persons = count("SELECT COUNT(*) FROM person");
    DataSource failing = failingOn(ds, "INSERT INTO member_department");
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> DemoRegionLoader.load(failing, 1, scale, DemoRegion.DEFAULT_REFERENCE_DATE));
    assertTrue(e.getCause() instanceof SQLException, e.toString());
    assertEquals(0, count("SELECT COUNT(*) FROM club"));
    assertEquals(0, count("SELECT COUNT(*) FROM member"));
    assertEquals(0, count("SELECT COUNT(*) FROM department"));
    assertEquals(persons, count("SELECT COUNT(*) FROM person"));
  }

  @Test
  @Order(2)
  void loadsTheRegionOnceAndSkipsTheSecondTime() throws SQLException {
    long personsBefore = count("SELECT COUNT(*) FROM person");
    long volunteersBefore = count("SELECT COUNT(*) FROM volunteer_profile");
    DemoRegion region = DemoRegion.generate(DemoRegion.DEFAULT_SEED, scale);

    DemoRegionLoader.LoadResult result =
        DemoRegionLoader.load(
            ds, DemoRegion.DEFAULT_SEED, scale, DemoRegion.DEFAULT_REFERENCE_DATE);
    System.out.println("Loaded " + scale + ": " + result);

    assertTrue(result.loaded());
    assertEquals(region.clubs().size(), result.clubs());
    assertEquals(region.members().size(), result.members());
    assertEquals(region.clubs().size(), count("SELECT COUNT(*) FROM club"));
    assertEquals(region.departments().size(), count("SELECT COUNT(*) FROM department"));
    assertEquals(region.members().size(), count("SELECT COUNT(*) FROM member"));
    assertEquals(
        region.memberDepartments().size(), count("SELECT COUNT(*) FROM member_department"));
    assertEquals(region.clubRoles().size(), count("SELECT COUNT(*) FROM club_role"));
    assertEquals(personsBefore + result.persons(), count("SELECT COUNT(*) FROM person"));
    assertEquals(
        volunteersBefore + result.volunteers(), count("SELECT COUNT(*) FROM volunteer_profile"));

    assertEquals(
        "TSV 1862 Würzburg-Süd e.V.",
        string(
            "SELECT name FROM club WHERE slug = '" + DemoAccounts.CLUB_TSV_WUERZBURG_SUED + "'"));
    assertEquals(
        "Lena",
        string(
            "SELECT m.first_name FROM member m JOIN person p ON p.id = m.person_id"
                + " JOIN club c ON c.id = m.club_id WHERE p.subject = '"
                + DemoAccounts.SUBJECT_MITGLIED
                + "' AND c.slug = '"
                + DemoAccounts.CLUB_TSV_WUERZBURG_SUED
                + "'"));
    assertEquals(
        Set.of("TREASURER", "MEMBER"),
        strings(
            "SELECT cr.role FROM club_role cr JOIN person p ON p.id = cr.person_id"
                + " WHERE p.subject = '"
                + DemoAccounts.SUBJECT_DOPPELROLLE
                + "'"));
    // the helper has a volunteer profile (an existing one is kept, otherwise the demo one)
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM volunteer_profile v JOIN person p ON p.id = v.person_id"
                + " WHERE p.subject = '"
                + DemoAccounts.SUBJECT_HELFER
                + "'"));
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM member WHERE exit_date IS NOT NULL AND exit_date < entry_date"));

    // the member administration data of V3
    assertEquals(region.memberFunctions().size(), result.functions());
    assertEquals(region.memberFunctions().size(), count("SELECT COUNT(*) FROM member_function"));
    assertEquals(region.consents().size(), count("SELECT COUNT(*) FROM member_consent"));
    assertEquals(
        region.qualifications().size(), count("SELECT COUNT(*) FROM member_qualification"));
    assertEquals(region.familyLinks().size(), count("SELECT COUNT(*) FROM family_link"));
    assertTrue(count("SELECT COUNT(*) FROM member WHERE membership_type = 'FAMILY'") > 0);
    // every current minor has a guardian contact or a linked parent
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM member m WHERE m.exit_date IS NULL"
                + " AND m.birth_date > DATE_SUB('"
                + DemoRegion.DEFAULT_REFERENCE_DATE
                + "', INTERVAL 18 YEAR)"
                + " AND NOT (m.guardian_name IS NOT NULL"
                + " AND (m.guardian_phone IS NOT NULL OR m.guardian_email IS NOT NULL))"
                + " AND NOT EXISTS (SELECT 1 FROM family_link l WHERE l.member_id = m.id"
                + " AND l.relation = 'PARENT')"));
    // child rows belong to the member's club
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM member_function f JOIN member m ON m.id = f.member_id"
                + " WHERE f.club_id <> m.club_id"));
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM family_link l JOIN member r ON r.id = l.related_member_id"
                + " WHERE l.club_id <> r.club_id"));
    assertEquals(
        "CHAIR",
        string(
            "SELECT f.kind FROM member_function f JOIN member m ON m.id = f.member_id"
                + " JOIN person p ON p.id = m.person_id WHERE p.subject = '"
                + DemoAccounts.SUBJECT_VORSTAND_SPORT
                + "'"));

    DemoRegionLoader.LoadResult again =
        DemoRegionLoader.load(ds, 2, scale, DemoRegion.DEFAULT_REFERENCE_DATE);
    assertFalse(again.loaded());
    assertEquals(region.clubs().size(), count("SELECT COUNT(*) FROM club"));
  }

  // ------------------------------------------------------------------ helpers

  private static long count(String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String string(String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private static Set<String> strings(String sql) throws SQLException {
    Set<String> out = new HashSet<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  /** A data source whose statements for SQL starting with {@code prefix} fail on executeBatch. */
  private static DataSource failingOn(DataSource target, String prefix) {
    return new DriverManagerDataSource(null, null, null) {
      @Override
      public Connection getConnection() throws SQLException {
        Connection real = target.getConnection();
        return (Connection)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                  Object r = invoke(real, method, args);
                  if (method.getName().equals("prepareStatement")
                      && ((String) args[0]).startsWith(prefix)) {
                    PreparedStatement ps = (PreparedStatement) r;
                    return Proxy.newProxyInstance(
                        getClass().getClassLoader(),
                        new Class<?>[] {PreparedStatement.class},
                        (p2, m2, a2) -> {
                          if (m2.getName().equals("executeBatch")) {
                            throw new SQLException("simulated failure");
                          }
                          return invoke(ps, m2, a2);
                        });
                  }
                  return r;
                });
      }
    };
  }

  private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args)
      throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Minimal DataSource over DriverManager. */
  private static class DriverManagerDataSource implements DataSource {
    private final String url;
    private final String user;
    private final String password;

    DriverManagerDataSource(String url, String user, String password) {
      this.url = url;
      this.user = user;
      this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return DriverManager.getConnection(url, username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}

package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.heldenhelfer.membership.MemberField;
import de.heldenhelfer.membership.MemberQuery;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.ClubRole;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.tenancy.TenantContext;
import de.heldenhelfer.web.export.MemberDownloads;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On demand only (not an *IT, so ./hh test skips it): xlsx export of a club with 10,000 members,
 * target under 10 s. See benchmarks/README.md. Creates the club "Export-Benchmark" once (JDBC
 * batch), then times the export of all members with every column through the same code path as the
 * download servlet and the REST API, three times, and reports each run.
 */
@ExtendWith(ArquillianExtension.class)
class ExportBenchmark {
  private static final Logger LOG = Logger.getLogger(ExportBenchmark.class.getName());
  private static final int MEMBERS = 10_000;

  @Deployment
  static WebArchive deployment() {
    return Deployments.application("hh-export-benchmark", ExportBenchmark.class);
  }

  @Inject MemberDownloads downloads;
  @Inject Actor actor;
  @Inject TenantContext tenant;

  @Resource(lookup = "java:app/jdbc/heldenhelfer")
  DataSource dataSource;

  @Test
  void xlsxExportOfTenThousandMembers() throws Exception {
    long club = benchmarkClub(dataSource);
    actor.actAs(
        new Principal(
            1,
            "benchmark",
            "Benchmark",
            null,
            Set.of(),
            List.of(
                new Principal.ClubMembership(club, "Export-Benchmark", Set.of(ClubRole.CHAIR)))));
    tenant.enter(club);
    StringBuilder report = new StringBuilder();
    long best = Long.MAX_VALUE;
    for (int run = 1; run <= 3; run++) {
      Path file = Files.createTempFile("export-benchmark", ".xlsx");
      long start = System.nanoTime();
      MemberDownloads.Download d =
          downloads.list(
              MemberQuery.all(),
              List.of(MemberField.values()),
              MemberDownloads.Format.XLSX,
              Locale.GERMAN);
      try (OutputStream out = Files.newOutputStream(file)) {
        d.body().writeTo(out);
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      best = Math.min(best, ms);
      report.append(String.format("run %d: %d ms, %d bytes%n", run, ms, Files.size(file)));
      if (run == 1) {
        try (XSSFWorkbook wb =
            new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)))) {
          assertEquals(MEMBERS + 1, wb.getSheetAt(0).getPhysicalNumberOfRows());
        }
      }
      Files.delete(file);
    }
    LOG.info("xlsx export of " + MEMBERS + " members, all columns:\n" + report);
    System.out.println("EXPORT-BENCHMARK xlsx " + MEMBERS + " rows\n" + report);
    Files.writeString(
        Path.of(System.getProperty("java.io.tmpdir"), "export-benchmark.txt"), report);
    assertTrue(best < 10_000, "target: under 10 s, best run " + best + " ms");
  }

  /** The benchmark club with 10,000 members in 5 departments, created on first use. */
  static long benchmarkClub(DataSource dataSource) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps = c.prepareStatement("SELECT id FROM club WHERE slug = ?")) {
        ps.setString(1, "export-benchmark");
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            return rs.getLong(1);
          }
        }
      }
      c.setAutoCommit(false);
      long club;
      try (Statement st = c.createStatement()) {
        st.executeUpdate(
            "INSERT INTO club (name, slug, kind, legal_form, municipality_ags)"
                + " SELECT 'Export-Benchmark e.V.', 'export-benchmark', kind, legal_form,"
                + " municipality_ags FROM club ORDER BY id LIMIT 1",
            Statement.RETURN_GENERATED_KEYS);
        try (ResultSet rs = st.getGeneratedKeys()) {
          rs.next();
          club = rs.getLong(1);
        }
      }
      long[] departments = new long[5];
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO department (club_id, name) VALUES (?, ?)",
              Statement.RETURN_GENERATED_KEYS)) {
        for (int i = 0; i < departments.length; i++) {
          ps.setLong(1, club);
          ps.setString(2, "Abteilung " + (i + 1));
          ps.executeUpdate();
          try (ResultSet rs = ps.getGeneratedKeys()) {
            rs.next();
            departments[i] = rs.getLong(1);
          }
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO member (club_id, member_number, first_name, last_name, gender, status,"
                  + " entry_date, birth_date, street, postal_code, city, email, phone)"
                  + " VALUES (?, ?, ?, ?, 'X', 'ACTIVE', ?, ?, ?, '97070', 'Würzburg', ?, ?)")) {
        for (int i = 1; i <= MEMBERS; i++) {
          ps.setLong(1, club);
          ps.setString(2, String.format("B-%06d", i));
          ps.setString(3, "Vorname" + i);
          ps.setString(4, "Nachname" + (i % 997));
          ps.setObject(5, LocalDate.of(2000 + i % 25, 1 + i % 12, 1));
          ps.setObject(6, LocalDate.of(1950 + i % 60, 1 + i % 12, 1 + i % 28));
          ps.setString(7, "Musterstraße " + i);
          ps.setString(8, "m" + i + "@example.org");
          ps.setString(9, "0931 " + i);
          ps.addBatch();
          if (i % 1000 == 0) {
            ps.executeBatch();
          }
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO member_department (member_id, department_id, club_id, entry_date)"
                  + " SELECT m.id, ?, m.club_id, m.entry_date FROM member m"
                  + " WHERE m.club_id = ? AND MOD(m.id, ?) = ?")) {
        for (int i = 0; i < departments.length; i++) {
          ps.setLong(1, departments[i]);
          ps.setLong(2, club);
          ps.setInt(3, departments.length);
          ps.setInt(4, i);
          ps.executeUpdate();
        }
      }
      c.commit();
      return club;
    }
  }
}

package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.heldenhelfer.membership.MemberDraft;
import de.heldenhelfer.membership.MemberImportJobs;
import de.heldenhelfer.membership.MemberImportService;
import de.heldenhelfer.membership.MemberImportService.ImportReport;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.membership.imports.ColumnMapping;
import de.heldenhelfer.membership.imports.ImportField;
import de.heldenhelfer.membership.imports.ImportTable;
import de.heldenhelfer.platform.demo.DemoAccounts;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The member import in the container against the test stack's MariaDB: the department column, the
 * background job with its progress (run as and for the person who started it), and the proof that
 * an import is all or nothing — a trigger installed by the test makes the database refuse one row
 * in the middle of storing, and afterwards no row of that import is stored, an existing member is
 * unchanged, and the user is told in German. Club A is TSV 1862 Würzburg-Süd (vorstand-sport), club
 * B SV Randersacker (vorstand-test).
 */
@ExtendWith(ArquillianExtension.class)
class ImportIT extends InContainerTest {
  @Deployment
  static WebArchive deployment() {
    return Deployments.application("hh-import-it", ImportIT.class);
  }

  @Inject MemberImportService imports;
  @Inject MemberImportJobs jobs;
  @Inject MemberService members;

  private final String tag = "i" + Long.toString(System.nanoTime(), 36);

  /**
   * Removes the members this test imported (their last names end with the test's tag), so that the
   * thousands of rows of the job and rollback tests do not fill the first pages of the demo club's
   * list that the browser tests use.
   */
  @AfterEach
  void removeImportedMembers() throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement history =
            c.prepareStatement(
                "DELETE FROM member_change WHERE member_id IN"
                    + " (SELECT id FROM member WHERE last_name LIKE ?)");
        PreparedStatement rows = c.prepareStatement("DELETE FROM member WHERE last_name LIKE ?")) {
      history.setString(1, "%-" + tag);
      history.executeUpdate();
      rows.setString(1, "%-" + tag);
      rows.executeUpdate();
    }
  }

  // ------------------------------------------------------------------ departments

  @Test
  void departmentsAreJoinedOnceWithTheEntryDateAndUnknownOnesAreRowProblems() throws Exception {
    Principal board = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    long club = clubOf(board);
    List<String> names = departmentNames(club);
    assertTrue(names.size() >= 3, "the demo sports club has departments: " + names);
    String header = "Nachname;Vorname;Geb.-Datum;Eintritt;Abteilung\r\n";
    String row =
        "Sparte-"
            + tag
            + ";Lena;12.05.1990;01.02.2015;"
            + names.get(0).toUpperCase(Locale.GERMAN)
            + ", "
            + names.get(1).toLowerCase(Locale.GERMAN)
            + "\r\n";
    String unknown = "Kegeln-" + tag;
    String file = header + row + "Fremd-" + tag + ";Tom;01.01.1970;01.01.2000;" + unknown + "\r\n";

    ImportReport first = inClub(board, club, () -> run(file, false));
    assertEquals(1, first.created(), first.toString());
    assertEquals(1, first.errors(), first.toString());
    String problems = first.problems().get(0).text(Locale.GERMAN);
    assertEquals(
        "Zeile 3: Abteilung „" + unknown + "“ gibt es im Verein nicht.", problems, problems);
    long id = memberId("Sparte-" + tag);
    assertEquals(
        List.of("2015-02-01", "2015-02-01"), departmentEntries(id), "the member's entry date");
    assertEquals(0, number("SELECT COUNT(*) FROM member WHERE last_name = ?", "Fremd-" + tag));

    // the same file again: no second department membership
    ImportReport again = inClub(board, club, () -> run(file, false));
    assertEquals(1, again.unchanged(), again.toString());
    assertEquals(2, departmentEntries(id).size());

    // a third department for the existing member: an update with history
    String more = header + row.replace("\r\n", ", " + names.get(2) + "\r\n");
    ImportReport update = inClub(board, club, () -> run(more, false));
    assertEquals(1, update.updated(), update.toString());
    assertEquals(List.of("department"), update.details().get(0).changedFields());
    assertEquals(3, departmentEntries(id).size());
    assertEquals(
        3,
        number(
            "SELECT COUNT(*) FROM member_change WHERE member_id = ? AND field = 'department'", id));
  }

  // ------------------------------------------------------------------ background job

  @Test
  void theJobReportsProgressAndIsSeenOnlyByItsStarterInTheirClub() throws Exception {
    Principal board = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    Principal other = principal(DemoAccounts.SUBJECT_VORSTAND_TEST);
    long club = clubOf(board);
    StringBuilder csv = new StringBuilder("Nachname;Vorname;Geb.-Datum;Eintritt\r\n");
    for (int i = 0; i < 1_200; i++) {
      csv.append("Job-").append(tag).append(';').append("Vorname").append(i);
      csv.append(";01.01.1980;01.01.2010\r\n");
    }
    String jobId = inClub(board, club, () -> start(csv.toString()));
    MemberImportJobs.Status status = null;
    for (int i = 0; i < 600 && (status == null || !status.finished()); i++) {
      status = inClub(board, club, () -> jobs.status(jobId));
      Thread.sleep(50);
    }
    assertNotNull(status);
    assertTrue(status.finished(), "finished within 30 s");
    assertNull(status.failure());
    assertEquals(1_200, status.report().created());
    assertEquals(1_200, status.total());
    assertEquals(1_200, status.done());
    assertEquals(
        1_200,
        number(
            "SELECT COUNT(*) FROM member WHERE club_id = ? AND last_name = ?", club, "Job-" + tag));
    // the history names the person who started the job, not a system user
    assertEquals(
        board.displayName(),
        string(
            "SELECT MIN(actor_name) FROM member_change WHERE member_number = (SELECT MIN("
                + "member_number) FROM member WHERE last_name = ?)",
            "Job-" + tag));
    // another club's board, and the club's board in another club, do not see it
    long otherClub = clubOf(other);
    assertThrows(NotFoundException.class, () -> inClub(other, otherClub, () -> jobs.status(jobId)));
    assertThrows(NotFoundException.class, () -> inClub(board, club, () -> jobs.status("x")));
  }

  // ------------------------------------------------------------------ all or nothing

  @Test
  void aFailureInTheMiddleOfStoringLeavesNothingOfTheImport() throws Exception {
    Principal board = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    long club = clubOf(board);
    // an existing member the file updates (new street), matched by member number
    String number = "B-" + tag;
    ImportReport setup =
        inClub(
            board,
            club,
            () ->
                run(
                    "Mitgliedsnr.;Nachname;Vorname;Geb.-Datum;Eintritt;Straße\r\n"
                        + number
                        + ";Bestand-"
                        + tag
                        + ";Eva;02.02.1972;01.01.2000;Alte Gasse 1\r\n",
                    false));
    assertEquals(1, setup.created());
    long existing = memberId("Bestand-" + tag);
    long historyBefore = number("SELECT COUNT(*) FROM member_change WHERE member_id = ?", existing);

    StringBuilder csv =
        new StringBuilder("Mitgliedsnr.;Nachname;Vorname;Geb.-Datum;Eintritt;Straße\r\n");
    csv.append(number).append(";Bestand-").append(tag).append(";Eva;02.02.1972;01.01.2000;");
    csv.append("Neue Gasse 9\r\n");
    for (int i = 0; i < 800; i++) {
      // row 553 of the file fails: after the first batch of new members went to the database
      String last = i == 550 ? "Bruch-" + tag : "Alles-" + tag;
      csv.append(";").append(last).append(";Vorname").append(i);
      csv.append(";01.01.1985;01.01.2012;Weg ").append(i).append("\r\n");
    }
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      st.execute("DROP TRIGGER IF EXISTS hh_import_it_fail");
      st.execute(
          "CREATE TRIGGER hh_import_it_fail BEFORE INSERT ON member FOR EACH ROW"
              + " IF NEW.last_name = 'Bruch-"
              + tag
              + "' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by ImportIT';"
              + " END IF");
    }
    MemberImportJobs.Status status;
    RuleViolationException direct;
    try {
      // the page's way: a background job, which ends with a message
      String jobId = inClub(board, club, () -> start(csv.toString()));
      status = waitFor(board, club, jobId);
      // the API's way: the same service, synchronously
      direct =
          assertThrows(
              RuleViolationException.class,
              () -> inClub(board, club, () -> run(csv.toString(), false)));
    } finally {
      try (Connection c = dataSource.getConnection();
          Statement st = c.createStatement()) {
        st.execute("DROP TRIGGER IF EXISTS hh_import_it_fail");
      }
    }
    assertTrue(status.finished());
    assertNull(status.report(), "no result: the import failed");
    assertEquals("import.failed", status.failure().messageKey());
    String text = status.failure().localizedMessage(Locale.GERMAN);
    assertTrue(text.startsWith("Der Import konnte nicht gespeichert werden"), text);
    assertFalse(text.contains("SQL") || text.contains("Exception"), text);
    assertEquals("import.failed", direct.messageKey());

    assertEquals(0, number("SELECT COUNT(*) FROM member WHERE last_name = ?", "Alles-" + tag));
    assertEquals(0, number("SELECT COUNT(*) FROM member WHERE last_name = ?", "Bruch-" + tag));
    assertEquals(
        "Alte Gasse 1", string("SELECT street FROM member WHERE id = ?", existing), "unchanged");
    assertEquals(
        historyBefore,
        number("SELECT COUNT(*) FROM member_change WHERE member_id = ?", existing),
        "no history of the failed import");
    assertEquals(
        0,
        number(
            "SELECT COUNT(*) FROM member_change WHERE member_number IN (SELECT member_number FROM"
                + " member WHERE last_name = ?)",
            "Alles-" + tag));

    // without the trigger the same file goes in completely
    ImportReport ok = inClub(board, club, () -> run(csv.toString(), false));
    assertEquals(800, ok.created(), ok.toString());
    assertEquals(1, ok.updated());
    assertEquals("Neue Gasse 9", string("SELECT street FROM member WHERE id = ?", existing));
  }

  // ------------------------------------------------------------------ timestamps

  @Test
  void creationTimesAreBerlinTimeLikeTheHistoryWhicheverWayAMemberIsCreated() throws Exception {
    Principal board = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    long club = clubOf(board);
    java.time.LocalDateTime berlinNow = java.time.LocalDateTime.now(MemberService.ZONE);
    // through the entity (MemberService.create) and through the import's JDBC batch
    inClub(
        board,
        club,
        () -> {
          MemberDraft d = new MemberDraft();
          d.setFirstName("Zeit");
          d.setLastName("Entity-" + tag);
          d.setBirthDate(java.time.LocalDate.of(1980, 1, 1));
          d.setEntryDate(java.time.LocalDate.of(2020, 1, 1));
          return members.create(d);
        });
    inClub(
        board,
        club,
        () -> run("Nachname;Vorname;Eintritt\r\nImport-" + tag + ";Zeit;01.01.2020\r\n", false));
    for (String last : List.of("Entity-" + tag, "Import-" + tag)) {
      long id = memberId(last);
      java.time.LocalDateTime created =
          java.time.LocalDateTime.parse(
              string(
                  "SELECT DATE_FORMAT(created_at, '%Y-%m-%dT%H:%i:%s') FROM member WHERE id = ?",
                  id));
      java.time.LocalDateTime history =
          java.time.LocalDateTime.parse(
              string(
                  "SELECT DATE_FORMAT(MIN(changed_at), '%Y-%m-%dT%H:%i:%s') FROM member_change"
                      + " WHERE member_id = ?",
                  id));
      long apart = Math.abs(java.time.Duration.between(created, history).toSeconds());
      assertTrue(apart < 60, last + ": created " + created + ", history " + history);
      long fromNow = Math.abs(java.time.Duration.between(berlinNow, created).toSeconds());
      assertTrue(fromNow < 300, last + ": created " + created + " is Berlin time " + berlinNow);
    }
  }

  // ------------------------------------------------------------------ helpers

  private ImportReport run(String csv, boolean dryRun) throws Exception {
    ImportTable table = table(csv);
    ColumnMapping mapping = imports.suggestMapping(table.header());
    return dryRun
        ? imports.preview(table, mapping, MemberImportService.Progress.NONE)
        : imports.apply(table, mapping, MemberImportService.Progress.NONE);
  }

  private String start(String csv) throws Exception {
    ImportTable table = table(csv);
    ColumnMapping mapping = imports.suggestMapping(table.header());
    assertTrue(mapping.column(ImportField.LAST_NAME) >= 0);
    return jobs.start(table, mapping);
  }

  private ImportTable table(String csv) throws Exception {
    return imports.read(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        "liste.csv",
        MemberImportService.MAX_BYTES);
  }

  private MemberImportJobs.Status waitFor(Principal who, long club, String jobId) throws Exception {
    MemberImportJobs.Status status = null;
    for (int i = 0; i < 600 && (status == null || !status.finished()); i++) {
      Thread.sleep(100);
      status = inClub(who, club, () -> jobs.status(jobId));
    }
    return status;
  }

  private List<String> departmentNames(long clubId) throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT name FROM department WHERE club_id = ? ORDER BY id")) {
      ps.setLong(1, clubId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    return names;
  }

  private List<String> departmentEntries(long memberId) throws Exception {
    List<String> dates = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT entry_date FROM member_department WHERE member_id = ? ORDER BY 1")) {
      ps.setLong(1, memberId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          dates.add(rs.getDate(1).toLocalDate().toString());
        }
      }
    }
    return dates;
  }

  private long memberId(String lastName) throws Exception {
    return number("SELECT MIN(id) FROM member WHERE last_name = ?", lastName);
  }
}

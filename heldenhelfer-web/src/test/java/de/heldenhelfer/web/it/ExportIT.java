package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import de.heldenhelfer.membership.ConsentKind;
import de.heldenhelfer.membership.FamilyRelation;
import de.heldenhelfer.membership.FunctionKind;
import de.heldenhelfer.membership.Member;
import de.heldenhelfer.membership.MemberDraft;
import de.heldenhelfer.membership.MemberExportService;
import de.heldenhelfer.membership.MemberField;
import de.heldenhelfer.membership.MemberQuery;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.membership.QualificationKind;
import de.heldenhelfer.membership.RetentionJob;
import de.heldenhelfer.platform.demo.DemoAccounts;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.ClubRole;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.shared.AccessDeniedException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.tenancy.TenantContext;
import de.heldenhelfer.web.export.MemberDownloads;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Member exports and the Art. 17 retention job in the container, against the test stack's MariaDB
 * with the small demo region: documents are produced through the same {@link MemberDownloads} the
 * download servlet and the REST API use, then read back with POI, a CSV parser and iText's text
 * extraction. Club A is TSV 1862 Würzburg-Süd (vorstand-sport), club B SV Randersacker
 * (vorstand-test).
 */
@ExtendWith(ArquillianExtension.class)
class ExportIT extends InContainerTest {
  private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"klick\")";

  @Deployment
  static WebArchive deployment() {
    return Deployments.application("hh-export-it", ExportIT.class);
  }

  @Inject MemberService members;
  @Inject MemberDownloads downloads;
  @Inject RetentionJob retention;
  @Inject Actor actor;
  @Inject TenantContext tenant;

  private final String tag = "x" + Long.toString(System.nanoTime(), 36);

  // ------------------------------------------------------------------ list exports

  @Test
  void boardExportsXlsxCsvAndPdfOfTheOwnClubOnlyWithFormulasAsText() throws Exception {
    Principal boardA = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    Principal boardB = principal(DemoAccounts.SUBJECT_VORSTAND_TEST);
    long clubA = clubOf(boardA);
    long clubB = clubOf(boardB);
    inClub(boardB, clubB, () -> members.create(draft("Fremd" + tag, "Verein-B")).id());
    actor.actAs(boardA);
    tenant.enter(clubA);
    members.create(draft("Formel" + tag, FORMULA));
    long expected = members.count(MemberQuery.all());

    // xlsx, all columns
    List<MemberField> all = List.of(MemberField.values());
    byte[] xlsx = bytes(downloads.list(MemberQuery.all(), all, MemberDownloads.Format.XLSX, de()));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = wb.getSheetAt(0);
      assertEquals(expected + 1, sheet.getPhysicalNumberOfRows(), "header plus every member");
      List<String> header = new ArrayList<>();
      sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
      assertTrue(header.contains("Anschrift") && header.contains("Führungszeugnis"), "" + header);
      assertFalse(header.contains("Änderungen"), "no history column in lists");
      int nameCol = header.indexOf("Name");
      Cell formulaCell = null;
      Set<String> names = new HashSet<>();
      for (Row r : sheet) {
        Cell c = r.getCell(nameCol);
        names.add(c.getStringCellValue());
        if (c.getStringCellValue().contains("Formel" + tag)) {
          formulaCell = c;
        }
      }
      assertNotNull(formulaCell, "the new member of club A is exported");
      assertEquals(CellType.STRING, formulaCell.getCellType(), "never a formula cell");
      assertTrue(formulaCell.getStringCellValue().startsWith(FORMULA));
      assertTrue(formulaCell.getCellStyle().getQuotePrefixed(), "Excel keeps it as text");
      assertTrue(
          names.stream().noneMatch(n -> n.contains("Fremd" + tag)), "club B's member is absent");
    }

    // csv, default columns
    String csv =
        new String(
            bytes(downloads.list(MemberQuery.all(), List.of(), MemberDownloads.Format.CSV, de())),
            StandardCharsets.UTF_8);
    List<List<String>> rows = parseCsv(csv.substring(1)); // after the byte order mark
    assertEquals(MemberExportService.DEFAULT_COLUMNS.size(), rows.get(0).size());
    assertEquals("Mitgliedsnummer", rows.get(0).get(0));
    assertEquals(expected + 1, rows.size());
    List<String> formulaRow =
        rows.stream().filter(r -> r.get(1).contains("Formel" + tag)).findFirst().orElseThrow();
    assertTrue(formulaRow.get(1).startsWith("'" + FORMULA), formulaRow.get(1));
    assertTrue(rows.stream().noneMatch(r -> String.join(";", r).contains("Fremd" + tag)));

    // pdf
    String pdf =
        pdfText(
            bytes(
                downloads.list(
                    MemberQuery.all(),
                    List.of(MemberField.NUMBER, MemberField.NAME),
                    MemberDownloads.Format.PDF,
                    de())));
    assertTrue(pdf.contains("Mitgliederliste"));
    assertTrue(pdf.contains("Formel" + tag), "club A's new member is in the PDF");
    assertFalse(pdf.contains("Fremd" + tag), "club B's member is not");
  }

  @Test
  void labelsAndAttendanceListAsPdf() throws Exception {
    Principal boardA = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    actor.actAs(boardA);
    tenant.enter(clubOf(boardA));
    members.create(draft("Etikett" + tag, "Muster"));
    MemberQuery query = MemberQuery.all().withSearch("etikett" + tag);
    String labels = pdfText(bytes(downloads.labels(query, de())));
    assertTrue(labels.contains("Etikett" + tag + " Muster"), labels);
    assertTrue(labels.contains("Domstraße 1") && labels.contains("97070 Würzburg"), labels);
    String attendance =
        pdfText(
            bytes(
                downloads.attendance(
                    query,
                    "Jahreshauptversammlung 2026",
                    LocalDate.of(2026, 3, 20),
                    "Vereinsheim",
                    de())));
    assertTrue(attendance.contains("Jahreshauptversammlung 2026"), attendance);
    assertTrue(attendance.contains("Muster, Etikett" + tag), attendance);
    assertTrue(attendance.contains("Unterschrift"), attendance);
  }

  // ------------------------------------------------------------------ permission matrix

  @Test
  void trainerExportsOnlyTheDepartmentsMembersAndTrainerColumns() throws Exception {
    Principal boardA = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    long clubA = clubOf(boardA);
    long[] dept = biggestDepartment(clubA);
    String deptName = string("SELECT name FROM department WHERE id = ?", dept[0]);
    Principal trainer =
        new Principal(
            boardA.personId(),
            "trainer-it",
            "Trainer IT",
            null,
            Set.of(),
            List.of(
                new Principal.ClubMembership(
                    clubA, "TSV", Set.of(ClubRole.TRAINER), Set.of(dept[0]))));
    actor.actAs(trainer);
    tenant.enter(clubA);
    byte[] xlsx =
        bytes(
            downloads.list(
                MemberQuery.all(),
                List.of(MemberField.values()),
                MemberDownloads.Format.XLSX,
                de()));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = wb.getSheetAt(0);
      List<String> header = new ArrayList<>();
      sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
      assertTrue(header.contains("Name") && header.contains("Qualifikationen"), "" + header);
      for (String hidden :
          List.of("Anschrift", "Beitragsgruppe", "Führungszeugnis", "Familie", "Gemeinde")) {
        assertFalse(header.contains(hidden), hidden + " is not for trainers: " + header);
      }
      assertEquals(dept[1] + 1, sheet.getPhysicalNumberOfRows(), "only the department's members");
      int deptCol = header.indexOf("Abteilungen");
      for (Row r : sheet) {
        if (r.getRowNum() > 0) {
          assertTrue(r.getCell(deptCol).getStringCellValue().contains(deptName));
        }
      }
    }
    assertThrows(
        AccessDeniedException.class, () -> downloads.labels(MemberQuery.all(), de()), "no address");
    long outside = memberOutside(clubA, dept[0]);
    assertThrows(
        AccessDeniedException.class,
        () -> downloads.dossier(outside, true, de()),
        "the dossier includes the history: board only");
  }

  @Test
  void plainMemberMayNotExport() {
    Principal member = principal(DemoAccounts.SUBJECT_MITGLIED);
    actor.actAs(member);
    tenant.enter(clubOf(member));
    assertThrows(
        AccessDeniedException.class,
        () -> downloads.list(MemberQuery.all(), List.of(), MemberDownloads.Format.CSV, de()));
    assertThrows(AccessDeniedException.class, () -> downloads.labels(MemberQuery.all(), de()));
  }

  @Test
  void anotherClubsMemberIsNotFound() throws Exception {
    Principal boardA = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    Principal boardB = principal(DemoAccounts.SUBJECT_VORSTAND_TEST);
    long memberOfB = anyMemberOf(clubOf(boardB));
    actor.actAs(boardA);
    tenant.enter(clubOf(boardA));
    assertThrows(NotFoundException.class, () -> downloads.dossier(memberOfB, true, de()));
    assertThrows(NotFoundException.class, () -> downloads.dossier(memberOfB, false, de()));
  }

  // ------------------------------------------------------------------ Art. 15

  @Test
  void dossierHoldsEverythingStoredAboutTheMember() throws Exception {
    Principal boardA = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    long clubA = clubOf(boardA);
    long deptId = biggestDepartment(clubA)[0];
    String deptName = string("SELECT name FROM department WHERE id = ?", deptId);
    actor.actAs(boardA);
    tenant.enter(clubA);
    Member m = members.create(draft("Auskunft" + tag, "Person"));
    Member parent = members.create(draft("Elternteil" + tag, "Person"));
    members.assignDepartment(m.id(), deptId, LocalDate.of(2015, 1, 1));
    members.addFunction(m.id(), FunctionKind.TRAINER, null, deptId, LocalDate.of(2020, 1, 1), null);
    members.setConsent(m.id(), ConsentKind.PHOTO_PUBLICATION, true, LocalDate.of(2024, 2, 1));
    members.addQualification(
        m.id(),
        QualificationKind.FIRST_AID,
        null,
        LocalDate.of(2024, 5, 1),
        LocalDate.of(2026, 5, 1));
    members.setRecordCheck(m.id(), true, LocalDate.of(2024, 1, 10), false);
    members.linkFamily(m.id(), parent.id(), FamilyRelation.PARENT);
    Member now = members.find(m.id());
    members.changeContact(m.id(), now.version(), "0931 999", "auskunft@example.org");

    MemberDownloads.Download json = downloads.dossier(m.id(), true, de());
    assertTrue(json.fileName().endsWith(".json") && json.fileName().startsWith("auskunft-"));
    JsonObject doc =
        Json.createReader(new ByteArrayInputStream(bytes(json)))
            .readObject()
            .getJsonObject("member");
    assertEquals("Auskunft" + tag, doc.getString("firstName"));
    assertEquals("auskunft@example.org", doc.getString("email"));
    assertEquals("Domstraße 1", doc.getJsonObject("address").getString("street"));
    assertEquals(
        deptName, doc.getJsonArray("departments").getJsonObject(0).getString("department"));
    assertEquals("TRAINER", doc.getJsonArray("functions").getJsonObject(0).getString("kind"));
    assertEquals(
        "PHOTO_PUBLICATION", doc.getJsonArray("consents").getJsonObject(0).getString("kind"));
    assertEquals(
        "2026-05-01", doc.getJsonArray("qualifications").getJsonObject(0).getString("expiresOn"));
    assertTrue(doc.getJsonObject("recordCheck").getBoolean("inspected"));
    assertEquals("2024-01-10", doc.getJsonObject("recordCheck").getString("certificateDate"));
    assertEquals("PARENT", doc.getJsonArray("family").getJsonObject(0).getString("relation"));
    assertEquals(
        "Elternteil" + tag + " Person",
        doc.getJsonArray("family").getJsonObject(0).getString("name"));
    Set<String> changed = new HashSet<>();
    doc.getJsonArray("history").forEach(h -> changed.add(h.asJsonObject().getString("field")));
    assertTrue(changed.contains("email") && changed.size() >= 5, "history: " + changed);

    String pdf = pdfText(bytes(downloads.dossier(m.id(), false, de())));
    for (String expected :
        List.of(
            "Auskunft nach Art. 15 DSGVO",
            "Auskunft" + tag,
            deptName,
            "Veröffentlichung", // of photos; the cell wraps
            "Einwilligungen",
            "Erste Hilfe",
            "Elternteil" + tag,
            "auskunft@example.org",
            "Änderungen",
            "E-Mail auskunft@example.org")) {
      assertTrue(pdf.contains(expected), expected + " missing in:\n" + pdf);
    }
  }

  // ------------------------------------------------------------------ Art. 17

  @Test
  void nightlyRetentionAnonymisesFormerMembersAndDeletesRecordChecks() throws Exception {
    Principal boardA = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    long clubA = clubOf(boardA);
    update("UPDATE club SET retention_years = 3 WHERE id = ?", clubA);
    LocalDate today = LocalDate.now(MemberService.ZONE);
    long[] ids =
        inClub(
            boardA,
            clubA,
            () -> {
              MemberDraft d = draft("Ehemalig" + tag, "Person");
              d.setEntryDate(LocalDate.of(2005, 1, 1));
              Member left = members.create(d);
              members.end(left.id(), left.version(), today.minusYears(4));
              Member youth = members.create(draft("Jugend" + tag, "Person"));
              members.setRecordCheck(youth.id(), true, today.minusYears(2), false);
              members.endYouthWork(youth.id(), today.minusMonths(4));
              Member current = members.create(draft("Aktuell" + tag, "Person"));
              return new long[] {left.id(), youth.id(), current.id(), current.version()};
            });

    Map<Long, MemberService.RetentionResult> run = retention.runAll();
    assertTrue(run.get(clubA).anonymised() >= 1, "one run anonymises: " + run.get(clubA));
    assertTrue(run.get(clubA).recordChecksDeleted() >= 1, "" + run.get(clubA));

    actor.actAs(boardA);
    tenant.enter(clubA);
    Member left = members.find(ids[0]);
    assertTrue(left.isAnonymised(), "left 4 years ago, club keeps 3 years");
    assertEquals(Member.ANONYMISED_NAME, left.lastName());
    assertNull(left.email());
    assertNull(left.address() == null ? null : left.address().street());
    List<String> history = members.history(ids[0]).stream().map(c -> c.action().name()).toList();
    assertEquals(List.of("ANONYMISED"), history, "the history is erased but the anonymisation");
    assertEquals(
        "Heldenhelfer (Löschfristen)", members.history(ids[0]).get(0).actorName(), "system actor");
    Member youth = members.find(ids[1]);
    assertFalse(youth.recordCheckInspected(), "facts deleted 3 months after youth work ended");
    assertNull(youth.recordCheckCertificateDate());
    assertFalse(youth.isAnonymised());
    Member current = members.find(ids[2]);
    assertFalse(current.isAnonymised());
    assertEquals(ids[3], current.version(), "a current member is untouched");
    assertEquals("Aktuell" + tag, current.firstName());
  }

  @Test
  void theSystemPrincipalHoldsOnlyTheRetentionPermission() {
    Principal system = RetentionJob.SYSTEM;
    assertTrue(system.isSystem());
    assertTrue(system.holds(de.heldenhelfer.security.Permission.MEMBER_RETENTION, 1L));
    for (de.heldenhelfer.security.Permission p : de.heldenhelfer.security.Permission.values()) {
      if (p != de.heldenhelfer.security.Permission.MEMBER_RETENTION) {
        assertFalse(system.holds(p, 1L), p.name());
      }
    }
    for (ClubRole r : ClubRole.values()) {
      assertFalse(r.permissions().contains(de.heldenhelfer.security.Permission.MEMBER_RETENTION));
    }
    actor.actAs(system);
    tenant.enter(1L);
    assertThrows(AccessDeniedException.class, () -> members.page(MemberQuery.all(), 0, 10));
  }

  // ------------------------------------------------------------------ helpers

  private static Locale de() {
    return Locale.GERMAN;
  }

  private static MemberDraft draft(String firstName, String lastName) {
    MemberDraft d = new MemberDraft();
    d.setSalutation("Frau");
    d.setFirstName(firstName);
    d.setLastName(lastName);
    d.setBirthDate(LocalDate.of(1980, 5, 17));
    d.setStreet("Domstraße 1");
    d.setPostalCode("97070");
    d.setCity("Würzburg");
    d.setEntryDate(LocalDate.of(2010, 3, 1));
    return d;
  }

  private static byte[] bytes(MemberDownloads.Download d) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    d.body().writeTo(out);
    return out.toByteArray();
  }

  private static String pdfText(byte[] pdf) throws Exception {
    StringBuilder sb = new StringBuilder();
    try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        sb.append(PdfTextExtractor.getTextFromPage(doc.getPage(i))).append('\n');
      }
    }
    return sb.toString();
  }

  /** RFC 4180 with semicolons. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ';') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r') {
        continue;
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }

  /** Runs {@code work} as {@code who} in {@code clubId}, in a request of its own. */
  /** The department of {@code clubId} with the most members: id and member count. */
  private long[] biggestDepartment(long clubId) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT md.department_id, COUNT(DISTINCT md.member_id) FROM member_department md"
                    + " JOIN member m ON m.id = md.member_id WHERE m.club_id = ?"
                    + " GROUP BY md.department_id ORDER BY 2 DESC, 1 LIMIT 1")) {
      ps.setLong(1, clubId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new long[] {rs.getLong(1), rs.getLong(2)};
      }
    }
  }

  private long memberOutside(long clubId, long departmentId) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT MIN(m.id) FROM member m WHERE m.club_id = ? AND NOT EXISTS (SELECT 1"
                    + " FROM member_department md WHERE md.member_id = m.id"
                    + " AND md.department_id = ?)")) {
      ps.setLong(1, clubId);
      ps.setLong(2, departmentId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private long anyMemberOf(long clubId) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT MIN(id) FROM member WHERE club_id = ?")) {
      ps.setLong(1, clubId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private void update(String sql, long param) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, param);
      ps.executeUpdate();
    }
  }
}

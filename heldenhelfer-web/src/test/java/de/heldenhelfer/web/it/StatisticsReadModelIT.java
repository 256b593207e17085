package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.heldenhelfer.club.TrainingGroup;
import de.heldenhelfer.club.TrainingGroupService;
import de.heldenhelfer.platform.demo.DemoAccounts;
import de.heldenhelfer.reports.figures.FigureCell;
import de.heldenhelfer.reports.figures.FigureTable;
import de.heldenhelfer.security.ClubRole;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.shared.AccessDeniedException;
import de.heldenhelfer.statistics.ClubCensus;
import de.heldenhelfer.statistics.PlannerReports;
import de.heldenhelfer.statistics.PlannerView;
import de.heldenhelfer.statistics.ReadModel;
import de.heldenhelfer.statistics.RegionFigures;
import de.heldenhelfer.statistics.RegionStatistics;
import de.heldenhelfer.statistics.disclosure.Auditor;
import de.heldenhelfer.statistics.disclosure.Auditor.EntryRef;
import de.heldenhelfer.statistics.disclosure.Auditor.Relation;
import de.heldenhelfer.statistics.disclosure.PublishedCell;
import de.heldenhelfer.statistics.disclosure.PublishedTable;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The statistics read model against MariaDB: a small club whose expected counts are worked out by
 * hand – age groups at their boundaries (a birthday on the reference date), members who left on the
 * day or join after it, a member in two sports, no birth date, no municipality – and a refresh that
 * touches only the club's own rows and can be repeated.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsReadModelIT extends InContainerTest {
  private static final LocalDate STICHTAG = LocalDate.of(2027, 1, 1);
  private static final String WUERZBURG = "09663000";
  private static final String HOECHBERG = "09679147";

  @Deployment
  static WebArchive deployment() {
    return Deployments.application("hh-statistics-it", StatisticsReadModelIT.class);
  }

  @Inject ReadModel readModel;
  @Inject RegionStatistics statistics;
  @Inject ClubCensus clubCensus;
  @Inject TrainingGroupService trainingGroups;
  @Inject PlannerReports plannerReports;

  private final String tag = "s" + Long.toString(System.nanoTime(), 36);

  /** The Stichtag belongs to this test: its rows go, so that runs on the same database agree. */
  @org.junit.jupiter.api.AfterEach
  void removeTheStichtag() throws Exception {
    for (String table :
        new String[] {
          "stat_members", "stat_sport_members", "stat_birth_years", "stat_training", "stat_snapshot"
        }) {
      update("DELETE FROM " + table + " WHERE stichtag = ?", STICHTAG);
    }
  }

  @Test
  void countsWorkedOutByHandAndOnlyTheClubsOwnRows() throws Exception {
    long club =
        update(
            "INSERT INTO club (name, slug, kind, legal_form, municipality_ags)"
                + " VALUES (?, ?, 'SPORT', 'EV', ?)",
            "Statistik-Test " + tag + " e.V.",
            "statistik-test-" + tag,
            WUERZBURG);
    long football = number("SELECT code FROM sport WHERE name_de = 'Fussball'");
    long tennis = number("SELECT code FROM sport WHERE name_de = 'Tennis'");
    long fb =
        update(
            "INSERT INTO department (club_id, name, sport_code) VALUES (?, 'Fußball', ?)",
            club,
            football);
    long tn =
        update(
            "INSERT INTO department (club_id, name, sport_code) VALUES (?, 'Tennis', ?)",
            club,
            tennis);
    long m1 = member(club, 1, "2020-01-01", "W", "ACTIVE", WUERZBURG, "2020-03-01", null);
    long m2 = member(club, 2, "2020-01-02", "M", "ACTIVE", WUERZBURG, "2021-03-01", null);
    member(club, 3, "1966-01-01", "M", "PASSIVE", HOECHBERG, "1990-01-01", null);
    long m4 = member(club, 4, "1966-01-02", "W", "ACTIVE", HOECHBERG, "2000-01-01", null);
    member(club, 5, null, "X", "ACTIVE", null, "2022-05-01", null);
    member(club, 6, "1980-05-05", "M", "LEFT", WUERZBURG, "2010-01-01", "2027-01-01");
    member(club, 7, "1985-05-05", "W", "ACTIVE", WUERZBURG, "2027-01-02", null);
    member(club, 8, "1990-06-15", "M", "ACTIVE", WUERZBURG, "2015-01-01", "2027-01-02");
    department(m1, fb, club);
    department(m2, fb, club);
    department(m2, tn, club);
    department(m4, tn, club);

    // another club's row of the same day must stay untouched
    long other = clubOf(principal(DemoAccounts.SUBJECT_VORSTAND_TEST));
    update(
        "INSERT IGNORE INTO stat_snapshot (club_id, stichtag, computed_at, members)"
            + " VALUES (?, ?, NOW(3), 4711)",
        other,
        STICHTAG);
    long otherBefore =
        number(
            "SELECT members FROM stat_snapshot WHERE club_id = ? AND stichtag = ?",
            other,
            STICHTAG);

    Principal chair =
        new Principal(
            1,
            "stat-" + tag,
            "Statistik Vorstand",
            null,
            Set.of(),
            List.of(new Principal.ClubMembership(club, "Statistik-Test", Set.of(ClubRole.CHAIR))));
    // training groups: checked on input, counted per facility and sport, another club finds none
    int footballCode = (int) football;
    TrainingGroup.Draft u12 = training("U12", footballCode, 2, 18, 0, 19, 30, 14);
    TrainingGroup.Draft backwards = training("U12", footballCode, 2, 19, 0, 18, 0, 14);
    de.heldenhelfer.shared.RuleViolationException wrong =
        assertThrows(
            de.heldenhelfer.shared.RuleViolationException.class,
            () -> inClub(chair, club, () -> trainingGroups.save(null, 0, backwards)));
    assertEquals("training.time.order", wrong.messageKey());
    TrainingGroup first = inClub(chair, club, () -> trainingGroups.save(null, 0, u12));
    TrainingGroup.Draft men = training("Herren", footballCode, 4, 20, 0, 21, 0, 9);
    inClub(chair, club, () -> trainingGroups.save(null, 0, men));
    inClub(chair, club, () -> trainingGroups.save(first.id(), first.version(), u12));
    assertThrows(
        de.heldenhelfer.shared.ConcurrentChangeException.class,
        () -> inClub(chair, club, () -> trainingGroups.save(first.id(), first.version(), u12)),
        "a stale version is refused");
    Principal otherChair = principal(DemoAccounts.SUBJECT_VORSTAND_TEST);
    assertTrue(
        inClub(otherChair, other, () -> trainingGroups.groups()).stream()
            .noneMatch(g -> g.facility().equals("Halle " + tag)),
        "another club does not see the groups");
    assertThrows(
        de.heldenhelfer.shared.NotFoundException.class,
        () ->
            inClub(
                otherChair,
                other,
                () -> {
                  trainingGroups.delete(first.id(), 1);
                  return null;
                }));

    for (int run = 0; run < 2; run++) { // a second refresh gives the same rows
      ReadModel.Refreshed r = inClub(chair, club, () -> readModel.refresh(STICHTAG));
      assertEquals(6, r.members(), "members 1–5 and 8 (6 left on the day, 7 joins later)");
    }
    assertEquals(
        6, count(club, "SELECT SUM(members) FROM stat_members WHERE club_id = ? AND stichtag = ?"));
    assertEquals(1, group(club, "AG_7_14", "W", WUERZBURG, true), "born 1 Jan 2020: 7 on the day");
    assertEquals(1, group(club, "AG_0_6", "M", WUERZBURG, true), "born 2 Jan 2020: still 6");
    assertEquals(1, group(club, "AG_61_PLUS", "M", HOECHBERG, false), "61 on the day, passive");
    assertEquals(1, group(club, "AG_41_60", "W", HOECHBERG, true), "born 2 Jan 1966: 60");
    assertEquals(1, group(club, "UNKNOWN", "X", "00000000", true), "no birth date, no address");
    assertEquals(1, group(club, "AG_27_40", "M", WUERZBURG, true), "leaves after the day");
    assertEquals(2, sport(club, football));
    assertEquals(2, sport(club, tennis));
    assertEquals(3, sport(club, 0), "members 3, 5 and 8 are in no department");
    assertEquals(
        2,
        number(
            "SELECT training_groups FROM stat_training WHERE club_id = ? AND stichtag = ?",
            club,
            STICHTAG));
    assertEquals(
        150,
        number(
            "SELECT minutes_per_week FROM stat_training WHERE club_id = ? AND stichtag = ?",
            club,
            STICHTAG),
        "90 + 60 minutes a week");
    assertEquals(
        23,
        number(
            "SELECT participants FROM stat_training WHERE club_id = ? AND stichtag = ?",
            club,
            STICHTAG));
    assertEquals(
        1,
        number(
            "SELECT COUNT(*) FROM stat_snapshot WHERE club_id = ? AND stichtag = ?",
            club,
            STICHTAG));
    assertEquals(
        otherBefore,
        number(
            "SELECT members FROM stat_snapshot WHERE club_id = ? AND stichtag = ?",
            other,
            STICHTAG),
        "another club's figures are not touched");

    // planners see the region table only after disclosure control; boards and the desk not at all
    Principal planner = identities.principalOf(DemoAccounts.SUBJECT_PLANUNG, List.of("planner"));
    PublishedTable table =
        asPerson(
            planner,
            () -> statistics.membersByMunicipalityAndAge(STICHTAG, java.util.Locale.GERMAN));
    assertTrue(table.caption().startsWith("Werte unter 5 unterdrückt"), table.caption());
    int wuerzburg = table.rowLabels().indexOf("Würzburg");
    int young = table.columnLabels().indexOf("7 bis 14 Jahre");
    assertTrue(wuerzburg >= 0 && young >= 0, table.rowLabels() + " " + table.columnLabels());
    for (int r = 0; r < table.rows(); r++) {
      for (int c = 0; c < table.columns(); c++) {
        PublishedCell cell = table.cell(r, c);
        if (!cell.isSuppressed()) {
          assertTrue(cell.value() == 0 || cell.value() >= 5, "no small count shown: " + cell);
        }
      }
    }
    long truth =
        number(
            "SELECT COALESCE(SUM(members), 0) FROM stat_members WHERE stichtag = ? AND ags = ?"
                + " AND age_group = 'AG_7_14'",
            STICHTAG,
            WUERZBURG);
    PublishedCell cell = table.cell(wuerzburg, young);
    if (truth > 0 && truth < 5) {
      assertTrue(cell.isSuppressed(), "a count of " + truth + " is suppressed");
    } else if (!cell.isSuppressed()) {
      assertEquals(truth, cell.value(), "a shown cell is the true count");
    }
    assertTrue(table.suppressedCount() >= 2, "secondary suppression accompanies the primary one");
    // worked out by hand: on this Stichtag the region is this club alone, every non-zero cell
    // counts one person (suppressed), every other cell is a visible zero
    java.util.Map<String, List<String>> handCounted =
        java.util.Map.of(
            "Würzburg", List.of("bis 6 Jahre", "7 bis 14 Jahre", "27 bis 40 Jahre"),
            "Höchberg", List.of("41 bis 60 Jahre", "über 60 Jahre"),
            "unbekannt", List.of("ohne Geburtsdatum"));
    for (int r = 0; r < table.rows(); r++) {
      List<String> ones = handCounted.getOrDefault(table.rowLabels().get(r), List.of());
      for (int c = 0; c < table.columns(); c++) {
        PublishedCell published = table.cell(r, c);
        if (ones.contains(table.columnLabels().get(c))) {
          assertTrue(published.isSuppressed(), "a count of 1 is suppressed: " + r + "/" + c);
        } else {
          assertEquals(0L, published.value(), "zero stays zero: " + table.rowLabels().get(r));
        }
      }
    }

    // the club's own Bestandserhebung: exactly its counts, worked out by hand
    ClubCensus.Census census =
        inClub(chair, club, () -> clubCensus.census(STICHTAG, false, java.util.Locale.GERMAN));
    assertEquals(6, census.members());
    FigureTable a = census.a();
    assertEquals(List.of("2020", "1990", "1966", "ohne Geburtsdatum"), a.rowLabels());
    assertEquals(List.of("männlich", "weiblich", "divers", "ohne Angabe"), a.columnLabels());
    assertEquals(List.of(1L, 1L, 0L, 0L), values(a, 0), "2020: one boy, one girl");
    assertEquals(List.of(1L, 0L, 0L, 0L), values(a, 1), "1990: the member leaving after the day");
    assertEquals(List.of(1L, 1L, 0L, 0L), values(a, 2));
    assertEquals(List.of(0L, 0L, 0L, 1L), values(a, 3), "no birth date, gender not stated");
    assertEquals(6L, a.grandTotal().value());
    FigureTable b = census.b();
    int footballBoys = b.rowLabels().indexOf("Fussball · männlich");
    assertTrue(footballBoys >= 0, b.rowLabels().toString());
    assertEquals(
        1L,
        b.cell(footballBoys, b.columnLabels().indexOf("bis 6 Jahre")).value(),
        "born 2 Jan 2020");
    assertEquals(7L, b.grandTotal().value(), "6 members, one of them in two sports");
    byte[] pdf =
        inClub(
                chair,
                club,
                () ->
                    clubCensus.export(
                        STICHTAG, PlannerReports.Format.PDF, null, java.util.Locale.GERMAN))
            .body();
    String text = pdfText(pdf);
    assertTrue(text.contains("A-Zahlen") && text.contains("Fussball"), text);
    assertFalse(text.contains("Nachname"), "no name in the census");

    // planners: every published table of the Stichtag is safe against the linked totals, and the
    // export is logged with who and which query; a board, the desk and a member are refused
    RegionFigures figures =
        asPerson(planner, () -> statistics.figures(STICHTAG, java.util.Locale.GERMAN));
    assertTrue(
        figures.members().isSuppressed() || figures.members().value() >= 6,
        "the region counts at least this club: " + figures.members());
    assertSafe(figures);
    RegionStatistics.FacilityFigures facilities =
        asPerson(planner, () -> statistics.facilities(STICHTAG, java.util.Locale.GERMAN));
    int hall = facilities.facilities().rowLabels().indexOf("Halle " + tag + " (Würzburg)");
    assertTrue(hall >= 0, facilities.facilities().rowLabels().toString());
    assertEquals(2L, facilities.facilities().cell(hall, 0).value(), "two groups");
    assertEquals(3L, facilities.facilities().cell(hall, 1).value(), "2.5 hours a week, rounded");
    PublishedCell participants = facilities.participants().cell(0, 0);
    assertTrue(participants.isSuppressed() || participants.value() >= 5, participants.toString());
    String logQuery =
        "SELECT COUNT(*) FROM stat_export_log WHERE query = ? AND exported_by = 'Andrea Schäfer'"
            + " AND format = 'CSV'";
    long logged = number(logQuery, "MEMBERS_AGE stichtag=" + STICHTAG);
    PlannerReports.Export export =
        asPerson(
            planner,
            () ->
                plannerReports.export(
                    new PlannerView(PlannerView.Kind.MEMBERS_AGE, STICHTAG, null, null),
                    PlannerReports.Format.CSV,
                    java.util.Locale.GERMAN));
    String csv = new String(export.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(csv.contains("Würzburg") && !csv.contains("Nachname"), csv);
    assertEquals(
        logged + 1, number(logQuery, "MEMBERS_AGE stichtag=" + STICHTAG), "the export is logged");
    for (Principal refused :
        List.of(
            chair,
            identities.principalOf(DemoAccounts.SUBJECT_SERVICESTELLE, List.of("servicedesk")))) {
      assertThrows(
          AccessDeniedException.class,
          () ->
              asPerson(
                  refused,
                  () -> statistics.membersByMunicipalityAndAge(STICHTAG, java.util.Locale.GERMAN)));
      assertThrows(
          AccessDeniedException.class,
          () ->
              asPerson(
                  refused,
                  () ->
                      plannerReports.export(
                          new PlannerView(PlannerView.Kind.MEMBERS_AGE, STICHTAG, null, null),
                          PlannerReports.Format.XLSX,
                          java.util.Locale.GERMAN)));
    }
    // a planner has no club's census
    assertThrows(
        RuntimeException.class,
        () -> asPerson(planner, () -> clubCensus.census(STICHTAG, false, java.util.Locale.GERMAN)));

    // a plain member may not compute the club's figures
    Principal member =
        new Principal(
            2,
            "stat-m-" + tag,
            "Mitglied",
            null,
            Set.of(),
            List.of(new Principal.ClubMembership(club, "Statistik-Test", Set.of(ClubRole.MEMBER))));
    assertThrows(
        AccessDeniedException.class, () -> inClub(member, club, () -> readModel.refresh(STICHTAG)));
  }

  /** A group at this test's hall in Würzburg. */
  private TrainingGroup.Draft training(
      String name, int sport, int weekday, int h1, int m1, int h2, int m2, int participants) {
    return new TrainingGroup.Draft(
        name,
        sport,
        "Halle " + tag,
        WUERZBURG,
        weekday,
        java.time.LocalTime.of(h1, m1),
        java.time.LocalTime.of(h2, m2),
        participants,
        false);
  }

  private static String pdfText(byte[] pdf) throws Exception {
    StringBuilder sb = new StringBuilder();
    try (var doc =
        new com.itextpdf.kernel.pdf.PdfDocument(
            new com.itextpdf.kernel.pdf.PdfReader(new java.io.ByteArrayInputStream(pdf)))) {
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        sb.append(
                com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(
                    doc.getPage(i)))
            .append('\n');
      }
    }
    return sb.toString();
  }

  private static List<Long> values(FigureTable t, int row) {
    List<Long> out = new java.util.ArrayList<>();
    for (int c = 0; c < t.columnCount(); c++) {
      FigureCell cell = t.cell(row, c);
      out.add(cell.value());
    }
    return out;
  }

  /**
   * What an attacker knows about one Stichtag – every published table with its totals, the equal
   * row totals of the member tables and the equal sport totals of the membership tables – solved:
   * no suppressed entry may be determined, and no shown count lies between 1 and k - 1.
   */
  private static void assertSafe(RegionFigures f) {
    List<PublishedTable> members = List.of(f.byAge(), f.byGender(), f.byActivity());
    List<Relation> links = new java.util.ArrayList<>();
    for (int r = 0; r <= f.byAge().rows(); r++) {
      links.add(same(0, r, f.byAge().columns(), 1, r, f.byGender().columns()));
      links.add(same(0, r, f.byAge().columns(), 2, r, f.byActivity().columns()));
    }
    assertTrue(
        new Auditor(Auditor.Knowledge.ZEROS_SHOWN).audit(members, links).disclosed().isEmpty(),
        "member tables");
    List<PublishedTable> sports = List.of(f.sportsByAge(), f.sportsByMunicipality());
    List<Relation> sportLinks = new java.util.ArrayList<>();
    for (int j = 0; j < f.sportColumns().size(); j++) {
      // a sport's column total is its row total by age; "other sports" the sum of the rest
      int code = f.sportColumns().get(j);
      List<EntryRef> refs = new java.util.ArrayList<>();
      List<Long> coefficients = new java.util.ArrayList<>();
      for (int s = 0; s < f.sports().size(); s++) {
        int sport = f.sports().get(s);
        boolean counted =
            code == RegionStatistics.OTHER_SPORTS
                ? !f.sportColumns().contains(sport)
                : sport == code;
        if (counted) {
          refs.add(new EntryRef(0, s, f.sportsByAge().columns()));
          coefficients.add(1L);
        }
      }
      refs.add(new EntryRef(1, f.sportsByMunicipality().rows(), j));
      coefficients.add(-1L);
      sportLinks.add(new Relation(refs, coefficients, 0));
    }
    sportLinks.add(
        same(
            0,
            f.sportsByAge().rows(),
            f.sportsByAge().columns(),
            1,
            f.sportsByMunicipality().rows(),
            f.sportsByMunicipality().columns()));
    assertTrue(
        new Auditor(Auditor.Knowledge.ZEROS_SHOWN).audit(sports, sportLinks).disclosed().isEmpty(),
        "sport tables");
    for (PublishedTable t :
        List.of(
            f.byAge(), f.byGender(), f.byActivity(), f.sportsByAge(), f.sportsByMunicipality())) {
      for (int r = 0; r <= t.rows(); r++) {
        for (int c = 0; c <= t.columns(); c++) {
          PublishedCell cell = t.entry(r, c);
          assertTrue(
              cell.isSuppressed() || cell.value() == 0 || cell.value() >= f.k(),
              "small count " + cell);
        }
      }
    }
  }

  private static Relation same(int t1, int r1, int c1, int t2, int r2, int c2) {
    return new Relation(
        List.of(new EntryRef(t1, r1, c1), new EntryRef(t2, r2, c2)), List.of(1L, -1L), 0);
  }

  private long member(
      long club,
      int n,
      String birth,
      String gender,
      String status,
      String ags,
      String entry,
      String exit)
      throws Exception {
    return update(
        "INSERT INTO member (club_id, member_number, first_name, last_name, birth_date, gender,"
            + " municipality_ags, status, entry_date, exit_date) VALUES (?,?,?,?,?,?,?,?,?,?)",
        club,
        "S" + n,
        "Vorname" + n,
        "Nachname" + n,
        birth == null ? null : LocalDate.parse(birth),
        gender,
        ags,
        status,
        LocalDate.parse(entry),
        exit == null ? null : LocalDate.parse(exit));
  }

  private void department(long member, long department, long club) throws Exception {
    update(
        "INSERT INTO member_department (member_id, department_id, club_id, entry_date)"
            + " VALUES (?, ?, ?, '2020-01-01')",
        member,
        department,
        club);
  }

  private long count(long club, String sql) throws Exception {
    return number(sql, club, STICHTAG);
  }

  private long group(long club, String ageGroup, String gender, String ags, boolean active)
      throws Exception {
    return number(
        "SELECT COALESCE(SUM(members), 0) FROM stat_members WHERE club_id = ? AND stichtag = ?"
            + " AND age_group = ? AND gender = ? AND ags = ? AND active = ?",
        club,
        STICHTAG,
        ageGroup,
        gender,
        ags,
        active);
  }

  private long sport(long club, long sport) throws Exception {
    return number(
        "SELECT COALESCE(SUM(members), 0) FROM stat_sport_members WHERE club_id = ?"
            + " AND stichtag = ? AND sport_code = ?",
        club,
        STICHTAG,
        sport);
  }
}

package de.heldenhelfer.statistics.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.heldenhelfer.statistics.disclosure.Auditor.AuditResult;
import de.heldenhelfer.statistics.disclosure.Auditor.CellInterval;
import de.heldenhelfer.statistics.disclosure.Auditor.Knowledge;
import de.heldenhelfer.statistics.disclosure.DisclosureControl.ProtectedHierarchy;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Disclosure control on constructed cases where the attack is known. */
class DisclosureControlTest {
  private final DisclosureControl control = new DisclosureControl();

  /** Every suppressed entry: not determined, interval holds the truth; every shown value true. */
  private static void assertSafe(
      List<PublishedTable> published, List<CountTable> truth, AuditResult audit) {
    assertFalse(audit.intervals().isEmpty(), "expected suppressed entries");
    for (CellInterval c : audit.intervals()) {
      long value = truth.get(c.entry().table()).entry(c.entry().row(), c.entry().column());
      assertFalse(c.disclosed(), c + " is disclosed");
      assertTrue(c.upper() > c.lower(), c.toString());
      assertTrue(c.exact(), "bounds attained by integer tables: " + c);
      assertTrue(c.contains(value), c + " must contain the true value " + value);
    }
    for (int t = 0; t < published.size(); t++) {
      PublishedTable p = published.get(t);
      for (int i = 0; i <= p.rows(); i++) {
        for (int j = 0; j <= p.columns(); j++) {
          long value = truth.get(t).entry(i, j);
          PublishedCell cell = p.entry(i, j);
          if (cell.isSuppressed()) {
            assertTrue(value > 0 || cell.suppression() == Suppression.SECONDARY);
          } else {
            assertEquals(value, cell.value());
            assertTrue(value == 0 || value >= p.k(), "shown value below k: " + value);
          }
        }
      }
    }
  }

  private static int suppressedIn(PublishedTable p, boolean row, int index) {
    int n = 0;
    int length = row ? p.columns() : p.rows();
    for (int x = 0; x <= length; x++) {
      if ((row ? p.entry(index, x) : p.entry(x, index)).isSuppressed()) {
        n++;
      }
    }
    return n;
  }

  @Test
  void kBelowThreeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new DisclosureControl(2));
    assertThrows(IllegalArgumentException.class, () -> new DisclosureControl(0));
    assertThrows(IllegalArgumentException.class, () -> new DisclosureControl(-5));
    assertEquals(3, new DisclosureControl(3).k());
    assertEquals(5, new DisclosureControl().k());
    assertTrue(new DisclosureControl().caption().startsWith("Werte unter 5 unterdrückt"));
    assertTrue(new DisclosureControl(10).caption().startsWith("Werte unter 10 unterdrückt"));
  }

  @Test
  void aCellOfTwoNextToARowTotalIsProtected() {
    CountTable table = CountTable.of(new int[][] {{2, 10, 12}, {8, 9, 15}, {7, 11, 6}});

    PublishedTable published = control.protect(table);

    assertEquals(Suppression.PRIMARY, published.cell(0, 0).suppression());
    assertTrue(suppressedIn(published, true, 0) >= 2);
    assertTrue(suppressedIn(published, false, 0) >= 2);
    AuditResult attack = new Auditor(Knowledge.ZEROS_SHOWN).audit(published);
    CellInterval two = attack.interval(0, 0, 0);
    assertTrue(two.width() >= 1, "interval " + two);
    assertSafe(List.of(published), List.of(table), attack);
    assertTrue(published.caption().contains("Werte unter 5 unterdrückt"));
  }

  @Test
  void twoSuppressedCellsInARowAreNotGivenAwayByColumnTotals() {
    CountTable table = CountTable.of(new int[][] {{3, 4, 20}, {10, 12, 15}, {8, 9, 11}});

    PublishedTable published = control.protect(table);

    assertEquals(Suppression.PRIMARY, published.cell(0, 0).suppression());
    assertEquals(Suppression.PRIMARY, published.cell(0, 1).suppression());
    assertTrue(suppressedIn(published, false, 0) >= 2);
    assertTrue(suppressedIn(published, false, 1) >= 2);
    assertSafe(
        List.of(published), List.of(table), new Auditor(Knowledge.ZEROS_SHOWN).audit(published));
  }

  @Test
  void aRectangleOfOnesIsWidenedUntilTheAuditPasses() {
    CountTable table = CountTable.of(new int[][] {{1, 1, 20}, {1, 1, 30}, {10, 12, 15}});

    PublishedTable published = control.protect(table);

    // two per line alone (the four ones) would be disclosed; the audit forced more
    assertTrue(published.count(Suppression.SECONDARY) > 0);
    assertSafe(
        List.of(published), List.of(table), new Auditor(Knowledge.ZEROS_SHOWN).audit(published));
  }

  @Test
  void visibleReasonsAreSurvivedWhenConfigured() {
    CountTable table = CountTable.of(new int[][] {{1, 5, 20}, {6, 2, 30}, {10, 12, 15}});
    DisclosureControl strict = new DisclosureControl(5, 1, Knowledge.REASONS_SHOWN);

    PublishedTable published = strict.protect(table);

    assertSafe(
        List.of(published), List.of(table), new Auditor(Knowledge.REASONS_SHOWN).audit(published));
  }

  @Test
  void aLargerProtectionMarginWidensTheIntervals() {
    CountTable table = CountTable.of(new int[][] {{2, 10, 12, 30}, {8, 9, 15, 7}, {7, 11, 6, 40}});
    DisclosureControl margin3 = new DisclosureControl(5, 3, Knowledge.ZEROS_SHOWN);

    PublishedTable published = margin3.protect(table);

    AuditResult audit = new Auditor(Knowledge.ZEROS_SHOWN).audit(published);
    assertTrue(audit.passes(3));
    audit.intervals().forEach(c -> assertTrue(c.width() >= 3, c.toString()));
  }

  @Test
  void zeroCellsStayZero() {
    CountTable table =
        CountTable.of(new int[][] {{0, 3, 12, 0}, {0, 14, 0, 9}, {6, 0, 2, 11}, {0, 0, 0, 0}});

    PublishedTable published = control.protect(table);

    for (int i = 0; i <= table.rows(); i++) {
      for (int j = 0; j <= table.columns(); j++) {
        if (table.entry(i, j) == 0) {
          assertFalse(published.entry(i, j).isSuppressed(), i + "," + j);
          assertEquals(0L, published.entry(i, j).value());
        }
      }
    }
    assertEquals(Suppression.PRIMARY, published.cell(0, 1).suppression());
    assertEquals(Suppression.PRIMARY, published.cell(2, 2).suppression());
    assertSafe(
        List.of(published), List.of(table), new Auditor(Knowledge.ZEROS_SHOWN).audit(published));
  }

  @Test
  void totalsBelowKAreSuppressedToo() {
    CountTable table = CountTable.of(new int[][] {{1, 2, 0}, {10, 20, 30}, {7, 8, 9}});

    PublishedTable published = control.protect(table);

    assertEquals(Suppression.PRIMARY, published.rowTotal(0).suppression());
    assertSafe(
        List.of(published), List.of(table), new Auditor(Knowledge.ZEROS_SHOWN).audit(published));

    CountTable tiny = CountTable.of(new int[][] {{1, 1}, {1, 0}});
    PublishedTable all = control.protect(tiny);
    assertEquals(Suppression.PRIMARY, all.grandTotal().suppression());
    assertFalse(all.cell(1, 1).isSuppressed());
    assertSafe(List.of(all), List.of(tiny), new Auditor(Knowledge.ZEROS_SHOWN).audit(all));
  }

  @Test
  void kIsConfigurable() {
    CountTable table =
        CountTable.of(new int[][] {{3, 4, 7, 9}, {12, 15, 20, 30}, {11, 25, 14, 16}});

    PublishedTable k3 = new DisclosureControl(3).protect(table);
    PublishedTable k10 = new DisclosureControl(10).protect(table);

    assertEquals(0, k3.count(Suppression.PRIMARY));
    assertEquals(0, k3.suppressedCount());
    assertEquals(3L, k3.cell(0, 0).value());
    for (int c = 0; c < 4; c++) {
      assertEquals(Suppression.PRIMARY, k10.cell(0, c).suppression());
    }
    assertNotEquals(k3, k10);
    assertSafe(List.of(k10), List.of(table), new Auditor(Knowledge.ZEROS_SHOWN).audit(k10));
    assertTrue(k10.caption().startsWith("Werte unter 10"));
  }

  @Test
  void aDrillDownWhoseLevelsDifferByOneClubCannotBeDifferenced() {
    List<String> ages = List.of("bis 18", "19-60", "über 60");
    CountTable regions =
        CountTable.of(List.of("Nord", "Süd"), ages, new int[][] {{22, 36, 32}, {24, 33, 26}});
    CountTable municipalities =
        CountTable.of(
            List.of("Stadt A", "Dorf B (ein Verein)", "Stadt C", "Dorf D"),
            ages,
            new int[][] {{20, 30, 25}, {2, 6, 7}, {15, 22, 18}, {9, 11, 8}});
    int[] parentOf = {0, 0, 1, 1};
    Auditor attacker = new Auditor(Knowledge.ZEROS_SHOWN);

    // naive: each level protected on its own
    PublishedTable naiveParent = control.protect(regions);
    PublishedTable naiveChild = control.protect(municipalities);
    assertEquals(0, naiveParent.suppressedCount());
    assertTrue(attacker.audit(naiveChild).passes(1), "each level alone looks safe");
    CellInterval recovered =
        attacker.auditHierarchy(naiveParent, naiveChild, parentOf).interval(1, 1, 0);
    assertTrue(recovered.disclosed());
    assertEquals(2, recovered.lower());

    // together
    ProtectedHierarchy both = control.protectHierarchy(regions, municipalities, parentOf);
    System.out.println(both.parent().render() + both.child().render());
    assertTrue(both.child().cell(1, 0).isSuppressed());
    // "Nord, bis 18" = "Stadt A" + "Dorf B": at least one more of the three is hidden
    assertTrue(both.parent().cell(0, 0).isSuppressed() || both.child().cell(0, 0).isSuppressed());
    assertSafe(
        List.of(both.parent(), both.child()),
        List.of(regions, municipalities),
        attacker.auditHierarchy(both.parent(), both.child(), parentOf));
  }

  @Test
  void aHierarchyMustAddUp() {
    CountTable parent = CountTable.of(new int[][] {{10, 10}});
    CountTable child = CountTable.of(new int[][] {{5, 5}, {5, 6}});
    assertThrows(
        IllegalArgumentException.class,
        () -> control.protectHierarchy(parent, child, new int[] {0, 0}));
  }

  @Test
  void twoSnapshotsThatDifferByOnePersonCannotBeDifferenced() {
    int[][] before = {{4, 12, 9}, {10, 15, 20}, {8, 6, 14}};
    int[][] after = {{5, 12, 9}, {10, 15, 20}, {8, 6, 14}};
    CountTable stichtag1 = CountTable.of(before);
    CountTable stichtag2 = CountTable.of(after);
    Auditor attacker = new Auditor(Knowledge.ZEROS_SHOWN);

    // naive: each export protected on its own, the second one shows everything
    PublishedTable first = control.protect(stichtag1);
    PublishedTable second = control.protect(stichtag2);
    assertEquals(0, second.suppressedCount());
    assertTrue(attacker.audit(first).passes(1), "the first export alone looks safe");
    CellInterval recovered =
        attacker.auditSnapshots(List.of(first, second), new long[] {1}).interval(0, 0, 0);
    assertTrue(recovered.disclosed());
    assertEquals(4, recovered.lower());

    // one common pattern for the series
    List<PublishedTable> series = control.protectSeries(List.of(stichtag1, stichtag2));
    assertTrue(series.get(1).cell(0, 0).isSuppressed());
    assertSafe(
        series,
        List.of(stichtag1, stichtag2),
        new Auditor(Knowledge.NON_NEGATIVE).auditSnapshots(series, new long[] {1}));
    assertSafe(
        series, List.of(stichtag1, stichtag2), attacker.auditSnapshots(series, new long[] {1}));
  }

  @Test
  void theSameStichtagAlwaysGivesTheSameExport() {
    CountTable table = CountTable.of(new int[][] {{2, 10, 12}, {8, 3, 15}, {7, 11, 6}});
    assertEquals(control.protect(table), control.protect(table));
    assertEquals(control.protect(table).render(), new DisclosureControl().protect(table).render());
  }

  @Test
  void aTableOf53RowsAnd7ColumnsIsProtectedQuickly() {
    Random random = new Random(2026);
    int[][] counts = new int[53][7];
    for (int[] row : counts) {
      for (int c = 0; c < 7; c++) {
        int kind = random.nextInt(10);
        row[c] = kind < 2 ? 0 : kind < 5 ? 1 + random.nextInt(6) : 5 + random.nextInt(120);
      }
    }
    CountTable table = CountTable.of(counts);
    control.protect(table); // warm-up

    long start = System.nanoTime();
    PublishedTable published = control.protect(table);
    long millis = (System.nanoTime() - start) / 1_000_000;

    System.out.printf(
        "53 x 7 table protected in %d ms: %d primary, %d secondary of %d entries%n",
        millis,
        published.count(Suppression.PRIMARY),
        published.count(Suppression.SECONDARY),
        54 * 8);
    assertTrue(published.count(Suppression.PRIMARY) > 20);
    assertSafe(
        List.of(published), List.of(table), new Auditor(Knowledge.ZEROS_SHOWN).audit(published));
  }

  private static int[][] randomCounts(Random random, int rows, int columns) {
    int[][] counts = new int[rows][columns];
    for (int[] row : counts) {
      for (int c = 0; c < columns; c++) {
        int kind = random.nextInt(10);
        row[c] = kind < 2 ? 0 : kind < 6 ? 1 + random.nextInt(6) : 5 + random.nextInt(40);
      }
    }
    return counts;
  }

  @Test
  void randomTablesAlwaysPassAnIndependentAudit() {
    Random random = new Random(7);
    Knowledge[] knowledges = Knowledge.values();
    for (int round = 0; round < 120; round++) {
      int k = 3 + random.nextInt(8);
      Knowledge knowledge = knowledges[round % knowledges.length];
      DisclosureControl c = new DisclosureControl(k, 1, knowledge);
      CountTable table =
          CountTable.of(randomCounts(random, 1 + random.nextInt(8), 1 + random.nextInt(6)));

      PublishedTable published = c.protect(table);

      AuditResult audit = new Auditor(knowledge).audit(published);
      for (CellInterval cell : audit.intervals()) {
        assertFalse(cell.disclosed(), "round " + round + ": " + cell + "\n" + published);
        assertTrue(cell.exact(), "integer bounds certified: " + cell);
        long truth = table.entry(cell.entry().row(), cell.entry().column());
        assertTrue(cell.contains(truth), cell + " vs " + truth);
      }
      for (int i = 0; i <= table.rows(); i++) {
        for (int j = 0; j <= table.columns(); j++) {
          long n = table.entry(i, j);
          assertEquals(n > 0 && n < k, published.entry(i, j).suppression() == Suppression.PRIMARY);
        }
      }
    }
  }

  @Test
  void threeDrillDownLevelsAreProtectedTogether() {
    Random random = new Random(11);
    for (int round = 0; round < 30; round++) {
      // clubs -> municipalities -> regions, 4 age groups
      int clubs = 4 + random.nextInt(10);
      int municipalities = 2 + random.nextInt(3);
      int[] municipalityOfClub = new int[clubs];
      for (int i = 0; i < clubs; i++) {
        municipalityOfClub[i] = i < municipalities ? i : random.nextInt(municipalities);
      }
      int[] regionOfMunicipality = new int[municipalities];
      for (int i = 0; i < municipalities; i++) {
        regionOfMunicipality[i] = i < 2 ? i : random.nextInt(2);
      }
      int[][] clubCounts = randomCounts(random, clubs, 4);
      int[][] municipalityCounts = new int[municipalities][4];
      int[][] regionCounts = new int[2][4];
      for (int i = 0; i < clubs; i++) {
        for (int c = 0; c < 4; c++) {
          municipalityCounts[municipalityOfClub[i]][c] += clubCounts[i][c];
          regionCounts[regionOfMunicipality[municipalityOfClub[i]]][c] += clubCounts[i][c];
        }
      }
      List<CountTable> levels =
          List.of(
              CountTable.of(regionCounts),
              CountTable.of(municipalityCounts),
              CountTable.of(clubCounts));
      List<int[]> parentOf = List.of(regionOfMunicipality, municipalityOfClub);

      List<PublishedTable> published = control.protectLevels(levels, parentOf);

      AuditResult audit = new Auditor(Knowledge.ZEROS_SHOWN).auditLevels(published, parentOf);
      for (CellInterval cell : audit.intervals()) {
        assertFalse(cell.disclosed(), "round " + round + ": " + cell);
        assertTrue(cell.exact(), "integer bounds certified: " + cell);
        long truth =
            levels.get(cell.entry().table()).entry(cell.entry().row(), cell.entry().column());
        assertTrue(cell.contains(truth));
      }
    }
  }

  @Test
  void randomSeriesOfSnapshotsPassTheDifferencingAudit() {
    Random random = new Random(13);
    for (int round = 0; round < 30; round++) {
      int rows = 2 + random.nextInt(5);
      int[][] before = randomCounts(random, rows, 3);
      int[][] after = new int[rows][];
      for (int r = 0; r < rows; r++) {
        after[r] = before[r].clone();
      }
      after[random.nextInt(rows)][random.nextInt(3)]++; // one person joins
      List<CountTable> snapshots = List.of(CountTable.of(before), CountTable.of(after));

      List<PublishedTable> series = control.protectSeries(snapshots);

      AuditResult audit =
          new Auditor(Knowledge.NON_NEGATIVE).auditSnapshots(series, new long[] {1});
      for (CellInterval cell : audit.intervals()) {
        assertFalse(cell.disclosed(), "round " + round + ": " + cell);
        assertTrue(cell.exact(), "integer bounds certified: " + cell);
        long truth =
            snapshots.get(cell.entry().table()).entry(cell.entry().row(), cell.entry().column());
        assertTrue(cell.contains(truth));
      }
    }
  }

  @Test
  void tablesSharingTheirRowTotalsAreProtectedTogether() {
    Random random = new Random(17);
    for (int round = 0; round < 30; round++) {
      int municipalities = 2 + random.nextInt(6);
      int[][] byAge = randomCounts(random, municipalities, 4);
      int[][] byGender = new int[municipalities][2];
      for (int m = 0; m < municipalities; m++) {
        int total = 0;
        for (int n : byAge[m]) {
          total += n;
        }
        byGender[m][0] = total == 0 ? 0 : random.nextInt(total + 1);
        byGender[m][1] = total - byGender[m][0];
      }
      CountTable age = CountTable.of(byAge);
      CountTable gender = CountTable.of(byGender);
      List<Auditor.Relation> links = new java.util.ArrayList<>();
      for (int m = 0; m <= municipalities; m++) {
        links.add(
            new Auditor.Relation(
                List.of(new Auditor.EntryRef(0, m, 4), new Auditor.EntryRef(1, m, 2)),
                List.of(1L, -1L),
                0));
      }

      List<PublishedTable> published = control.protectLinked(List.of(age, gender), links);

      AuditResult audit = new Auditor(Knowledge.ZEROS_SHOWN).audit(published, links);
      for (CellInterval cell : audit.intervals()) {
        assertFalse(cell.disclosed(), "round " + round + ": " + cell);
        assertTrue(cell.exact(), "integer bounds certified: " + cell);
      }
      for (int m = 0; m <= municipalities; m++) {
        assertEquals(
            published.get(0).entry(m, 4).isSuppressed(),
            published.get(1).entry(m, 2).isSuppressed(),
            "a shared total is shown in both tables or in neither");
      }
    }
    CountTable a = CountTable.of(new int[][] {{5, 6}});
    CountTable b = CountTable.of(new int[][] {{5, 7}});
    assertThrows(
        IllegalArgumentException.class,
        () ->
            control.protectLinked(
                List.of(a, b),
                List.of(
                    new Auditor.Relation(
                        List.of(new Auditor.EntryRef(0, 0, 2), new Auditor.EntryRef(1, 0, 2)),
                        List.of(1L, -1L),
                        0))));
  }

  /**
   * The protection procedure settles entries with witnessed integer solutions (a shortcut); an
   * attacker solving exactly must still find every suppressed entry of random sparse tables, alone
   * and linked by their row totals, undetermined.
   */
  @Test
  void theShortcutOfTheProcedureHoldsAgainstAnExactAttacker() {
    java.util.Random rnd = new java.util.Random(11);
    for (int round = 0; round < 25; round++) {
      int rows = 3 + rnd.nextInt(10);
      int[][] a = sparse(rnd, rows, 3 + rnd.nextInt(6));
      int[][] b = new int[rows][2];
      for (int r = 0; r < rows; r++) {
        int total = java.util.Arrays.stream(a[r]).sum();
        b[r][0] = total == 0 ? 0 : rnd.nextInt(total + 1);
        b[r][1] = total - b[r][0];
      }
      CountTable ta = CountTable.of(a);
      CountTable tb = CountTable.of(b);
      PublishedTable alone = new DisclosureControl(5).protect(ta);
      assertTrue(new Auditor(Knowledge.ZEROS_SHOWN).audit(alone).passes(1), "round " + round);
      List<Auditor.Relation> links = new java.util.ArrayList<>();
      for (int r = 0; r <= rows; r++) {
        links.add(
            new Auditor.Relation(
                List.of(new Auditor.EntryRef(0, r, ta.columns()), new Auditor.EntryRef(1, r, 2)),
                List.of(1L, -1L),
                0));
      }
      List<PublishedTable> linked = new DisclosureControl(5).protectLinked(List.of(ta, tb), links);
      assertTrue(
          new Auditor(Knowledge.ZEROS_SHOWN).audit(linked, links).passes(1), "linked " + round);
    }
  }

  private static int[][] sparse(java.util.Random rnd, int rows, int cols) {
    int[][] c = new int[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        double x = rnd.nextDouble();
        c[i][j] = x < 0.3 ? 0 : x < 0.6 ? 1 + rnd.nextInt(4) : 5 + rnd.nextInt(60);
      }
    }
    return c;
  }
}

package de.heldenhelfer.statistics.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.heldenhelfer.statistics.disclosure.Auditor.AuditResult;
import de.heldenhelfer.statistics.disclosure.Auditor.CellInterval;
import de.heldenhelfer.statistics.disclosure.Auditor.Knowledge;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The attacker's side: solving published tables must recover what is not protected. */
class AuditorTest {
  private static final Auditor ZEROS_SHOWN = new Auditor(Knowledge.ZEROS_SHOWN);

  /** Publishes {@code table} with exactly the listed inner cells suppressed. */
  static PublishedTable withSuppressed(CountTable table, int[]... cells) {
    Suppression[][] reasons = new Suppression[table.rows() + 1][table.columns() + 1];
    for (Suppression[] row : reasons) {
      java.util.Arrays.fill(row, Suppression.NONE);
    }
    for (int[] c : cells) {
      long n = table.entry(c[0], c[1]);
      reasons[c[0]][c[1]] = n > 0 && n < 5 ? Suppression.PRIMARY : Suppression.SECONDARY;
    }
    return PublishedTable.publish(table, 5, reasons);
  }

  @Test
  void aCellOfTwoNextToItsRowTotalIsRecoveredWithoutSecondarySuppression() {
    CountTable table = CountTable.of(new int[][] {{2, 10, 12}, {8, 9, 15}, {7, 11, 6}});
    PublishedTable naive = withSuppressed(table, new int[] {0, 0});
    assertEquals(Suppression.PRIMARY, naive.cell(0, 0).suppression());

    CellInterval attack = ZEROS_SHOWN.audit(naive).interval(0, 0, 0);

    assertTrue(attack.disclosed());
    assertEquals(2, attack.lower());
    assertEquals(2, attack.upper());
    assertTrue(attack.exact());
  }

  @Test
  void twoSuppressedCellsInARowAreGivenAwayByTheColumnTotals() {
    CountTable table = CountTable.of(new int[][] {{3, 4, 20}, {10, 12, 15}, {8, 9, 11}});
    PublishedTable naive = withSuppressed(table, new int[] {0, 0}, new int[] {0, 1});

    AuditResult result = ZEROS_SHOWN.audit(naive);

    assertEquals(2, result.disclosed().size());
    assertEquals(3, result.interval(0, 0, 0).lower());
    assertEquals(3, result.interval(0, 0, 0).upper());
    assertEquals(4, result.interval(0, 0, 1).lower());
    assertEquals(4, result.interval(0, 0, 1).upper());
  }

  @Test
  void twoPerLineIsNotEnoughForARectangleOfOnes() {
    // every row and column with a suppression holds two of them, yet the ones are disclosed
    // because the attacker knows that a suppressed count is at least one (zeros are shown)
    CountTable table = CountTable.of(new int[][] {{1, 1, 20}, {1, 1, 30}, {10, 12, 15}});
    PublishedTable twoPerLine =
        withSuppressed(
            table, new int[] {0, 0}, new int[] {0, 1}, new int[] {1, 0}, new int[] {1, 1});

    AuditResult knowingZeros = ZEROS_SHOWN.audit(twoPerLine);
    assertEquals(4, knowingZeros.disclosed().size());
    knowingZeros.intervals().forEach(c -> assertEquals(1, c.upper()));

    // an attacker who only knows that counts are non-negative gets [0, 2]
    AuditResult nonNegative = new Auditor(Knowledge.NON_NEGATIVE).audit(twoPerLine);
    assertTrue(nonNegative.disclosed().isEmpty());
    assertEquals(0, nonNegative.interval(0, 0, 0).lower());
    assertEquals(2, nonNegative.interval(0, 0, 0).upper());
  }

  @Test
  void visibleReasonsNarrowTheIntervals() {
    CountTable table = CountTable.of(new int[][] {{3, 6, 20}, {6, 3, 30}, {10, 12, 15}});
    PublishedTable rectangle =
        withSuppressed(
            table, new int[] {0, 0}, new int[] {0, 1}, new int[] {1, 0}, new int[] {1, 1});

    CellInterval zeros = ZEROS_SHOWN.audit(rectangle).interval(0, 0, 0);
    CellInterval reasons = new Auditor(Knowledge.REASONS_SHOWN).audit(rectangle).interval(0, 0, 0);

    assertEquals(1, zeros.lower());
    assertEquals(8, zeros.upper());
    assertEquals(1, reasons.lower());
    assertEquals(4, reasons.upper());
    assertTrue(reasons.contains(3));
  }

  @Test
  void unboundedWhenNothingLimitsTheCell() {
    CountTable table = CountTable.of(new int[][] {{2, 10}, {8, 9}});
    Suppression[][] all = new Suppression[3][3];
    for (Suppression[] row : all) {
      java.util.Arrays.fill(row, Suppression.SECONDARY);
    }
    AuditResult result = ZEROS_SHOWN.audit(PublishedTable.publish(table, 5, all));
    assertEquals(9, result.intervals().size());
    result.intervals().forEach(c -> assertEquals(Long.MAX_VALUE, c.upper()));
  }

  @Test
  void inconsistentPublishedTablesAreRejected() {
    CountTable a = CountTable.of(new int[][] {{5, 6}, {7, 8}});
    CountTable b = CountTable.of(new int[][] {{5, 6}, {7, 9}});
    PublishedTable pa = withSuppressed(a);
    PublishedTable pb = withSuppressed(b);
    // claims that every row of b sums to the same row of a, which is false for row 1
    assertThrows(
        IllegalArgumentException.class, () -> ZEROS_SHOWN.auditHierarchy(pa, pb, new int[] {0, 1}));
  }

  @Test
  void intervalsMatchBruteForceEnumeration() {
    Random random = new Random(42);
    Auditor auditor = new Auditor(Knowledge.NON_NEGATIVE);
    for (int round = 0; round < 150; round++) {
      int[][] counts = new int[3][3];
      for (int[] row : counts) {
        for (int c = 0; c < 3; c++) {
          row[c] = random.nextInt(7);
        }
      }
      CountTable table = CountTable.of(counts);
      List<int[]> hidden = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        for (int c = 0; c < 3; c++) {
          if (random.nextInt(9) < 4) {
            hidden.add(new int[] {r, c});
          }
        }
      }
      if (hidden.isEmpty()) {
        continue;
      }
      while (hidden.size() > 4) {
        hidden.remove(random.nextInt(hidden.size()));
      }
      PublishedTable published = withSuppressed(table, hidden.toArray(new int[0][]));
      AuditResult result = auditor.audit(published);

      long[] min = new long[hidden.size()];
      long[] max = new long[hidden.size()];
      java.util.Arrays.fill(min, Long.MAX_VALUE);
      java.util.Arrays.fill(max, Long.MIN_VALUE);
      enumerate(table, hidden, new int[hidden.size()], 0, min, max);

      for (int h = 0; h < hidden.size(); h++) {
        CellInterval interval = result.interval(0, hidden.get(h)[0], hidden.get(h)[1]);
        assertEquals(min[h], interval.lower(), "round " + round + " lower of cell " + h);
        assertEquals(max[h], interval.upper(), "round " + round + " upper of cell " + h);
        assertTrue(interval.exact());
      }
    }
  }

  /** All non-negative integer fillings of the hidden cells that reproduce every total. */
  private static void enumerate(
      CountTable table, List<int[]> hidden, int[] values, int at, long[] min, long[] max) {
    if (at == hidden.size()) {
      long[][] filled = new long[3][3];
      for (int r = 0; r < 3; r++) {
        for (int c = 0; c < 3; c++) {
          filled[r][c] = table.count(r, c);
        }
      }
      for (int h = 0; h < hidden.size(); h++) {
        filled[hidden.get(h)[0]][hidden.get(h)[1]] = values[h];
      }
      for (int i = 0; i < 3; i++) {
        long row = filled[i][0] + filled[i][1] + filled[i][2];
        long column = filled[0][i] + filled[1][i] + filled[2][i];
        if (row != table.rowTotal(i) || column != table.columnTotal(i)) {
          return;
        }
      }
      for (int h = 0; h < hidden.size(); h++) {
        min[h] = Math.min(min[h], values[h]);
        max[h] = Math.max(max[h], values[h]);
      }
      return;
    }
    long bound = Math.min(table.rowTotal(hidden.get(at)[0]), table.columnTotal(hidden.get(at)[1]));
    for (int v = 0; v <= bound; v++) {
      values[at] = v;
      enumerate(table, hidden, values, at + 1, min, max);
    }
  }

  @Test
  void publishedTablesCarryNoValueOfSuppressedCells() {
    CountTable table = CountTable.of(new int[][] {{2, 10, 12}, {8, 9, 15}});
    PublishedTable published = withSuppressed(table, new int[] {0, 0});
    assertEquals(null, published.cell(0, 0).value());
    assertFalse(published.render().contains("\t2\t"));
    assertTrue(published.render().contains(PublishedCell.SYMBOL));
  }
}

package de.heldenhelfer.reports.figures;

import static de.heldenhelfer.reports.figures.FigureCell.shown;
import static de.heldenhelfer.reports.figures.FigureCell.suppressed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FigureTableTest {

  @Test
  void cellsAreShownOrSuppressedWithoutValue() {
    assertEquals(5L, shown(5).value());
    assertFalse(shown(5).isSuppressed());
    assertEquals("1234", shown(1234).text(), "no thousands separator");
    assertNull(suppressed().value());
    assertTrue(suppressed().isSuppressed());
    assertEquals("•", suppressed().text());
    assertEquals("•", FigureCell.SYMBOL);
    assertThrows(IllegalArgumentException.class, () -> new FigureCell(3L, true));
    assertThrows(IllegalArgumentException.class, () -> new FigureCell(null, false));
  }

  @Test
  void chartValuesAreTheRowTotalsElseTheFirstColumn() {
    FigureTable region = FigureFixtures.region();
    assertEquals(List.of(shown(7822), shown(464), suppressed()), region.chartValues());
    assertEquals("Summe", region.chartValuesLabel(Locale.GERMANY));
    FigureTable census = FigureFixtures.census();
    assertEquals(List.of(shown(120), shown(85), shown(17)), census.chartValues());
    assertEquals("Mitglieder", census.chartValuesLabel(Locale.ENGLISH));
  }

  @Test
  void totalsDecideTheTotalRowAndColumn() {
    FigureTable region = FigureFixtures.region();
    assertTrue(region.hasTotalColumn() && region.hasTotalRow() && region.hasSuppressed());
    FigureTable census = FigureFixtures.census();
    assertFalse(census.hasTotalColumn() || census.hasTotalRow() || census.hasSuppressed());
    FigureTable grandOnly = census.withTotals(null, null, shown(222));
    assertTrue(grandOnly.hasTotalColumn() && grandOnly.hasTotalRow());
    assertEquals("Summe", region.totalLabel(Locale.GERMANY));
    assertEquals("Total", region.totalLabel(Locale.ENGLISH));
    assertEquals("Insgesamt", region.withTotalLabel("Insgesamt").totalLabel(Locale.ENGLISH));
    assertEquals(FigureFixtures.CAPTION, region.caption());
    assertEquals("", FigureTable.of("T", null, List.of(), List.of("a"), List.of()).rowHeader());
  }

  @Test
  void rejectsCellsThatDoNotMatchTheLabels() {
    List<String> rows = List.of("A", "B");
    List<String> columns = List.of("x", "y");
    List<FigureCell> row = List.of(shown(1), shown(2));
    IllegalArgumentException tooFewRows =
        assertThrows(
            IllegalArgumentException.class,
            () -> FigureTable.of("T", "G", rows, columns, List.of(row)));
    assertTrue(tooFewRows.getMessage().contains("expected 2"), tooFewRows.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> FigureTable.of("T", "G", rows, columns, List.of(row, List.of(shown(1)))));
    assertThrows(
        IllegalArgumentException.class,
        () -> FigureTable.of("T", "G", rows, columns, List.of(row, row, row)));
    assertThrows(
        IllegalArgumentException.class,
        () -> FigureTable.of("T", "G", List.of(), List.of(), List.of()));
    FigureTable ok = FigureTable.of("T", "G", rows, columns, List.of(row, row));
    assertThrows(
        IllegalArgumentException.class, () -> ok.withTotals(List.of(shown(3)), null, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> ok.withTotals(null, List.of(shown(2), shown(4), shown(6)), null));
    assertThrows(
        NullPointerException.class, () -> FigureTable.of(null, "G", rows, columns, List.of()));
  }

  @Test
  void copiesItsLists() {
    List<String> rows = new ArrayList<>(List.of("A"));
    List<List<FigureCell>> cells = new ArrayList<>();
    cells.add(new ArrayList<>(List.of(shown(1))));
    FigureTable table = FigureTable.of("T", "G", rows, List.of("x"), cells);
    rows.add("B");
    cells.get(0).set(0, suppressed());
    assertEquals(List.of("A"), table.rowLabels());
    assertEquals(shown(1), table.cell(0, 0));
    assertThrows(UnsupportedOperationException.class, () -> table.cells().get(0).add(shown(2)));
  }

  @Test
  void reportNeedsATableAndDefaultsToGerman() {
    FigureReport report = new FigureReport("R", null, List.of(FigureFixtures.census()), null, null);
    assertEquals(Locale.GERMANY, report.locale());
    assertEquals(List.of(), report.method());
    assertThrows(
        IllegalArgumentException.class,
        () -> new FigureReport("R", null, List.of(), List.of(), Locale.GERMANY));
  }
}

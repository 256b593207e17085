package de.heldenhelfer.reports.figures;

import static de.heldenhelfer.reports.figures.FigureCell.shown;
import static de.heldenhelfer.reports.figures.FigureCell.suppressed;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** Example tables: a region table after disclosure control and a club's census. */
final class FigureFixtures {
  private FigureFixtures() {}

  static final String CAPTION = "Werte unter 5 unterdrückt (•)";

  /** 3 municipalities × 3 age groups; Zell's "unter 18" and Zell's total are suppressed. */
  static FigureTable region() {
    return FigureTable.of(
            "Mitglieder nach Gemeinde und Altersgruppe",
            "Gemeinde",
            List.of("Würzburg", "Höchberg", "Zell a. Main"),
            List.of("unter 18", "18 bis 64", "65 und älter"),
            List.of(
                List.of(shown(1234), shown(5678), shown(910)),
                List.of(shown(56), shown(321), shown(87)),
                List.of(suppressed(), shown(44), suppressed())))
        .withCaption(CAPTION)
        .withTotals(
            List.of(shown(7822), shown(464), suppressed()),
            List.of(shown(1293), shown(6043), shown(1000)),
            shown(8336));
  }

  /** A club's census: one column, no totals, nothing suppressed. */
  static FigureTable census() {
    return FigureTable.of(
        "Mitglieder nach Abteilung",
        "Abteilung",
        List.of("Fußball", "Turnen", "=Schach; Go"),
        List.of("Mitglieder"),
        List.of(List.of(shown(120)), List.of(shown(85)), List.of(shown(17))));
  }

  static List<String> method() {
    return List.of(
        "Gezählt werden aktive Mitglieder zum Stichtag, je Person einmal.",
        "Werte unter 5 werden unterdrückt; damit sich unterdrückte Werte nicht aus Summen"
            + " zurückrechnen lassen, werden weitere Werte unterdrückt.",
        "Quelle: Heldenhelfer, Mitgliederverwaltung der Vereine.");
  }

  static FigureReport report(Locale locale, FigureTable... tables) {
    return new FigureReport(
        "Mitglieder in der Region",
        "Stichtag 01.01.2026 · Stadt und Landkreis Würzburg",
        List.of(tables),
        method(),
        locale);
  }

  /** A table with {@code columns} columns of shown values. */
  static FigureTable wide(int columns) {
    List<String> labels = IntStream.rangeClosed(1, columns).mapToObj(i -> "Jahr " + i).toList();
    List<FigureCell> row = IntStream.rangeClosed(1, columns).mapToObj(i -> shown(i * 10L)).toList();
    return FigureTable.of(
        "Entwicklung", "Gemeinde", List.of("Würzburg", "Höchberg"), labels, List.of(row, row));
  }
}

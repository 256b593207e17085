package de.heldenhelfer.reports.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A table of counts with labelled rows and columns and optional totals, as published: every entry
 * is shown or suppressed. Build it with {@link #of} and add caption and totals with the {@code
 * with…} methods.
 *
 * <p>The table has a total column when it has row totals or a grand total, and a total row when it
 * has column totals or a grand total; the grand total sits where both meet.
 *
 * @param title title of the table, e.g. "Mitglieder nach Gemeinde und Altersgruppe"
 * @param caption note shown with the table, e.g. "Werte unter 5 unterdrückt (•)"; may be {@code
 *     null}
 * @param rowHeader header of the label column, e.g. "Gemeinde" ({@code null} becomes empty)
 * @param rowLabels one label per row
 * @param columnLabels one label per column, at least one
 * @param cells rows × columns entries, exactly {@code rowLabels.size()} lists of {@code
 *     columnLabels.size()} cells
 * @param rowTotals one total per row, or {@code null}
 * @param columnTotals one total per column, or {@code null}
 * @param grandTotal total of all entries, or {@code null}
 * @param totalLabel label of the total row and column, e.g. "Summe"; {@code null} for the default
 *     of the document language
 */
public record FigureTable(
    String title,
    String caption,
    String rowHeader,
    List<String> rowLabels,
    List<String> columnLabels,
    List<List<FigureCell>> cells,
    List<FigureCell> rowTotals,
    List<FigureCell> columnTotals,
    FigureCell grandTotal,
    String totalLabel) {

  /** Validates the shape and copies the lists. */
  public FigureTable {
    Objects.requireNonNull(title, "title");
    rowHeader = rowHeader == null ? "" : rowHeader;
    rowLabels = List.copyOf(Objects.requireNonNull(rowLabels, "rowLabels"));
    columnLabels = List.copyOf(Objects.requireNonNull(columnLabels, "columnLabels"));
    Objects.requireNonNull(cells, "cells");
    if (columnLabels.isEmpty()) {
      throw new IllegalArgumentException("at least one column is needed");
    }
    if (cells.size() != rowLabels.size()) {
      throw new IllegalArgumentException(
          "cells has " + cells.size() + " rows, expected " + rowLabels.size());
    }
    List<List<FigureCell>> copy = new ArrayList<>(cells.size());
    for (int r = 0; r < cells.size(); r++) {
      List<FigureCell> row = cells.get(r);
      if (row == null || row.size() != columnLabels.size()) {
        throw new IllegalArgumentException(
            "row "
                + r
                + " of cells has "
                + (row == null ? 0 : row.size())
                + " entries, expected "
                + columnLabels.size());
      }
      copy.add(List.copyOf(row));
    }
    cells = List.copyOf(copy);
    if (rowTotals != null) {
      if (rowTotals.size() != rowLabels.size()) {
        throw new IllegalArgumentException(
            "rowTotals has " + rowTotals.size() + " entries, expected " + rowLabels.size());
      }
      rowTotals = List.copyOf(rowTotals);
    }
    if (columnTotals != null) {
      if (columnTotals.size() != columnLabels.size()) {
        throw new IllegalArgumentException(
            "columnTotals has "
                + columnTotals.size()
                + " entries, expected "
                + columnLabels.size());
      }
      columnTotals = List.copyOf(columnTotals);
    }
  }

  /**
   * A table without caption and totals.
   *
   * @throws IllegalArgumentException when {@code cells} is not rows × columns or there is no column
   */
  public static FigureTable of(
      String title,
      String rowHeader,
      List<String> rowLabels,
      List<String> columnLabels,
      List<List<FigureCell>> cells) {
    return new FigureTable(
        title, null, rowHeader, rowLabels, columnLabels, cells, null, null, null, null);
  }

  /** The same table with a caption, e.g. "Werte unter 5 unterdrückt (•)". */
  public FigureTable withCaption(String newCaption) {
    return new FigureTable(
        title,
        newCaption,
        rowHeader,
        rowLabels,
        columnLabels,
        cells,
        rowTotals,
        columnTotals,
        grandTotal,
        totalLabel);
  }

  /**
   * The same table with totals; each may be {@code null}.
   *
   * @throws IllegalArgumentException when a list does not have one entry per row or column
   */
  public FigureTable withTotals(
      List<FigureCell> newRowTotals, List<FigureCell> newColumnTotals, FigureCell newGrandTotal) {
    return new FigureTable(
        title,
        caption,
        rowHeader,
        rowLabels,
        columnLabels,
        cells,
        newRowTotals,
        newColumnTotals,
        newGrandTotal,
        totalLabel);
  }

  /** The same table with another label for the total row and column. */
  public FigureTable withTotalLabel(String newTotalLabel) {
    return new FigureTable(
        title,
        caption,
        rowHeader,
        rowLabels,
        columnLabels,
        cells,
        rowTotals,
        columnTotals,
        grandTotal,
        newTotalLabel);
  }

  /** Number of rows (without the total row). */
  public int rowCount() {
    return rowLabels.size();
  }

  /** Number of columns (without the label and total columns). */
  public int columnCount() {
    return columnLabels.size();
  }

  /** The entry in {@code row} and {@code column} (both from 0). */
  public FigureCell cell(int row, int column) {
    return cells.get(row).get(column);
  }

  /** Whether the table has a total column (row totals or a grand total). */
  public boolean hasTotalColumn() {
    return rowTotals != null || grandTotal != null;
  }

  /** Whether the table has a total row (column totals or a grand total). */
  public boolean hasTotalRow() {
    return columnTotals != null || grandTotal != null;
  }

  /** The total of {@code row}, or {@code null} when there is none. */
  public FigureCell rowTotal(int row) {
    return rowTotals == null ? null : rowTotals.get(row);
  }

  /** The total of {@code column}, or {@code null} when there is none. */
  public FigureCell columnTotal(int column) {
    return columnTotals == null ? null : columnTotals.get(column);
  }

  /** Whether any entry, total included, is suppressed. */
  public boolean hasSuppressed() {
    return cells.stream().flatMap(List::stream).anyMatch(FigureCell::isSuppressed)
        || (rowTotals != null && rowTotals.stream().anyMatch(FigureCell::isSuppressed))
        || (columnTotals != null && columnTotals.stream().anyMatch(FigureCell::isSuppressed))
        || (grandTotal != null && grandTotal.isSuppressed());
  }

  /** The values the chart shows per row: the row totals if present, else the first column. */
  public List<FigureCell> chartValues() {
    if (rowTotals != null) {
      return rowTotals;
    }
    return cells.stream().map(row -> row.get(0)).toList();
  }

  /** The label of {@link #chartValues()}: the total label or the first column's label. */
  String chartValuesLabel(Locale locale) {
    return rowTotals != null ? totalLabel(locale) : columnLabels.get(0);
  }

  /** The total label, or "Summe"/"Total" in {@code locale} when none was given. */
  public String totalLabel(Locale locale) {
    return FigureTexts.isBlank(totalLabel) ? FigureTexts.text(locale, "figures.total") : totalLabel;
  }
}

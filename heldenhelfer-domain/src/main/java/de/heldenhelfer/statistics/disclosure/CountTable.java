package de.heldenhelfer.statistics.disclosure;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable two-dimensional table of true (unprotected) person counts with row and column
 * labels. Row totals, column totals and the grand total are computed from the cells.
 *
 * <p>The table is also addressed as an "extended grid" of {@code (rows + 1) x (columns + 1)}
 * entries: row index {@code rows()} is the column-total row, column index {@code columns()} is the
 * row-total column and {@code (rows(), columns())} is the grand total. Every line of the extended
 * grid satisfies "sum of its inner entries = its marginal entry".
 */
public final class CountTable {
  private final List<String> rowLabels;
  private final List<String> columnLabels;
  private final long[][] extended;

  private CountTable(List<String> rowLabels, List<String> columnLabels, int[][] counts) {
    this.rowLabels = List.copyOf(rowLabels);
    this.columnLabels = List.copyOf(columnLabels);
    int rows = rowLabels.size();
    int cols = columnLabels.size();
    if (rows == 0 || cols == 0) {
      throw new IllegalArgumentException("a table needs at least one row and one column");
    }
    if (counts.length != rows) {
      throw new IllegalArgumentException("expected " + rows + " rows, got " + counts.length);
    }
    extended = new long[rows + 1][cols + 1];
    for (int r = 0; r < rows; r++) {
      if (counts[r].length != cols) {
        throw new IllegalArgumentException("row " + r + " has " + counts[r].length + " cells");
      }
      for (int c = 0; c < cols; c++) {
        int n = counts[r][c];
        if (n < 0) {
          throw new IllegalArgumentException("negative count in row " + r + ", column " + c);
        }
        extended[r][c] = n;
        extended[r][cols] += n;
        extended[rows][c] += n;
        extended[rows][cols] += n;
      }
    }
  }

  /** Creates a table; {@code counts[row][column]} must match the label lists. */
  public static CountTable of(List<String> rowLabels, List<String> columnLabels, int[][] counts) {
    return new CountTable(rowLabels, columnLabels, counts);
  }

  /** Creates a table with generated labels ("R1", "R2", ... / "C1", "C2", ...). */
  public static CountTable of(int[][] counts) {
    String[] rows = new String[counts.length];
    for (int r = 0; r < rows.length; r++) {
      rows[r] = "R" + (r + 1);
    }
    String[] cols = new String[counts.length == 0 ? 0 : counts[0].length];
    for (int c = 0; c < cols.length; c++) {
      cols[c] = "C" + (c + 1);
    }
    return new CountTable(Arrays.asList(rows), Arrays.asList(cols), counts);
  }

  public List<String> rowLabels() {
    return rowLabels;
  }

  public List<String> columnLabels() {
    return columnLabels;
  }

  public int rows() {
    return rowLabels.size();
  }

  public int columns() {
    return columnLabels.size();
  }

  public long count(int row, int column) {
    return extended[checkRow(row)][checkColumn(column)];
  }

  public long rowTotal(int row) {
    return extended[checkRow(row)][columns()];
  }

  public long columnTotal(int column) {
    return extended[rows()][checkColumn(column)];
  }

  public long grandTotal() {
    return extended[rows()][columns()];
  }

  /** Entry of the extended grid (see class comment); totals included. */
  public long entry(int i, int j) {
    return extended[i][j];
  }

  private int checkRow(int row) {
    if (row < 0 || row >= rows()) {
      throw new IndexOutOfBoundsException("row " + row);
    }
    return row;
  }

  private int checkColumn(int column) {
    if (column < 0 || column >= columns()) {
      throw new IndexOutOfBoundsException("column " + column);
    }
    return column;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CountTable t
        && rowLabels.equals(t.rowLabels)
        && columnLabels.equals(t.columnLabels)
        && Arrays.deepEquals(extended, t.extended);
  }

  @Override
  public int hashCode() {
    return 31 * rowLabels.hashCode() + Arrays.deepHashCode(extended);
  }
}

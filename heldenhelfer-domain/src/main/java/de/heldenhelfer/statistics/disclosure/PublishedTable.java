package de.heldenhelfer.statistics.disclosure;

import java.util.Arrays;
import java.util.List;

/**
 * The protected, publishable form of a {@link CountTable}: every entry of the extended grid (cells,
 * row totals, column totals, grand total) is either shown or suppressed. It holds no true value of
 * a suppressed entry. Always show {@link #caption()} with the table.
 */
public final class PublishedTable {
  private final List<String> rowLabels;
  private final List<String> columnLabels;
  private final PublishedCell[][] extended;
  private final int k;

  private PublishedTable(
      List<String> rowLabels, List<String> columnLabels, PublishedCell[][] extended, int k) {
    this.rowLabels = List.copyOf(rowLabels);
    this.columnLabels = List.copyOf(columnLabels);
    this.extended = extended;
    this.k = k;
  }

  /**
   * Publishes {@code table} with the given suppression pattern over the extended grid. Entries
   * whose reason is {@link Suppression#NONE} are shown with their true value. This factory does not
   * check that the pattern is safe; use {@link DisclosureControl} for that.
   */
  public static PublishedTable publish(CountTable table, int k, Suppression[][] reasons) {
    int rows = table.rows();
    int cols = table.columns();
    if (reasons.length != rows + 1) {
      throw new IllegalArgumentException("pattern must cover the extended grid");
    }
    PublishedCell[][] cells = new PublishedCell[rows + 1][cols + 1];
    for (int i = 0; i <= rows; i++) {
      if (reasons[i].length != cols + 1) {
        throw new IllegalArgumentException("pattern must cover the extended grid");
      }
      for (int j = 0; j <= cols; j++) {
        Suppression s = reasons[i][j] == null ? Suppression.NONE : reasons[i][j];
        cells[i][j] =
            s == Suppression.NONE
                ? PublishedCell.shown(table.entry(i, j))
                : PublishedCell.suppressed(s);
      }
    }
    return new PublishedTable(table.rowLabels(), table.columnLabels(), cells, k);
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

  /** The threshold k the table was protected with. */
  public int k() {
    return k;
  }

  public PublishedCell cell(int row, int column) {
    if (row < 0 || row >= rows() || column < 0 || column >= columns()) {
      throw new IndexOutOfBoundsException(row + "," + column);
    }
    return extended[row][column];
  }

  public PublishedCell rowTotal(int row) {
    return extended[row][columns()];
  }

  public PublishedCell columnTotal(int column) {
    return extended[rows()][column];
  }

  public PublishedCell grandTotal() {
    return extended[rows()][columns()];
  }

  /** Entry of the extended grid (row index {@code rows()} = totals, column {@code columns()}). */
  public PublishedCell entry(int i, int j) {
    return extended[i][j];
  }

  /** Number of suppressed entries of the extended grid (totals included). */
  public int suppressedCount() {
    int n = 0;
    for (PublishedCell[] row : extended) {
      for (PublishedCell c : row) {
        if (c.isSuppressed()) {
          n++;
        }
      }
    }
    return n;
  }

  /** Number of suppressed entries with the given reason. */
  public int count(Suppression reason) {
    int n = 0;
    for (PublishedCell[] row : extended) {
      for (PublishedCell c : row) {
        if (c.suppression() == reason) {
          n++;
        }
      }
    }
    return n;
  }

  /** The caption to show with every table, stating the rule and its parameter. */
  public String caption() {
    return caption(k);
  }

  /** The caption for threshold {@code k}. */
  public static String caption(int k) {
    return "Werte unter "
        + k
        + " unterdrückt; weitere Werte unterdrückt, damit sie nicht aus Summen berechnet werden"
        + " können";
  }

  /** Plain-text rendering (tab separated) with totals and the caption; reasons are not shown. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    for (String c : columnLabels) {
      sb.append('\t').append(c);
    }
    sb.append("\tSumme\n");
    for (int i = 0; i <= rows(); i++) {
      sb.append(i < rows() ? rowLabels.get(i) : "Summe");
      for (int j = 0; j <= columns(); j++) {
        sb.append('\t').append(extended[i][j]);
      }
      sb.append('\n');
    }
    return sb.append(caption()).append('\n').toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PublishedTable t
        && k == t.k
        && rowLabels.equals(t.rowLabels)
        && columnLabels.equals(t.columnLabels)
        && Arrays.deepEquals(extended, t.extended);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(extended) * 31 + k;
  }

  @Override
  public String toString() {
    return render();
  }
}

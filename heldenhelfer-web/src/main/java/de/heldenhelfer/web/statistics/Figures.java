package de.heldenhelfer.web.statistics;

import de.heldenhelfer.reports.figures.FigureCell;
import de.heldenhelfer.reports.figures.FigureTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** Helpers of the pages that show figure tables (planners' statistics, the club's census). */
@Named
@ApplicationScoped
public class Figures {
  public List<Integer> rows(FigureTable t) {
    return IntStream.range(0, t.rowCount()).boxed().toList();
  }

  public List<Integer> columns(FigureTable t) {
    return IntStream.range(0, t.columnCount()).boxed().toList();
  }

  /** A cell as printed: the number, or • when it is suppressed. */
  public String text(FigureCell cell) {
    if (cell == null) {
      return "";
    }
    return cell.isSuppressed()
        ? FigureCell.SYMBOL
        : String.format(Locale.GERMAN, "%,d", cell.value());
  }

  /** The bars of a table's chart: label, value text and width in percent of the largest. */
  public record Bar(String label, String value, int percent) {}

  /** Most bars in a chart: the largest shown values, the table has them all. */
  public static final int MAX_BARS = 12;

  /**
   * The chart of a table: its row totals (or, without them, the column {@code valueColumn} counted
   * from the right, 1 = last) as bars, largest first; suppressed values are left out.
   */
  public List<Bar> bars(FigureTable t, int valueColumn) {
    List<FigureCell> values = new ArrayList<>();
    if (t.hasTotalColumn()) {
      for (int r = 0; r < t.rowCount(); r++) {
        values.add(t.rowTotal(r));
      }
    } else {
      int column = Math.max(0, t.columnCount() - valueColumn);
      for (int r = 0; r < t.rowCount(); r++) {
        values.add(t.cell(r, column));
      }
    }
    long max =
        values.stream().filter(c -> !c.isSuppressed()).mapToLong(FigureCell::value).max().orElse(0);
    List<Integer> order = new ArrayList<>();
    for (int r = 0; r < values.size(); r++) {
      if (!values.get(r).isSuppressed() && values.get(r).value() > 0) {
        order.add(r);
      }
    }
    order.sort((a, b) -> Long.compare(values.get(b).value(), values.get(a).value()));
    List<Bar> out = new ArrayList<>();
    for (int r : order.subList(0, Math.min(MAX_BARS, order.size()))) {
      long v = values.get(r).value();
      out.add(
          new Bar(
              t.rowLabels().get(r),
              text(values.get(r)),
              (int) Math.max(1, Math.round(100.0 * v / max))));
    }
    return out;
  }
}

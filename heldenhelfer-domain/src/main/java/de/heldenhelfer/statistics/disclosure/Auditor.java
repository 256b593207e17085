package de.heldenhelfer.statistics.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plays the attacker: takes published tables and every linear relation an attacker knows (cells sum
 * to totals, a parent row is the sum of its child rows, two snapshots differ by a known number of
 * persons) and computes, for every suppressed entry, the interval of values that is consistent with
 * everything published. It solves the linear-programming relaxation (min and max of each suppressed
 * entry) with an exact-enough dense simplex and then checks the optimal vertices for integrality:
 * if both are integer solutions the interval is exact over the integers ({@link
 * CellInterval#exact()}), otherwise it is an outer bound.
 *
 * <p>A suppressed entry whose interval has lower bound = upper bound is <em>disclosed</em>.
 */
public final class Auditor {

  /** What the attacker is assumed to know about a suppressed entry besides the relations. */
  public enum Knowledge {
    /** Only that counts are non-negative. */
    NON_NEGATIVE,
    /** Zeros are always shown, so a suppressed entry counts at least one person. */
    ZEROS_SHOWN,
    /**
     * Zeros are shown and the reason of every suppression is visible: a primary entry lies in
     * {@code [1, k-1]}, a secondary one is at least {@code k}. The strongest assumption.
     */
    REASONS_SHOWN
  }

  /** Address of one entry of the extended grid of table number {@code table}. */
  public record EntryRef(int table, int row, int column) {}

  /** A linear relation {@code sum(coefficient * entry) = constant} known to the attacker. */
  public record Relation(List<EntryRef> entries, List<Long> coefficients, long constant) {
    public Relation {
      entries = List.copyOf(entries);
      coefficients = List.copyOf(coefficients);
      if (entries.size() != coefficients.size()) {
        throw new IllegalArgumentException("one coefficient per entry");
      }
    }
  }

  /**
   * Feasible interval of one suppressed entry.
   *
   * @param lower smallest feasible value (rounded up from the LP minimum)
   * @param upper largest feasible value, {@link Long#MAX_VALUE} if unbounded
   * @param exact whether both bounds are attained by integer solutions (certified)
   */
  public record CellInterval(
      EntryRef entry, Suppression reason, long lower, long upper, boolean exact) {
    /** Whether an attacker can compute the value exactly. */
    public boolean disclosed() {
      return upper <= lower;
    }

    /** {@code upper - lower}, {@link Long#MAX_VALUE} if unbounded. */
    public long width() {
      return upper == Long.MAX_VALUE ? Long.MAX_VALUE : upper - lower;
    }

    public boolean contains(long value) {
      return lower <= value && value <= upper;
    }
  }

  /** The intervals of all suppressed entries. */
  public record AuditResult(List<CellInterval> intervals) {
    public AuditResult {
      intervals = List.copyOf(intervals);
    }

    /** Entries whose value is determined exactly. */
    public List<CellInterval> disclosed() {
      return intervals.stream().filter(CellInterval::disclosed).toList();
    }

    /** Entries whose interval is narrower than {@code margin}. */
    public List<CellInterval> atRisk(int margin) {
      return intervals.stream().filter(c -> c.width() < margin).toList();
    }

    public boolean passes(int margin) {
      return atRisk(margin).isEmpty();
    }

    /** The interval of one entry. */
    public CellInterval interval(int table, int row, int column) {
      EntryRef ref = new EntryRef(table, row, column);
      return intervals.stream()
          .filter(c -> c.entry().equals(ref))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException(ref + " is not suppressed"));
    }
  }

  private final Knowledge knowledge;
  private final int certifyMargin;

  /** An exact auditor: every suppressed entry gets its true feasible interval. */
  public Auditor(Knowledge knowledge) {
    this(knowledge, 0);
  }

  /**
   * A certifying auditor for the protection procedure: an entry is settled as soon as two integer
   * solutions of the published tables are known whose values of that entry differ by at least
   * {@code certifyMargin} (every LP solution met on the way is such a candidate); its interval is
   * then the range of the values seen – inside the true interval, and wide enough. Entries not
   * settled that way are solved exactly. With {@code certifyMargin} 0 every entry is solved.
   */
  public Auditor(Knowledge knowledge, int certifyMargin) {
    this.knowledge = knowledge;
    this.certifyMargin = certifyMargin;
  }

  /** Audits one table against its row, column and grand totals. */
  public AuditResult audit(PublishedTable table) {
    return audit(List.of(table), List.of());
  }

  /**
   * Audits linked tables: each table's own totals plus the given extra relations (entries may refer
   * to any of the tables).
   */
  public AuditResult audit(List<PublishedTable> tables, List<Relation> links) {
    Model model = new Model(tables);
    for (Relation r : links) {
      Rel rel = model.rel();
      for (int i = 0; i < r.entries().size(); i++) {
        rel.entry(r.entries().get(i), r.coefficients().get(i));
      }
      rel.constant(r.constant());
      model.add(rel);
    }
    return model.solve();
  }

  /**
   * Audits a drill-down: table 0 is the parent, table 1 the child, and parent row {@code
   * childToParent[r]} is the sum of child rows r (same columns).
   */
  public AuditResult auditHierarchy(
      PublishedTable parent, PublishedTable child, int[] childToParent) {
    return auditLevels(List.of(parent, child), List.of(childToParent));
  }

  /**
   * Audits a chain of drill-down levels (e.g. region, municipality, club) with the same columns:
   * row {@code r} of level {@code l + 1} belongs to row {@code parentOf.get(l)[r]} of level {@code
   * l}, and every row of level {@code l} is the sum of its rows of level {@code l + 1}.
   */
  public AuditResult auditLevels(List<PublishedTable> levels, List<int[]> parentOf) {
    if (parentOf.size() != levels.size() - 1) {
      throw new IllegalArgumentException("one row mapping per pair of adjacent levels");
    }
    List<Relation> links = new ArrayList<>();
    for (int l = 0; l + 1 < levels.size(); l++) {
      links.addAll(hierarchyRelations(l, levels.get(l), l + 1, levels.get(l + 1), parentOf.get(l)));
    }
    return audit(levels, links);
  }

  /**
   * Audits snapshots of the same table at different reference dates. The attacker is assumed to
   * know, for consecutive snapshots, how many persons changed in total ({@code changes[t]} = sum
   * over the cells of |snapshot t+1 - snapshot t|) but not where.
   */
  public AuditResult auditSnapshots(List<PublishedTable> snapshots, long[] changes) {
    if (changes.length != snapshots.size() - 1) {
      throw new IllegalArgumentException("one change count per consecutive pair");
    }
    Model model = new Model(snapshots);
    for (int t = 0; t + 1 < snapshots.size(); t++) {
      PublishedTable a = snapshots.get(t);
      if (a.rows() != snapshots.get(t + 1).rows()
          || a.columns() != snapshots.get(t + 1).columns()) {
        throw new IllegalArgumentException("snapshots must have the same shape");
      }
      Rel budget = model.rel();
      for (int r = 0; r < a.rows(); r++) {
        for (int c = 0; c < a.columns(); c++) {
          int plus = model.extra(0, Long.MAX_VALUE);
          int minus = model.extra(0, Long.MAX_VALUE);
          Rel diff = model.rel();
          diff.entry(new EntryRef(t + 1, r, c), 1).entry(new EntryRef(t, r, c), -1);
          diff.var(plus, -1).var(minus, 1);
          model.add(diff);
          budget.var(plus, 1).var(minus, 1);
        }
      }
      budget.var(model.extra(0, Long.MAX_VALUE), 1).constant(changes[t]);
      model.add(budget);
    }
    return model.solve();
  }

  private static List<Relation> hierarchyRelations(
      int parentIndex,
      PublishedTable parent,
      int childIndex,
      PublishedTable child,
      int[] childToParent) {
    if (parent.columns() != child.columns() || childToParent.length != child.rows()) {
      throw new IllegalArgumentException("child must have the parent's columns");
    }
    List<Relation> links = new ArrayList<>();
    for (int p = 0; p < parent.rows(); p++) {
      for (int c = 0; c <= parent.columns(); c++) {
        List<EntryRef> refs = new ArrayList<>();
        List<Long> coefs = new ArrayList<>();
        refs.add(new EntryRef(parentIndex, p, c));
        coefs.add(1L);
        for (int r = 0; r < child.rows(); r++) {
          if (childToParent[r] == p) {
            refs.add(new EntryRef(childIndex, r, c));
            coefs.add(-1L);
          }
        }
        links.add(new Relation(refs, coefs, 0));
      }
    }
    for (int c = 0; c <= parent.columns(); c++) {
      links.add(
          new Relation(
              List.of(
                  new EntryRef(parentIndex, parent.rows(), c),
                  new EntryRef(childIndex, child.rows(), c)),
              List.of(1L, -1L),
              0));
    }
    return links;
  }

  /** Linear model over the suppressed entries plus auxiliary variables. */
  private final class Model {
    private final List<PublishedTable> tables;
    private final Map<EntryRef, Integer> varOf = new LinkedHashMap<>();
    private final List<EntryRef> refs = new ArrayList<>();
    private final List<Long> lb = new ArrayList<>();
    private final List<Long> ub = new ArrayList<>();
    private final List<Rel> rels = new ArrayList<>();

    Model(List<PublishedTable> tables) {
      this.tables = tables;
      for (int t = 0; t < tables.size(); t++) {
        PublishedTable p = tables.get(t);
        for (int i = 0; i <= p.rows(); i++) {
          for (int j = 0; j <= p.columns(); j++) {
            PublishedCell cell = p.entry(i, j);
            if (cell.isSuppressed()) {
              EntryRef ref = new EntryRef(t, i, j);
              varOf.put(ref, refs.size());
              refs.add(ref);
              long[] b = bounds(cell.suppression(), p.k());
              lb.add(b[0]);
              ub.add(b[1]);
            }
          }
        }
        // the table's own lines: inner entries sum to the marginal entry
        for (int i = 0; i <= p.rows(); i++) {
          Rel rel = rel();
          for (int j = 0; j < p.columns(); j++) {
            rel.entry(new EntryRef(t, i, j), 1);
          }
          add(rel.entry(new EntryRef(t, i, p.columns()), -1));
        }
        for (int j = 0; j <= p.columns(); j++) {
          Rel rel = rel();
          for (int i = 0; i < p.rows(); i++) {
            rel.entry(new EntryRef(t, i, j), 1);
          }
          add(rel.entry(new EntryRef(t, p.rows(), j), -1));
        }
      }
    }

    private long[] bounds(Suppression reason, int k) {
      return switch (knowledge) {
        case NON_NEGATIVE -> new long[] {0, Long.MAX_VALUE};
        case ZEROS_SHOWN -> new long[] {1, Long.MAX_VALUE};
        case REASONS_SHOWN ->
            reason == Suppression.PRIMARY ? new long[] {1, k - 1} : new long[] {k, Long.MAX_VALUE};
      };
    }

    int extra(long lower, long upper) {
      refs.add(null);
      lb.add(lower);
      ub.add(upper);
      return refs.size() - 1;
    }

    Rel rel() {
      return new Rel(this);
    }

    void add(Rel rel) {
      if (rel.coefs.isEmpty()) {
        if (rel.rhs != 0) {
          throw new IllegalArgumentException("published tables are inconsistent");
        }
        return;
      }
      rels.add(rel);
    }

    AuditResult solve() {
      int vars = refs.size();
      List<Integer> bounded = new ArrayList<>();
      for (int v = 0; v < vars; v++) {
        if (ub.get(v) != Long.MAX_VALUE) {
          bounded.add(v);
        }
      }
      int n = vars + bounded.size();
      int m = rels.size() + bounded.size();
      double[][] a = new double[m][n];
      double[] b = new double[m];
      int row = 0;
      for (Rel rel : rels) {
        double rhs = rel.rhs;
        for (Map.Entry<Integer, Long> e : rel.coefs.entrySet()) {
          a[row][e.getKey()] = e.getValue();
          rhs -= (double) e.getValue() * lb.get(e.getKey());
        }
        b[row++] = rhs;
      }
      for (int s = 0; s < bounded.size(); s++) {
        int v = bounded.get(s);
        a[row][v] = 1;
        a[row][vars + s] = 1;
        b[row++] = ub.get(v) - lb.get(v);
      }
      Simplex simplex = Simplex.feasible(a, b, n);
      if (simplex == null) {
        throw new IllegalArgumentException("published tables admit no solution");
      }
      List<CellInterval> out = new ArrayList<>();
      long[] seenLow = new long[vars];
      long[] seenHigh = new long[vars];
      boolean[] seen = new boolean[1];
      for (int v = 0; v < vars; v++) {
        EntryRef ref = refs.get(v);
        if (ref == null) {
          continue;
        }
        if (certifyMargin > 0 && seen[0] && seenHigh[v] - seenLow[v] >= certifyMargin) {
          Suppression reason = tables.get(ref.table()).entry(ref.row(), ref.column()).suppression();
          out.add(
              new CellInterval(ref, reason, lb.get(v) + seenLow[v], lb.get(v) + seenHigh[v], true));
          continue;
        }
        double[] c = new double[n];
        // the lower bound is attained by a known integer solution: no need to solve for it
        boolean atBound = certifyMargin > 0 && seen[0] && seenLow[v] == 0;
        c[v] = 1;
        double[] min = atBound ? null : simplex.minimize(c);
        witness(min, vars, seenLow, seenHigh, seen);
        c[v] = -1;
        double[] max = simplex.minimize(c);
        witness(max, vars, seenLow, seenHigh, seen);
        long lower = atBound ? lb.get(v) : lb.get(v) + (long) Math.ceil(min[v] - 1e-6);
        long upper = max == null ? Long.MAX_VALUE : lb.get(v) + (long) Math.floor(max[v] + 1e-6);
        boolean exact = (atBound || integral(min)) && (max == null || integral(max));
        Suppression reason = tables.get(ref.table()).entry(ref.row(), ref.column()).suppression();
        out.add(new CellInterval(ref, reason, lower, upper, exact));
      }
      return new AuditResult(out);
    }

    /** Records the values of an integer LP solution as witnessed values of every entry. */
    private void witness(double[] y, int vars, long[] low, long[] high, boolean[] seen) {
      if (certifyMargin == 0 || y == null || !integral(y)) {
        return;
      }
      for (int v = 0; v < vars; v++) {
        long value = Math.round(y[v]);
        if (!seen[0] || value < low[v]) {
          low[v] = value;
        }
        if (!seen[0] || value > high[v]) {
          high[v] = value;
        }
      }
      seen[0] = true;
    }

    /** Whether a (shifted) LP solution rounds to an integer solution satisfying all relations. */
    private boolean integral(double[] y) {
      long[] x = new long[refs.size()];
      for (int v = 0; v < x.length; v++) {
        long r = Math.round(y[v]);
        if (Math.abs(y[v] - r) > 1e-6) {
          return false;
        }
        x[v] = lb.get(v) + r;
        if (x[v] < lb.get(v) || x[v] > ub.get(v)) {
          return false;
        }
      }
      for (Rel rel : rels) {
        long sum = 0;
        for (Map.Entry<Integer, Long> e : rel.coefs.entrySet()) {
          sum += e.getValue() * x[e.getKey()];
        }
        if (sum != rel.rhs) {
          return false;
        }
      }
      return true;
    }
  }

  /** One relation under construction: published entries move to the right-hand side. */
  private static final class Rel {
    private final Model model;
    private final Map<Integer, Long> coefs = new HashMap<>();
    private long rhs;

    Rel(Model model) {
      this.model = model;
    }

    Rel entry(EntryRef ref, long coef) {
      PublishedCell cell = model.tables.get(ref.table()).entry(ref.row(), ref.column());
      if (cell.isSuppressed()) {
        var(model.varOf.get(ref), coef);
      } else {
        rhs -= coef * cell.value();
      }
      return this;
    }

    Rel var(int v, long coef) {
      coefs.merge(v, coef, Long::sum);
      if (coefs.get(v) == 0) {
        coefs.remove(v);
      }
      return this;
    }

    Rel constant(long c) {
      rhs += c;
      return this;
    }
  }
}

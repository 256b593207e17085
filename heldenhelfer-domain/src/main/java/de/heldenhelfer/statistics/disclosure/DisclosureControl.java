package de.heldenhelfer.statistics.disclosure;

import de.heldenhelfer.statistics.disclosure.Auditor.AuditResult;
import de.heldenhelfer.statistics.disclosure.Auditor.CellInterval;
import de.heldenhelfer.statistics.disclosure.Auditor.EntryRef;
import de.heldenhelfer.statistics.disclosure.Auditor.Knowledge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Disclosure control for tables of person counts (see {@code docs/statistics-disclosure.md}).
 *
 * <ol>
 *   <li>Primary suppression: every entry of the extended grid (cells <em>and</em> row, column and
 *       grand totals) with {@code 0 < n < k} is suppressed. Zeros stay visible.
 *   <li>Secondary suppression: every line (row or column including its marginal total, every
 *       parent/children group of a drill-down, every entry across snapshots) that contains a
 *       suppressed entry must contain at least two; the complement with the smallest value is
 *       chosen; repeated until stable.
 *   <li>Audit: the {@link Auditor} solves the published tables together with every known linear
 *       relation; while some suppressed entry has a feasible interval narrower than the protection
 *       margin (default 1, i.e. "not determined exactly"), or its bounds are not certified by
 *       integer solutions, another entry of one of its lines is suppressed and the procedure
 *       repeats.
 * </ol>
 *
 * Guarantee: for every suppressed entry there are two non-negative integer tables (sets of linked
 * tables) that agree with everything published and with the assumed attacker {@link Knowledge} and
 * whose values for that entry differ by at least the protection margin. The result is
 * deterministic: the same input always yields the same published tables. If nothing is left to
 * suppress and the audit still fails, an {@link IllegalStateException} is thrown (nothing is
 * published).
 */
public final class DisclosureControl {
  /** Default threshold: every shown count is at least 5 persons (or zero). */
  public static final int DEFAULT_K = 5;

  /** The threshold may never be configured below this value. */
  public static final int MIN_K = 3;

  private final int k;
  private final int protectionMargin;
  private final Knowledge knowledge;

  /** k = 5, margin 1, the attacker knows that zeros are shown. */
  public DisclosureControl() {
    this(DEFAULT_K);
  }

  /** Threshold k (at least 3), margin 1, the attacker knows that zeros are shown. */
  public DisclosureControl(int k) {
    this(k, 1, Knowledge.ZEROS_SHOWN);
  }

  /**
   * Full configuration.
   *
   * @param k threshold, at least {@link #MIN_K}
   * @param protectionMargin required width {@code upper - lower} of the feasible interval of every
   *     suppressed entry, at least 1
   * @param knowledge what the attacker is assumed to know about suppressed entries
   */
  public DisclosureControl(int k, int protectionMargin, Knowledge knowledge) {
    if (k < MIN_K) {
      throw new IllegalArgumentException("k must be at least " + MIN_K + ", was " + k);
    }
    if (protectionMargin < 1) {
      throw new IllegalArgumentException("protection margin must be at least 1");
    }
    if (knowledge == Knowledge.REASONS_SHOWN && protectionMargin > k - 2) {
      throw new IllegalArgumentException(
          "with visible reasons a primary cell lies in [1, k-1]; margin must be at most k-2");
    }
    this.k = k;
    this.protectionMargin = protectionMargin;
    this.knowledge = knowledge;
  }

  public int k() {
    return k;
  }

  public int protectionMargin() {
    return protectionMargin;
  }

  public Knowledge knowledge() {
    return knowledge;
  }

  /** The caption to show with every table protected by this control. */
  public String caption() {
    return PublishedTable.caption(k);
  }

  /** Protects a single table with its row, column and grand totals. */
  public PublishedTable protect(CountTable table) {
    Engine engine = new Engine(List.of(table));
    Auditor auditor = new Auditor(knowledge, protectionMargin);
    return engine.run(tables -> auditor.audit(tables.get(0))).get(0);
  }

  /** A parent table and its drill-down, protected together. */
  public record ProtectedHierarchy(PublishedTable parent, PublishedTable child) {}

  /**
   * Protects a drill-down: parent row {@code childToParent[r]} is the sum of child row {@code r}
   * (same columns). Differencing the two levels cannot reveal a suppressed entry of either.
   *
   * @throws IllegalArgumentException if the parent is not the sum of its children
   */
  public ProtectedHierarchy protectHierarchy(
      CountTable parent, CountTable child, int[] childToParent) {
    List<PublishedTable> out = protectLevels(List.of(parent, child), List.of(childToParent));
    return new ProtectedHierarchy(out.get(0), out.get(1));
  }

  /**
   * Protects a chain of drill-down levels (e.g. region, municipality, club) with the same columns
   * together: row {@code r} of level {@code l + 1} belongs to row {@code parentOf.get(l)[r]} of
   * level {@code l}. All levels that are published for the same reference date must be protected in
   * one call, otherwise differencing two levels can reveal suppressed entries.
   *
   * @throws IllegalArgumentException if a level is not the sum of the next level's rows
   */
  public List<PublishedTable> protectLevels(List<CountTable> levels, List<int[]> parentOf) {
    if (parentOf.size() != levels.size() - 1) {
      throw new IllegalArgumentException("one row mapping per pair of adjacent levels");
    }
    Engine engine = new Engine(levels);
    for (int l = 0; l + 1 < levels.size(); l++) {
      CountTable parent = levels.get(l);
      CountTable child = levels.get(l + 1);
      int[] childToParent = parentOf.get(l);
      checkSums(parent, child, childToParent);
      for (int p = 0; p < parent.rows(); p++) {
        for (int c = 0; c <= parent.columns(); c++) {
          List<EntryRef> group = new ArrayList<>();
          group.add(new EntryRef(l, p, c));
          for (int r = 0; r < child.rows(); r++) {
            if (childToParent[r] == p) {
              group.add(new EntryRef(l + 1, r, c));
            }
          }
          engine.group(group, false);
        }
      }
      for (int c = 0; c <= parent.columns(); c++) {
        engine.group(
            List.of(new EntryRef(l, parent.rows(), c), new EntryRef(l + 1, child.rows(), c)),
            false);
      }
    }
    Auditor auditor = new Auditor(knowledge, protectionMargin);
    return engine.run(tables -> auditor.auditLevels(tables, parentOf));
  }

  /**
   * Protects tables that share figures, e.g. members by municipality x age group and by
   * municipality x gender, whose row totals are equal. Each link is a linear relation {@code
   * sum(coefficient * entry) = constant} over entries of the extended grids (table index = position
   * in {@code tables}); it must hold for the true counts. The entries of every link are treated as
   * a line for the "two per line" rule and the audit solves all tables and links together.
   *
   * @throws IllegalArgumentException if a link does not hold for the true counts
   */
  public List<PublishedTable> protectLinked(List<CountTable> tables, List<Auditor.Relation> links) {
    Engine engine = new Engine(tables);
    for (Auditor.Relation link : links) {
      long sum = 0;
      for (int i = 0; i < link.entries().size(); i++) {
        EntryRef e = link.entries().get(i);
        sum += link.coefficients().get(i) * tables.get(e.table()).entry(e.row(), e.column());
      }
      if (sum != link.constant()) {
        throw new IllegalArgumentException("link does not hold for the true counts: " + link);
      }
      engine.group(link.entries(), false);
    }
    Auditor auditor = new Auditor(knowledge, protectionMargin);
    return engine.run(published -> auditor.audit(published, links));
  }

  private static void checkSums(CountTable parent, CountTable child, int[] childToParent) {
    if (parent.columns() != child.columns() || childToParent.length != child.rows()) {
      throw new IllegalArgumentException("child must have the parent's columns");
    }
    long[][] sums = new long[parent.rows()][parent.columns() + 1];
    for (int r = 0; r < child.rows(); r++) {
      int p = childToParent[r];
      if (p < 0 || p >= parent.rows()) {
        throw new IllegalArgumentException("child row " + r + " has no parent row");
      }
      for (int c = 0; c <= child.columns(); c++) {
        sums[p][c] += child.entry(r, c);
      }
    }
    for (int p = 0; p < parent.rows(); p++) {
      for (int c = 0; c <= parent.columns(); c++) {
        if (sums[p][c] != parent.entry(p, c)) {
          throw new IllegalArgumentException("parent row " + p + " is not the sum of its children");
        }
      }
    }
  }

  /**
   * Protects snapshots of the same table at successive reference dates (Stichtage) with one common
   * suppression pattern: an entry suppressed in one snapshot is suppressed in all of them (in this
   * case also a zero may be hidden). The audit assumes the attacker knows how many persons changed
   * between consecutive snapshots.
   */
  public List<PublishedTable> protectSeries(List<CountTable> snapshots) {
    if (snapshots.isEmpty()) {
      return List.of();
    }
    CountTable first = snapshots.get(0);
    long[] changes = new long[snapshots.size() - 1];
    for (int t = 0; t + 1 < snapshots.size(); t++) {
      CountTable a = snapshots.get(t);
      CountTable b = snapshots.get(t + 1);
      if (!a.rowLabels().equals(b.rowLabels()) || !a.columnLabels().equals(b.columnLabels())) {
        throw new IllegalArgumentException("snapshots must have the same rows and columns");
      }
      for (int r = 0; r < a.rows(); r++) {
        for (int c = 0; c < a.columns(); c++) {
          changes[t] += Math.abs(b.count(r, c) - a.count(r, c));
        }
      }
    }
    Engine engine = new Engine(snapshots);
    for (int i = 0; i <= first.rows(); i++) {
      for (int j = 0; j <= first.columns(); j++) {
        List<EntryRef> same = new ArrayList<>();
        for (int t = 0; t < snapshots.size(); t++) {
          same.add(new EntryRef(t, i, j));
        }
        if (same.size() > 1) {
          engine.group(same, true);
        }
      }
    }
    return engine.run(
        tables -> {
          boolean hiddenZero = engine.hidesZero();
          Auditor auditor =
              new Auditor(hiddenZero ? Knowledge.NON_NEGATIVE : knowledge, protectionMargin);
          return auditor.auditSnapshots(tables, changes);
        });
  }

  /** The suppression procedure over one or more linked tables. */
  private final class Engine {
    private record Group(List<EntryRef> entries, boolean allowZero) {}

    private final List<CountTable> tables;
    private final Suppression[][][] reasons;
    private final List<Group> groups = new ArrayList<>();
    private final Map<EntryRef, List<Group>> groupsOf = new HashMap<>();

    Engine(List<CountTable> tables) {
      this.tables = tables;
      reasons = new Suppression[tables.size()][][];
      for (int t = 0; t < tables.size(); t++) {
        CountTable table = tables.get(t);
        reasons[t] = new Suppression[table.rows() + 1][table.columns() + 1];
        for (int i = 0; i <= table.rows(); i++) {
          List<EntryRef> row = new ArrayList<>();
          for (int j = 0; j <= table.columns(); j++) {
            long n = table.entry(i, j);
            reasons[t][i][j] = n > 0 && n < k ? Suppression.PRIMARY : Suppression.NONE;
            row.add(new EntryRef(t, i, j));
          }
          group(row, false);
        }
        for (int j = 0; j <= table.columns(); j++) {
          List<EntryRef> column = new ArrayList<>();
          for (int i = 0; i <= table.rows(); i++) {
            column.add(new EntryRef(t, i, j));
          }
          group(column, false);
        }
      }
    }

    void group(List<EntryRef> entries, boolean allowZero) {
      Group g = new Group(List.copyOf(entries), allowZero);
      groups.add(g);
      for (EntryRef e : entries) {
        groupsOf.computeIfAbsent(e, x -> new ArrayList<>()).add(g);
      }
    }

    List<PublishedTable> run(Function<List<PublishedTable>, AuditResult> audit) {
      while (true) {
        applyLineRule();
        List<PublishedTable> published = published();
        // at risk: narrower than the margin, or bounds not certified by integer solutions
        List<CellInterval> risk =
            audit.apply(published).intervals().stream()
                .filter(c -> c.width() < protectionMargin || !c.exact())
                .toList();
        if (risk.isEmpty()) {
          return published;
        }
        Set<Group> touched = new HashSet<>();
        boolean added = false;
        for (CellInterval cell : risk) {
          List<Group> own = groupsOf.get(cell.entry());
          if (own.stream().anyMatch(touched::contains)) {
            continue;
          }
          EntryRef best = null;
          for (Group g : own) {
            best = better(best, cheapest(g.entries(), g.allowZero()));
          }
          if (best != null) {
            suppress(best);
            touched.addAll(own);
            added = true;
          }
        }
        if (!added) {
          // no complement left in the lines of an entry at risk: widen anywhere in its table
          EntryRef best = null;
          for (CellInterval cell : risk) {
            best = better(best, cheapestInTable(cell.entry().table()));
          }
          if (best == null) {
            throw new IllegalStateException("table cannot be protected: nothing left to suppress");
          }
          suppress(best);
        }
      }
    }

    boolean hidesZero() {
      for (int t = 0; t < tables.size(); t++) {
        for (int i = 0; i < reasons[t].length; i++) {
          for (int j = 0; j < reasons[t][i].length; j++) {
            if (reasons[t][i][j] != Suppression.NONE && tables.get(t).entry(i, j) == 0) {
              return true;
            }
          }
        }
      }
      return false;
    }

    private void applyLineRule() {
      boolean changed = true;
      while (changed) {
        changed = false;
        for (Group g : groups) {
          int suppressed = 0;
          for (EntryRef e : g.entries()) {
            if (isSuppressed(e)) {
              suppressed++;
            }
          }
          if (suppressed == 1) {
            EntryRef best = cheapest(g.entries(), g.allowZero());
            if (best != null) {
              suppress(best);
              changed = true;
            }
          }
        }
      }
    }

    private EntryRef cheapest(List<EntryRef> entries, boolean allowZero) {
      EntryRef best = null;
      for (EntryRef e : entries) {
        if (!isSuppressed(e) && (allowZero || value(e) > 0)) {
          best = better(best, e);
        }
      }
      return best;
    }

    private EntryRef cheapestInTable(int t) {
      EntryRef best = null;
      CountTable table = tables.get(t);
      for (int i = 0; i <= table.rows(); i++) {
        for (int j = 0; j <= table.columns(); j++) {
          EntryRef e = new EntryRef(t, i, j);
          if (!isSuppressed(e) && value(e) > 0) {
            best = better(best, e);
          }
        }
      }
      return best;
    }

    /**
     * Lower cost first: the value (information lost) times one plus the number of lines that would
     * get their first suppression (each of them forces a further complement). On a tie the smaller
     * value, then an inner cell before a total, then the first found.
     */
    private EntryRef better(EntryRef a, EntryRef b) {
      if (a == null) {
        return b;
      }
      if (b == null) {
        return a;
      }
      long ca = cost(a);
      long cb = cost(b);
      if (ca != cb) {
        return cb < ca ? b : a;
      }
      long va = value(a);
      long vb = value(b);
      if (va != vb) {
        return vb < va ? b : a;
      }
      return isTotal(b) && !isTotal(a) ? a : isTotal(a) && !isTotal(b) ? b : a;
    }

    private long cost(EntryRef e) {
      int opened = 0;
      for (Group g : groupsOf.get(e)) {
        if (g.entries().stream().noneMatch(this::isSuppressed)) {
          opened++;
        }
      }
      return Math.max(1, value(e)) * (1 + opened);
    }

    private boolean isTotal(EntryRef e) {
      CountTable t = tables.get(e.table());
      return e.row() == t.rows() || e.column() == t.columns();
    }

    private long value(EntryRef e) {
      return tables.get(e.table()).entry(e.row(), e.column());
    }

    private boolean isSuppressed(EntryRef e) {
      return reasons[e.table()][e.row()][e.column()] != Suppression.NONE;
    }

    private void suppress(EntryRef e) {
      reasons[e.table()][e.row()][e.column()] = Suppression.SECONDARY;
    }

    private List<PublishedTable> published() {
      List<PublishedTable> out = new ArrayList<>();
      for (int t = 0; t < tables.size(); t++) {
        out.add(PublishedTable.publish(tables.get(t), k, reasons[t]));
      }
      return out;
    }
  }
}

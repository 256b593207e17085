package de.heldenhelfer.statistics.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * A small dense two-phase simplex for {@code A y = b, y >= 0}. Phase 1 is run once; every objective
 * is then optimised starting from the previous optimal basis (it stays feasible), which makes the
 * many "min/max of one variable" problems of an audit cheap. Dantzig's rule is used, falling back
 * to Bland's rule (no cycling) after many pivots.
 */
final class Simplex {
  static final double EPS = 1e-9;

  private final int n;
  private double[][] t; // rows x (n + 1), last column = right-hand side
  private int[] basis;

  private Simplex(int n) {
    this.n = n;
  }

  /**
   * Returns a solver positioned at a feasible basis, or {@code null} if the system is infeasible.
   */
  static Simplex feasible(double[][] a, double[] b, int n) {
    int m = a.length;
    Simplex s = new Simplex(n);
    int cols = n + m;
    double[][] t = new double[m][cols + 1];
    int[] basis = new int[m];
    for (int i = 0; i < m; i++) {
      double sign = b[i] < 0 ? -1 : 1;
      for (int j = 0; j < n; j++) {
        t[i][j] = sign * a[i][j];
      }
      t[i][n + i] = 1;
      t[i][cols] = sign * b[i];
      basis[i] = n + i;
    }
    double[] obj = new double[cols + 1];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        obj[j] -= t[i][j];
      }
      obj[cols] -= t[i][cols];
    }
    if (!run(t, obj, basis, cols)) {
      throw new IllegalStateException("phase 1 cannot be unbounded");
    }
    if (-obj[cols] > 1e-7) {
      return null;
    }
    // drive artificial variables out of the basis, drop redundant rows
    List<Integer> keep = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      if (basis[i] >= n) {
        int e = -1;
        for (int j = 0; j < n; j++) {
          if (Math.abs(t[i][j]) > 1e-7) {
            e = j;
            break;
          }
        }
        if (e < 0) {
          continue; // redundant equation
        }
        pivot(t, obj, basis, i, e, cols);
      }
      keep.add(i);
    }
    s.t = new double[keep.size()][n + 1];
    s.basis = new int[keep.size()];
    for (int r = 0; r < keep.size(); r++) {
      int i = keep.get(r);
      System.arraycopy(t[i], 0, s.t[r], 0, n);
      s.t[r][n] = t[i][cols];
      s.basis[r] = basis[i];
    }
    return s;
  }

  /** Minimises {@code c . y}; returns the optimal y or {@code null} if unbounded below. */
  double[] minimize(double[] c) {
    int m = t.length;
    double[] obj = new double[n + 1];
    System.arraycopy(c, 0, obj, 0, n);
    for (int i = 0; i < m; i++) {
      double cb = c[basis[i]];
      if (cb != 0) {
        for (int j = 0; j <= n; j++) {
          obj[j] -= cb * t[i][j];
        }
      }
    }
    if (!run(t, obj, basis, n)) {
      return null;
    }
    double[] y = new double[n];
    for (int i = 0; i < m; i++) {
      y[basis[i]] = t[i][n];
    }
    return y;
  }

  private static boolean run(double[][] t, double[] obj, int[] basis, int cols) {
    int m = t.length;
    int iterations = 0;
    int blandAfter = 20 * (m + cols) + 100;
    while (true) {
      iterations++;
      boolean bland = iterations > blandAfter;
      int e = -1;
      double best = -EPS;
      for (int j = 0; j < cols; j++) {
        if (obj[j] < best) {
          e = j;
          if (bland) {
            break;
          }
          best = obj[j];
        }
      }
      if (e < 0) {
        return true;
      }
      int leave = -1;
      double ratio = 0;
      for (int i = 0; i < m; i++) {
        if (t[i][e] > EPS) {
          double r = t[i][cols] / t[i][e];
          if (leave < 0
              || r < ratio - EPS
              || (Math.abs(r - ratio) <= EPS && basis[i] < basis[leave])) {
            leave = i;
            ratio = r;
          }
        }
      }
      if (leave < 0) {
        return false;
      }
      pivot(t, obj, basis, leave, e, cols);
    }
  }

  private static void pivot(double[][] t, double[] obj, int[] basis, int row, int col, int cols) {
    double[] pr = t[row];
    double p = pr[col];
    for (int j = 0; j <= cols; j++) {
      pr[j] /= p;
    }
    pr[col] = 1;
    for (int i = 0; i < t.length; i++) {
      if (i != row) {
        eliminate(t[i], pr, col, cols);
      }
    }
    eliminate(obj, pr, col, cols);
    basis[row] = col;
  }

  private static void eliminate(double[] target, double[] pr, int col, int cols) {
    double f = target[col];
    if (f == 0) {
      return;
    }
    for (int j = 0; j <= cols; j++) {
      if (pr[j] != 0) {
        target[j] -= f * pr[j];
      }
    }
    target[col] = 0;
    if (Math.abs(target[cols]) < 1e-11) {
      target[cols] = 0;
    }
  }
}

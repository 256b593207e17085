package de.heldenhelfer.statistics.disclosure;

/** Why a published entry is (or is not) suppressed. */
public enum Suppression {
  /** Shown with its value. */
  NONE,
  /** Counts fewer than k persons but more than zero (0 &lt; n &lt; k). */
  PRIMARY,
  /** Suppressed so that a primary cell cannot be recomputed from totals or linked tables. */
  SECONDARY
}

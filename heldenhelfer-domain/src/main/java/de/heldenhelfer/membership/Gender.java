package de.heldenhelfer.membership;

/** Gender as the Bestandserhebung counts it: m, w, d, ohne Angabe. */
public enum Gender {
  M,
  W,
  D,
  X
}

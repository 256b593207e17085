package de.heldenhelfer.membership;

/** State of a membership. */
public enum MemberStatus {
  ACTIVE,
  PASSIVE,
  HONORARY,
  LEFT
}

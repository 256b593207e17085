package de.heldenhelfer.reports.templates;

/** Whether a member is chosen when a template is filled (header key {@code member}). */
public enum MemberUse {
  /** No member; {@code member.*} placeholders are template errors. */
  NONE,
  /** A member may be chosen. */
  OPTIONAL,
  /** A member must be chosen. */
  REQUIRED
}

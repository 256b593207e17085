package de.heldenhelfer.statistics;

import java.time.LocalDate;

/**
 * One view of planners' figures – what the page shows and an export writes: which tables, for which
 * Stichtag (member figures) or year (volunteering), and for the drill-down the municipality.
 */
public record PlannerView(Kind kind, LocalDate stichtag, Integer year, String municipality) {

  /** The views planners can choose. */
  public enum Kind {
    MEMBERS_AGE,
    MEMBERS_GENDER,
    MEMBERS_ACTIVITY,
    SPORTS_AGE,
    SPORTS_MUNICIPALITY,
    TREND,
    MUNICIPALITY,
    FACILITIES,
    VOLUNTEERING
  }

  public PlannerView {
    if (kind == null) {
      throw new IllegalArgumentException("kind");
    }
    if (kind == Kind.MUNICIPALITY && (municipality == null || !municipality.matches("\\d{8}"))) {
      throw new IllegalArgumentException("municipality");
    }
  }

  /** The query in words, as written to the export log. */
  public String describe() {
    StringBuilder s = new StringBuilder(kind.name());
    switch (kind) {
      case TREND -> {}
      case VOLUNTEERING -> s.append(" year=").append(year);
      default -> s.append(" stichtag=").append(stichtag);
    }
    if (kind == Kind.MUNICIPALITY) {
      s.append(" ags=").append(municipality);
    }
    return s.toString();
  }
}

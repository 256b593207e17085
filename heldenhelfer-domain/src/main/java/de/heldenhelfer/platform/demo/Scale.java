package de.heldenhelfer.platform.demo;

/**
 * Size of a generated demo region. The four fixed demo clubs ({@link DemoAccounts}) exist in every
 * scale and count towards the totals; in {@link #SMALL} their member counts are scaled down by
 * {@link #fixedClubFactor()}.
 */
public enum Scale {
  /** For unit tests: 20 clubs, 2,000 members, 20 volunteer profiles. */
  SMALL(20, 2_000, 20, 0.15),
  /** The demo region: 300 clubs, 60,000 members, 300 volunteer profiles. */
  DEMO(300, 60_000, 300, 1.0);

  private final int clubs;
  private final int members;
  private final int volunteers;
  private final double fixedClubFactor;

  Scale(int clubs, int members, int volunteers, double fixedClubFactor) {
    this.clubs = clubs;
    this.members = members;
    this.volunteers = volunteers;
    this.fixedClubFactor = fixedClubFactor;
  }

  /** Number of clubs, including the fixed demo clubs. */
  public int clubs() {
    return clubs;
  }

  /** Number of member rows (all statuses, including LEFT), including those of the fixed clubs. */
  public int members() {
    return members;
  }

  /** Number of volunteer profiles, including the fixed helper account's profile. */
  public int volunteers() {
    return volunteers;
  }

  /** Factor applied to the nominal member counts of the fixed demo clubs. */
  public double fixedClubFactor() {
    return fixedClubFactor;
  }
}

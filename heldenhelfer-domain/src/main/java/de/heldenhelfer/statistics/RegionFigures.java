package de.heldenhelfer.statistics;

import de.heldenhelfer.statistics.disclosure.PublishedCell;
import de.heldenhelfer.statistics.disclosure.PublishedTable;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything planners may see of one Stichtag, after disclosure control: members by municipality of
 * residence and age group, gender and active/passive (protected together, their row totals are the
 * same), and memberships per sport by age group and by municipality (protected together, linked by
 * the sport totals). Drill-down views and exports only pick rows of these tables, so every number a
 * planner can obtain for this Stichtag comes from one consistent publication.
 *
 * @param ags the municipality key of each row of the municipality tables ("00000000" = unknown)
 * @param sports the BLSV sport number of each row of {@code sportsByAge} (0 = in no department with
 *     a sport)
 * @param sportColumns the sport of each column of {@code sportsByMunicipality}: the largest sports,
 *     then {@link RegionStatistics#OTHER_SPORTS} for the others together, then 0
 */
public record RegionFigures(
    LocalDate stichtag,
    int k,
    List<String> ags,
    PublishedTable byAge,
    PublishedTable byGender,
    PublishedTable byActivity,
    List<Integer> sports,
    PublishedTable sportsByAge,
    List<Integer> sportColumns,
    PublishedTable sportsByMunicipality) {

  /** The row of a municipality in the municipality tables, -1 if it is not part of them. */
  public int rowOf(String municipalityAgs) {
    return ags.indexOf(municipalityAgs);
  }

  /**
   * The region's members on the Stichtag: the grand total of the member tables (suppressed only in
   * a tiny region, where it would reveal small cells).
   */
  public PublishedCell members() {
    return byAge.grandTotal();
  }
}

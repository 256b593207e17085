package de.heldenhelfer.statistics;

import de.heldenhelfer.pool.NeedCategory;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.statistics.disclosure.Auditor.EntryRef;
import de.heldenhelfer.statistics.disclosure.Auditor.Relation;
import de.heldenhelfer.statistics.disclosure.CountTable;
import de.heldenhelfer.statistics.disclosure.DisclosureControl;
import de.heldenhelfer.statistics.disclosure.PublishedTable;
import de.heldenhelfer.statistics.disclosure.Suppression;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The volunteering landscape of one year from the pool's data, for planners: deployments (a
 * volunteer confirmed for or having attended a shift) by municipality of the need and month and by
 * category and month, protected together (their month totals are the same); confirmed hours with
 * the deployments' suppression pattern; distinct volunteers per municipality; needs and shifts
 * (filled or not) per category – shifts count no persons and are shown as they are.
 */
@ApplicationScoped
public class VolunteeringStatistics {
  private static final String DEPLOYED = "s.status IN ('CONFIRMED', 'ATTENDED')";

  @Inject EntityManager em;
  @Inject RegionStatistics region;
  @Inject StatisticsSettings settings;

  /** The protected tables of one calendar year. */
  public record VolunteeringFigures(
      int year,
      int k,
      PublishedTable deploymentsByMunicipality,
      PublishedTable deploymentsByCategory,
      PublishedTable hoursByMunicipality,
      PublishedTable volunteersByMunicipality,
      PublishedTable volunteersByMonth,
      PublishedTable shiftsByCategory,
      PublishedTable shiftsByMunicipality,
      PublishedTable shiftsByMonth) {}

  /** The years with shifts, newest first. */
  @RequiresPermission(Permission.STATISTICS)
  @Transactional
  public List<Integer> years() {
    return sql("SELECT DISTINCT YEAR(day) FROM shift ORDER BY 1 DESC").getResultList().stream()
        .map(y -> ((Number) y).intValue())
        .toList();
  }

  @RequiresPermission(Permission.STATISTICS)
  @Transactional
  public VolunteeringFigures figures(int year, Locale locale) {
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = from.plusYears(1);
    Map<String, String> names = region.municipalities(locale);
    List<String> rows = new ArrayList<>(names.keySet());
    rows.remove(RegionStatistics.UNKNOWN_AGS);
    Map<String, Integer> rowOf = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      rowOf.put(rows.get(i), i);
    }
    List<NeedCategory> categories = List.of(NeedCategory.values());
    List<String> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      months.add(java.time.Month.of(m).getDisplayName(TextStyle.SHORT_STANDALONE, locale));
    }
    int[][] byMunicipality = new int[rows.size()][12];
    int[][] byCategory = new int[categories.size()][12];
    int[][] hours = new int[rows.size()][12];
    for (Object[] r :
        rows(
            "SELECT n.ags, n.category, MONTH(sh.day), COUNT(*),"
                + " COALESCE(SUM(CASE WHEN s.hours_confirmed_at IS NOT NULL THEN s.hours END), 0)"
                + " FROM sign_up s JOIN shift sh ON sh.id = s.shift_id JOIN need n ON n.id ="
                + " s.need_id WHERE "
                + DEPLOYED
                + " AND sh.day >= ?1 AND sh.day < ?2 GROUP BY n.ags, n.category, MONTH(sh.day)",
            from,
            to)) {
      Integer row = rowOf.get((String) r[0]);
      int cat = categories.indexOf(NeedCategory.valueOf((String) r[1]));
      int month = ((Number) r[2]).intValue() - 1;
      int n = ((Number) r[3]).intValue();
      if (row == null || cat < 0) {
        continue;
      }
      byMunicipality[row][month] += n;
      byCategory[cat][month] += n;
      hours[row][month] += (int) Math.round(((Number) r[4]).doubleValue());
    }
    List<String> rowLabels = rows.stream().map(names::get).toList();
    List<String> categoryLabels = categories.stream().map(c -> c.label(locale)).toList();
    CountTable deployments = CountTable.of(rowLabels, months, byMunicipality);
    CountTable perCategory = CountTable.of(categoryLabels, months, byCategory);
    List<Relation> links = new ArrayList<>();
    for (int m = 0; m <= 12; m++) {
      links.add(
          new Relation(
              List.of(new EntryRef(0, rows.size(), m), new EntryRef(1, categories.size(), m)),
              List.of(1L, -1L),
              0));
    }
    DisclosureControl control = new DisclosureControl(settings.k());
    List<PublishedTable> protectedDeployments =
        control.protectLinked(List.of(deployments, perCategory), links);
    PublishedTable deploymentsPublished = protectedDeployments.get(0);
    // hours: shown exactly where the deployments behind them are shown
    Suppression[][] pattern = new Suppression[rows.size() + 1][13];
    for (int i = 0; i <= rows.size(); i++) {
      for (int j = 0; j <= 12; j++) {
        pattern[i][j] = deploymentsPublished.entry(i, j).suppression();
      }
    }
    PublishedTable hoursPublished =
        PublishedTable.publish(CountTable.of(rowLabels, months, hours), settings.k(), pattern);

    int[][] volunteers = new int[rows.size()][1];
    for (Object[] r :
        rows(
            "SELECT n.ags, COUNT(DISTINCT s.person_id) FROM sign_up s JOIN shift sh ON sh.id ="
                + " s.shift_id JOIN need n ON n.id = s.need_id WHERE "
                + DEPLOYED
                + " AND sh.day >= ?1 AND sh.day < ?2 GROUP BY n.ags",
            from,
            to)) {
      Integer row = rowOf.get((String) r[0]);
      if (row != null) {
        volunteers[row][0] = ((Number) r[1]).intValue();
      }
    }
    boolean en = "en".equals(locale.getLanguage());
    PublishedTable volunteersPublished =
        control.protect(
            CountTable.of(rowLabels, List.of(en ? "volunteers" : "Freiwillige"), volunteers));

    List<String> shiftColumns =
        en
            ? List.of("needs", "filled shifts", "open shifts")
            : List.of("Bedarfe", "besetzte Schichten", "offene Schichten");
    List<String> monthKeys = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      monthKeys.add(String.valueOf(m));
    }
    PublishedTable shiftsByCategory =
        shifts(
            "(n.category)",
            categories.stream().map(Enum::name).toList(),
            categoryLabels,
            shiftColumns,
            from,
            to);
    PublishedTable shiftsByMunicipality =
        shifts("(n.ags)", rows, rowLabels, shiftColumns, from, to);
    PublishedTable shiftsByMonth =
        shifts("MONTH(sh.day)", monthKeys, months, shiftColumns, from, to);

    int[][] perMonth = new int[12][1];
    for (Object[] r :
        rows(
            "SELECT MONTH(sh.day), COUNT(DISTINCT s.person_id) FROM sign_up s JOIN shift sh ON"
                + " sh.id = s.shift_id WHERE "
                + DEPLOYED
                + " AND sh.day >= ?1 AND sh.day < ?2 GROUP BY MONTH(sh.day)",
            from,
            to)) {
      perMonth[((Number) r[0]).intValue() - 1][0] = ((Number) r[1]).intValue();
    }
    PublishedTable volunteersByMonth =
        control.protect(
            CountTable.of(months, List.of(en ? "volunteers" : "Freiwillige"), perMonth));
    return new VolunteeringFigures(
        year,
        settings.k(),
        deploymentsPublished,
        protectedDeployments.get(1),
        hoursPublished,
        volunteersPublished,
        volunteersByMonth,
        shiftsByCategory,
        shiftsByMunicipality,
        shiftsByMonth);
  }

  /**
   * Needs with shifts in the period and their shifts, filled or not, grouped by {@code key} (a SQL
   * expression over need n and shift sh); no persons, shown in full.
   */
  private PublishedTable shifts(
      String key,
      List<String> keys,
      List<String> labels,
      List<String> columns,
      LocalDate from,
      LocalDate to) {
    int[][] counts = new int[keys.size()][3];
    for (Object[] r :
        rows(
            "SELECT "
                + key
                + ", COUNT(DISTINCT n.id), SUM(CASE WHEN sh.booked >= sh.capacity THEN 1 ELSE 0"
                + " END), SUM(CASE WHEN sh.booked < sh.capacity THEN 1 ELSE 0 END) FROM shift sh"
                + " JOIN need n ON n.id = sh.need_id WHERE sh.day >= ?1 AND sh.day < ?2 GROUP BY "
                + key,
            from,
            to)) {
      int row = keys.indexOf(String.valueOf(r[0]));
      if (row >= 0) {
        for (int c = 0; c < 3; c++) {
          counts[row][c] = ((Number) r[c + 1]).intValue();
        }
      }
    }
    Suppression[][] none = new Suppression[keys.size() + 1][4];
    for (Suppression[] line : none) {
      java.util.Arrays.fill(line, Suppression.NONE);
    }
    return PublishedTable.publish(CountTable.of(labels, columns, counts), settings.k(), none);
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, LocalDate from, LocalDate to) {
    return sql(sql).setParameter(1, from).setParameter(2, to).getResultList();
  }

  private jakarta.persistence.Query sql(String sql) {
    return em.createNativeQuery(sql).setHint("eclipselink.jdbc.allow-native-sql-query", "true");
  }
}

package de.heldenhelfer.statistics;

import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.statistics.disclosure.CountTable;
import de.heldenhelfer.statistics.disclosure.DisclosureControl;
import de.heldenhelfer.statistics.disclosure.PublishedTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What planners see: region tables over the read model, every one protected by {@link
 * DisclosureControl} before it leaves the service – only counts, never a person, never a cell that
 * counts fewer than k people or can be computed from the totals (docs/statistics-disclosure.md).
 */
@ApplicationScoped
public class RegionStatistics {
  @Inject EntityManager em;

  /** Smallest published count (k); see docs/statistics-disclosure.md. */
  public static final int K = 5;

  /** The reference dates with figures, newest first. */
  @RequiresPermission(Permission.STATISTICS)
  @Transactional
  public List<LocalDate> stichtage() {
    List<?> days =
        em.createNativeQuery("SELECT DISTINCT stichtag FROM stat_snapshot ORDER BY stichtag DESC")
            .setHint("eclipselink.jdbc.allow-native-sql-query", "true")
            .getResultList();
    return days.stream()
        .map(d -> d instanceof java.sql.Date sd ? sd.toLocalDate() : (LocalDate) d)
        .toList();
  }

  /** Members on {@code stichtag} by municipality of residence (rows) and DOSB age group. */
  @RequiresPermission(Permission.STATISTICS)
  @Transactional
  public PublishedTable membersByMunicipalityAndAge(LocalDate stichtag, Locale locale) {
    Map<String, String> municipalities = new LinkedHashMap<>();
    for (Object[] m :
        em.createQuery("SELECT m.ags, m.name FROM Municipality m ORDER BY m.name", Object[].class)
            .getResultList()) {
      municipalities.put((String) m[0], (String) m[1]);
    }
    municipalities.put("00000000", "en".equals(locale.getLanguage()) ? "unknown" : "unbekannt");
    List<AgeGroup> groups = List.of(AgeGroup.values());
    List<String> rows = new ArrayList<>(municipalities.keySet());
    int[][] counts = new int[rows.size()][groups.size()];
    @SuppressWarnings("unchecked")
    List<Object[]> sums =
        em.createNativeQuery(
                "SELECT ags, age_group, SUM(members) FROM stat_members WHERE stichtag = ?1"
                    + " GROUP BY ags, age_group")
            .setHint("eclipselink.jdbc.allow-native-sql-query", "true")
            .setParameter(1, stichtag)
            .getResultList();
    for (Object[] s : sums) {
      int r = rows.indexOf((String) s[0]);
      int c = groups.indexOf(AgeGroup.valueOf((String) s[1]));
      if (r >= 0 && c >= 0) {
        counts[r][c] += ((Number) s[2]).intValue();
      }
    }
    List<String> rowLabels = rows.stream().map(municipalities::get).toList();
    List<String> columnLabels = groups.stream().map(g -> g.label(locale)).toList();
    return new DisclosureControl(K).protect(CountTable.of(rowLabels, columnLabels, counts));
  }
}

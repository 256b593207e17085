package de.heldenhelfer.statistics;

import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.reports.figures.FigureCell;
import de.heldenhelfer.reports.figures.FigureReport;
import de.heldenhelfer.reports.figures.FigureTable;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.shared.GermanDates;
import de.heldenhelfer.shared.Messages;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A club's own figures for the Bestandserhebung, from exactly the counts the club contributes to
 * the region's statistics (the read model): A-Zahlen (members by year of birth and gender) and
 * B-Zahlen (memberships per sport by age group and gender). The club sees its own figures in full –
 * no suppression; nothing of another club. As a page, a workbook, a csv and a PDF.
 */
@ApplicationScoped
public class ClubCensus {
  private static final String[] GENDERS = {"M", "W", "D", "X"};

  @Inject EntityManager em;
  @Inject TenantContext tenant;
  @Inject ReadModel readModel;

  /** The club's figures of one Stichtag. */
  public record Census(
      LocalDate stichtag, LocalDateTime computedAt, int members, FigureTable a, FigureTable b) {}

  /** The Stichtage the club has figures for, newest first. */
  @RequiresPermission(Permission.MEMBER_EXPORT)
  @Transactional
  public List<LocalDate> stichtage() {
    return sql("SELECT stichtag FROM stat_snapshot WHERE club_id = ?1 ORDER BY stichtag DESC")
        .setParameter(1, tenant.requireClubId())
        .getResultList()
        .stream()
        .map(RegionStatistics::date)
        .toList();
  }

  /**
   * The club's figures of {@code stichtag}; computed first when the club has none for that day or
   * {@code recompute} is set (e.g. "today").
   */
  @RequiresPermission(Permission.MEMBER_EXPORT)
  @Transactional
  public Census census(LocalDate stichtag, boolean recompute, Locale locale) {
    long club = tenant.requireClubId();
    List<?> snapshot =
        sql("SELECT computed_at, members FROM stat_snapshot WHERE club_id = ?1 AND stichtag = ?2")
            .setParameter(1, club)
            .setParameter(2, stichtag)
            .getResultList();
    if (recompute || snapshot.isEmpty()) {
      readModel.refresh(stichtag);
      return census(stichtag, false, locale);
    }
    Object[] s = (Object[]) snapshot.get(0);
    LocalDateTime computedAt =
        s[0] instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) s[0];
    String total = Messages.get(locale, "statistics.total");
    List<String> genders = new ArrayList<>();
    for (String g : GENDERS) {
      genders.add(Messages.get(locale, "census.gender." + g));
    }
    // A-Zahlen: year of birth x gender
    Map<Integer, long[]> years = new LinkedHashMap<>();
    for (Object[] r :
        rows(
            "SELECT birth_year, gender, members FROM stat_birth_years WHERE club_id = ?1 AND"
                + " stichtag = ?2 ORDER BY birth_year = 0, birth_year DESC",
            club,
            stichtag)) {
      years
              .computeIfAbsent(((Number) r[0]).intValue(), y -> new long[GENDERS.length])[
              RegionStatistics.genderIndex(GENDERS, r[1])] +=
          ((Number) r[2]).longValue();
    }
    List<String> yearLabels = new ArrayList<>();
    years
        .keySet()
        .forEach(y -> yearLabels.add(y == 0 ? Messages.get(locale, "census.noBirthYear") : "" + y));
    FigureTable a =
        exact(
            Messages.get(locale, "census.a"),
            Messages.get(locale, "census.birthYear"),
            yearLabels,
            genders,
            new ArrayList<>(years.values()),
            total,
            locale);
    // B-Zahlen: sport and gender x age group
    List<AgeGroup> ages = List.of(AgeGroup.values());
    Map<String, long[]> sports = new LinkedHashMap<>();
    for (Object[] r :
        rows(
            "SELECT COALESCE(CASE WHEN ?3 = 'en' THEN sp.name_en ELSE sp.name_de END, ''),"
                + " m.gender, m.age_group, SUM(m.members) FROM stat_sport_members m"
                + " LEFT JOIN sport sp ON sp.code = m.sport_code WHERE m.club_id = ?1 AND"
                + " m.stichtag = ?2 GROUP BY m.sport_code, sp.name_de, sp.name_en, m.gender,"
                + " m.age_group ORDER BY m.sport_code = 0, 1, FIELD(m.gender, 'M', 'W', 'D', 'X')",
            club,
            stichtag,
            locale.getLanguage())) {
      String sport =
          ((String) r[0]).isEmpty() ? Messages.get(locale, "census.noSport") : (String) r[0];
      String label = sport + " · " + genders.get(RegionStatistics.genderIndex(GENDERS, r[1]));
      sports
              .computeIfAbsent(label, x -> new long[ages.size()])[
              ages.indexOf(AgeGroup.valueOf((String) r[2]))] +=
          ((Number) r[3]).longValue();
    }
    FigureTable b =
        exact(
            Messages.get(locale, "census.b"),
            Messages.get(locale, "census.sportGender"),
            new ArrayList<>(sports.keySet()),
            ages.stream().map(g -> g.label(locale)).toList(),
            new ArrayList<>(sports.values()),
            total,
            locale);
    return new Census(stichtag, computedAt, ((Number) s[1]).intValue(), a, b);
  }

  /** The census as a file: xlsx (both tables and the method sheet), csv (A or B) or PDF. */
  @RequiresPermission(Permission.MEMBER_EXPORT)
  @Transactional
  public PlannerReports.Export export(
      LocalDate stichtag, PlannerReports.Format format, String table, Locale locale) {
    Census census = census(stichtag, false, locale);
    String clubName =
        (String)
            sql("SELECT name FROM club WHERE id = ?1")
                .setParameter(1, tenant.requireClubId())
                .getSingleResult();
    FigureReport report =
        new FigureReport(
            Messages.get(locale, "census.title", clubName),
            Messages.get(locale, "census.subtitle", GermanDates.format(stichtag)),
            List.of(census.a(), census.b()),
            List.of(
                Messages.get(
                    locale,
                    "census.method",
                    GermanDates.format(census.computedAt().toLocalDate())
                        + " "
                        + String.format("%tR", census.computedAt())),
                Messages.get(locale, "statistics.method.2")),
            locale);
    byte[] body =
        PlannerReports.render(report, format, "b".equals(table) ? census.b() : census.a());
    String name =
        "bestandserhebung-"
            + stichtag
            + (format == PlannerReports.Format.CSV ? "b".equals(table) ? "-b" : "-a" : "")
            + "."
            + format.extension();
    return new PlannerReports.Export(name, format.contentType(), body);
  }

  /** Today in the region's time zone. */
  public static LocalDate today() {
    return LocalDate.now(MemberService.ZONE);
  }

  private static FigureTable exact(
      String title,
      String rowHeader,
      List<String> rows,
      List<String> columns,
      List<long[]> values,
      String total,
      Locale locale) {
    List<List<FigureCell>> cells = new ArrayList<>();
    List<FigureCell> rowTotals = new ArrayList<>();
    long[] columnTotals = new long[columns.size()];
    long grand = 0;
    for (long[] line : values) {
      List<FigureCell> out = new ArrayList<>();
      long sum = 0;
      for (int c = 0; c < columns.size(); c++) {
        out.add(FigureCell.shown(line[c]));
        sum += line[c];
        columnTotals[c] += line[c];
      }
      cells.add(out);
      rowTotals.add(FigureCell.shown(sum));
      grand += sum;
    }
    List<FigureCell> totals = new ArrayList<>();
    for (long t : columnTotals) {
      totals.add(FigureCell.shown(t));
    }
    return new FigureTable(
        title,
        Messages.get(locale, "census.caption"),
        rowHeader,
        rows,
        columns,
        cells,
        rowTotals,
        totals,
        FigureCell.shown(grand),
        total);
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Object... params) {
    var q = sql(sql);
    for (int i = 0; i < params.length; i++) {
      q.setParameter(i + 1, params[i]);
    }
    return q.getResultList();
  }

  private jakarta.persistence.Query sql(String sql) {
    return em.createNativeQuery(sql).setHint("eclipselink.jdbc.allow-native-sql-query", "true");
  }
}

package de.heldenhelfer.statistics;

import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.statistics.disclosure.Auditor.EntryRef;
import de.heldenhelfer.statistics.disclosure.Auditor.Relation;
import de.heldenhelfer.statistics.disclosure.CountTable;
import de.heldenhelfer.statistics.disclosure.DisclosureControl;
import de.heldenhelfer.statistics.disclosure.PublishedCell;
import de.heldenhelfer.statistics.disclosure.PublishedTable;
import de.heldenhelfer.statistics.disclosure.Suppression;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What planners see: region tables over the read model, every one protected by {@link
 * DisclosureControl} before it leaves the service – only counts, never a person, never a cell that
 * counts fewer than k people or can be computed from the totals or by differencing two views of the
 * same Stichtag (docs/statistics-disclosure.md). The protected figures of a Stichtag are computed
 * once per state of the read model and shared by all views and exports.
 */
@ApplicationScoped
public class RegionStatistics {
  /** Sports shown one by one in the municipality x sport table; the others are summed up. */
  static final int TOP_SPORTS = 14;

  /** The column of the other sports together in {@link RegionFigures#sportColumns()}. */
  public static final int OTHER_SPORTS = -1;

  /** Unknown municipality of residence. */
  public static final String UNKNOWN_AGS = "00000000";

  @Inject EntityManager em;
  @Inject StatisticsSettings settings;

  private final Map<String, RegionFigures> published = new ConcurrentHashMap<>();

  /** Drops the computed publications (they are computed again on the next view; benchmarks). */
  public void forget() {
    published.clear();
  }

  /** The disclosure threshold in force. */
  public int k() {
    return settings.k();
  }

  /**
   * The reference dates with figures, newest first: the 1 January of each year (a club's own
   * figures of another day, computed on demand, stay the club's).
   */
  @RequiresPermission(Permission.STATISTICS)
  @Transactional
  public List<LocalDate> stichtage() {
    return sql(
            "SELECT DISTINCT stichtag FROM stat_snapshot WHERE MONTH(stichtag) = 1"
                + " AND DAY(stichtag) = 1 ORDER BY stichtag DESC")
        .getResultList()
        .stream()
        .map(RegionStatistics::date)
        .toList();
  }

  /** Members on {@code stichtag} by municipality of residence (rows) and DOSB age group. */
  @RequiresPermission(Permission.STATISTICS)
  @Transactional
  public PublishedTable membersByMunicipalityAndAge(LocalDate stichtag, Locale locale) {
    return figures(stichtag, locale).byAge();
  }

  /** All protected tables of one Stichtag (computed once per state of the read model). */
  @RequiresPermission(Permission.STATISTICS)
  @Transactional
  public RegionFigures figures(LocalDate stichtag, Locale locale) {
    if (stichtag.getDayOfYear() != 1) {
      throw new de.heldenhelfer.shared.NotFoundException();
    }
    Object[] state =
        (Object[])
            sql("SELECT COUNT(*), MAX(computed_at) FROM stat_snapshot WHERE stichtag = ?1")
                .setParameter(1, stichtag)
                .getSingleResult();
    String key =
        stichtag + "|" + language(locale) + "|" + settings.k() + "|" + state[0] + "|" + state[1];
    RegionFigures figures = published.get(key);
    if (figures == null) {
      figures = compute(stichtag, locale);
      published.keySet().removeIf(k -> k.startsWith(stichtag + "|" + language(locale) + "|"));
      published.put(key, figures);
    }
    return figures;
  }

  /**
   * Members per municipality over all Stichtage (oldest first), each value taken from that
   * Stichtag's protected publication: a value suppressed there is suppressed here, so the series
   * shows nothing the single years do not.
   */
  @RequiresPermission(Permission.STATISTICS)
  @Transactional
  public Trend trend(Locale locale) {
    List<LocalDate> days = new ArrayList<>(stichtage());
    java.util.Collections.reverse(days);
    Map<String, String> names = municipalities(locale);
    List<String> rows = new ArrayList<>(names.keySet());
    List<List<PublishedCell>> cells = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      cells.add(new ArrayList<>());
    }
    List<PublishedCell> totals = new ArrayList<>();
    for (LocalDate day : days) {
      RegionFigures f = figures(day, locale);
      for (int r = 0; r < rows.size(); r++) {
        int row = f.rowOf(rows.get(r));
        cells.get(r).add(row < 0 ? PublishedCell.shown(0) : f.byAge().rowTotal(row));
      }
      totals.add(f.members());
    }
    // keep rows with any figure (the unknown municipality only where it occurs)
    List<String> labels = new ArrayList<>();
    List<List<PublishedCell>> kept = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      boolean any =
          cells.get(r).stream().anyMatch(c -> c.isSuppressed() || c.value() > 0)
              || !UNKNOWN_AGS.equals(rows.get(r));
      if (any) {
        labels.add(names.get(rows.get(r)));
        kept.add(cells.get(r));
      }
    }
    return new Trend(days, labels, kept, totals, settings.k());
  }

  /** Facilities and training groups of a Stichtag. */
  public record FacilityFigures(PublishedTable facilities, PublishedTable participants, int k) {}

  /**
   * Training groups of a Stichtag: per facility the groups and hours per week (no persons, shown in
   * full), and participations by municipality of the facility and sport, protected (k).
   */
  @RequiresPermission(Permission.STATISTICS)
  @Transactional
  public FacilityFigures facilities(LocalDate stichtag, Locale locale) {
    if (stichtag.getDayOfYear() != 1) {
      throw new de.heldenhelfer.shared.NotFoundException();
    }
    Map<String, String> names = municipalities(locale);
    Map<Integer, String> sportNames = sports(locale);
    List<String> facilityLabels = new ArrayList<>();
    List<int[]> facilityCounts = new ArrayList<>();
    for (Object[] r :
        rows(
            "SELECT facility_ags, facility, SUM(training_groups), SUM(minutes_per_week) FROM"
                + " stat_training WHERE stichtag = ?1 GROUP BY facility_ags, facility"
                + " ORDER BY facility",
            stichtag)) {
      facilityLabels.add(r[1] + " (" + names.getOrDefault((String) r[0], (String) r[0]) + ")");
      facilityCounts.add(
          new int[] {
            ((Number) r[2]).intValue(), (int) Math.round(((Number) r[3]).doubleValue() / 60.0)
          });
    }
    boolean en = "en".equals(language(locale));
    CountTable facilityTable =
        CountTable.of(
            facilityLabels,
            en
                ? List.of("training groups", "hours per week")
                : List.of("Trainingsgruppen", "Stunden je Woche"),
            facilityCounts.toArray(new int[0][]));
    Suppression[][] none = new Suppression[facilityLabels.size() + 1][3];
    for (Suppression[] line : none) {
      java.util.Arrays.fill(line, Suppression.NONE);
    }
    PublishedTable facilities = PublishedTable.publish(facilityTable, settings.k(), none);

    Map<String, Map<Integer, Integer>> byMunicipality = new LinkedHashMap<>();
    List<Integer> sportCodes = new ArrayList<>();
    for (Object[] r :
        rows(
            "SELECT facility_ags, sport_code, SUM(participants) FROM stat_training"
                + " WHERE stichtag = ?1 GROUP BY facility_ags, sport_code",
            stichtag)) {
      int sport = ((Number) r[1]).intValue();
      if (!sportCodes.contains(sport)) {
        sportCodes.add(sport);
      }
      byMunicipality
          .computeIfAbsent((String) r[0], x -> new HashMap<>())
          .merge(sport, ((Number) r[2]).intValue(), Integer::sum);
    }
    sportCodes.sort(
        (a, b) ->
            a == 0
                ? 1
                : b == 0 ? -1 : sportLabel(sportNames, a).compareTo(sportLabel(sportNames, b)));
    List<String> municipalityRows =
        names.keySet().stream().filter(byMunicipality::containsKey).toList();
    int[][] participants = new int[municipalityRows.size()][sportCodes.size()];
    for (int i = 0; i < municipalityRows.size(); i++) {
      for (int j = 0; j < sportCodes.size(); j++) {
        participants[i][j] =
            byMunicipality.get(municipalityRows.get(i)).getOrDefault(sportCodes.get(j), 0);
      }
    }
    PublishedTable protectedParticipants =
        sportCodes.isEmpty()
            ? null
            : new DisclosureControl(settings.k())
                .protect(
                    CountTable.of(
                        municipalityRows.stream().map(names::get).toList(),
                        sportCodes.stream().map(c -> sportLabel(sportNames, c)).toList(),
                        participants));
    return new FacilityFigures(facilities, protectedParticipants, settings.k());
  }

  /** Members per municipality and Stichtag; see {@link #trend(Locale)}. */
  public record Trend(
      List<LocalDate> stichtage,
      List<String> rowLabels,
      List<List<PublishedCell>> cells,
      List<PublishedCell> totals,
      int k) {

    /** Change from the previous Stichtag to the last, shown only where both values are shown. */
    public PublishedCell change(int row) {
      List<PublishedCell> line = cells.get(row);
      return difference(line);
    }

    /** Change of the region's total from the previous Stichtag to the last. */
    public PublishedCell totalChange() {
      return difference(totals);
    }

    private static PublishedCell difference(List<PublishedCell> line) {
      if (line.size() < 2) {
        return null;
      }
      PublishedCell a = line.get(line.size() - 2);
      PublishedCell b = line.get(line.size() - 1);
      if (a.isSuppressed() || b.isSuppressed()) {
        return PublishedCell.suppressed(Suppression.SECONDARY);
      }
      return new PublishedCell(b.value() - a.value(), Suppression.NONE);
    }
  }

  private RegionFigures compute(LocalDate stichtag, Locale locale) {
    Map<String, String> municipalities = municipalities(locale);
    List<String> rows = new ArrayList<>(municipalities.keySet());
    Map<String, Integer> rowOf = index(rows);
    List<AgeGroup> ages = List.of(AgeGroup.values());
    int[][] byAge = new int[rows.size()][ages.size()];
    int[][] byGender = new int[rows.size()][GENDERS.length];
    int[][] byActivity = new int[rows.size()][2];
    for (Object[] s :
        rows(
            "SELECT ags, age_group, gender, active, SUM(members) FROM stat_members"
                + " WHERE stichtag = ?1 GROUP BY ags, age_group, gender, active",
            stichtag)) {
      Integer r = rowOf.get((String) s[0]);
      if (r == null) {
        continue;
      }
      int n = ((Number) s[4]).intValue();
      byAge[r][ages.indexOf(AgeGroup.valueOf((String) s[1]))] += n;
      byGender[r][genderIndex(GENDERS, s[2])] += n;
      byActivity[r][truthy(s[3]) ? 0 : 1] += n;
    }
    // the unknown municipality only when someone lives there
    boolean unknown = java.util.Arrays.stream(byAge[rows.size() - 1]).sum() > 0;
    int shown = unknown ? rows.size() : rows.size() - 1;
    List<String> rowCodes = rows.subList(0, shown);
    List<String> rowLabels = rowCodes.stream().map(municipalities::get).toList();
    boolean en = "en".equals(language(locale));
    CountTable ageTable =
        CountTable.of(
            rowLabels,
            ages.stream().map(g -> g.label(locale)).toList(),
            java.util.Arrays.copyOf(byAge, shown));
    CountTable genderTable =
        CountTable.of(
            rowLabels, GENDER_LABELS.get(en ? 1 : 0), java.util.Arrays.copyOf(byGender, shown));
    CountTable activityTable =
        CountTable.of(
            rowLabels,
            en ? List.of("active", "passive") : List.of("aktiv", "passiv"),
            java.util.Arrays.copyOf(byActivity, shown));
    // linked: the three tables have the same row totals (and grand total)
    List<Relation> memberLinks = new ArrayList<>();
    for (int r = 0; r <= shown; r++) {
      memberLinks.add(same(0, r, ages.size(), 1, r, GENDERS.length));
      memberLinks.add(same(0, r, ages.size(), 2, r, 2));
    }
    DisclosureControl control = new DisclosureControl(settings.k());
    List<PublishedTable> members =
        control.protectLinked(List.of(ageTable, genderTable, activityTable), memberLinks);

    // memberships per sport (a member in two sports counts in both)
    Map<Integer, String> sportNames = sports(locale);
    Map<Integer, int[]> sportAge = new LinkedHashMap<>();
    Map<Integer, int[]> sportMunicipality = new HashMap<>();
    for (Object[] s :
        rows(
            "SELECT sport_code, ags, age_group, SUM(members) FROM stat_sport_members"
                + " WHERE stichtag = ?1 GROUP BY sport_code, ags, age_group ORDER BY sport_code",
            stichtag)) {
      int sport = ((Number) s[0]).intValue();
      Integer r = rowOf.get((String) s[1]);
      if (r == null || r >= shown) {
        r = rowOf.get(UNKNOWN_AGS);
      }
      int n = ((Number) s[3]).intValue();
      sportAge
              .computeIfAbsent(sport, x -> new int[ages.size()])[
              ages.indexOf(AgeGroup.valueOf((String) s[2]))] +=
          n;
      sportMunicipality.computeIfAbsent(sport, x -> new int[rows.size()])[r] += n;
    }
    List<Integer> sports = new ArrayList<>(sportAge.keySet());
    sports.sort(
        (a, b) ->
            a == 0
                ? 1
                : b == 0 ? -1 : sportLabel(sportNames, a).compareTo(sportLabel(sportNames, b)));
    List<String> sportLabels = sports.stream().map(s -> sportLabel(sportNames, s)).toList();
    int[][] sa = new int[sports.size()][];
    for (int i = 0; i < sports.size(); i++) {
      sa[i] = sportAge.get(sports.get(i));
    }
    // municipality x sport: the largest sports one by one, the others together (a sparse table of
    // every sport in every municipality would be mostly suppressed), then "ohne Sportart"
    List<Integer> bySize = new ArrayList<>(sports);
    bySize.remove(Integer.valueOf(0));
    bySize.sort(
        (a, b) ->
            Integer.compare(
                java.util.Arrays.stream(sportAge.get(b)).sum(),
                java.util.Arrays.stream(sportAge.get(a)).sum()));
    List<Integer> columns = new ArrayList<>(bySize.subList(0, Math.min(TOP_SPORTS, bySize.size())));
    List<Integer> others = bySize.subList(columns.size(), bySize.size());
    if (!others.isEmpty()) {
      columns.add(OTHER_SPORTS);
    }
    if (sportAge.containsKey(0)) {
      columns.add(0);
    }
    List<String> columnLabels =
        columns.stream()
            .map(
                c ->
                    c == OTHER_SPORTS
                        ? en ? "other sports" : "weitere Sportarten"
                        : sportLabel(sportNames, c))
            .toList();
    int[][] sm = new int[shown][columns.size()];
    for (int j = 0; j < columns.size(); j++) {
      List<Integer> codes = columns.get(j) == OTHER_SPORTS ? others : List.of(columns.get(j));
      for (int code : codes) {
        int[] perMunicipality = sportMunicipality.get(code);
        for (int r = 0; r < shown; r++) {
          sm[r][j] += perMunicipality[r];
        }
      }
    }
    CountTable sportsByAge =
        CountTable.of(sportLabels, ages.stream().map(g -> g.label(locale)).toList(), sa);
    CountTable sportsByMunicipality = CountTable.of(rowLabels, columnLabels, sm);
    List<Relation> sportLinks = new ArrayList<>();
    for (int j = 0; j < columns.size(); j++) {
      // the column total of a sport (or of the others) = the row totals of those sports by age
      List<Integer> codes = columns.get(j) == OTHER_SPORTS ? others : List.of(columns.get(j));
      List<EntryRef> refs = new ArrayList<>();
      List<Long> coefficients = new ArrayList<>();
      for (int code : codes) {
        refs.add(new EntryRef(0, sports.indexOf(code), ages.size()));
        coefficients.add(1L);
      }
      refs.add(new EntryRef(1, shown, j));
      coefficients.add(-1L);
      sportLinks.add(new Relation(refs, coefficients, 0));
    }
    sportLinks.add(same(0, sports.size(), ages.size(), 1, shown, columns.size()));
    List<PublishedTable> memberships =
        control.protectLinked(List.of(sportsByAge, sportsByMunicipality), sportLinks);
    return new RegionFigures(
        stichtag,
        settings.k(),
        List.copyOf(rowCodes),
        members.get(0),
        members.get(1),
        members.get(2),
        List.copyOf(sports),
        memberships.get(0),
        List.copyOf(columns),
        memberships.get(1));
  }

  private static final String[] GENDERS = {"W", "M", "D", "X"};
  private static final List<List<String>> GENDER_LABELS =
      List.of(
          List.of("weiblich", "männlich", "divers", "ohne Angabe"),
          List.of("female", "male", "diverse", "not stated"));

  /** The position of a member's gender code in {@code order}; unknown codes count as the last. */
  static int genderIndex(String[] order, Object code) {
    String g = String.valueOf(code);
    for (int i = 0; i < order.length; i++) {
      if (order[i].equals(g)) {
        return i;
      }
    }
    return order.length - 1;
  }

  private static boolean truthy(Object o) {
    return o instanceof Boolean b ? b : ((Number) o).intValue() != 0;
  }

  /** entry (t1, r1, c1) = entry (t2, r2, c2) */
  private static Relation same(int t1, int r1, int c1, int t2, int r2, int c2) {
    return new Relation(
        List.of(new EntryRef(t1, r1, c1), new EntryRef(t2, r2, c2)), List.of(1L, -1L), 0);
  }

  private static String sportLabel(Map<Integer, String> names, int code) {
    return names.getOrDefault(code, String.valueOf(code));
  }

  /** All municipalities of the region by name, then the unknown one. */
  Map<String, String> municipalities(Locale locale) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Object[] m :
        em.createQuery("SELECT m.ags, m.name FROM Municipality m ORDER BY m.name", Object[].class)
            .getResultList()) {
      out.put((String) m[0], (String) m[1]);
    }
    out.put(UNKNOWN_AGS, "en".equals(language(locale)) ? "unknown" : "unbekannt");
    return out;
  }

  private Map<Integer, String> sports(Locale locale) {
    Map<Integer, String> out = new HashMap<>();
    boolean en = "en".equals(language(locale));
    for (Object[] s : rows("SELECT code, name_de, name_en FROM sport", null)) {
      out.put(((Number) s[0]).intValue(), (String) (en ? s[2] : s[1]));
    }
    out.put(0, en ? "no sport" : "ohne Sportart");
    return out;
  }

  private static String language(Locale locale) {
    return locale == null ? "de" : locale.getLanguage();
  }

  private static Map<String, Integer> index(List<String> keys) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      out.put(keys.get(i), i);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, LocalDate stichtag) {
    var q = sql(sql);
    if (stichtag != null) {
      q.setParameter(1, stichtag);
    }
    return q.getResultList();
  }

  private jakarta.persistence.Query sql(String sql) {
    return em.createNativeQuery(sql).setHint("eclipselink.jdbc.allow-native-sql-query", "true");
  }

  static LocalDate date(Object d) {
    return d instanceof java.sql.Date sd ? sd.toLocalDate() : (LocalDate) d;
  }
}

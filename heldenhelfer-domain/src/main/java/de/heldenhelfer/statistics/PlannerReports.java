package de.heldenhelfer.statistics;

import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.reports.figures.FigureCell;
import de.heldenhelfer.reports.figures.FigureCsv;
import de.heldenhelfer.reports.figures.FigurePdf;
import de.heldenhelfer.reports.figures.FigureReport;
import de.heldenhelfer.reports.figures.FigureTable;
import de.heldenhelfer.reports.figures.FigureWorkbook;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.shared.GermanDates;
import de.heldenhelfer.shared.Messages;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.statistics.VolunteeringStatistics.VolunteeringFigures;
import de.heldenhelfer.statistics.disclosure.PublishedCell;
import de.heldenhelfer.statistics.disclosure.PublishedTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Planners' views as tables ready to show or export, and the exports themselves (xlsx with the
 * method sheet, csv, tagged PDF with charts). Every table comes from the protected figures of
 * {@link RegionStatistics} or {@link VolunteeringStatistics}; nothing here reads member data. Every
 * export is logged with who, when and which query.
 */
@ApplicationScoped
public class PlannerReports {

  @Inject RegionStatistics region;
  @Inject VolunteeringStatistics volunteering;
  @Inject EntityManager em;
  @Inject Actor actor;

  /** Export formats. */
  public enum Format {
    XLSX(FigureWorkbook.CONTENT_TYPE, "xlsx"),
    CSV("text/csv; charset=UTF-8", "csv"),
    PDF("application/pdf", "pdf");

    private final String contentType;
    private final String extension;

    Format(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }

    public String contentType() {
      return contentType;
    }

    public String extension() {
      return extension;
    }
  }

  /** A finished export. */
  public record Export(String fileName, String contentType, byte[] body) {}

  /** One line of the export log. */
  public record LoggedExport(LocalDateTime at, String by, String query, String format) {}

  /** The tables of a view, as shown on the page. */
  @RequiresPermission(Permission.STATISTICS)
  @Transactional
  public List<FigureTable> tables(PlannerView view, Locale locale) {
    return switch (view.kind()) {
      case MEMBERS_AGE, MEMBERS_GENDER, MEMBERS_ACTIVITY, SPORTS_AGE, SPORTS_MUNICIPALITY ->
          List.of(regionTable(view, figures(view, locale), locale));
      case MUNICIPALITY -> municipality(view.municipality(), figures(view, locale), locale);
      case TREND -> List.of(trend(locale));
      case FACILITIES -> facilities(view, locale);
      case VOLUNTEERING -> volunteering(view, locale);
    };
  }

  /** Writes a view as a file and logs the export. */
  @RequiresPermission(Permission.STATISTICS)
  @Transactional
  public Export export(PlannerView view, Format format, Locale locale) {
    List<FigureTable> tables = tables(view, locale);
    Principal who = actor.require();
    LocalDateTime now = LocalDateTime.now(MemberService.ZONE).truncatedTo(ChronoUnit.MILLIS);
    FigureReport report =
        new FigureReport(
            Messages.get(locale, "statistics.title.region"),
            subtitle(view, locale),
            tables,
            method(view, who.displayName(), now, locale),
            locale);
    byte[] body = render(report, format, tables.get(0));
    em.createNativeQuery(
            "INSERT INTO stat_export_log (exported_at, person_id, exported_by, query, format)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
        .setHint("eclipselink.jdbc.allow-native-sql-query", "true")
        .setParameter(1, now)
        .setParameter(2, who.isSystem() ? null : who.personId())
        .setParameter(3, who.displayName())
        .setParameter(4, view.describe())
        .setParameter(5, format.name())
        .executeUpdate();
    String name =
        "statistik-"
            + view.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')
            + (view.municipality() == null ? "" : "-" + view.municipality())
            + (view.kind() == PlannerView.Kind.VOLUNTEERING
                ? "-" + view.year()
                : view.stichtag() == null ? "" : "-" + view.stichtag())
            + "."
            + format.extension();
    return new Export(name, format.contentType(), body);
  }

  /** A report as a file: xlsx and PDF hold every table, csv only {@code csvTable}. */
  static byte[] render(FigureReport report, Format format, FigureTable csvTable) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      switch (format) {
        case XLSX -> FigureWorkbook.write(report, out);
        case PDF -> FigurePdf.write(report, out);
        case CSV -> FigureCsv.write(csvTable, out, report.locale());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The latest exports, newest first. */
  @RequiresPermission(Permission.STATISTICS)
  @Transactional
  public List<LoggedExport> exportLog(int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT exported_at, exported_by, query, format FROM stat_export_log"
                    + " ORDER BY exported_at DESC, id DESC LIMIT ?1")
            .setHint("eclipselink.jdbc.allow-native-sql-query", "true")
            .setParameter(1, max)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new LoggedExport(
                    r[0] instanceof java.sql.Timestamp t
                        ? t.toLocalDateTime()
                        : (LocalDateTime) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3]))
        .toList();
  }

  private RegionFigures figures(PlannerView view, Locale locale) {
    if (view.stichtag() == null) {
      throw new NotFoundException();
    }
    return region.figures(view.stichtag(), locale);
  }

  private FigureTable regionTable(PlannerView view, RegionFigures f, Locale locale) {
    String title = Messages.get(locale, "statistics.view." + view.kind().name());
    return switch (view.kind()) {
      case MEMBERS_AGE -> figure(f.byAge(), title, "statistics.header.municipality", locale);
      case MEMBERS_GENDER -> figure(f.byGender(), title, "statistics.header.municipality", locale);
      case MEMBERS_ACTIVITY ->
          figure(f.byActivity(), title, "statistics.header.municipality", locale);
      case SPORTS_AGE -> figure(f.sportsByAge(), title, "statistics.header.sport", locale);
      default -> figure(f.sportsByMunicipality(), title, "statistics.header.municipality", locale);
    };
  }

  /** The drill-down into one municipality: its rows of the Stichtag's protected tables. */
  private List<FigureTable> municipality(String ags, RegionFigures f, Locale locale) {
    int row = f.rowOf(ags);
    if (row < 0) {
      throw new NotFoundException();
    }
    String name = f.byAge().rowLabels().get(row);
    List<FigureTable> out = new ArrayList<>();
    out.add(
        rowOf(
            f.byAge(),
            row,
            Messages.get(locale, "statistics.table.municipalityAge", name),
            locale));
    out.add(
        rowOf(
            f.byGender(),
            row,
            Messages.get(locale, "statistics.table.municipalityGender", name),
            locale));
    out.add(
        rowOf(
            f.byActivity(),
            row,
            Messages.get(locale, "statistics.table.municipalityActivity", name),
            locale));
    // the municipality's sports: its row of memberships by municipality and sport, as a column
    PublishedTable sm = f.sportsByMunicipality();
    List<String> labels = new ArrayList<>();
    List<List<FigureCell>> cells = new ArrayList<>();
    for (int s = 0; s < sm.columns(); s++) {
      PublishedCell c = sm.cell(row, s);
      if (c.isSuppressed() || c.value() > 0) {
        labels.add(sm.columnLabels().get(s));
        cells.add(List.of(cell(c)));
      }
    }
    if (!labels.isEmpty()) {
      out.add(
          new FigureTable(
              Messages.get(locale, "statistics.table.municipalitySports", name),
              caption(f.k(), locale),
              Messages.get(locale, "statistics.header.sport"),
              labels,
              List.of(Messages.get(locale, "statistics.header.memberships")),
              cells,
              null,
              List.of(cell(sm.rowTotal(row))),
              null,
              Messages.get(locale, "statistics.total")));
    }
    return out;
  }

  private FigureTable rowOf(PublishedTable t, int row, String title, Locale locale) {
    List<FigureCell> line = new ArrayList<>();
    for (int c = 0; c < t.columns(); c++) {
      line.add(cell(t.cell(row, c)));
    }
    return new FigureTable(
        title,
        caption(t.k(), locale),
        Messages.get(locale, "statistics.header.municipality"),
        List.of(t.rowLabels().get(row)),
        t.columnLabels(),
        List.of(line),
        List.of(cell(t.rowTotal(row))),
        null,
        null,
        Messages.get(locale, "statistics.total"));
  }

  private List<FigureTable> facilities(PlannerView view, Locale locale) {
    if (view.stichtag() == null) {
      throw new NotFoundException();
    }
    RegionStatistics.FacilityFigures f = region.facilities(view.stichtag(), locale);
    if (f.facilities().rows() == 0) {
      return List.of();
    }
    List<FigureTable> out = new ArrayList<>();
    FigureTable facilities =
        figure(
                f.facilities(),
                Messages.get(locale, "statistics.table.facilities"),
                "statistics.header.facility",
                locale)
            .withCaption(Messages.get(locale, "statistics.caption.facilities"));
    // groups and hours side by side: a column total each, no row total
    out.add(facilities.withTotals(null, facilities.columnTotals(), null));
    if (f.participants() != null) {
      out.add(
          figure(
                  f.participants(),
                  Messages.get(locale, "statistics.table.trainingParticipants"),
                  "statistics.header.needMunicipality",
                  locale)
              .withCaption(Messages.get(locale, "statistics.caption.participants", f.k())));
    }
    return out;
  }

  private FigureTable trend(Locale locale) {
    RegionStatistics.Trend trend = region.trend(locale);
    List<String> columns = new ArrayList<>();
    trend.stichtage().forEach(d -> columns.add(GermanDates.format(d)));
    boolean change = trend.stichtage().size() >= 2;
    if (change) {
      columns.add(Messages.get(locale, "statistics.header.change"));
    }
    List<List<FigureCell>> cells = new ArrayList<>();
    for (int r = 0; r < trend.rowLabels().size(); r++) {
      List<FigureCell> line = new ArrayList<>();
      trend.cells().get(r).forEach(c -> line.add(cell(c)));
      if (change) {
        line.add(cell(trend.change(r)));
      }
      cells.add(line);
    }
    List<FigureCell> totals = new ArrayList<>();
    trend.totals().forEach(c -> totals.add(cell(c)));
    if (change) {
      totals.add(cell(trend.totalChange()));
    }
    if (columns.isEmpty()) {
      throw new NotFoundException();
    }
    return new FigureTable(
        Messages.get(locale, "statistics.view.TREND"),
        Messages.get(locale, "statistics.caption.trend"),
        Messages.get(locale, "statistics.header.municipality"),
        trend.rowLabels(),
        columns,
        cells,
        null,
        totals,
        null,
        Messages.get(locale, "statistics.total"));
  }

  private List<FigureTable> volunteering(PlannerView view, Locale locale) {
    if (view.year() == null) {
      throw new NotFoundException();
    }
    VolunteeringFigures v = volunteering.figures(view.year(), locale);
    String caption = caption(v.k(), locale);
    return List.of(
            figure(
                v.deploymentsByMunicipality(),
                Messages.get(locale, "statistics.table.deploymentsByMunicipality"),
                "statistics.header.needMunicipality",
                locale),
            figure(
                v.deploymentsByCategory(),
                Messages.get(locale, "statistics.table.deploymentsByCategory"),
                "statistics.header.category",
                locale),
            figure(
                    v.hoursByMunicipality(),
                    Messages.get(locale, "statistics.table.hoursByMunicipality"),
                    "statistics.header.needMunicipality",
                    locale)
                .withCaption(Messages.get(locale, "statistics.caption.hours")),
            figure(
                v.volunteersByMunicipality(),
                Messages.get(locale, "statistics.table.volunteersByMunicipality"),
                "statistics.header.needMunicipality",
                locale),
            figure(
                v.volunteersByMonth(),
                Messages.get(locale, "statistics.table.volunteersByMonth"),
                "statistics.header.month",
                locale),
            plain(v.shiftsByCategory(), "shiftsByCategory", "statistics.header.category", locale),
            plain(
                v.shiftsByMunicipality(),
                "shiftsByMunicipality",
                "statistics.header.needMunicipality",
                locale),
            plain(v.shiftsByMonth(), "shiftsByMonth", "statistics.header.month", locale))
        .stream()
        .map(t -> t.caption() == null ? t.withCaption(caption) : t)
        .toList();
  }

  /** A table of needs and shifts (no persons): no row totals, which would add unlike things. */
  private static FigureTable plain(PublishedTable t, String key, String rowHeader, Locale locale) {
    FigureTable f =
        figure(t, Messages.get(locale, "statistics.table." + key), rowHeader, locale)
            .withCaption(Messages.get(locale, "statistics.caption.shifts"));
    return f.withTotals(null, f.columnTotals(), null);
  }

  /** A protected table with its totals, rows without any count left out (zeros are public). */
  static FigureTable figure(PublishedTable t, String title, String rowHeaderKey, Locale locale) {
    List<String> labels = new ArrayList<>();
    List<List<FigureCell>> cells = new ArrayList<>();
    List<FigureCell> rowTotals = new ArrayList<>();
    for (int r = 0; r < t.rows(); r++) {
      PublishedCell total = t.rowTotal(r);
      if (!total.isSuppressed() && total.value() == 0) {
        continue;
      }
      labels.add(t.rowLabels().get(r));
      List<FigureCell> line = new ArrayList<>();
      for (int c = 0; c < t.columns(); c++) {
        line.add(cell(t.cell(r, c)));
      }
      cells.add(line);
      rowTotals.add(cell(total));
    }
    List<FigureCell> columnTotals = new ArrayList<>();
    for (int c = 0; c < t.columns(); c++) {
      columnTotals.add(cell(t.columnTotal(c)));
    }
    boolean single = t.columns() == 1;
    return new FigureTable(
        title,
        caption(t.k(), locale),
        Messages.get(locale, rowHeaderKey),
        labels,
        t.columnLabels(),
        cells,
        single ? null : rowTotals,
        columnTotals,
        single ? null : cell(t.grandTotal()),
        Messages.get(locale, "statistics.total"));
  }

  static FigureCell cell(PublishedCell c) {
    return c.isSuppressed() ? FigureCell.suppressed() : FigureCell.shown(c.value());
  }

  static String caption(int k, Locale locale) {
    return Messages.get(locale, "statistics.caption", k);
  }

  private String subtitle(PlannerView view, Locale locale) {
    return switch (view.kind()) {
      case VOLUNTEERING -> Messages.get(locale, "statistics.subtitle.year", view.year());
      case TREND -> Messages.get(locale, "statistics.view.TREND");
      default ->
          Messages.get(locale, "statistics.subtitle.stichtag", GermanDates.format(view.stichtag()));
    };
  }

  private List<String> method(PlannerView view, String who, LocalDateTime now, Locale locale) {
    String created = GermanDates.format(now.toLocalDate()) + " " + String.format("%tR", now);
    List<String> out = new ArrayList<>();
    if (view.kind() == PlannerView.Kind.VOLUNTEERING) {
      out.add(Messages.get(locale, "statistics.method.volunteering"));
    } else {
      out.add(Messages.get(locale, "statistics.method.1"));
      out.add(Messages.get(locale, "statistics.method.2"));
    }
    out.add(Messages.get(locale, "statistics.method.3", region.k()));
    out.add(Messages.get(locale, "statistics.method.4", who, created));
    return out;
  }

  /** Today, in the region's time zone (for the page's default year). */
  public static LocalDate today() {
    return LocalDate.now(MemberService.ZONE);
  }
}

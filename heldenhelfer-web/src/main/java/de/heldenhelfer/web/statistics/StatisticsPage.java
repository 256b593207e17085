package de.heldenhelfer.web.statistics;

import de.heldenhelfer.reports.figures.FigureTable;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.statistics.PlannerReports;
import de.heldenhelfer.statistics.PlannerView;
import de.heldenhelfer.statistics.RegionStatistics;
import de.heldenhelfer.statistics.VolunteeringStatistics;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The planner's statistics page: a view (members by municipality and age group, gender, sports,
 * year-over-year, one municipality, volunteering) chosen with a plain GET form, so every view has
 * its own address; the same tables are offered as xlsx, csv and PDF. Everything shown comes from
 * {@link PlannerReports}, i.e. from figures after disclosure control.
 */
@Named
@RequestScoped
public class StatisticsPage {
  @Inject PlannerReports reports;
  @Inject RegionStatistics region;
  @Inject VolunteeringStatistics volunteering;

  private String view;
  private String stichtag;
  private String year;
  private String ags;

  private PlannerView current;
  private List<FigureTable> tables = List.of();
  private List<LocalDate> stichtage;
  private List<Integer> years;
  private Map<String, String> municipalities;

  /** Reads the choice; anything unknown falls back to the defaults (never an error page). */
  public void load() {
    stichtage = region.stichtage();
    years = volunteering.years();
    municipalities = new java.util.LinkedHashMap<>();
    PlannerView.Kind kind = kind(view);
    LocalDate day = date(stichtag);
    if (day == null || !stichtage.contains(day)) {
      day = stichtage.isEmpty() ? null : stichtage.get(0);
    }
    Integer y = integer(year);
    if (y == null || !years.contains(y)) {
      int thisYear = PlannerReports.today().getYear();
      y = years.isEmpty() || years.contains(thisYear) ? thisYear : years.get(0);
    }
    if (day != null) {
      var figures = region.figures(day, locale());
      for (int r = 0; r < figures.ags().size(); r++) {
        municipalities.put(figures.ags().get(r), figures.byAge().rowLabels().get(r));
      }
    }
    String chosenAgs = ags != null && municipalities.containsKey(ags) ? ags : null;
    if (kind == PlannerView.Kind.MUNICIPALITY && chosenAgs == null) {
      chosenAgs = municipalities.keySet().stream().findFirst().orElse(null);
      if (chosenAgs == null) {
        kind = PlannerView.Kind.MEMBERS_AGE;
      }
    }
    if (day == null && kind != PlannerView.Kind.VOLUNTEERING) {
      return; // no figures yet: the page shows its empty state
    }
    current =
        new PlannerView(kind, day, y, kind == PlannerView.Kind.MUNICIPALITY ? chosenAgs : null);
    view = kind.name();
    stichtag = day == null ? null : day.toString();
    year = String.valueOf(y);
    ags = current.municipality();
    try {
      tables = reports.tables(current, locale());
    } catch (NotFoundException e) {
      tables = List.of();
    }
  }

  public List<PlannerView.Kind> getKinds() {
    return Arrays.asList(PlannerView.Kind.values());
  }

  public PlannerView getCurrent() {
    return current;
  }

  public boolean isStichtagView() {
    return current != null
        && current.kind() != PlannerView.Kind.TREND
        && current.kind() != PlannerView.Kind.VOLUNTEERING;
  }

  public List<FigureTable> getTables() {
    return tables;
  }

  public List<LocalDate> getStichtage() {
    return stichtage;
  }

  public List<Integer> getYears() {
    return years;
  }

  public Map<String, String> getMunicipalities() {
    return municipalities;
  }

  /** The municipality key of a row label of a municipality table, for the drill-down link. */
  public String agsOf(String label) {
    for (Map.Entry<String, String> e : municipalities.entrySet()) {
      if (e.getValue().equals(label) && !RegionStatistics.UNKNOWN_AGS.equals(e.getKey())) {
        return e.getKey();
      }
    }
    return null;
  }

  /** The query string of the current view with {@code format}, for the export links. */
  public String exportQuery(String format) {
    StringBuilder q = new StringBuilder("format=").append(format);
    q.append("&view=").append(current.kind().name());
    if (current.stichtag() != null) {
      q.append("&stichtag=").append(current.stichtag());
    }
    q.append("&year=").append(current.year());
    if (current.municipality() != null) {
      q.append("&ags=").append(URLEncoder.encode(current.municipality(), StandardCharsets.UTF_8));
    }
    return q.toString();
  }

  public List<PlannerReports.LoggedExport> getExportLog() {
    return reports.exportLog(10);
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private static PlannerView.Kind kind(String s) {
    try {
      return s == null ? PlannerView.Kind.MEMBERS_AGE : PlannerView.Kind.valueOf(s);
    } catch (IllegalArgumentException e) {
      return PlannerView.Kind.MEMBERS_AGE;
    }
  }

  private static LocalDate date(String s) {
    try {
      return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Integer integer(String s) {
    try {
      return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public String getView() {
    return view;
  }

  public void setView(String view) {
    this.view = view;
  }

  public String getStichtag() {
    return stichtag;
  }

  public void setStichtag(String stichtag) {
    this.stichtag = stichtag;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }

  public String getAgs() {
    return ags;
  }

  public void setAgs(String ags) {
    this.ags = ags;
  }
}

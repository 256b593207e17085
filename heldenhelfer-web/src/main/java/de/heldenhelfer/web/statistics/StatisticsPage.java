package de.heldenhelfer.web.statistics;

import de.heldenhelfer.statistics.RegionStatistics;
import de.heldenhelfer.statistics.disclosure.PublishedCell;
import de.heldenhelfer.statistics.disclosure.PublishedTable;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** The planner's region table: members by municipality and age group, after disclosure control. */
@Named
@ViewScoped
public class StatisticsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RegionStatistics statistics;

  private LocalDate stichtag;
  private transient List<LocalDate> stichtage;
  private transient PublishedTable table;

  public void show() {
    table = null;
  }

  public List<LocalDate> getStichtage() {
    if (stichtage == null) {
      stichtage = statistics.stichtage();
    }
    return stichtage;
  }

  public LocalDate getStichtag() {
    if (stichtag == null && !getStichtage().isEmpty()) {
      stichtag = getStichtage().get(0);
    }
    return stichtag;
  }

  public void setStichtag(LocalDate stichtag) {
    this.stichtag = stichtag;
  }

  public PublishedTable getTable() {
    if (table == null && getStichtag() != null) {
      table =
          statistics.membersByMunicipalityAndAge(
              getStichtag(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
    return table;
  }

  public List<Integer> getRows() {
    return IntStream.range(0, getTable().rows()).boxed().toList();
  }

  public List<Integer> getColumns() {
    return IntStream.range(0, getTable().columns()).boxed().toList();
  }

  /** A cell as printed: the number, or • when it is suppressed. */
  public String text(PublishedCell cell) {
    return cell.isSuppressed()
        ? PublishedCell.SYMBOL
        : String.format(java.util.Locale.GERMAN, "%,d", cell.value());
  }
}

package de.heldenhelfer.web.statistics;

import de.heldenhelfer.statistics.ClubCensus;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The club board's Bestandserhebung: its own A- and B-Zahlen per Stichtag, and their files. */
@Named
@ViewScoped
public class CensusPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ClubCensus census;

  private LocalDate stichtag;
  private transient List<LocalDate> stichtage;
  private transient ClubCensus.Census figures;

  /** The Stichtage to choose from: the club's, plus this year's 1 January. */
  public List<LocalDate> getStichtage() {
    if (stichtage == null) {
      List<LocalDate> days = new ArrayList<>(census.stichtage());
      LocalDate jan1 = ClubCensus.today().withDayOfYear(1);
      if (!days.contains(jan1)) {
        days.add(0, jan1);
      }
      stichtage = days;
    }
    return stichtage;
  }

  public LocalDate getStichtag() {
    if (stichtag == null) {
      stichtag = getStichtage().get(0);
    }
    return stichtag;
  }

  public void setStichtag(LocalDate stichtag) {
    this.stichtag = stichtag;
  }

  public void show() {
    figures = null;
  }

  /** Counts the club's members again for today and shows them. */
  public void today() {
    stichtag = ClubCensus.today();
    figures = census.census(stichtag, true, locale());
    stichtage = null;
  }

  public ClubCensus.Census getFigures() {
    if (figures == null) {
      figures = census.census(getStichtag(), false, locale());
    }
    return figures;
  }

  private static java.util.Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}

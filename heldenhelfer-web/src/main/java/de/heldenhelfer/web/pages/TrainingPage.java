package de.heldenhelfer.web.pages;

import de.heldenhelfer.club.Municipality;
import de.heldenhelfer.club.ReferenceData;
import de.heldenhelfer.club.Sport;
import de.heldenhelfer.club.TrainingGroup;
import de.heldenhelfer.club.TrainingGroupService;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The club's training groups: list, add, change, remove (board). What the statistics count of
 * facility use comes from here.
 */
@Named
@ViewScoped
public class TrainingPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient TrainingGroupService service;
  @Inject transient ReferenceData reference;

  private Long id;
  private long version;
  private String name;
  private Integer sport;
  private String facility;
  private String municipality;
  private Integer weekday;
  private LocalTime start;
  private LocalTime end;
  private Integer participants;
  private boolean published;
  private transient List<TrainingGroup> groups;

  public List<TrainingGroup> getGroups() {
    if (groups == null) {
      groups = service.groups();
    }
    return groups;
  }

  public List<Sport> getSports() {
    return reference.sports();
  }

  public List<Municipality> getMunicipalities() {
    return reference.municipalities();
  }

  public List<Integer> getWeekdays() {
    return List.of(1, 2, 3, 4, 5, 6, 7);
  }

  public String weekday(int day, Locale locale) {
    return DayOfWeek.of(day).getDisplayName(TextStyle.FULL, locale);
  }

  public String sportName(Integer code, Locale locale) {
    if (code == null) {
      return "–";
    }
    return reference.sports().stream()
        .filter(s -> s.code() == code)
        .map(s -> s.name(locale))
        .findFirst()
        .orElse(String.valueOf(code));
  }

  public String municipalityName(String ags) {
    return reference.municipalities().stream()
        .filter(m -> m.ags().equals(ags))
        .map(Municipality::name)
        .findFirst()
        .orElse(ags);
  }

  /** Loads a group into the form. */
  public void edit(TrainingGroup g) {
    id = g.id();
    version = g.version();
    TrainingGroup.Draft d = g.draft();
    name = d.name();
    sport = d.sportCode();
    facility = d.facility();
    municipality = d.facilityAgs();
    weekday = d.weekday();
    start = d.start();
    end = d.end();
    participants = d.participants();
    published = d.published();
  }

  public void clear() {
    id = null;
    version = 0;
    name = null;
    sport = null;
    facility = null;
    weekday = null;
    start = null;
    end = null;
    participants = null;
    published = false;
  }

  public boolean isEditing() {
    return id != null;
  }

  public void save() {
    boolean created = id == null;
    try {
      TrainingGroup g =
          service.save(
              id,
              version,
              new TrainingGroup.Draft(
                  name,
                  sport,
                  facility,
                  municipality,
                  weekday,
                  start,
                  end,
                  participants,
                  published));
      Texts.info(created ? "training.created" : "training.saved", g.name());
      groups = null;
      clear();
    } catch (ConcurrentChangeException e) {
      // changed meanwhile: nothing was overwritten; the form keeps what was typed
      Texts.error(e);
      groups = null;
    } catch (NotFoundException e) {
      Texts.errorText(Texts.get("training.gone"));
      groups = null;
      id = null;
      version = 0;
    } catch (DomainException e) {
      Texts.error(e);
    }
  }

  public void delete(TrainingGroup g) {
    try {
      service.delete(g.id(), g.version());
      Texts.info("training.deleted", g.name());
      if (g.id().equals(id)) {
        clear();
      }
    } catch (DomainException e) {
      Texts.error(e);
    }
    groups = null;
  }

  public boolean isPublished() {
    return published;
  }

  public void setPublished(boolean published) {
    this.published = published;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getSport() {
    return sport;
  }

  public void setSport(Integer sport) {
    this.sport = sport;
  }

  public String getFacility() {
    return facility;
  }

  public void setFacility(String facility) {
    this.facility = facility;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }

  public Integer getWeekday() {
    return weekday;
  }

  public void setWeekday(Integer weekday) {
    this.weekday = weekday;
  }

  public LocalTime getStart() {
    return start;
  }

  public void setStart(LocalTime start) {
    this.start = start;
  }

  public LocalTime getEnd() {
    return end;
  }

  public void setEnd(LocalTime end) {
    this.end = end;
  }

  public Integer getParticipants() {
    return participants;
  }

  public void setParticipants(Integer participants) {
    this.participants = participants;
  }
}

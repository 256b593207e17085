package de.heldenhelfer.web.pool;

import de.heldenhelfer.club.Municipality;
import de.heldenhelfer.club.ReferenceData;
import de.heldenhelfer.people.VolunteerProfile;
import de.heldenhelfer.pool.Availability;
import de.heldenhelfer.pool.DayPart;
import de.heldenhelfer.pool.NeedCategory;
import de.heldenhelfer.pool.PoolQualification;
import de.heldenhelfer.pool.VolunteerProfileService;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The volunteer's own profile: who may see it, where they live and how far they go, skills and
 * interests, availability (weekly slots and single days), languages, qualifications with expiry,
 * birth date and phone. Contact data reach a club only through a sign-up for one of its needs.
 */
@Named
@ViewScoped
public class VolunteerProfilePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject VolunteerProfileService profiles;
  @Inject ReferenceData reference;

  private boolean existing;
  private String homeAgs;
  private LocalDate birthDate;
  private int radiusKm = 10;
  private VolunteerProfile.Visibility visibility = VolunteerProfile.Visibility.AGENCY;
  private List<String> skills = new ArrayList<>();
  private List<String> interests = new ArrayList<>();
  private String tags;
  private List<String> slots = new ArrayList<>();
  private String dates;
  private String languages;
  private List<String> reach = new ArrayList<>();
  private String phone;
  private final Map<PoolQualification, Boolean> held = new EnumMap<>(PoolQualification.class);
  private final Map<PoolQualification, LocalDate> validUntil =
      new EnumMap<>(PoolQualification.class);
  private transient List<Municipality> municipalities;
  private transient List<VolunteerProfileService.Skill> skillList;

  /** One row of the availability grid. */
  public record DayRow(String label, List<SlotItem> parts) {}

  /** One checkbox of the grid. */
  public record SlotItem(String code, String label) {}

  @PostConstruct
  void init() {
    for (PoolQualification q : PoolQualification.values()) {
      held.put(q, false);
    }
    profiles
        .profile()
        .ifPresent(
            p -> {
              existing = true;
              homeAgs = p.homeAgs();
              birthDate = p.birthDate();
              radiusKm = p.radiusKm();
              visibility = p.visibility();
              // skills outside the maintained list (older or imported profiles) become tags
              java.util.Set<String> codes =
                  getSkillList().stream()
                      .map(VolunteerProfileService.Skill::code)
                      .collect(Collectors.toSet());
              skills = new ArrayList<>(p.skills().stream().filter(codes::contains).toList());
              List<String> free = new ArrayList<>(p.tags());
              p.skills().stream().filter(k -> !codes.contains(k)).forEach(free::add);
              interests = new ArrayList<>(p.interests());
              tags = String.join(", ", free);
              Availability a = Availability.parse(p.availability());
              slots =
                  a.weekly().stream()
                      .map(s -> code(s.day(), s.part()))
                      .collect(Collectors.toList());
              dates =
                  a.dates().stream()
                      .map(de.heldenhelfer.web.faces.DateConverter::format)
                      .collect(Collectors.joining(", "));
              languages = String.join(", ", p.languages());
              reach = new ArrayList<>(p.reachAgs());
              phone = p.phone();
              p.qualifications()
                  .forEach(
                      (k, until) -> {
                        held.put(k, true);
                        validUntil.put(k, until);
                      });
            });
  }

  public void save() {
    Set<LocalDate> oneOff = new TreeSet<>();
    if (dates != null) {
      for (String d : dates.split("[,;\\s]+")) {
        if (d.isBlank()) {
          continue;
        }
        LocalDate parsed = de.heldenhelfer.shared.GermanDates.parse(d.strip()).orElse(null);
        if (parsed == null) {
          Texts.errorText(Texts.get("date.invalid", d.strip()));
          return;
        }
        oneOff.add(parsed);
      }
    }
    Set<Availability.Slot> weekly = new HashSet<>();
    for (String code : slots) {
      String[] parts = code.split("-");
      weekly.add(new Availability.Slot(DayOfWeek.valueOf(parts[0]), DayPart.valueOf(parts[1])));
    }
    Map<PoolQualification, LocalDate> qualifications = new EnumMap<>(PoolQualification.class);
    held.forEach(
        (k, v) -> {
          if (Boolean.TRUE.equals(v)) {
            qualifications.put(k, validUntil.get(k));
          }
        });
    try {
      profiles.save(
          new VolunteerProfileService.ProfileData(
              homeAgs,
              birthDate,
              radiusKm,
              visibility,
              skills,
              interests,
              list(tags),
              Availability.of(weekly, oneOff).encode(),
              list(languages),
              reach,
              phone,
              qualifications));
      existing = true;
      Texts.info("profile.saved");
    } catch (DomainException e) {
      Texts.error(e);
    }
  }

  private static List<String> list(String text) {
    return text == null || text.isBlank()
        ? List.of()
        : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String code(DayOfWeek day, DayPart part) {
    return day.name() + "-" + part.name();
  }

  public List<DayRow> getDayRows() {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    List<DayRow> rows = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      List<SlotItem> items = new ArrayList<>();
      for (DayPart p : DayPart.values()) {
        items.add(
            new SlotItem(
                code(d, p), d.getDisplayName(TextStyle.FULL, locale) + " " + p.label(locale)));
      }
      rows.add(new DayRow(d.getDisplayName(TextStyle.FULL, locale), items));
    }
    return rows;
  }

  public Map<String, String> getSlotItems() {
    Map<String, String> items = new LinkedHashMap<>();
    getDayRows().forEach(r -> r.parts().forEach(i -> items.put(i.label(), i.code())));
    return items;
  }

  public List<Municipality> getMunicipalities() {
    if (municipalities == null) {
      municipalities = reference.municipalities();
    }
    return municipalities;
  }

  public List<VolunteerProfileService.Skill> getSkillList() {
    if (skillList == null) {
      skillList = profiles.skills(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
    return skillList;
  }

  public NeedCategory[] getCategories() {
    return NeedCategory.values();
  }

  public PoolQualification[] getQualificationKinds() {
    return PoolQualification.values();
  }

  public VolunteerProfile.Visibility[] getVisibilities() {
    return VolunteerProfile.Visibility.values();
  }

  public List<Integer> getRadii() {
    return List.of(0, 5, 10, 15, 20, 30, 50, 100);
  }

  public boolean isExisting() {
    return existing;
  }

  public String getHomeAgs() {
    return homeAgs;
  }

  public void setHomeAgs(String homeAgs) {
    this.homeAgs = homeAgs;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public int getRadiusKm() {
    return radiusKm;
  }

  public void setRadiusKm(int radiusKm) {
    this.radiusKm = radiusKm;
  }

  public VolunteerProfile.Visibility getVisibility() {
    return visibility;
  }

  public void setVisibility(VolunteerProfile.Visibility visibility) {
    this.visibility = visibility;
  }

  public List<String> getSkills() {
    return skills;
  }

  public void setSkills(List<String> skills) {
    this.skills = skills;
  }

  public List<String> getInterests() {
    return interests;
  }

  public void setInterests(List<String> interests) {
    this.interests = interests;
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags;
  }

  public List<String> getSlots() {
    return slots;
  }

  public void setSlots(List<String> slots) {
    this.slots = slots;
  }

  public String getDates() {
    return dates;
  }

  public void setDates(String dates) {
    this.dates = dates;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public List<String> getReach() {
    return reach;
  }

  public void setReach(List<String> reach) {
    this.reach = reach;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public Map<PoolQualification, Boolean> getHeld() {
    return held;
  }

  public Map<PoolQualification, LocalDate> getValidUntil() {
    return validUntil;
  }
}

package de.heldenhelfer.web.pool;

import de.heldenhelfer.pool.NeedCategory;
import de.heldenhelfer.pool.NeedDraft;
import de.heldenhelfer.pool.NeedVisibility;
import de.heldenhelfer.pool.PoolQualification;
import de.heldenhelfer.pool.PoolService;
import de.heldenhelfer.pool.ShiftDraft;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;

/** The fields of a need and of one shift, as the club's forms hold them. */
public class NeedForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String title;
  private String description;
  private String ags;
  private String address;
  private NeedCategory category = NeedCategory.FESTIVAL;
  private NeedVisibility visibility = NeedVisibility.POOL;
  private Integer minAge = 0;
  private List<PoolQualification> qualifications = new ArrayList<>();
  private List<String> skills = new ArrayList<>();
  private Integer cancelHours = 24;
  private LocalDate day;
  private LocalTime start;
  private LocalTime end;
  private Integer capacity = 5;
  private String tasks;

  /** The form filled from an existing need (shift fields stay empty). */
  static NeedForm of(PoolService.NeedView n) {
    NeedForm f = new NeedForm();
    f.title = n.title();
    f.description = n.description();
    f.ags = n.ags();
    f.address = n.address();
    f.category = n.category();
    f.visibility = n.visibility();
    f.minAge = n.minAge();
    f.qualifications = new ArrayList<>(n.qualifications());
    f.skills = new ArrayList<>(n.skills());
    f.cancelHours = n.cancelHours();
    return f;
  }

  NeedDraft draft() {
    return new NeedDraft(
        title,
        description,
        ags,
        address,
        category,
        visibility,
        minAge == null ? 0 : minAge,
        qualifications.isEmpty()
            ? EnumSet.noneOf(PoolQualification.class)
            : EnumSet.copyOf(qualifications),
        new LinkedHashSet<>(skills),
        cancelHours == null ? 24 : cancelHours);
  }

  ShiftDraft shift() {
    return new ShiftDraft(day, start, end, capacity == null ? 0 : capacity, tasks);
  }

  void clearShift() {
    day = null;
    start = null;
    end = null;
    tasks = null;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getAgs() {
    return ags;
  }

  public void setAgs(String ags) {
    this.ags = ags;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public NeedCategory getCategory() {
    return category;
  }

  public void setCategory(NeedCategory category) {
    this.category = category;
  }

  public NeedVisibility getVisibility() {
    return visibility;
  }

  public void setVisibility(NeedVisibility visibility) {
    this.visibility = visibility;
  }

  public Integer getMinAge() {
    return minAge;
  }

  public void setMinAge(Integer minAge) {
    this.minAge = minAge;
  }

  public List<PoolQualification> getQualifications() {
    return qualifications;
  }

  public void setQualifications(List<PoolQualification> qualifications) {
    this.qualifications = qualifications;
  }

  public List<String> getSkills() {
    return skills;
  }

  public void setSkills(List<String> skills) {
    this.skills = skills;
  }

  public Integer getCancelHours() {
    return cancelHours;
  }

  public void setCancelHours(Integer cancelHours) {
    this.cancelHours = cancelHours;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
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

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public String getTasks() {
    return tasks;
  }

  public void setTasks(String tasks) {
    this.tasks = tasks;
  }
}

package de.heldenhelfer.web.pool;

import de.heldenhelfer.club.Municipality;
import de.heldenhelfer.club.ReferenceData;
import de.heldenhelfer.pool.NeedCategory;
import de.heldenhelfer.pool.NeedVisibility;
import de.heldenhelfer.pool.PoolQualification;
import de.heldenhelfer.pool.VolunteerProfileService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The choices the need forms offer (municipalities, categories, skills, ...), per request. */
@Named
@RequestScoped
public class NeedChoices {
  @Inject ReferenceData reference;
  @Inject VolunteerProfileService profiles;

  private List<Municipality> municipalities;
  private List<VolunteerProfileService.Skill> skills;

  public List<Municipality> getMunicipalities() {
    if (municipalities == null) {
      municipalities = reference.municipalities();
    }
    return municipalities;
  }

  public List<VolunteerProfileService.Skill> getSkills() {
    if (skills == null) {
      skills = profiles.skills(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
    return skills;
  }

  /**
   * The municipalities as ready select items (value AGS, label name): the busiest pages render them
   * without evaluating two expressions per option.
   */
  public List<SelectItem> getMunicipalityItems() {
    return getMunicipalities().stream().map(m -> new SelectItem(m.ags(), m.name())).toList();
  }

  /** The skills as ready select items (value code, label in the reader's language). */
  public List<SelectItem> getSkillItems() {
    return getSkills().stream().map(s -> new SelectItem(s.code(), s.label())).toList();
  }

  /** The categories as ready select items in the reader's language. */
  public List<SelectItem> getCategoryItems() {
    java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return java.util.Arrays.stream(NeedCategory.values())
        .map(c -> new SelectItem(c, c.label(locale)))
        .toList();
  }

  public NeedVisibility[] getVisibilities() {
    return NeedVisibility.values();
  }

  public PoolQualification[] getQualifications() {
    return PoolQualification.values();
  }
}

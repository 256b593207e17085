package de.heldenhelfer.web.pages;

import de.heldenhelfer.club.ClubService;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The club's profile; the board edits contact and description. */
@Named
@ViewScoped
public class ClubProfilePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ClubService clubs;

  private ClubService.ClubProfile profile;
  private String email;
  private String phone;
  private String website;
  private String purpose;
  private String description;

  @PostConstruct
  void init() {
    show(clubs.currentClub());
  }

  public void save() {
    try {
      clubs.changeProfile(profile.version(), email, phone, website, purpose, description);
      show(clubs.currentClub());
      Texts.info("club.saved");
    } catch (DomainException e) {
      Texts.error(e);
    }
  }

  private void show(ClubService.ClubProfile p) {
    profile = p;
    email = p.email();
    phone = p.phone();
    website = p.website();
    purpose = p.purpose();
    description = p.publicDescription();
  }

  public ClubService.ClubProfile getProfile() {
    return profile;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}

package de.heldenhelfer.web.directory;

import de.heldenhelfer.club.ClubKind;
import de.heldenhelfer.club.Municipality;
import de.heldenhelfer.club.ReferenceData;
import de.heldenhelfer.directory.ClubRegistration;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** The public form a club applies with (no login). */
@Named
@ViewScoped
public class ClubRegistrationPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ClubRegistration registration;
  @Inject transient ReferenceData reference;

  private String clubName;
  private String registerNumber;
  private String municipality;
  private ClubKind kind;
  private String clubEmail;
  private String firstName;
  private String lastName;
  private String email;
  private boolean sent;

  public void apply() {
    try {
      registration.apply(
          new ClubRegistration.Application(
              clubName, registerNumber, municipality, kind, clubEmail, firstName, lastName, email),
          FacesContext.getCurrentInstance().getViewRoot().getLocale());
      sent = true;
      Texts.info("registerClub.sent", clubName.strip());
    } catch (DomainException e) {
      Texts.error(e);
    }
  }

  public List<Municipality> getMunicipalities() {
    return reference.municipalities();
  }

  public List<ClubKind> getKinds() {
    return Arrays.asList(ClubKind.values());
  }

  public boolean isSent() {
    return sent;
  }

  public String getClubName() {
    return clubName;
  }

  public void setClubName(String clubName) {
    this.clubName = clubName;
  }

  public String getRegisterNumber() {
    return registerNumber;
  }

  public void setRegisterNumber(String registerNumber) {
    this.registerNumber = registerNumber;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }

  public ClubKind getKind() {
    return kind;
  }

  public void setKind(ClubKind kind) {
    this.kind = kind;
  }

  public String getClubEmail() {
    return clubEmail;
  }

  public void setClubEmail(String clubEmail) {
    this.clubEmail = clubEmail;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}

package de.heldenhelfer.web.pages;

import de.heldenhelfer.security.ClubRole;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.security.RegionRole;
import de.heldenhelfer.web.session.UserSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/** The frame around every page: club switcher, language and user menu. */
@Named
@RequestScoped
public class Shell {
  @Inject UserSession session;

  private Long clubChoice;

  public List<Principal.ClubMembership> getClubs() {
    return session.principal().map(Principal::clubs).orElse(List.of());
  }

  public Principal.ClubMembership getSelectedClub() {
    return session.selectedClub().orElse(null);
  }

  public Long getClubChoice() {
    return clubChoice != null ? clubChoice : session.getSelectedClubId();
  }

  public void setClubChoice(Long clubChoice) {
    this.clubChoice = clubChoice;
  }

  /** Switches to the chosen club and reloads the dashboard for it. */
  public void switchClub() throws IOException {
    if (clubChoice != null) {
      session.switchClub(clubChoice);
    }
    redirect("/app/dashboard.xhtml");
  }

  public String roleNames(Principal.ClubMembership club) {
    return club.roles().stream()
        .map(ClubRole::name)
        .map(r -> de.heldenhelfer.web.faces.Texts.get("role." + r))
        .collect(Collectors.joining(", "));
  }

  public List<RegionRole> getRegionRoles() {
    return session.principal().map(p -> List.copyOf(p.regionRoles())).orElse(List.of());
  }

  /** A date as people here write it (01.05.2024), or an empty text for none. */
  public String date(java.time.LocalDate date) {
    return de.heldenhelfer.web.faces.DateConverter.format(date);
  }

  /** A time of day as people here write it (09:30). */
  public String time(java.time.LocalTime time) {
    return de.heldenhelfer.web.faces.TimeConverter.format(time);
  }

  /** Hours as people here write them (2,5). */
  public String hours(Double hours) {
    if (hours == null) {
      return "";
    }
    java.text.NumberFormat f =
        java.text.NumberFormat.getNumberInstance(
            "en".equals(getLanguage()) ? java.util.Locale.ENGLISH : java.util.Locale.GERMAN);
    f.setMaximumFractionDigits(2);
    return f.format(hours);
  }

  /** A time stamp as people here write it (01.05.2024 14:30). */
  public String dateTime(java.time.LocalDateTime time) {
    return time == null
        ? ""
        : time.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"));
  }

  /** A file size as people read it ("12 KB", "1,5 MB"). */
  public String fileSize(long bytes) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
    return de.heldenhelfer.documents.DocumentService.megabytes(bytes);
  }

  /** A text of the domain's message bundle in the page's language. */
  public String message(String key) {
    return de.heldenhelfer.shared.Messages.get(
        jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale(), key);
  }

  public String getLanguage() {
    return session.getLocale().getLanguage();
  }

  private static void redirect(String path) throws IOException {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    ec.redirect(ec.getRequestContextPath() + path);
  }
}

package de.heldenhelfer.web.session;

import de.heldenhelfer.security.Principal;
import de.heldenhelfer.shared.AccessDeniedException;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

/**
 * What the web session remembers between requests: who is signed in, the club chosen in the header
 * and the language. Nothing else lives in the session.
 */
@SessionScoped
@Named("userSession")
public class UserSession implements Serializable {
  private static final long serialVersionUID = 1L;

  private Principal principal;
  private Long selectedClubId;
  private Locale locale;

  public Optional<Principal> principal() {
    return Optional.ofNullable(principal);
  }

  public Principal getPrincipal() {
    return principal;
  }

  public boolean isSignedIn() {
    return principal != null;
  }

  /** Starts the session for {@code principal}; selects the club where they are board, if any. */
  public void signIn(Principal principal) {
    this.principal = principal;
    this.selectedClubId =
        principal.clubs().stream()
            .filter(Principal.ClubMembership::isBoard)
            .findFirst()
            .or(() -> principal.clubs().stream().findFirst())
            .map(Principal.ClubMembership::clubId)
            .orElse(null);
  }

  public Long getSelectedClubId() {
    return selectedClubId;
  }

  /** The selected club with the person's roles there, if a club is selected. */
  public Optional<Principal.ClubMembership> selectedClub() {
    return principal == null || selectedClubId == null
        ? Optional.empty()
        : principal.club(selectedClubId);
  }

  /** Switches to another of the person's clubs; refuses clubs they do not belong to. */
  public void switchClub(long clubId) {
    if (principal == null || principal.club(clubId).isEmpty()) {
      throw new AccessDeniedException();
    }
    this.selectedClubId = clubId;
  }

  public Locale getLocale() {
    return locale == null ? Locale.GERMAN : locale;
  }

  public boolean isLocaleChosen() {
    return locale != null;
  }

  public void setLocale(Locale locale) {
    this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
  }
}

package de.heldenhelfer.tenancy;

import de.heldenhelfer.shared.AccessDeniedException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The club (tenant) of the current request. It is set once per request by the web layer, from the
 * signed-in person and the club chosen in the header, and lives only as long as the request. The
 * entity manager of a transaction filters all club-private entities by it (see {@link
 * ClubPersistence}).
 */
@RequestScoped
public class TenantContext {
  private Long clubId;

  public Optional<Long> clubId() {
    return Optional.ofNullable(clubId);
  }

  /** The current club, or an access failure when no club is selected. */
  public long requireClubId() {
    if (clubId == null) {
      throw new AccessDeniedException();
    }
    return clubId;
  }

  /** Selects the club for this request; the caller has checked that the person belongs to it. */
  public void enter(long clubId) {
    if (this.clubId != null && this.clubId != clubId) {
      throw new IllegalStateException("A request works in one club only");
    }
    this.clubId = clubId;
  }
}

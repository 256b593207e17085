package de.heldenhelfer.club;

import de.heldenhelfer.security.Permission;
import de.heldenhelfer.shared.Labelled;
import de.heldenhelfer.shared.Messages;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A Keycloak client (client-credentials grant) that the board authorised to work with its club
 * through the API – for example the club's own member software. Not club-private in the tenancy
 * sense: the API authenticates clients before any club is entered, so the service filters by club
 * itself.
 */
@Entity
@Table(name = "club_api_client")
public class ApiClient {
  /** What an authorised client may do; always within the club's member data. */
  public enum Access implements Labelled {
    /** Read the member list and single members. */
    READ(EnumSet.of(Permission.CLUB_VIEW, Permission.MEMBER_READ, Permission.MEMBER_EXPORT)),
    /** Read, and import members (the import checks and writes like the page). */
    IMPORT(
        EnumSet.of(
            Permission.CLUB_VIEW,
            Permission.MEMBER_READ,
            Permission.MEMBER_EXPORT,
            Permission.MEMBER_WRITE,
            Permission.MEMBER_IMPORT));

    private final Set<Permission> permissions;

    Access(Set<Permission> permissions) {
      this.permissions = permissions;
    }

    public Set<Permission> permissions() {
      return permissions;
    }

    @Override
    public String label(Locale locale) {
      return Messages.get(locale, "apiClient.access." + name().toLowerCase(Locale.ROOT));
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "club_id")
  private long clubId;

  @Column(name = "client_id")
  private String clientId;

  private String label;

  @Enumerated(EnumType.STRING)
  private Access access;

  @Column(name = "authorised_by")
  private long authorisedBy;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "last_used_at")
  private LocalDateTime lastUsedAt;

  protected ApiClient() {}

  ApiClient(
      long clubId,
      String clientId,
      String label,
      Access access,
      long authorisedBy,
      LocalDateTime createdAt) {
    this.clubId = clubId;
    this.clientId = clientId;
    this.label = label;
    this.access = access;
    this.authorisedBy = authorisedBy;
    this.createdAt = createdAt;
  }

  /** Records a use, at most once a minute (tokens are checked on every call). */
  void used(LocalDateTime now) {
    if (lastUsedAt == null || lastUsedAt.isBefore(now.minusMinutes(1))) {
      lastUsedAt = now;
    }
  }

  public Long id() {
    return id;
  }

  public long clubId() {
    return clubId;
  }

  public String clientId() {
    return clientId;
  }

  public String label() {
    return label;
  }

  public Access access() {
    return access;
  }

  public long authorisedBy() {
    return authorisedBy;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public LocalDateTime lastUsedAt() {
    return lastUsedAt;
  }
}

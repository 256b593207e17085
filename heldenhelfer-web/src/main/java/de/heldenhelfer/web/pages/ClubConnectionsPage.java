package de.heldenhelfer.web.pages;

import de.heldenhelfer.club.ApiClient;
import de.heldenhelfer.club.ApiClientService;
import de.heldenhelfer.directory.ClubEventFeed;
import de.heldenhelfer.security.Authorizer;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The club page's connections to the outside: the calendar feed of the club's public events and the
 * API clients the board authorised. Each part loads only for those allowed to manage it.
 */
@Named
@ViewScoped
public class ClubConnectionsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ClubEventFeed feeds;
  @Inject ApiClientService apiClients;
  @Inject Authorizer authorizer;

  private String feedUrl;
  private transient LocalDateTime feedCreatedAt;
  private transient boolean feedLoaded;
  private transient List<ApiClientService.ClientView> clients;
  private String clientId;
  private String label;
  private ApiClient.Access access = ApiClient.Access.READ;

  public void renewFeed() {
    feedUrl = feeds.renew();
    feedLoaded = false;
    Texts.info("club.feed.renewed");
  }

  public void deleteFeed() {
    feeds.delete();
    feedUrl = null;
    feedLoaded = false;
    Texts.info("club.feed.deleted");
  }

  public LocalDateTime getFeedCreatedAt() {
    if (!feedLoaded && authorizer.can(Permission.CLUB_EDIT)) {
      feedCreatedAt = feeds.createdAt().orElse(null);
      feedLoaded = true;
    }
    return feedCreatedAt;
  }

  public String getFeedUrl() {
    return feedUrl;
  }

  public List<ApiClientService.ClientView> getClients() {
    if (clients == null) {
      clients = authorizer.can(Permission.ROLE_MANAGE) ? apiClients.clients() : List.of();
    }
    return clients;
  }

  public void authorise() {
    try {
      apiClients.authorise(clientId, label, access);
      Texts.info("club.api.authorised", clientId.strip());
      clientId = null;
      label = null;
      access = ApiClient.Access.READ;
      clients = null;
    } catch (DomainException e) {
      Texts.error(e);
    }
  }

  public void revoke(ApiClientService.ClientView client) {
    try {
      apiClients.revoke(client.id());
      Texts.info("club.api.revoked", client.clientId());
    } catch (DomainException e) {
      Texts.error(e);
    }
    clients = null;
  }

  public ApiClient.Access[] getAccessLevels() {
    return ApiClient.Access.values();
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public ApiClient.Access getAccess() {
    return access;
  }

  public void setAccess(ApiClient.Access access) {
    this.access = access;
  }
}

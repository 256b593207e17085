package de.heldenhelfer.web.servicedesk;

import de.heldenhelfer.servicedesk.AnnouncementService;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The announcements of the service desk addressed to the club, unread first. */
@Named
@ViewScoped
public class AnnouncementsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AnnouncementService announcements;

  private transient List<AnnouncementService.ClubView> rows;

  public void markRead(long id) {
    try {
      announcements.markRead(id);
      Texts.info("announcements.marked");
    } catch (DomainException e) {
      Texts.error(e);
    }
    rows = null;
  }

  public void markAllRead() {
    announcements.markAllRead();
    Texts.info("announcements.allMarked");
    rows = null;
  }

  public List<AnnouncementService.ClubView> getRows() {
    if (rows == null) {
      rows = announcements.forClub();
    }
    return rows;
  }

  public long getUnread() {
    return getRows().stream().filter(a -> !a.read()).count();
  }
}

package de.heldenhelfer.web.servicedesk;

import de.heldenhelfer.club.ClubKind;
import de.heldenhelfer.club.Municipality;
import de.heldenhelfer.club.ReferenceData;
import de.heldenhelfer.club.Sport;
import de.heldenhelfer.servicedesk.AnnouncementService;
import de.heldenhelfer.servicedesk.AnnouncementTopic;
import de.heldenhelfer.servicedesk.Audience;
import de.heldenhelfer.servicedesk.RequestService;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * The service desk's announcements: what was published with its read figures, and a form to write
 * one, choose its audience (municipalities, kinds of club, sports, number of members) with a
 * preview of how many clubs it reaches, attach files and publish.
 */
@Named
@ViewScoped
public class DeskAnnouncementsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AnnouncementService announcements;
  @Inject ReferenceData reference;

  private AnnouncementTopic topic = AnnouncementTopic.OTHER;
  private String title;
  private String body;
  private LocalDate expires;
  private String[] municipalities = new String[0];
  private ClubKind[] kinds = new ClubKind[0];
  private Integer[] sports = new Integer[0];
  private Integer minMembers;
  private Integer maxMembers;
  private transient List<Part> files;

  private String preview;
  private transient List<AnnouncementService.DeskRow> rows;
  private transient List<Municipality> municipalityChoices;
  private transient List<Sport> sportChoices;

  /** How many clubs the chosen audience reaches, with the first names. */
  public void preview() {
    try {
      AnnouncementService.Preview p = announcements.preview(audience(), locale());
      preview = previewText(p);
    } catch (DomainException e) {
      preview = null;
      Texts.error(e);
    }
  }

  private static String previewText(AnnouncementService.Preview p) {
    if (p.clubs() == 0) {
      return Texts.get("deskAnnouncements.preview.none");
    }
    String names = String.join(", ", p.sample()) + (p.sample().size() < p.clubs() ? " …" : "");
    return Texts.get("deskAnnouncements.preview.text", p.clubs(), names, p.label());
  }

  public String publish() {
    List<RequestService.Upload> uploads;
    try {
      uploads = DeskRequestPage.uploads(files);
    } catch (UncheckedIOException e) {
      Texts.errorText(Texts.get("desk.files.readFailed"));
      return null;
    }
    try {
      long id =
          announcements.publish(
              new AnnouncementService.Draft(topic, title, body, expires), audience(), uploads);
      long clubs =
          announcements.deskList().stream()
              .filter(r -> r.id() == id)
              .mapToLong(AnnouncementService.DeskRow::addressed)
              .findFirst()
              .orElse(0);
      Texts.info("deskAnnouncements.published", title == null ? "" : title.strip(), clubs);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/app/desk-announcements?faces-redirect=true";
    } catch (DomainException e) {
      Texts.error(e);
    }
    return null;
  }

  private Audience audience() {
    return new Audience(
        new HashSet<>(Arrays.asList(municipalities)),
        new HashSet<>(Arrays.asList(kinds)),
        new HashSet<>(Arrays.asList(sports)),
        minMembers,
        maxMembers);
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  // ------------------------------------------------------------------------- for the page

  public List<AnnouncementService.DeskRow> getRows() {
    if (rows == null) {
      rows = announcements.deskList();
    }
    return rows;
  }

  /** Read share in whole percent. */
  public long percent(AnnouncementService.DeskRow r) {
    return r.addressed() == 0 ? 0 : Math.round(r.read() * 100.0 / r.addressed());
  }

  public AnnouncementTopic[] getTopics() {
    return AnnouncementTopic.values();
  }

  public ClubKind[] getKindChoices() {
    return ClubKind.values();
  }

  public List<Municipality> getMunicipalityChoices() {
    if (municipalityChoices == null) {
      municipalityChoices = reference.municipalities();
    }
    return municipalityChoices;
  }

  public List<Sport> getSportChoices() {
    if (sportChoices == null) {
      Locale locale = locale();
      sportChoices =
          reference.sports().stream()
              .sorted(
                  java.util.Comparator.comparing(
                      (Sport s) -> s.name(locale), java.text.Collator.getInstance(locale)))
              .toList();
    }
    return sportChoices;
  }

  public int getMaxAttachments() {
    return RequestService.MAX_ATTACHMENTS;
  }

  // ------------------------------------------------------------------------- properties

  public String getPreview() {
    return preview;
  }

  public AnnouncementTopic getTopic() {
    return topic;
  }

  public void setTopic(AnnouncementTopic topic) {
    this.topic = topic;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public LocalDate getExpires() {
    return expires;
  }

  public void setExpires(LocalDate expires) {
    this.expires = expires;
  }

  public String[] getMunicipalities() {
    return municipalities;
  }

  public void setMunicipalities(String[] municipalities) {
    this.municipalities = municipalities == null ? new String[0] : municipalities;
  }

  public ClubKind[] getKinds() {
    return kinds;
  }

  public void setKinds(ClubKind[] kinds) {
    this.kinds = kinds == null ? new ClubKind[0] : kinds;
  }

  public Integer[] getSports() {
    return sports;
  }

  public void setSports(Integer[] sports) {
    this.sports = sports == null ? new Integer[0] : sports;
  }

  public Integer getMinMembers() {
    return minMembers;
  }

  public void setMinMembers(Integer minMembers) {
    this.minMembers = minMembers;
  }

  public Integer getMaxMembers() {
    return maxMembers;
  }

  public void setMaxMembers(Integer maxMembers) {
    this.maxMembers = maxMembers;
  }

  public List<Part> getFiles() {
    return files;
  }

  public void setFiles(List<Part> files) {
    this.files = files;
  }
}

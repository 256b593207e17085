package de.heldenhelfer.web.directory;

import de.heldenhelfer.directory.DirectoryService;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

/** A verified club's public page at /vereine/{slug}, with the contact form. */
@Named
@ViewScoped
public class ClubPublicPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient DirectoryService directory;

  private String slug;
  private transient DirectoryService.Profile profile;
  private String senderName;
  private String senderEmail;
  private String message;
  private boolean sent;

  public void load() {
    profile = directory.club(slug, locale());
  }

  public DirectoryService.Profile getProfile() {
    if (profile == null) {
      load();
    }
    return profile;
  }

  /** A short description for search engines (meta description). */
  public String getMetaDescription() {
    DirectoryService.Profile p = getProfile();
    String text = p.purpose() != null && !p.purpose().isBlank() ? p.purpose() : p.description();
    String base = p.name() + ", " + p.municipality() + (text == null ? "" : ": " + text.strip());
    return base.length() > 155 ? base.substring(0, 154) + "…" : base;
  }

  /**
   * schema.org Organization markup (JSON-LD) with the club's public needs as its events, values
   * escaped for JSON in a script element.
   */
  public String getJsonLd() {
    DirectoryService.Profile p = getProfile();
    StringBuilder s =
        new StringBuilder("{\"@context\":\"https://schema.org\",\"@type\":\"SportsOrganization\"");
    if (p.kind() != de.heldenhelfer.club.ClubKind.SPORT) {
      s = new StringBuilder("{\"@context\":\"https://schema.org\",\"@type\":\"Organization\"");
    }
    s.append(",\"name\":").append(json(p.name()));
    s.append(",\"address\":{\"@type\":\"PostalAddress\",\"addressLocality\":")
        .append(json(p.municipality()))
        .append(",\"addressRegion\":\"Bayern\",\"addressCountry\":\"DE\"}");
    if (p.description() != null) {
      s.append(",\"description\":").append(json(p.description()));
    }
    if (p.website() != null && !p.website().isBlank()) {
      s.append(",\"url\":").append(json(p.website()));
    }
    if (p.foundedYear() != null) {
      s.append(",\"foundingDate\":").append(json(String.valueOf(p.foundedYear())));
    }
    if (!p.needs().isEmpty()) {
      s.append(",\"event\":[");
      String sep = "";
      for (var n : p.needs()) {
        s.append(sep)
            .append("{\"@type\":\"Event\",\"name\":")
            .append(json(n.title()))
            .append(",\"startDate\":")
            .append(json(n.firstDay().toString()))
            .append(",\"endDate\":")
            .append(json(n.lastDay().toString()))
            .append(",\"eventStatus\":\"https://schema.org/EventScheduled\"")
            .append(",\"location\":{\"@type\":\"Place\",\"name\":")
            .append(json(n.municipality()))
            .append(",\"address\":{\"@type\":\"PostalAddress\",\"addressLocality\":")
            .append(json(n.municipality()))
            .append(",\"addressCountry\":\"DE\"}},\"organizer\":{\"@type\":\"Organization\",")
            .append("\"name\":")
            .append(json(p.name()))
            .append("}}");
        sep = ",";
      }
      s.append(']');
    }
    return s.append('}').toString();
  }

  static String json(String value) {
    StringBuilder s = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '<' -> s.append("\\u003c");
        case '>' -> s.append("\\u003e");
        case '&' -> s.append("\\u0026");
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        default -> {
          if (c < 0x20) {
            s.append(String.format("\\u%04x", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.append('"').toString();
  }

  public String weekday(int day) {
    return DayOfWeek.of(day).getDisplayName(TextStyle.FULL, locale());
  }

  public void send() {
    try {
      if (directory.contact(slug, senderName, senderEmail, message)) {
        sent = true;
        message = null;
        Texts.info("clubPage.contact.sent");
      } else {
        Texts.errorText(Texts.get("clubPage.contact.noAddress"));
      }
    } catch (DomainException e) {
      Texts.error(e);
    }
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getSenderName() {
    return senderName;
  }

  public void setSenderName(String senderName) {
    this.senderName = senderName;
  }

  public String getSenderEmail() {
    return senderEmail;
  }

  public void setSenderEmail(String senderEmail) {
    this.senderEmail = senderEmail;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public boolean isSent() {
    return sent;
  }
}

package de.heldenhelfer.web.directory;

import de.heldenhelfer.club.ClubKind;
import de.heldenhelfer.directory.DirectoryService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The public club directory: search by name and purpose, filter by municipality, kind and sport,
 * sort by distance from a municipality. A plain GET form, so every search has its own address.
 */
@Named
@RequestScoped
public class DirectoryPage {
  @Inject DirectoryService directory;

  private String q;
  private String ags;
  private String kind;
  private String sport;
  private String near;
  private String page;
  private DirectoryService.Page result;

  public void load() {
    ClubKind k = null;
    try {
      k = kind == null || kind.isBlank() ? null : ClubKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      kind = null;
    }
    result =
        directory.search(
            new DirectoryService.Query(
                q,
                blank(ags),
                k,
                number(sport),
                blank(near),
                number(page) == null ? 0 : number(page) - 1),
            FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public DirectoryService.Page getResult() {
    return result;
  }

  public List<ClubKind> getKinds() {
    return Arrays.asList(ClubKind.values());
  }

  /** The address of another page of the same search. */
  public String pageQuery(int onePage) {
    StringBuilder s = new StringBuilder("?page=").append(onePage);
    append(s, "q", q);
    append(s, "ags", ags);
    append(s, "kind", kind);
    append(s, "sport", sport);
    append(s, "near", near);
    return s.toString();
  }

  private static void append(StringBuilder s, String name, String value) {
    if (value != null && !value.isBlank()) {
      s.append('&')
          .append(name)
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static Integer number(String s) {
    try {
      return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getAgs() {
    return ags;
  }

  public void setAgs(String ags) {
    this.ags = ags;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getSport() {
    return sport;
  }

  public void setSport(String sport) {
    this.sport = sport;
  }

  public String getNear() {
    return near;
  }

  public void setNear(String near) {
    this.near = near;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}

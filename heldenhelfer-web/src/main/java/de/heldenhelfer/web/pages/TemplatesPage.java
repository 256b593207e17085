package de.heldenhelfer.web.pages;

import de.heldenhelfer.paperwork.ClubTemplate;
import de.heldenhelfer.paperwork.TemplateService;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The template library: the service desk's templates and the club's own copies. */
@Named
@ViewScoped
public class TemplatesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TemplateService templates;

  private String category;
  private String newCode;
  private String newSource = SKELETON;

  /** The start of a new template's text, following docs/templates.md. */
  static final String SKELETON =
      "title: Neue Vorlage\n"
          + "category: LETTER\n"
          + "description: Wofür die Vorlage gedacht ist.\n"
          + "legal-basis: \n"
          + "formats: pdf, docx\n"
          + "input: datum | DATE | Datum\n"
          + "===\n"
          + "{{club.name}}\n"
          + "{{club.address}}\n"
          + "\n"
          + "[right]\n"
          + "{{club.city}}, {{today}}\n"
          + "\n"
          + "# Betreff\n"
          + "\n"
          + "Text mit {{input.datum}}.\n";

  private transient TemplateService.Library library;

  public TemplateService.Library getLibrary() {
    if (library == null) {
      library = templates.library();
    }
    return library;
  }

  /** The central templates, filtered by category. */
  public List<TemplateService.CentralEntry> getCentral() {
    return getLibrary().central().stream()
        .filter(c -> category == null || category.isEmpty() || category.equals(c.category()))
        .toList();
  }

  public List<String> getCategories() {
    return getLibrary().central().stream()
        .map(TemplateService.CentralEntry::category)
        .distinct()
        .sorted()
        .toList();
  }

  /** Copies a central template into the club and opens the copy for editing. */
  public void copy(String code) throws IOException {
    try {
      ClubTemplate c = templates.copy(code);
      ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
      Texts.info("templates.copied", c.title());
      ext.getFlash().setKeepMessages(true);
      ext.redirect(ext.getRequestContextPath() + "/app/template.xhtml?copy=" + c.id());
    } catch (DomainException e) {
      Texts.error(e);
    }
  }

  /** The service desk adds a template; its text page opens. */
  public void create() throws IOException {
    try {
      var t = templates.createCentral(newCode, newSource);
      ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
      Texts.info("templates.created", t.title());
      ext.getFlash().setKeepMessages(true);
      ext.redirect(ext.getRequestContextPath() + "/app/template.xhtml?code=" + t.code());
    } catch (DomainException e) {
      Texts.error(e);
    }
  }

  public String getNewCode() {
    return newCode;
  }

  public void setNewCode(String newCode) {
    this.newCode = newCode;
  }

  public String getNewSource() {
    return newSource;
  }

  public void setNewSource(String newSource) {
    this.newSource = newSource;
  }

  public String categoryLabel(String category) {
    return Texts.get("template.category." + category);
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public Locale getLocale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}

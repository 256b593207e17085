package de.heldenhelfer.web.pages;

import de.heldenhelfer.paperwork.ClubTemplate;
import de.heldenhelfer.paperwork.TemplateService;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * One template's text: a central template (read by clubs, edited by the service desk into a new
 * version) or a club copy (edited by the board, refreshed from a newer central version). The text
 * is checked on save; errors name their lines.
 */
@Named
@ViewScoped
public class TemplatePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TemplateService templates;

  private String code;
  private String copy;
  private long version;
  private String title;
  private String source;
  private String note;
  private transient TemplateService.Central central;
  private transient ClubTemplate clubCopy;

  public void load() {
    if (copyId() != null) {
      showCopy(templates.clubTemplate(copyId()));
    } else if (code != null && !code.isBlank()) {
      showCentral(templates.central(code));
    } else {
      throw new NotFoundException();
    }
  }

  public void save() {
    try {
      if (copyId() != null) {
        showCopy(templates.saveCopy(copyId(), version, source));
        Texts.info("template.saved");
      } else {
        int number = templates.saveCentral(code, version, source, note);
        showCentral(templates.central(code));
        note = null;
        Texts.info("template.savedVersion", number);
      }
    } catch (RuleViolationException | ConcurrentChangeException e) {
      Texts.error(e);
    }
  }

  public void rebase() {
    try {
      showCopy(templates.rebaseCopy(copyId(), version));
      Texts.info("template.rebased");
    } catch (RuleViolationException | ConcurrentChangeException e) {
      Texts.error(e);
    }
  }

  public void delete() throws IOException {
    try {
      templates.deleteCopy(copyId(), version);
      ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
      Texts.info("template.deleted");
      ext.getFlash().setKeepMessages(true);
      ext.redirect(ext.getRequestContextPath() + "/app/templates.xhtml");
    } catch (RuleViolationException | ConcurrentChangeException e) {
      Texts.error(e);
    }
  }

  private void showCentral(TemplateService.Central c) {
    central = c;
    version = c.version();
    title = c.title();
    source = c.source();
  }

  private void showCopy(ClubTemplate c) {
    clubCopy = c;
    version = c.version();
    title = c.title();
    source = c.source();
  }

  private Long copyId() {
    if (copy == null || copy.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(copy.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException();
    }
  }

  public boolean isCopyView() {
    return copyId() != null;
  }

  public TemplateService.Central getCentral() {
    if (central == null && copyId() == null && code != null) {
      central = templates.central(code);
    }
    return central;
  }

  public ClubTemplate getClubCopy() {
    if (clubCopy == null && copyId() != null) {
      clubCopy = templates.clubTemplate(copyId());
    }
    return clubCopy;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getCopy() {
    return copy;
  }

  public void setCopy(String copy) {
    this.copy = copy;
  }

  public String getTitle() {
    return title;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}

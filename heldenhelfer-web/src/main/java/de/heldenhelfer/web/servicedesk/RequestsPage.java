package de.heldenhelfer.web.servicedesk;

import de.heldenhelfer.servicedesk.RequestCategory;
import de.heldenhelfer.servicedesk.RequestService;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/** The club's requests to the Servicestelle Ehrenamt and the form for a new one. */
@Named
@ViewScoped
public class RequestsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RequestService requests;

  private RequestCategory category;
  private String subject;
  private String message;
  private transient List<Part> files;
  private transient List<RequestService.RequestRow> rows;

  public void open() throws IOException {
    try {
      long id =
          requests.open(
              new RequestService.RequestDraft(category, subject, message), Uploads.of(files));
      ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
      ext.getFlash().setKeepMessages(true);
      Texts.info("requests.opened");
      ext.redirect(ext.getRequestContextPath() + "/app/request.xhtml?id=" + id);
    } catch (DomainException e) {
      Texts.error(e);
    } catch (UncheckedIOException e) {
      Texts.errorText(Texts.get("documents.readFailed"));
    }
  }

  public List<RequestService.RequestRow> getRows() {
    if (rows == null) {
      rows = requests.clubRequests();
    }
    return rows;
  }

  public RequestCategory[] getCategories() {
    return RequestCategory.values();
  }

  public RequestCategory getCategory() {
    return category;
  }

  public void setCategory(RequestCategory category) {
    this.category = category;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public List<Part> getFiles() {
    return files;
  }

  public void setFiles(List<Part> files) {
    this.files = files;
  }
}

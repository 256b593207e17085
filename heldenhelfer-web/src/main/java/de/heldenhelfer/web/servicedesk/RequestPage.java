package de.heldenhelfer.web.servicedesk;

import de.heldenhelfer.servicedesk.RequestService;
import de.heldenhelfer.servicedesk.RequestStatus;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.web.faces.Texts;
import de.heldenhelfer.web.faces.ViewIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/** One of the club's requests: the thread, the answer form, reopening, the history. */
@Named
@ViewScoped
public class RequestPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RequestService requests;

  private String id;
  private String body;
  private transient List<Part> files;
  private transient RequestService.RequestView request;

  public void load() {
    request = requests.clubRequest(ViewIds.parse(id));
  }

  public void reply() {
    try {
      requests.clubReply(ViewIds.parse(id), body, Uploads.of(files));
      body = null;
      Texts.info("request.replied");
    } catch (DomainException e) {
      Texts.error(e);
    } catch (UncheckedIOException e) {
      Texts.errorText(Texts.get("documents.readFailed"));
    }
    request = null;
  }

  public void reopen() {
    try {
      requests.reopen(ViewIds.parse(id));
      Texts.info("request.reopened");
    } catch (DomainException e) {
      Texts.error(e);
    }
    request = null;
  }

  public RequestService.RequestView getRequest() {
    if (request == null) {
      load();
    }
    return request;
  }

  public boolean isDone() {
    return getRequest().status() == RequestStatus.DONE;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public List<Part> getFiles() {
    return files;
  }

  public void setFiles(List<Part> files) {
    this.files = files;
  }
}

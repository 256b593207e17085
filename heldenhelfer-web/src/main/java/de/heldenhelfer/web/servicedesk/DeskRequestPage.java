package de.heldenhelfer.web.servicedesk;

import de.heldenhelfer.servicedesk.RequestService;
import de.heldenhelfer.servicedesk.RequestStatus;
import de.heldenhelfer.servicedesk.TextBlock;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.web.faces.Texts;
import de.heldenhelfer.web.faces.ViewIds;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One request as the service desk works on it: the facts, the thread with attachments, an answer
 * (text blocks can be inserted, a new status set with it, files attached), a status change alone,
 * the assignment and the history. Every change carries the version read with the page; a stale one
 * is refused with a message and the page shows the request as it is now.
 */
@Named
@ViewScoped
public class DeskRequestPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RequestService requests;

  private String id;
  private long version;

  // reply
  private String body;
  private Long textBlock;
  private RequestStatus nextStatus;
  private transient List<Part> files;

  // status and assignment
  private RequestStatus newStatus;
  private Long assignee;

  private transient RequestService.RequestView request;
  private transient List<TextBlock> blocks;
  private transient List<RequestService.StaffMember> staff;

  /** On opening the page: the request (an unknown id is the 404 page) and its version. */
  public void load() {
    refresh();
  }

  private void refresh() {
    request = requests.deskRequest(requestedId());
    version = request.version();
    assignee = request.assigneeId();
    newStatus = null;
    if (nextStatus != null && !request.status().deskMayMoveTo().contains(nextStatus)) {
      nextStatus = null;
    }
  }

  // ------------------------------------------------------------------------- actions

  /** Appends the chosen text block to the answer. */
  public void insertBlock() {
    TextBlock t =
        textBlock == null
            ? null
            : getBlocks().stream().filter(b -> b.id().equals(textBlock)).findFirst().orElse(null);
    if (t == null) {
      Texts.errorText(Texts.get("desk.reply.chooseBlock"));
      return;
    }
    body = body == null || body.isBlank() ? t.body() : body.stripTrailing() + "\n\n" + t.body();
  }

  public String send() {
    List<RequestService.Upload> uploads;
    try {
      uploads = uploads(files);
    } catch (UncheckedIOException e) {
      Texts.errorText(Texts.get("desk.files.readFailed"));
      return null;
    }
    try {
      requests.deskReply(requestedId(), version, body, nextStatus, uploads);
      Texts.info("desk.reply.sent");
      return again();
    } catch (ConcurrentChangeException e) {
      Texts.error(e);
      refresh();
    } catch (DomainException e) {
      Texts.error(e);
    }
    return null;
  }

  public void changeStatus() {
    try {
      RequestStatus next = newStatus;
      requests.changeStatus(requestedId(), version, next);
      Texts.info("desk.status.changed", next == null ? "" : next.label(locale()));
    } catch (DomainException e) {
      Texts.error(e);
    }
    refresh();
  }

  public void assign() {
    try {
      requests.assign(requestedId(), version, assignee);
      if (assignee == null) {
        Texts.info("desk.assign.nobody");
      } else {
        Texts.info("desk.assign.done", staffName(assignee));
      }
    } catch (DomainException e) {
      Texts.error(e);
    }
    refresh();
  }

  /** After an answer: the page anew (a reload does not send it twice), the message kept. */
  private String again() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/app/desk-request?faces-redirect=true&id=" + requestedId();
  }

  // ------------------------------------------------------------------------- for the page

  public RequestService.RequestView getRequest() {
    if (request == null) {
      request = requests.deskRequest(requestedId());
    }
    return request;
  }

  /** The statuses the desk may set now, in their order. */
  public List<RequestStatus> getNextStatuses() {
    RequestStatus current = getRequest().status();
    List<RequestStatus> next = new ArrayList<>();
    for (RequestStatus s : RequestStatus.values()) {
      if (current.deskMayMoveTo().contains(s)) {
        next.add(s);
      }
    }
    return next;
  }

  public List<TextBlock> getBlocks() {
    if (blocks == null) {
      blocks = requests.textBlocks();
    }
    return blocks;
  }

  public List<RequestService.StaffMember> getStaff() {
    if (staff == null) {
      staff = requests.staff();
    }
    return staff;
  }

  public int getMaxAttachments() {
    return RequestService.MAX_ATTACHMENTS;
  }

  private String staffName(long personId) {
    return getStaff().stream()
        .filter(s -> s.personId() == personId)
        .map(RequestService.StaffMember::name)
        .findFirst()
        .orElse("");
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private long requestedId() {
    return ViewIds.parse(id);
  }

  /** The files chosen in a file field as uploads; empty fields (no file chosen) are left out. */
  static List<RequestService.Upload> uploads(List<Part> parts) {
    List<RequestService.Upload> uploads = new ArrayList<>();
    if (parts == null) {
      return uploads;
    }
    for (Part p : parts) {
      if (p == null || p.getSize() == 0 || p.getSubmittedFileName() == null) {
        continue;
      }
      try (InputStream in = p.getInputStream()) {
        uploads.add(new RequestService.Upload(p.getSubmittedFileName(), in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return uploads;
  }

  // ------------------------------------------------------------------------- properties

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

  public Long getTextBlock() {
    return textBlock;
  }

  public void setTextBlock(Long textBlock) {
    this.textBlock = textBlock;
  }

  public RequestStatus getNextStatus() {
    return nextStatus;
  }

  public void setNextStatus(RequestStatus nextStatus) {
    this.nextStatus = nextStatus;
  }

  public List<Part> getFiles() {
    return files;
  }

  public void setFiles(List<Part> files) {
    this.files = files;
  }

  public RequestStatus getNewStatus() {
    return newStatus;
  }

  public void setNewStatus(RequestStatus newStatus) {
    this.newStatus = newStatus;
  }

  public Long getAssignee() {
    return assignee;
  }

  public void setAssignee(Long assignee) {
    this.assignee = assignee;
  }
}

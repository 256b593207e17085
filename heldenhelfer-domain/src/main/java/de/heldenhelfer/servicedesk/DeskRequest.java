package de.heldenhelfer.servicedesk;

import de.heldenhelfer.club.Club;
import de.heldenhelfer.shared.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A club's request (Anliegen) to the Servicestelle Ehrenamt: category, subject, status, assignee,
 * the thread of messages and the history. The status moves only along {@link RequestStatus}; every
 * change leaves a {@link DeskEvent}. Not tenant-filtered (the service desk reads all clubs'
 * requests); {@link RequestService} checks the club on every club-side access (ADR 0013).
 */
@Entity
@Table(name = "desk_request")
public class DeskRequest {
  public static final int SUBJECT_MAX = 200;
  public static final int BODY_MAX = 10_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "club_id")
  private Club club;

  @Column(name = "club_id", insertable = false, updatable = false)
  private Long clubId;

  @Enumerated(EnumType.STRING)
  private RequestCategory category;

  private String subject;

  @Enumerated(EnumType.STRING)
  private RequestStatus status;

  @Column(name = "opened_by")
  private long openedBy;

  @Column(name = "assignee_id")
  private Long assigneeId;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  @Column(name = "closed_at")
  private LocalDateTime closedAt;

  @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
  @OrderBy("createdAt, id")
  private List<DeskMessage> messages = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
  @OrderBy("seq")
  private List<DeskEvent> events = new ArrayList<>();

  protected DeskRequest() {}

  /** A new request with its first message, status open. */
  public DeskRequest(
      Club club,
      RequestCategory category,
      String subject,
      long personId,
      String personName,
      String body,
      LocalDateTime now) {
    if (category == null) {
      throw new RuleViolationException("category", "request.category.required");
    }
    this.club = club;
    this.clubId = club.id();
    this.category = category;
    this.subject = subject(subject);
    this.status = RequestStatus.OPEN;
    this.openedBy = personId;
    this.createdAt = now;
    this.updatedAt = now;
    events.add(
        new DeskEvent(this, events.size() + 1, now, personName, DeskEvent.Kind.OPENED, null));
    add(personId, personName, false, body, now);
  }

  private static String subject(String subject) {
    String s = subject == null ? "" : subject.strip();
    if (s.isEmpty()) {
      throw new RuleViolationException("subject", "request.subject.required");
    }
    if (s.length() > SUBJECT_MAX) {
      throw new RuleViolationException("subject", "request.subject.tooLong", SUBJECT_MAX);
    }
    return s;
  }

  private static String body(String body) {
    String b = body == null ? "" : body.strip();
    if (b.isEmpty()) {
      throw new RuleViolationException("message", "request.message.required");
    }
    if (b.length() > BODY_MAX) {
      throw new RuleViolationException("message", "request.message.tooLong", BODY_MAX);
    }
    return b;
  }

  private DeskMessage add(
      long personId, String personName, boolean fromDesk, String body, LocalDateTime now) {
    DeskMessage m = new DeskMessage(this, personId, personName, fromDesk, body(body), now);
    messages.add(m);
    updatedAt = now;
    return m;
  }

  /**
   * The club answers. A request waiting for the club goes back to the desk (in progress); a done
   * request is reopened (open).
   */
  public DeskMessage replyByClub(long personId, String personName, String body, LocalDateTime now) {
    DeskMessage m = add(personId, personName, false, body, now);
    events.add(
        new DeskEvent(this, events.size() + 1, now, personName, DeskEvent.Kind.REPLIED_CLUB, null));
    if (status == RequestStatus.WAITING_FOR_CLUB) {
      move(RequestStatus.IN_PROGRESS, personName, now);
    } else if (status == RequestStatus.DONE) {
      reopen(personName, now);
    }
    return m;
  }

  /** The service desk answers, and may set a new status with it (null: unchanged). */
  public DeskMessage replyByDesk(
      long personId, String personName, String body, RequestStatus next, LocalDateTime now) {
    if (next != null && next != status) {
      checkDeskMove(next);
    }
    DeskMessage m = add(personId, personName, true, body, now);
    events.add(
        new DeskEvent(this, events.size() + 1, now, personName, DeskEvent.Kind.REPLIED_DESK, null));
    if (next != null && next != status) {
      move(next, personName, now);
    } else if (status == RequestStatus.OPEN) {
      // the first answer means someone works on it
      move(RequestStatus.IN_PROGRESS, personName, now);
    }
    return m;
  }

  /** The service desk sets a status. Refused with a reason when the step is not allowed. */
  public void changeStatus(RequestStatus next, String personName, LocalDateTime now) {
    checkDeskMove(next);
    move(next, personName, now);
  }

  private void checkDeskMove(RequestStatus next) {
    if (next == null) {
      throw new RuleViolationException("status", "request.status.required");
    }
    if (next == status) {
      throw new RuleViolationException("status", "request.status.same", next);
    }
    if (!status.deskMayMoveTo().contains(next)) {
      throw new RuleViolationException("status", "request.status.invalid", status, next);
    }
  }

  /** The club reopens a finished request. */
  public void reopenByClub(String personName, LocalDateTime now) {
    if (status != RequestStatus.DONE) {
      throw new RuleViolationException("status", "request.reopen.notDone", status);
    }
    reopen(personName, now);
  }

  private void reopen(String personName, LocalDateTime now) {
    status = RequestStatus.OPEN;
    closedAt = null;
    updatedAt = now;
    events.add(
        new DeskEvent(this, events.size() + 1, now, personName, DeskEvent.Kind.REOPENED, null));
  }

  private void move(RequestStatus next, String personName, LocalDateTime now) {
    status = next;
    closedAt = next == RequestStatus.DONE ? now : null;
    updatedAt = now;
    events.add(
        new DeskEvent(
            this, events.size() + 1, now, personName, DeskEvent.Kind.STATUS, next.name()));
  }

  /** Assigns the request to a member of the service desk (null: nobody). */
  public void assign(Long personId, String assigneeName, String byName, LocalDateTime now) {
    assigneeId = personId;
    updatedAt = now;
    events.add(
        new DeskEvent(
            this,
            events.size() + 1,
            now,
            byName,
            DeskEvent.Kind.ASSIGNED,
            personId == null ? null : assigneeName));
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public Club club() {
    return club;
  }

  public long clubId() {
    return clubId;
  }

  public RequestCategory category() {
    return category;
  }

  public String subject() {
    return subject;
  }

  public RequestStatus status() {
    return status;
  }

  public long openedBy() {
    return openedBy;
  }

  public Long assigneeId() {
    return assigneeId;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public LocalDateTime updatedAt() {
    return updatedAt;
  }

  public LocalDateTime closedAt() {
    return closedAt;
  }

  public List<DeskMessage> messages() {
    return List.copyOf(messages);
  }

  public List<DeskEvent> events() {
    return List.copyOf(events);
  }
}

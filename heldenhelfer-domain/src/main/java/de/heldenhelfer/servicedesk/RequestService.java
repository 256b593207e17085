package de.heldenhelfer.servicedesk;

import de.heldenhelfer.club.Club;
import de.heldenhelfer.documents.DocumentService;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.people.Person;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Requests (Anliegen) between clubs and the Servicestelle Ehrenamt. The club side needs {@code
 * REQUEST_WRITE} in the request's club and sees only that club's requests (an id of another club is
 * "not found"); the desk side needs {@code SERVICE_DESK} and sees all (ADR 0013). Attachments pass
 * the document archive's checks.
 */
@ApplicationScoped
public class RequestService {
  /** Most rows of a queue or list. */
  public static final int MAX_ROWS = 500;

  /** Most attachments per message. */
  public static final int MAX_ATTACHMENTS = 5;

  @Inject EntityManager em;
  @Inject Actor actor;
  @Inject TenantContext tenant;
  @Inject DeskNotifications notifications;

  Clock clock = Clock.system(MemberService.ZONE);

  /** What a club writes when it opens a request. */
  public record RequestDraft(RequestCategory category, String subject, String message) {}

  /** A file as uploaded: the name the browser gave and the bytes. */
  public record Upload(String fileName, byte[] content) {}

  /** One request in a list or queue. */
  public record RequestRow(
      long id,
      String clubName,
      RequestCategory category,
      String subject,
      RequestStatus status,
      String assignee,
      LocalDateTime createdAt,
      LocalDateTime updatedAt,
      long ageDays) {}

  /** One attachment's facts (the content is fetched separately). */
  public record AttachmentView(long id, String fileName, String mediaType, long sizeBytes) {}

  /** One message of the thread. */
  public record MessageView(
      long id,
      String author,
      boolean fromDesk,
      String body,
      LocalDateTime at,
      List<AttachmentView> attachments) {}

  /** One line of the history. */
  public record EventView(LocalDateTime at, String actor, DeskEvent.Kind kind, String detail) {}

  /** A whole request. */
  public record RequestView(
      long id,
      long version,
      long clubId,
      String clubName,
      RequestCategory category,
      String subject,
      RequestStatus status,
      Long assigneeId,
      String assignee,
      LocalDateTime createdAt,
      LocalDateTime closedAt,
      List<MessageView> messages,
      List<EventView> events) {}

  /** What the desk filters its queue by; every part optional. */
  public record QueueFilter(
      RequestStatus status, RequestCategory category, boolean mineOnly, boolean activeOnly) {
    public static QueueFilter active() {
      return new QueueFilter(null, null, false, true);
    }
  }

  /** A person of the service desk who can be assigned. */
  public record StaffMember(long personId, String name) {}

  /** A downloadable attachment. */
  public record Download(String fileName, String mediaType, byte[] content) {}

  // ------------------------------------------------------------------------- club side

  /** Opens a request for the current club with its first message and attachments. */
  @RequiresPermission(Permission.REQUEST_WRITE)
  @Transactional
  public long open(RequestDraft draft, List<Upload> uploads) {
    Principal p = actor.require();
    List<DocumentService.CheckedFile> files = checked(uploads);
    Club club = em.find(Club.class, tenant.requireClubId());
    DeskRequest r =
        new DeskRequest(
            club,
            draft.category(),
            draft.subject(),
            p.personId(),
            p.displayName(),
            draft.message(),
            now());
    attach(r.messages().get(0), files);
    em.persist(r);
    em.flush();
    notifications.opened(r);
    return r.id();
  }

  /** The current club's requests, the most recently changed first. */
  @RequiresPermission(Permission.REQUEST_WRITE)
  @Transactional
  public List<RequestRow> clubRequests() {
    return rows(
        em.createQuery(
                "SELECT r FROM DeskRequest r JOIN FETCH r.club WHERE r.clubId = :club"
                    + " ORDER BY r.updatedAt DESC, r.id DESC",
                DeskRequest.class)
            .setParameter("club", tenant.requireClubId())
            .setMaxResults(MAX_ROWS));
  }

  /** One of the current club's requests; another club's id is not found. */
  @RequiresPermission(Permission.REQUEST_WRITE)
  @Transactional
  public RequestView clubRequest(long id) {
    return view(clubOwned(id, false));
  }

  /** The club answers; a request waiting for the club goes back to the desk. */
  @RequiresPermission(Permission.REQUEST_WRITE)
  @Transactional
  public void clubReply(long id, String body, List<Upload> uploads) {
    Principal p = actor.require();
    List<DocumentService.CheckedFile> files = checked(uploads);
    DeskRequest r = clubOwned(id, true);
    DeskMessage m = r.replyByClub(p.personId(), p.displayName(), body, now());
    attach(m, files);
    em.flush();
    notifications.clubReplied(r);
  }

  /** The club reopens a finished request. */
  @RequiresPermission(Permission.REQUEST_WRITE)
  @Transactional
  public void reopen(long id) {
    DeskRequest r = clubOwned(id, true);
    r.reopenByClub(actor.require().displayName(), now());
    em.flush();
    notifications.statusChanged(r);
  }

  /** An attachment of one of the current club's requests. */
  @RequiresPermission(Permission.REQUEST_WRITE)
  @Transactional
  public Download clubAttachment(long attachmentId) {
    DeskAttachment a = em.find(DeskAttachment.class, attachmentId);
    if (a == null) {
      throw new NotFoundException();
    }
    clubOwned(a.requestId(), false);
    return new Download(a.fileName(), a.mediaType(), a.content());
  }

  private DeskRequest clubOwned(long id, boolean lock) {
    DeskRequest r =
        lock
            ? em.find(DeskRequest.class, id, LockModeType.PESSIMISTIC_WRITE)
            : em.find(DeskRequest.class, id);
    if (r == null || r.clubId() != tenant.requireClubId()) {
      throw new NotFoundException();
    }
    return r;
  }

  // ------------------------------------------------------------------------- desk side

  /** Requests per page of the desk's queue. */
  public static final int QUEUE_PAGE_SIZE = 50;

  /** One page of the desk's queue (page counts from 0) and how many requests match in all. */
  public record QueuePage(List<RequestRow> rows, long total, int page, int pages) {}

  /** The desk's queue: oldest first, filtered (at most {@link #MAX_ROWS}). */
  @RequiresPermission(Permission.SERVICE_DESK)
  @Transactional
  public List<RequestRow> queue(QueueFilter filter) {
    QueueFilter f = filter == null ? QueueFilter.active() : filter;
    registerStaff();
    return rows(queueQuery(f, "r", DeskRequest.class).setMaxResults(MAX_ROWS));
  }

  /**
   * One page of the desk's queue, oldest first, filtered; a page beyond the last shows the last.
   * Nothing is cut off: the pages reach every matching request.
   */
  @RequiresPermission(Permission.SERVICE_DESK)
  @Transactional
  public QueuePage queuePage(QueueFilter filter, int page) {
    QueueFilter f = filter == null ? QueueFilter.active() : filter;
    registerStaff();
    long total = queueQuery(f, "COUNT(r)", Long.class).getSingleResult();
    int pages = (int) Math.max(1, (total + QUEUE_PAGE_SIZE - 1) / QUEUE_PAGE_SIZE);
    int shown = Math.max(0, Math.min(page, pages - 1));
    List<RequestRow> rows =
        rows(
            queueQuery(f, "r", DeskRequest.class)
                .setFirstResult(shown * QUEUE_PAGE_SIZE)
                .setMaxResults(QUEUE_PAGE_SIZE));
    return new QueuePage(rows, total, shown, pages);
  }

  private void registerStaff() {
    long me = actor.require().personId();
    if (em.find(DeskStaff.class, me) == null) {
      em.persist(new DeskStaff(me, now()));
    }
  }

  /** The queue's query selecting {@code what} ("r" for the rows, "COUNT(r)" for the total). */
  private <T> TypedQuery<T> queueQuery(QueueFilter f, String what, Class<T> type) {
    boolean rows = "r".equals(what);
    StringBuilder jpql =
        new StringBuilder("SELECT " + what + " FROM DeskRequest r")
            .append(rows ? " JOIN FETCH r.club" : "")
            .append(" WHERE 1 = 1");
    if (f.status() != null) {
      jpql.append(" AND r.status = :status");
    } else if (f.activeOnly()) {
      jpql.append(" AND r.status <> :done");
    }
    if (f.category() != null) {
      jpql.append(" AND r.category = :category");
    }
    if (f.mineOnly()) {
      jpql.append(" AND r.assigneeId = :me");
    }
    if (rows) {
      jpql.append(" ORDER BY r.createdAt, r.id");
    }
    TypedQuery<T> q = em.createQuery(jpql.toString(), type);
    if (f.status() != null) {
      q.setParameter("status", f.status());
    } else if (f.activeOnly()) {
      q.setParameter("done", RequestStatus.DONE);
    }
    if (f.category() != null) {
      q.setParameter("category", f.category());
    }
    if (f.mineOnly()) {
      q.setParameter("me", actor.require().personId());
    }
    return q;
  }

  /** How many requests are in each status (the queue's tabs). */
  @RequiresPermission(Permission.SERVICE_DESK)
  @Transactional
  public Map<RequestStatus, Long> counts() {
    Map<RequestStatus, Long> counts = new LinkedHashMap<>();
    for (RequestStatus s : RequestStatus.values()) {
      counts.put(s, 0L);
    }
    for (Object[] r :
        em.createQuery(
                "SELECT r.status, COUNT(r) FROM DeskRequest r GROUP BY r.status", Object[].class)
            .getResultList()) {
      counts.put((RequestStatus) r[0], ((Number) r[1]).longValue());
    }
    return counts;
  }

  /** Any request, for the desk. */
  @RequiresPermission(Permission.SERVICE_DESK)
  @Transactional
  public RequestView deskRequest(long id) {
    return view(found(id, false));
  }

  /**
   * The desk answers, optionally with a new status; {@code expectedVersion} guards against two
   * people of the desk changing the same request at once.
   */
  @RequiresPermission(Permission.SERVICE_DESK)
  @Transactional
  public void deskReply(
      long id, long expectedVersion, String body, RequestStatus next, List<Upload> uploads) {
    Principal p = actor.require();
    List<DocumentService.CheckedFile> files = checked(uploads);
    DeskRequest r = current(id, expectedVersion);
    RequestStatus before = r.status();
    DeskMessage m = r.replyByDesk(p.personId(), p.displayName(), body, next, now());
    attach(m, files);
    em.flush();
    notifications.deskReplied(r, before != r.status());
  }

  /** The desk sets a status; refused with a reason when the step is not allowed. */
  @RequiresPermission(Permission.SERVICE_DESK)
  @Transactional
  public void changeStatus(long id, long expectedVersion, RequestStatus next) {
    DeskRequest r = current(id, expectedVersion);
    r.changeStatus(next, actor.require().displayName(), now());
    em.flush();
    notifications.statusChanged(r);
  }

  /** Assigns a request to a person of the desk (null: nobody). */
  @RequiresPermission(Permission.SERVICE_DESK)
  @Transactional
  public void assign(long id, long expectedVersion, Long personId) {
    DeskRequest r = current(id, expectedVersion);
    String name = null;
    if (personId != null) {
      Set<Long> staff = staffIds();
      staff.add(actor.require().personId());
      Person person = em.find(Person.class, personId);
      if (person == null || !staff.contains(personId)) {
        throw new RuleViolationException("assignee", "request.assignee.unknown");
      }
      name = person.displayName();
    }
    r.assign(personId, name, actor.require().displayName(), now());
    em.flush();
    if (personId != null && personId != actor.require().personId()) {
      notifications.assigned(r, personId);
    }
  }

  /** People who can be assigned: everybody who has opened the queue, and the current person. */
  @RequiresPermission(Permission.SERVICE_DESK)
  @Transactional
  public List<StaffMember> staff() {
    Set<Long> ids = staffIds();
    ids.add(actor.require().personId());
    return em
        .createQuery(
            "SELECT p FROM Person p WHERE p.id IN :ids ORDER BY p.lastName, p.firstName",
            Person.class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .map(p -> new StaffMember(p.id(), p.displayName()))
        .toList();
  }

  private Set<Long> staffIds() {
    return new java.util.HashSet<>(
        em.createQuery("SELECT s.personId FROM DeskStaff s", Long.class).getResultList());
  }

  /** Any attachment, for the desk. */
  @RequiresPermission(Permission.SERVICE_DESK)
  @Transactional
  public Download deskAttachment(long attachmentId) {
    DeskAttachment a = em.find(DeskAttachment.class, attachmentId);
    if (a == null) {
      throw new NotFoundException();
    }
    return new Download(a.fileName(), a.mediaType(), a.content());
  }

  // ------------------------------------------------------------------------- text blocks

  @RequiresPermission(Permission.SERVICE_DESK)
  @Transactional
  public List<TextBlock> textBlocks() {
    return em.createQuery("SELECT t FROM TextBlock t ORDER BY t.title", TextBlock.class)
        .getResultList();
  }

  /** Creates ({@code id} null) or changes a text block. */
  @RequiresPermission(Permission.SERVICE_DESK)
  @Transactional
  public TextBlock saveTextBlock(Long id, long expectedVersion, String title, String body) {
    String by = actor.require().displayName();
    TextBlock t;
    if (id == null) {
      t = new TextBlock(title, body, by, now());
      em.persist(t);
    } else {
      t = em.find(TextBlock.class, id);
      if (t == null) {
        throw new NotFoundException();
      }
      if (t.version() != expectedVersion) {
        throw new de.heldenhelfer.shared.ConcurrentChangeException();
      }
      t.change(title, body, by, now());
    }
    try {
      em.flush();
    } catch (jakarta.persistence.PersistenceException e) {
      throw new RuleViolationException("title", "textBlock.title.taken");
    }
    return t;
  }

  @RequiresPermission(Permission.SERVICE_DESK)
  @Transactional
  public void deleteTextBlock(long id) {
    TextBlock t = em.find(TextBlock.class, id);
    if (t != null) {
      em.remove(t);
    }
  }

  // ------------------------------------------------------------------------- internals

  private DeskRequest found(long id, boolean lock) {
    DeskRequest r =
        lock
            ? em.find(DeskRequest.class, id, LockModeType.PESSIMISTIC_WRITE)
            : em.find(DeskRequest.class, id);
    if (r == null) {
      throw new NotFoundException();
    }
    return r;
  }

  private DeskRequest current(long id, long expectedVersion) {
    DeskRequest r = found(id, true);
    if (r.version() != expectedVersion) {
      throw new de.heldenhelfer.shared.ConcurrentChangeException();
    }
    return r;
  }

  private List<DocumentService.CheckedFile> checked(List<Upload> uploads) {
    if (uploads == null || uploads.isEmpty()) {
      return List.of();
    }
    if (uploads.size() > MAX_ATTACHMENTS) {
      throw new RuleViolationException(
          "attachments", "request.attachments.tooMany", MAX_ATTACHMENTS);
    }
    List<DocumentService.CheckedFile> files = new ArrayList<>();
    for (Upload u : uploads) {
      files.add(DocumentService.checkAttachment(u.fileName(), u.content()));
    }
    return files;
  }

  private static void attach(DeskMessage m, List<DocumentService.CheckedFile> files) {
    for (DocumentService.CheckedFile f : files) {
      m.attach(f.name(), f.mediaType(), f.content());
    }
  }

  private List<RequestRow> rows(TypedQuery<DeskRequest> q) {
    List<DeskRequest> list = q.getResultList();
    Map<Long, String> names = names(list.stream().map(DeskRequest::assigneeId).toList());
    LocalDateTime now = now();
    return list.stream()
        .map(
            r ->
                new RequestRow(
                    r.id(),
                    r.club().name(),
                    r.category(),
                    r.subject(),
                    r.status(),
                    r.assigneeId() == null ? null : names.get(r.assigneeId()),
                    r.createdAt(),
                    r.updatedAt(),
                    Duration.between(r.createdAt(), now).toDays()))
        .toList();
  }

  private Map<Long, String> names(List<Long> ids) {
    List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
    Map<Long, String> names = new HashMap<>();
    if (!wanted.isEmpty()) {
      em.createQuery("SELECT p FROM Person p WHERE p.id IN :ids", Person.class)
          .setParameter("ids", wanted)
          .getResultList()
          .forEach(p -> names.put(p.id(), p.displayName()));
    }
    return names;
  }

  private RequestView view(DeskRequest r) {
    String assignee =
        r.assigneeId() == null ? null : names(List.of(r.assigneeId())).get(r.assigneeId());
    return new RequestView(
        r.id(),
        r.version(),
        r.clubId(),
        r.club().name(),
        r.category(),
        r.subject(),
        r.status(),
        r.assigneeId(),
        assignee,
        r.createdAt(),
        r.closedAt(),
        r.messages().stream()
            .map(
                m ->
                    new MessageView(
                        m.id(),
                        m.authorName(),
                        m.fromDesk(),
                        m.body(),
                        m.createdAt(),
                        m.attachments().stream()
                            .map(
                                a ->
                                    new AttachmentView(
                                        a.id(), a.fileName(), a.mediaType(), a.sizeBytes()))
                            .toList()))
            .toList(),
        r.events().stream()
            .map(e -> new EventView(e.at(), e.actorName(), e.kind(), e.detail()))
            .toList());
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }
}

package de.heldenhelfer.servicedesk;

import de.heldenhelfer.documents.DocumentService;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.notifications.NotificationService;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.shared.Messages;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Announcements of the service desk: choosing the audience (preview with the number of clubs),
 * publishing (the addressed clubs are fixed then, their boards notified), the clubs' view with
 * unread markers, and the desk's read figures (ADR 0013).
 */
@ApplicationScoped
public class AnnouncementService {
  @Inject EntityManager em;
  @Inject Actor actor;
  @Inject TenantContext tenant;
  @Inject NotificationService notifications;

  Clock clock = Clock.system(MemberService.ZONE);

  /** What the desk writes. */
  public record Draft(AnnouncementTopic topic, String title, String body, LocalDate expiresOn) {}

  /** The clubs an audience reaches: how many, and the first names. */
  public record Preview(int clubs, List<String> sample, String label) {}

  /** One announcement as a club sees it. */
  public record ClubView(
      long id,
      AnnouncementTopic topic,
      String title,
      String body,
      LocalDateTime publishedAt,
      LocalDate expiresOn,
      boolean read,
      List<RequestService.AttachmentView> attachments) {}

  /** One announcement with its read figures, for the desk. */
  public record DeskRow(
      long id,
      AnnouncementTopic topic,
      String title,
      String audienceLabel,
      LocalDateTime publishedAt,
      String publishedBy,
      LocalDate expiresOn,
      long addressed,
      long read) {}

  // ------------------------------------------------------------------------- desk

  /** How many clubs {@code audience} addresses, with some of their names. */
  @RequiresPermission(Permission.SERVICE_DESK)
  @Transactional
  public Preview preview(Audience audience, Locale locale) {
    List<Long> ids = addressed(audience);
    List<String> sample =
        ids.isEmpty()
            ? List.of()
            : em.createQuery(
                    "SELECT c.name FROM Club c WHERE c.id IN :ids ORDER BY c.name", String.class)
                .setParameter("ids", ids.subList(0, Math.min(ids.size(), 1000)))
                .setMaxResults(8)
                .getResultList();
    return new Preview(ids.size(), sample, label(audience, locale));
  }

  /**
   * Publishes an announcement to the clubs {@code audience} addresses now; their boards are
   * notified (bell and, as they chose, e-mail). Refused when the audience is empty.
   */
  @RequiresPermission(Permission.SERVICE_DESK)
  @Transactional
  public long publish(Draft draft, Audience audience, List<RequestService.Upload> uploads) {
    List<DocumentService.CheckedFile> files = new ArrayList<>();
    if (uploads != null) {
      if (uploads.size() > RequestService.MAX_ATTACHMENTS) {
        throw new RuleViolationException(
            "attachments", "request.attachments.tooMany", RequestService.MAX_ATTACHMENTS);
      }
      for (RequestService.Upload u : uploads) {
        files.add(DocumentService.checkAttachment(u.fileName(), u.content()));
      }
    }
    List<Long> clubs = addressed(audience);
    if (clubs.isEmpty()) {
      throw new RuleViolationException("audience", "announcement.audience.empty");
    }
    LocalDateTime now = now();
    Announcement a =
        new Announcement(
            draft.topic(),
            draft.title(),
            draft.body(),
            audience,
            label(audience, Locale.GERMAN),
            draft.expiresOn(),
            actor.require().displayName(),
            now);
    em.persist(a);
    em.flush();
    for (DocumentService.CheckedFile f : files) {
      em.persist(new AnnouncementAttachment(a.id(), f.name(), f.mediaType(), f.content()));
    }
    // the addressed clubs, fixed now (one statement per 500 clubs)
    for (int i = 0; i < clubs.size(); i += 500) {
      List<Long> part = clubs.subList(i, Math.min(clubs.size(), i + 500));
      nativeSql(
              "INSERT INTO announcement_club (announcement_id, club_id) SELECT ?, id FROM club"
                  + " WHERE id IN ("
                  + part.stream().map(String::valueOf).collect(Collectors.joining(","))
                  + ")")
          .setParameter(1, a.id())
          .executeUpdate();
    }
    notifications.notify(
        ClubBoards.of(em, clubs),
        "announcement:" + a.id(),
        new NotificationService.Message(
            "ANNOUNCEMENT",
            "Mitteilung der Servicestelle: " + a.title(),
            "Announcement from the service desk: " + a.title(),
            "/app/announcements.xhtml#a" + a.id(),
            a.body()));
    return a.id();
  }

  /** The desk's announcements, newest first, with how many addressed clubs have read each. */
  @RequiresPermission(Permission.SERVICE_DESK)
  @Transactional
  public List<DeskRow> deskList() {
    Map<Long, long[]> figures = new HashMap<>();
    for (Object[] r :
        (List<Object[]>)
            nativeSql(
                    "SELECT announcement_id, COUNT(*), COUNT(read_at) FROM announcement_club"
                        + " GROUP BY announcement_id")
                .getResultList()) {
      figures.put(
          ((Number) r[0]).longValue(),
          new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
    }
    return em
        .createQuery(
            "SELECT a FROM Announcement a ORDER BY a.publishedAt DESC, a.id DESC",
            Announcement.class)
        .setMaxResults(RequestService.MAX_ROWS)
        .getResultList()
        .stream()
        .map(
            a -> {
              long[] f = figures.getOrDefault(a.id(), new long[2]);
              return new DeskRow(
                  a.id(),
                  a.topic(),
                  a.title(),
                  a.audienceLabel(),
                  a.publishedAt(),
                  a.publishedBy(),
                  a.expiresOn(),
                  f[0],
                  f[1]);
            })
        .toList();
  }

  // ------------------------------------------------------------------------- club

  /** The current club's announcements that have not expired, unread first, then newest. */
  @RequiresPermission(Permission.CLUB_VIEW)
  @Transactional
  public List<ClubView> forClub() {
    long club = tenant.requireClubId();
    LocalDate today = LocalDate.now(clock);
    List<Object[]> rows =
        nativeSql(
                "SELECT a.id, ac.read_at FROM announcement a JOIN announcement_club ac"
                    + " ON ac.announcement_id = a.id WHERE ac.club_id = ?"
                    + " AND (a.expires_on IS NULL OR a.expires_on >= ?)"
                    + " ORDER BY ac.read_at IS NOT NULL, a.published_at DESC, a.id DESC")
            .setParameter(1, club)
            .setParameter(2, today)
            .setMaxResults(100)
            .getResultList();
    List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Announcement> byId = new HashMap<>();
    em.createQuery("SELECT a FROM Announcement a WHERE a.id IN :ids", Announcement.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(a -> byId.put(a.id(), a));
    Map<Long, List<RequestService.AttachmentView>> files = new HashMap<>();
    em.createQuery(
            "SELECT f FROM AnnouncementAttachment f WHERE f.announcementId IN :ids ORDER BY f.id",
            AnnouncementAttachment.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(
            f ->
                files
                    .computeIfAbsent(f.announcementId(), k -> new ArrayList<>())
                    .add(
                        new RequestService.AttachmentView(
                            f.id(), f.fileName(), f.mediaType(), f.sizeBytes())));
    List<ClubView> result = new ArrayList<>();
    for (Object[] r : rows) {
      Announcement a = byId.get(((Number) r[0]).longValue());
      result.add(
          new ClubView(
              a.id(),
              a.topic(),
              a.title(),
              a.body(),
              a.publishedAt(),
              a.expiresOn(),
              r[1] != null,
              files.getOrDefault(a.id(), List.of())));
    }
    return result;
  }

  /** How many current announcements the club has not read. */
  @RequiresPermission(Permission.CLUB_VIEW)
  @Transactional
  public long unreadForClub() {
    return ((Number)
            nativeSql(
                    "SELECT COUNT(*) FROM announcement a JOIN announcement_club ac"
                        + " ON ac.announcement_id = a.id WHERE ac.club_id = ? AND ac.read_at IS NULL"
                        + " AND (a.expires_on IS NULL OR a.expires_on >= ?)")
                .setParameter(1, tenant.requireClubId())
                .setParameter(2, LocalDate.now(clock))
                .getSingleResult())
        .longValue();
  }

  /** Marks an announcement read for the current club; one not addressed to it is not found. */
  @RequiresPermission(Permission.CLUB_VIEW)
  @Transactional
  public void markRead(long id) {
    int rows =
        nativeSql(
                "UPDATE announcement_club SET read_at = COALESCE(read_at, ?),"
                    + " read_by = COALESCE(read_by, ?) WHERE announcement_id = ? AND club_id = ?")
            .setParameter(1, now())
            .setParameter(2, actor.require().displayName())
            .setParameter(3, id)
            .setParameter(4, tenant.requireClubId())
            .executeUpdate();
    if (rows == 0) {
      throw new NotFoundException();
    }
  }

  /** Marks every announcement addressed to the current club read; returns how many were unread. */
  @RequiresPermission(Permission.CLUB_VIEW)
  @Transactional
  public int markAllRead() {
    return nativeSql(
            "UPDATE announcement_club SET read_at = ?, read_by = ? WHERE club_id = ?"
                + " AND read_at IS NULL")
        .setParameter(1, now())
        .setParameter(2, actor.require().displayName())
        .setParameter(3, tenant.requireClubId())
        .executeUpdate();
  }

  /** An attachment of an announcement addressed to the current club. */
  @RequiresPermission(Permission.CLUB_VIEW)
  @Transactional
  public RequestService.Download clubAttachment(long attachmentId) {
    AnnouncementAttachment f = em.find(AnnouncementAttachment.class, attachmentId);
    if (f == null
        || ((Number)
                    nativeSql(
                            "SELECT COUNT(*) FROM announcement_club WHERE announcement_id = ?"
                                + " AND club_id = ?")
                        .setParameter(1, f.announcementId())
                        .setParameter(2, tenant.requireClubId())
                        .getSingleResult())
                .longValue()
            == 0) {
      throw new NotFoundException();
    }
    return new RequestService.Download(f.fileName(), f.mediaType(), f.content());
  }

  // ------------------------------------------------------------------------- internals

  /** The ids of the clubs {@code audience} addresses today. */
  List<Long> addressed(Audience audience) {
    StringBuilder sql = new StringBuilder("SELECT c.id FROM club c WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (!audience.municipalities().isEmpty()) {
      sql.append(" AND c.municipality_ags IN (").append(marks(audience.municipalities(), params));
      sql.append(")");
    }
    if (!audience.kinds().isEmpty()) {
      List<String> kinds = audience.kinds().stream().map(Enum::name).toList();
      sql.append(" AND c.kind IN (").append(marks(kinds, params)).append(")");
    }
    if (!audience.sports().isEmpty()) {
      sql.append(
              " AND EXISTS (SELECT 1 FROM department d WHERE d.club_id = c.id AND d.sport_code IN (")
          .append(marks(audience.sports(), params))
          .append("))");
    }
    if (audience.minMembers() != null || audience.maxMembers() != null) {
      sql.append(
          " AND (SELECT COUNT(*) FROM member m WHERE m.club_id = c.id AND m.status <> 'LEFT')");
      sql.append(" BETWEEN ? AND ?");
      params.add(audience.minMembers() == null ? 0 : audience.minMembers());
      params.add(audience.maxMembers() == null ? Integer.MAX_VALUE : audience.maxMembers());
    }
    sql.append(" ORDER BY c.id");
    Query q = nativeSql(sql.toString());
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(i + 1, params.get(i));
    }
    List<?> rows = q.getResultList();
    return rows.stream().map(r -> ((Number) r).longValue()).toList();
  }

  private static String marks(Collection<?> values, List<Object> params) {
    params.addAll(values);
    return values.stream().map(v -> "?").collect(Collectors.joining(","));
  }

  /** The audience in words ("Alle Vereine"; "Sportvereine in Höchberg, 50–500 Mitglieder"). */
  String label(Audience audience, Locale locale) {
    if (audience.isEveryone()) {
      return Messages.get(locale, "audience.everyone");
    }
    List<String> parts = new ArrayList<>();
    if (!audience.kinds().isEmpty()) {
      parts.add(
          audience.kinds().stream()
              .sorted()
              .map(k -> Messages.get(locale, "clubKind." + k.name()))
              .collect(Collectors.joining(", ")));
    }
    if (!audience.municipalities().isEmpty()) {
      parts.add(
          Messages.get(
              locale,
              "audience.in",
              em
                  .createQuery(
                      "SELECT m.name FROM Municipality m WHERE m.ags IN :ags ORDER BY m.name",
                      String.class)
                  .setParameter("ags", audience.municipalities())
                  .getResultList()
                  .stream()
                  .collect(Collectors.joining(", "))));
    }
    if (!audience.sports().isEmpty()) {
      boolean en = "en".equals(locale.getLanguage());
      List<?> names =
          nativeSql(
                  "SELECT "
                      + (en ? "name_en" : "name_de")
                      + " FROM sport WHERE code IN ("
                      + audience.sports().stream()
                          .map(String::valueOf)
                          .collect(Collectors.joining(","))
                      + ") ORDER BY 1")
              .getResultList();
      parts.add(
          Messages.get(
              locale,
              "audience.sports",
              names.stream().map(String::valueOf).collect(Collectors.joining(", "))));
    }
    if (audience.minMembers() != null || audience.maxMembers() != null) {
      parts.add(
          Messages.get(
              locale,
              "audience.members",
              audience.minMembers() == null ? 0 : audience.minMembers(),
              audience.maxMembers() == null ? "∞" : audience.maxMembers()));
    }
    return String.join("; ", parts);
  }

  /**
   * A native statement over the clubs (region-wide by design: audiences and read figures span
   * clubs; no statement here returns a club's private data, members are only counted).
   */
  private Query nativeSql(String sql) {
    return em.createNativeQuery(sql).setHint("eclipselink.jdbc.allow-native-sql-query", "true");
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }
}

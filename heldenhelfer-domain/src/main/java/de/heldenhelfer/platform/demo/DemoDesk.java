package de.heldenhelfer.platform.demo;

import de.heldenhelfer.platform.demo.DemoRegion.Club;
import de.heldenhelfer.platform.demo.DemoRegion.Person;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * The service desk's part of the demo region: requests of the demo clubs in every state (one
 * answered by the desk, one waiting for the club, one new, one done), two announcements (to every
 * club, and to the sports clubs) and the helper's unread bell entry – so that {@code servicestelle}
 * and the boards see a working channel right after {@code ./hh run}. Dates are relative to the
 * load.
 */
final class DemoDesk {
  private final Connection c;
  private final LocalDateTime now;
  private final long desk;
  private final String deskName;

  private DemoDesk(Connection c, long desk, String deskName, LocalDateTime now) {
    this.c = c;
    this.desk = desk;
    this.deskName = deskName;
    this.now = now;
  }

  /** Inserts the demo requests and announcements; returns what it inserted, for the log. */
  static String insert(
      Connection c,
      DemoRegion region,
      Map<Long, Long> personIds,
      long clubOffset,
      LocalDateTime now)
      throws SQLException {
    Person deskPerson = person(region, DemoAccounts.SUBJECT_SERVICESTELLE);
    Person sport = person(region, DemoAccounts.SUBJECT_VORSTAND_SPORT);
    Person music = person(region, DemoAccounts.SUBJECT_VORSTAND_MUSIK);
    Person heimat = person(region, DemoAccounts.SUBJECT_DOPPELROLLE);
    DemoDesk d = new DemoDesk(c, personIds.get(deskPerson.id()), name(deskPerson), now);
    d.staff();
    long tsv = club(region, DemoAccounts.CLUB_TSV_WUERZBURG_SUED).id() + clubOffset;
    long mv = club(region, DemoAccounts.CLUB_MUSIKVEREIN_HOECHBERG).id() + clubOffset;
    long hv = club(region, DemoAccounts.CLUB_HEIMATVEREIN_VEITSHOECHHEIM).id() + clubOffset;

    long flood =
        d.request(
            tsv,
            personIds.get(sport.id()),
            name(sport),
            "FUNDING",
            "Zuschuss für eine neue Flutlichtanlage",
            "Unsere Flutlichtanlage am Sportpark ist 30 Jahre alt. Gibt es eine Förderung für eine"
                + " LED-Anlage, und was müssen wir einreichen?",
            4);
    d.deskReply(
        flood,
        "Für einen Förderantrag brauchen wir eine kurze Beschreibung des Vorhabens, einen Kosten-"
            + " und Finanzierungsplan und den aktuellen Freistellungsbescheid. Die Sportstätten-"
            + "förderung des BLSV kommt ebenfalls in Frage.",
        "IN_PROGRESS",
        3);
    long fest =
        d.request(
            mv,
            personIds.get(music.id()),
            name(music),
            "PERMITS_EVENTS",
            "Dorffest mit Ausschank auf dem Rathausplatz",
            "Wir planen wie jedes Jahr unser Dorffest. Was müssen wir für den"
                + " Ausschank anmelden?",
            6);
    d.deskReply(
        fest,
        "Für den Ausschank brauchen Sie eine Gestattung nach § 12 Gaststättengesetz bei der"
            + " Gemeinde. Wie viele Gäste erwarten Sie, und gibt es eine Bühne?",
        "WAITING_FOR_CLUB",
        5);
    d.request(
        hv,
        personIds.get(heimat.id()),
        name(heimat),
        "DATA_PROTECTION",
        "Fotos vom Heimatabend auf der Website",
        "Dürfen wir Fotos vom Heimatabend mit Besuchern auf unsere Website stellen?",
        1);
    long old =
        d.request(
            tsv,
            personIds.get(sport.id()),
            name(sport),
            "INSURANCE",
            "Versicherung für Helfer beim Sommerfest",
            "Sind unsere Helfer beim Sommerfest über den Verein versichert?",
            40);
    d.deskReply(
        old,
        "Helfer bei Vereinsveranstaltungen sind in der Regel über die Sportversicherung des"
            + " BLSV abgesichert; die Bedingungen schicken wir Ihnen gern.",
        "DONE",
        38);

    d.announcement(
        "TRAINING",
        "Fortbildung „Vereinsrecht kompakt“",
        "Die Servicestelle Ehrenamt lädt alle Vorstände zur Abendfortbildung ein: Satzung,"
            + " Mitgliederversammlung, Haftung des Vorstands. Anmeldung über eine Anfrage an die"
            + " Servicestelle.",
        "Alle Vereine",
        "SELECT id FROM club",
        60);
    d.announcement(
        "FUNDING_CALL",
        "Förderaufruf: Sportstätten energetisch sanieren",
        "Sportvereine können für die energetische Sanierung ihrer Vereinsanlagen Zuschüsse"
            + " beantragen. Fragen Sie uns nach den Unterlagen.",
        "Sportvereine",
        "SELECT id FROM club WHERE kind = 'SPORT'",
        45);
    d.notification(
        personIds.get(sport.id()),
        "Antwort der Servicestelle: Zuschuss für eine neue Flutlichtanlage (In Bearbeitung)",
        "/app/request.xhtml?id=" + flood);
    return "4 requests, 2 announcements";
  }

  private static Person person(DemoRegion region, String subject) {
    return region.persons().stream()
        .filter(p -> subject.equals(p.subject()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("demo account missing: " + subject));
  }

  private static Club club(DemoRegion region, String slug) {
    return region.clubs().stream()
        .filter(cl -> cl.slug().equals(slug))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("demo club missing: " + slug));
  }

  private static String name(Person p) {
    return (p.firstName() + " " + p.lastName()).strip();
  }

  private void staff() throws SQLException {
    exec("INSERT INTO desk_staff (person_id, since) VALUES (?, ?)", desk, ts(now));
  }

  private long request(
      long club,
      long person,
      String personName,
      String category,
      String subject,
      String body,
      int daysAgo)
      throws SQLException {
    LocalDateTime at = now.minusDays(daysAgo);
    long id =
        exec(
            "INSERT INTO desk_request (club_id, category, subject, status, opened_by, created_at,"
                + " updated_at) VALUES (?, ?, ?, 'OPEN', ?, ?, ?)",
            club,
            category,
            subject,
            person,
            ts(at),
            ts(at));
    event(id, 1, at, personName, "OPENED", null);
    exec(
        "INSERT INTO desk_message (request_id, author_id, author_name, from_desk, body,"
            + " created_at) VALUES (?, ?, ?, FALSE, ?, ?)",
        id,
        person,
        personName,
        body,
        ts(at));
    return id;
  }

  private void deskReply(long request, String body, String status, int daysAgo)
      throws SQLException {
    LocalDateTime at = now.minusDays(daysAgo);
    exec(
        "INSERT INTO desk_message (request_id, author_id, author_name, from_desk, body,"
            + " created_at) VALUES (?, ?, ?, TRUE, ?, ?)",
        request,
        desk,
        deskName,
        body,
        ts(at));
    event(request, 2, at, deskName, "ASSIGNED", deskName);
    event(request, 3, at, deskName, "REPLIED_DESK", null);
    event(request, 4, at, deskName, "STATUS", status);
    exec(
        "UPDATE desk_request SET status = ?, assignee_id = ?, updated_at = ?, closed_at = ?"
            + " WHERE id = ?",
        status,
        desk,
        ts(at),
        "DONE".equals(status) ? ts(at) : null,
        request);
  }

  private void event(
      long request, int seq, LocalDateTime at, String actor, String kind, String detail)
      throws SQLException {
    exec(
        "INSERT INTO desk_event (request_id, seq, at, actor_name, kind, detail)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        request,
        seq,
        ts(at),
        actor,
        kind,
        detail);
  }

  private void announcement(
      String topic, String title, String body, String label, String clubs, int validDays)
      throws SQLException {
    long id =
        exec(
            "INSERT INTO announcement (topic, title, body, audience, audience_label,"
                + " published_at, published_by, expires_on) VALUES (?, ?, ?, NULL, ?, ?, ?, ?)",
            topic,
            title,
            body,
            label,
            ts(now.minusDays(2)),
            deskName,
            LocalDate.from(now).plusDays(validDays));
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO announcement_club (announcement_id, club_id) SELECT ?, id FROM ("
                + clubs
                + ") addressed")) {
      ps.setLong(1, id);
      ps.executeUpdate();
    }
  }

  private void notification(long person, String title, String link) throws SQLException {
    exec(
        "INSERT INTO notification (person_id, kind, title, link, created_at, mailed_at)"
            + " VALUES (?, 'REQUEST', ?, ?, ?, ?)",
        person,
        title,
        link,
        ts(now.minusDays(3)),
        ts(now.minusDays(3)));
  }

  private long exec(String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        return keys.next() ? keys.getLong(1) : 0;
      }
    }
  }

  private static Timestamp ts(LocalDateTime t) {
    return Timestamp.valueOf(t);
  }
}

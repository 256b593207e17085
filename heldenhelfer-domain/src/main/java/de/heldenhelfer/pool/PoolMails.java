package de.heldenhelfer.pool;

import de.heldenhelfer.club.Club;
import de.heldenhelfer.paperwork.CalendarService;
import de.heldenhelfer.people.Person;
import de.heldenhelfer.platform.mail.MailOutbox;
import de.heldenhelfer.security.ClubRole;
import de.heldenhelfer.shared.Config;
import de.heldenhelfer.shared.GermanDates;
import de.heldenhelfer.shared.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The pool's e-mails to volunteers and clubs, in the recipient's language; a club is written to at
 * its contact address or, without one, to its board members. Each goes through the {@link
 * MailOutbox} in the caller's transaction: a rolled-back change sends nothing, and a mail waits and
 * is retried while the SMTP server is down instead of being lost. A shift's reminder is queued once
 * per sign-up and address, however often the reminder job runs.
 */
@ApplicationScoped
public class PoolMails {
  @Inject MailOutbox outbox;
  @Inject EntityManager em;

  void signedUp(SignUp u, int waitingPosition) {
    Person p = u.person();
    Locale l = PoolService.locale(p);
    String key = waitingPosition > 0 ? "poolMail.waiting" : "poolMail.signedUp";
    toPerson(
        event(), p, key, shiftLine(u, l), u.shift().need().club().name(), waitingPosition, myUrl());
    toClub(u, "poolMail.club.signedUp", waitingPosition);
  }

  void movedUp(SignUp u) {
    Locale l = PoolService.locale(u.person());
    toPerson(
        event(),
        u.person(),
        "poolMail.movedUp",
        shiftLine(u, l),
        u.shift().need().club().name(),
        0,
        myUrl());
    toClub(u, "poolMail.club.movedUp", 0);
  }

  void cancelled(SignUp u) {
    toClub(u, "poolMail.club.cancelled", 0);
  }

  void confirmed(SignUp u) {
    Locale l = PoolService.locale(u.person());
    toPerson(
        event(),
        u.person(),
        "poolMail.confirmed",
        shiftLine(u, l),
        u.shift().need().club().name(),
        0,
        myUrl());
  }

  void declined(SignUp u) {
    Locale l = PoolService.locale(u.person());
    toPerson(
        event(),
        u.person(),
        "poolMail.declined",
        shiftLine(u, l),
        u.shift().need().club().name(),
        0,
        Config.appUrl() + "/app/pool.xhtml");
  }

  void reminder(SignUp u) {
    Locale l = PoolService.locale(u.person());
    toPerson(
        "reminder:" + u.id(),
        u.person(),
        "poolMail.reminder",
        shiftLine(u, l),
        u.shift().need().club().name(),
        0,
        myUrl());
  }

  void proposed(AgencyProposal proposal, Person volunteer) {
    Locale l = PoolService.locale(volunteer);
    Shift s = proposal.shift();
    String line = shiftLine(s, l);
    String note = proposal.message() == null ? "" : "\n\n" + proposal.message();
    toPerson(
        event(), volunteer, "poolMail.proposed", line + note, s.need().club().name(), 0, myUrl());
  }

  void partnerAsked(PartnerRequest r, Club to) {
    String event = event();
    for (String address : clubAddresses(to)) {
      queue(
          event,
          address,
          Messages.get(Locale.GERMAN, "poolMail.partnerAsked.subject", r.fromClub().name()),
          Messages.get(
              Locale.GERMAN,
              "poolMail.partnerAsked.text",
              r.fromClub().name(),
              r.need().title(),
              r.helpers(),
              r.message() == null ? "" : r.message(),
              Config.appUrl() + "/app/partners.xhtml"));
    }
  }

  void partnerAnswered(PartnerRequest r) {
    String event = event();
    for (String address : clubAddresses(r.fromClub())) {
      queue(
          event,
          address,
          Messages.get(Locale.GERMAN, "poolMail.partnerAnswered.subject", r.toClub().name()),
          Messages.get(
              Locale.GERMAN,
              "poolMail.partnerAnswered.text",
              r.toClub().name(),
              r.need().title(),
              r.status().label(Locale.GERMAN),
              r.answer() == null ? "" : r.answer(),
              Config.appUrl() + "/app/partners.xhtml"));
    }
  }

  private void toPerson(
      String event,
      Person p,
      String key,
      String shiftLine,
      String club,
      int position,
      String link) {
    Locale l = PoolService.locale(p);
    queue(
        event,
        p.email(),
        Messages.get(l, key + ".subject", club),
        Messages.get(l, key + ".text", p.displayName(), shiftLine, club, position, link));
  }

  /** A fresh event id: each call of a mail method is one event. */
  private static String event() {
    return UUID.randomUUID().toString();
  }

  /** Queues one mail; the key makes a second one for the same event and address a no-op. */
  private void queue(String event, String to, String subject, String body) {
    if (to == null || to.isBlank()) {
      return;
    }
    outbox.enqueue(
        "pool:" + event + ":" + CalendarService.hash(to).substring(0, 16), to, subject, body);
  }

  private void toClub(SignUp u, String key, int position) {
    Club club = u.shift().need().club();
    Person p = u.person();
    String line = shiftLine(u, Locale.GERMAN);
    String url = Config.appUrl() + "/app/club-need.xhtml?id=" + u.needId();
    String event = event();
    for (String address : clubAddresses(club)) {
      queue(
          event,
          address,
          Messages.get(Locale.GERMAN, key + ".subject", p.displayName()),
          Messages.get(Locale.GERMAN, key + ".text", p.displayName(), line, position, url));
    }
  }

  /** The club's contact address, or its board members' addresses when it has none. */
  List<String> clubAddresses(Club club) {
    if (club.email() != null && !club.email().isBlank()) {
      return List.of(club.email());
    }
    List<ClubRole> board =
        java.util.Arrays.stream(ClubRole.values()).filter(ClubRole::isBoard).toList();
    return em.createQuery(
            "SELECT DISTINCT r.person.email FROM ClubRoleAssignment r WHERE r.club.id = :c"
                + " AND r.role IN :board",
            String.class)
        .setParameter("c", club.id())
        .setParameter("board", board)
        .getResultList();
  }

  private static String shiftLine(SignUp u, Locale l) {
    return shiftLine(u.shift(), l);
  }

  static String shiftLine(Shift s, Locale l) {
    Need n = s.need();
    String place =
        n.address() == null
            ? n.municipality().name()
            : n.address() + ", " + n.municipality().name();
    return Messages.get(
        l,
        "poolMail.shiftLine",
        n.title(),
        GermanDates.format(s.day()),
        s.startTime().toString(),
        s.endTime().toString(),
        place,
        s.tasks() == null ? "" : s.tasks());
  }

  private static String myUrl() {
    return Config.appUrl() + "/app/my-shifts.xhtml";
  }
}

package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.heldenhelfer.club.ClubKind;
import de.heldenhelfer.documents.UploadRefusedException;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.notifications.DigestJob;
import de.heldenhelfer.notifications.NotificationMode;
import de.heldenhelfer.notifications.NotificationService;
import de.heldenhelfer.platform.demo.DemoAccounts;
import de.heldenhelfer.platform.mail.OutboxSender;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.servicedesk.AnnouncementService;
import de.heldenhelfer.servicedesk.AnnouncementTopic;
import de.heldenhelfer.servicedesk.Audience;
import de.heldenhelfer.servicedesk.DeskEvent;
import de.heldenhelfer.servicedesk.RequestCategory;
import de.heldenhelfer.servicedesk.RequestService;
import de.heldenhelfer.servicedesk.RequestStatus;
import de.heldenhelfer.shared.AccessDeniedException;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The channel to the Servicestelle Ehrenamt in the container against MariaDB and the mail catcher:
 * who sees which request, the status steps, attachments, announcements to exactly the addressed
 * clubs with read figures, and notification mail – immediate, as a daily digest, and retried after
 * an SMTP outage, never twice.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceDeskIT extends InContainerTest {
  private static final String MAIL =
      System.getenv().getOrDefault("HH_TEST_MAIL_URL", "http://127.0.0.1:28025");
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Deployment
  static WebArchive deployment() {
    return Deployments.application("hh-service-desk-it", ServiceDeskIT.class);
  }

  @Inject RequestService requests;
  @Inject AnnouncementService announcements;
  @Inject NotificationService notifications;
  @Inject OutboxSender sender;
  @Inject DigestJob digest;

  private final String tag = "d" + Long.toString(System.nanoTime(), 36);

  private Principal desk() {
    return identities.principalOf(DemoAccounts.SUBJECT_SERVICESTELLE, List.of("servicedesk"));
  }

  private long open(Principal board, long club, String subject) throws Exception {
    return inClub(
        board,
        club,
        () ->
            requests.open(
                new RequestService.RequestDraft(
                    RequestCategory.FUNDING, subject, "Wie beantragen wir den Zuschuss?"),
                List.of(new RequestService.Upload("Kostenplan.pdf", PDF))));
  }

  @Test
  void onlyTheClubAndTheServiceDeskSeeARequest() throws Exception {
    Principal boardA = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    Principal boardB = principal(DemoAccounts.SUBJECT_VORSTAND_TEST);
    Principal member = principal(DemoAccounts.SUBJECT_MITGLIED);
    long clubA = clubOf(boardA);
    long clubB = clubOf(boardB);
    long id = open(boardA, clubA, "Zuschuss " + tag);
    RequestService.RequestView mine = inClub(boardA, clubA, () -> requests.clubRequest(id));
    long attachment = mine.messages().get(0).attachments().get(0).id();
    assertEquals("Kostenplan.pdf", mine.messages().get(0).attachments().get(0).fileName());

    // club B: neither the request, nor in its list, nor the attachment – not found, not forbidden
    assertThrows(
        NotFoundException.class, () -> inClub(boardB, clubB, () -> requests.clubRequest(id)));
    assertTrue(inClub(boardB, clubB, requests::clubRequests).stream().noneMatch(r -> r.id() == id));
    assertThrows(
        NotFoundException.class,
        () -> inClub(boardB, clubB, () -> requests.clubAttachment(attachment)));
    assertThrows(
        NotFoundException.class,
        () ->
            inClub(
                boardB,
                clubB,
                () -> {
                  requests.clubReply(id, "Hallo", List.of());
                  return null;
                }));
    // a plain member of club A may not write to the authority
    assertThrows(
        AccessDeniedException.class, () -> inClub(member, clubOf(member), requests::clubRequests));
    // region roles other than the service desk see no queue
    for (String[] role :
        new String[][] {
          {DemoAccounts.SUBJECT_PLANUNG, "planner"}, {DemoAccounts.SUBJECT_AGENTUR, "agency"}
        }) {
      Principal other = identities.principalOf(role[0], List.of(role[1]));
      assertThrows(
          AccessDeniedException.class,
          () -> asPerson(other, () -> requests.queue(RequestService.QueueFilter.active())));
      assertThrows(
          AccessDeniedException.class, () -> asPerson(other, () -> requests.deskRequest(id)));
    }
    // the service desk sees it in its queue, oldest first, with the club's name
    List<RequestService.RequestRow> queue =
        asPerson(desk(), () -> requests.queue(RequestService.QueueFilter.active()));
    RequestService.RequestRow row =
        queue.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    assertEquals("TSV 1862 Würzburg-Süd e.V.", row.clubName());
    assertEquals(RequestStatus.OPEN, row.status());
    for (int i = 1; i < queue.size(); i++) {
      assertFalse(queue.get(i).createdAt().isBefore(queue.get(i - 1).createdAt()), "oldest first");
    }
    assertEquals(
        PDF.length, asPerson(desk(), () -> requests.deskAttachment(attachment)).content().length);
  }

  @Test
  void theQueuesPagesReachEveryRequestOldestFirst() throws Exception {
    Principal board = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    long club = clubOf(board);
    RequestService.QueueFilter active = RequestService.QueueFilter.active();
    long before = asPerson(desk(), () -> requests.queuePage(active, 0)).total();
    long newest = 0;
    for (long i = before; i <= RequestService.QUEUE_PAGE_SIZE; i++) {
      newest = open(board, club, "Seite " + tag);
    }
    RequestService.QueuePage first = asPerson(desk(), () -> requests.queuePage(active, 0));
    assertTrue(first.total() > RequestService.QUEUE_PAGE_SIZE, "more than one page");
    assertEquals(RequestService.QUEUE_PAGE_SIZE, first.rows().size());
    assertEquals(
        (first.total() + RequestService.QUEUE_PAGE_SIZE - 1) / RequestService.QUEUE_PAGE_SIZE,
        first.pages());
    List<RequestService.RequestRow> all = new java.util.ArrayList<>();
    for (int p = 0; p < first.pages(); p++) {
      int page = p;
      all.addAll(asPerson(desk(), () -> requests.queuePage(active, page)).rows());
    }
    assertEquals(first.total(), all.size(), "every request on some page");
    assertEquals(all.size(), all.stream().map(RequestService.RequestRow::id).distinct().count());
    for (int i = 1; i < all.size(); i++) {
      assertFalse(all.get(i).createdAt().isBefore(all.get(i - 1).createdAt()), "oldest first");
    }
    long last = newest;
    RequestService.QueuePage beyond =
        asPerson(desk(), () -> requests.queuePage(active, Integer.MAX_VALUE));
    assertEquals(first.pages() - 1, beyond.page(), "a page beyond the last shows the last");
    assertEquals(all.get(all.size() - 1).id(), beyond.rows().get(beyond.rows().size() - 1).id());
    if (last > 0) {
      assertTrue(beyond.rows().stream().anyMatch(r -> r.id() == last), "the newest at the end");
    }
    Principal planner = identities.principalOf(DemoAccounts.SUBJECT_PLANUNG, List.of("planner"));
    assertThrows(
        AccessDeniedException.class, () -> asPerson(planner, () -> requests.queuePage(active, 0)));
  }

  @Test
  void statusStepsFollowTheRulesAndLeaveAHistory() throws Exception {
    Principal board = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    long club = clubOf(board);
    long id = open(board, club, "Hallenzeiten " + tag);
    Principal desk = desk();
    long v0 = asPerson(desk, () -> requests.deskRequest(id)).version();
    asPerson(
        desk,
        () -> {
          requests.assign(id, v0, desk.personId());
          return null;
        });
    long v1 = asPerson(desk, () -> requests.deskRequest(id)).version();
    asPerson(
        desk,
        () -> {
          requests.deskReply(
              id, v1, "Welche Halle meinen Sie?", RequestStatus.WAITING_FOR_CLUB, List.of());
          return null;
        });
    // a stale version is refused, nothing overwritten
    assertThrows(
        ConcurrentChangeException.class,
        () ->
            asPerson(
                desk,
                () -> {
                  requests.changeStatus(id, v1, RequestStatus.DONE);
                  return null;
                }));
    inClub(
        board,
        club,
        () -> {
          requests.clubReply(id, "Die Dreifachhalle am Sportpark.", List.of());
          return null;
        });
    RequestService.RequestView afterClub = asPerson(desk, () -> requests.deskRequest(id));
    assertEquals(RequestStatus.IN_PROGRESS, afterClub.status(), "the club's answer returns it");
    // back to "open" is not a step the desk can take
    RuleViolationException invalid =
        assertThrows(
            RuleViolationException.class,
            () ->
                asPerson(
                    desk,
                    () -> {
                      requests.changeStatus(id, afterClub.version(), RequestStatus.OPEN);
                      return null;
                    }));
    assertEquals(
        "Eine Anfrage mit dem Status „In Bearbeitung“ kann nicht auf „Offen“ gesetzt werden.",
        invalid.localizedMessage(Locale.GERMAN));
    assertEquals(
        "A request with the status \"In progress\" cannot be set to \"Open\".",
        invalid.localizedMessage(Locale.ENGLISH));
    asPerson(
        desk,
        () -> {
          requests.changeStatus(id, afterClub.version(), RequestStatus.DONE);
          return null;
        });
    inClub(
        board,
        club,
        () -> {
          requests.reopen(id);
          return null;
        });
    RequestService.RequestView end = inClub(board, club, () -> requests.clubRequest(id));
    assertEquals(RequestStatus.OPEN, end.status());
    assertEquals(
        List.of(
            DeskEvent.Kind.OPENED,
            DeskEvent.Kind.ASSIGNED,
            DeskEvent.Kind.REPLIED_DESK,
            DeskEvent.Kind.STATUS,
            DeskEvent.Kind.REPLIED_CLUB,
            DeskEvent.Kind.STATUS,
            DeskEvent.Kind.STATUS,
            DeskEvent.Kind.REOPENED),
        end.events().stream().map(RequestService.EventView::kind).toList());
    assertEquals(board.displayName(), end.events().get(0).actor());
    assertEquals(desk.displayName(), end.events().get(2).actor());
    assertEquals(3, end.messages().size());
  }

  @Test
  void attachmentsAreCheckedAndARefusedOneSavesNothing() throws Exception {
    Principal board = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    long club = clubOf(board);
    long before = number("SELECT COUNT(*) FROM desk_request");
    byte[] program = new byte[] {'M', 'Z', 0, 0, 3, 0, 0, 0};
    UploadRefusedException refused =
        assertThrows(
            UploadRefusedException.class,
            () ->
                inClub(
                    board,
                    club,
                    () ->
                        requests.open(
                            new RequestService.RequestDraft(
                                RequestCategory.OTHER, "Anhang " + tag, "Siehe Anhang"),
                            List.of(new RequestService.Upload("Rechnung.pdf", program)))));
    assertTrue(refused.localizedMessage(Locale.GERMAN).contains("Rechnung.pdf"));
    RuleViolationException tooMany =
        assertThrows(
            RuleViolationException.class,
            () ->
                inClub(
                    board,
                    club,
                    () ->
                        requests.open(
                            new RequestService.RequestDraft(
                                RequestCategory.OTHER, "Anhang " + tag, "Siehe Anhang"),
                            java.util.Collections.nCopies(
                                6, new RequestService.Upload("a.pdf", PDF)))));
    assertEquals("request.attachments.tooMany", tooMany.messageKey());
    assertEquals(before, number("SELECT COUNT(*) FROM desk_request"), "nothing half-saved");
    // an unsafe name is made safe
    long id =
        inClub(
            board,
            club,
            () ->
                requests.open(
                    new RequestService.RequestDraft(
                        RequestCategory.OTHER, "Name " + tag, "Siehe Anhang"),
                    List.of(new RequestService.Upload("../../etc/Plan<1>.pdf", PDF))));
    String name =
        inClub(board, club, () -> requests.clubRequest(id))
            .messages()
            .get(0)
            .attachments()
            .get(0)
            .fileName();
    assertFalse(name.contains("/") || name.contains("<") || name.contains(".."), name);
  }

  @Test
  void anAnnouncementReachesExactlyTheAddressedClubsWhoMarkItRead() throws Exception {
    Principal desk = desk();
    Audience music = new Audience(null, Set.of(ClubKind.MUSIC), null, null, null);
    long musicClubs = number("SELECT COUNT(*) FROM club WHERE kind = 'MUSIC'");
    AnnouncementService.Preview preview =
        asPerson(desk, () -> announcements.preview(music, Locale.GERMAN));
    assertEquals(musicClubs, preview.clubs());
    assertEquals("Musikvereine", preview.label());
    long id =
        asPerson(
            desk,
            () ->
                announcements.publish(
                    new AnnouncementService.Draft(
                        AnnouncementTopic.FUNDING_CALL,
                        "Förderaufruf Blasmusik " + tag,
                        "Bis 31. März beantragen.",
                        LocalDate.now(MemberService.ZONE).plusDays(30)),
                    music,
                    List.of(new RequestService.Upload("Aufruf.pdf", PDF))));
    assertEquals(
        musicClubs, number("SELECT COUNT(*) FROM announcement_club WHERE announcement_id = ?", id));
    assertEquals(
        0,
        number(
            "SELECT COUNT(*) FROM announcement_club ac JOIN club c ON c.id = ac.club_id"
                + " WHERE ac.announcement_id = ? AND c.kind <> 'MUSIC'",
            id));

    Principal musicBoard = principal(DemoAccounts.SUBJECT_VORSTAND_MUSIK);
    long musicClub = clubOf(musicBoard);
    List<AnnouncementService.ClubView> seen = inClub(musicBoard, musicClub, announcements::forClub);
    AnnouncementService.ClubView mine =
        seen.stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    assertFalse(mine.read());
    assertEquals(1, mine.attachments().size());
    assertTrue(inClub(musicBoard, musicClub, announcements::unreadForClub) >= 1);
    inClub(
        musicBoard,
        musicClub,
        () -> {
          announcements.markRead(id);
          return null;
        });
    assertTrue(
        inClub(musicBoard, musicClub, announcements::forClub).stream()
            .filter(a -> a.id() == id)
            .allMatch(AnnouncementService.ClubView::read));

    // a sports club is not addressed: it sees nothing and cannot mark it or fetch the attachment
    Principal sportBoard = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    long sportClub = clubOf(sportBoard);
    assertTrue(
        inClub(sportBoard, sportClub, announcements::forClub).stream()
            .noneMatch(a -> a.id() == id));
    assertThrows(
        NotFoundException.class,
        () ->
            inClub(
                sportBoard,
                sportClub,
                () -> {
                  announcements.markRead(id);
                  return null;
                }));
    long attachment = mine.attachments().get(0).id();
    assertThrows(
        NotFoundException.class,
        () -> inClub(sportBoard, sportClub, () -> announcements.clubAttachment(attachment)));

    AnnouncementService.DeskRow figures =
        asPerson(desk, announcements::deskList).stream()
            .filter(r -> r.id() == id)
            .findFirst()
            .orElseThrow();
    assertEquals(musicClubs, figures.addressed());
    assertEquals(1, figures.read());

    // an audience nobody belongs to is refused with a reason
    Audience nobody = new Audience(null, Set.of(ClubKind.MUSIC), null, 1_000_000, null);
    RuleViolationException empty =
        assertThrows(
            RuleViolationException.class,
            () ->
                asPerson(
                    desk,
                    () ->
                        announcements.publish(
                            new AnnouncementService.Draft(
                                AnnouncementTopic.OTHER, "Leer " + tag, "Text", null),
                            nobody,
                            List.of())));
    assertEquals("announcement.audience.empty", empty.messageKey());
  }

  @Test
  void notificationMailIsSentOnceImmediatelyOrAsDigestAndRetriedAfterAnOutage() throws Exception {
    Principal board = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    long club = clubOf(board);
    Principal desk = desk();
    asPerson(desk, () -> requests.queue(RequestService.QueueFilter.active())); // joins the desk
    sender.sendDue();

    // the club's board hears of the desk's answer by mail, once, with a link that needs no login
    long id = open(board, club, "Versicherung " + tag);
    long v = asPerson(desk, () -> requests.deskRequest(id)).version();
    asPerson(
        desk,
        () -> {
          requests.deskReply(id, v, "Die Sportversicherung deckt das ab.", null, List.of());
          return null;
        });
    sender.sendDue();
    sender.sendDue();
    String boardMail = board.email();
    String mails = mailsTo(boardMail, "Versicherung " + tag, 1);
    assertEquals(
        1,
        count(mails, "\"subject\":\"Heldenhelfer: Antwort der Servicestelle: Versicherung " + tag),
        mails);
    assertTrue(mails.contains("notifications-off.xhtml?token="), mails);
    assertTrue(inClub(board, club, notifications::unreadCount) >= 1);

    // the outage: SMTP refuses, the mail stays queued, and goes out once after the outage
    post(MAIL + "/api/outage?seconds=120");
    try {
      long v2 = asPerson(desk, () -> requests.deskRequest(id)).version();
      asPerson(
          desk,
          () -> {
            requests.changeStatus(id, v2, RequestStatus.DONE);
            return null;
          });
      assertEquals(0, sender.sendDue());
      assertTrue(
          number(
                  "SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL AND attempts >= 1"
                      + " AND last_error IS NOT NULL AND recipient = ?",
                  boardMail)
              >= 1,
          "the failed mail waits with its error");
    } finally {
      delete(MAIL + "/api/outage");
    }
    update("UPDATE mail_outbox SET next_attempt_at = NOW(3) WHERE sent_at IS NULL");
    assertTrue(sender.sendDue() >= 1);
    assertEquals(0, sender.sendDue(), "nothing is sent twice");
    String status = mailsTo(boardMail, "Versicherung " + tag + "“: Erledigt", 1);
    assertEquals(
        1,
        count(status, "\"subject\":\"Heldenhelfer: Anfrage „Versicherung " + tag + "“: Erledigt\""),
        status);

    // the daily digest: one mail with both events, and a second run sends nothing
    inClub(
        board,
        club,
        () -> {
          notifications.setMode(NotificationMode.DAILY);
          return null;
        });
    try {
      long second = open(board, club, "Digest " + tag);
      for (String text : List.of("Erste Antwort", "Zweite Antwort")) {
        long vv = asPerson(desk, () -> requests.deskRequest(second)).version();
        asPerson(
            desk,
            () -> {
              requests.deskReply(second, vv, text, null, List.of());
              return null;
            });
      }
      sender.sendDue();
      assertFalse(
          mailsTo(boardMail, "Digest " + tag, 0).contains("Digest " + tag), "no immediate mail");
      assertEquals(1, asPerson(null, () -> digest.run()));
      assertEquals(0, asPerson(null, () -> digest.run()), "a second run finds nothing new");
      sender.sendDue();
      String digestMail = mailsTo(boardMail, "Digest " + tag, 2);
      assertTrue(digestMail.contains("Heldenhelfer: 2 neue Benachrichtigungen"), digestMail);
      // one digest listing both answers: each line once, no immediate mail besides
      assertEquals(
          1, count(digestMail, "• Antwort der Servicestelle: Digest " + tag + " (In Bearbeitung)"));
      assertEquals(2, count(digestMail, "• Antwort der Servicestelle: Digest " + tag));
    } finally {
      inClub(
          board,
          club,
          () -> {
            notifications.setMode(NotificationMode.IMMEDIATE);
            return null;
          });
    }
  }

  // ------------------------------------------------------------------------------ helpers

  /** Mails to {@code to}, waiting until {@code part} appears at least {@code times} times. */
  private static String mailsTo(String to, String part, int times) throws Exception {
    String body = "";
    for (int i = 0; i < 50; i++) {
      body = get(MAIL + "/api/messages?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8));
      if (times == 0 || count(body, part) >= times) {
        return body;
      }
      Thread.sleep(100);
    }
    return body;
  }

  private static String get(String url) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static void post(String url) throws Exception {
    HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.discarding());
  }

  private static void delete(String url) throws Exception {
    HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).DELETE().build(),
        HttpResponse.BodyHandlers.discarding());
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}

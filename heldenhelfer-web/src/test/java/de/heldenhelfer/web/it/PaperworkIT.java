package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.heldenhelfer.club.ClubService;
import de.heldenhelfer.club.PaperworkSettings;
import de.heldenhelfer.membership.Member;
import de.heldenhelfer.membership.MemberDraft;
import de.heldenhelfer.membership.MemberQualification;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.membership.QualificationKind;
import de.heldenhelfer.paperwork.CalendarService;
import de.heldenhelfer.paperwork.ClubTask;
import de.heldenhelfer.paperwork.PaperworkJob;
import de.heldenhelfer.paperwork.TaskDraft;
import de.heldenhelfer.paperwork.TaskKind;
import de.heldenhelfer.paperwork.TaskService;
import de.heldenhelfer.paperwork.TaskStatus;
import de.heldenhelfer.people.IdentityService;
import de.heldenhelfer.platform.demo.DemoAccounts;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.shared.AccessDeniedException;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tasks and deadlines in the container against the test stack's MariaDB: the rules turned into
 * tasks from club data, manual tasks with checklist, recurrence and optimistic locking, tenant
 * isolation and permissions, reminder e-mails through real SMTP into the mail catcher, and the
 * calendar feed over HTTP. Club A is TSV 1862 Würzburg-Süd (vorstand-sport), club B SV Randersacker
 * (vorstand-test); "mitglied" is a plain member of club A.
 */
@ExtendWith(ArquillianExtension.class)
class PaperworkIT {
  private static final String MAIL =
      System.getenv().getOrDefault("HH_TEST_MAIL_URL", "http://127.0.0.1:28025");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment
  static WebArchive deployment() {
    return Deployments.application("hh-paperwork-it", PaperworkIT.class);
  }

  @Inject IdentityService identities;
  @Inject TaskService tasks;
  @Inject ClubService clubs;
  @Inject MemberService members;
  @Inject CalendarService calendars;
  @Inject PaperworkJob job;
  @Inject RequestContextController requestContext;
  @Inject Instance<Actor> actors;
  @Inject Instance<TenantContext> tenants;

  @Resource ManagedExecutorService executor;

  private final String tag = "t" + Long.toString(System.nanoTime(), 36);

  @Test
  void plannedMeetingAndExpiringLicenceBecomeTasksOnceAndFollowTheData() throws Exception {
    Principal board = principal(DemoAccounts.SUBJECT_VORSTAND_TEST);
    long club = clubOf(board);
    LocalDate today = LocalDate.now(MemberService.ZONE);
    LocalDate meeting = today.plusDays(40);
    inClub(
        board,
        club,
        () -> {
          PaperworkSettings s = clubs.paperwork();
          clubs.changePaperwork(
              clubs.currentClub().version(),
              new PaperworkSettings(
                  12,
                  14,
                  today.minusMonths(11),
                  meeting,
                  14,
                  "Würzburg",
                  "257/123/45678",
                  s.exemptionNoticeDate()));
          return null;
        });
    TaskService.SyncResult first = inClub(board, club, tasks::syncRules);
    List<TaskService.TaskRow> open =
        inClub(board, club, () -> tasks.list(TaskService.Filter.PENDING, TaskKind.GENERAL_MEETING));
    TaskService.TaskRow invitation = row(open, "Einladung zur Mitgliederversammlung");
    assertEquals("einladung-mitgliederversammlung", invitation.templateCode());
    assertTrue(invitation.dueDate().isBefore(meeting.minusDays(14)), "" + invitation.dueDate());
    assertEquals(meeting, row(open, "durchführen").dueDate());
    TaskService.SyncResult second = inClub(board, club, tasks::syncRules);
    assertEquals(0, second.created(), "a second sync creates nothing (first: " + first + ")");

    // a first-aid certificate expiring in 30 days asks for a task; renewing it drops the task
    Member m = inClub(board, club, () -> members.create(draft("Lizenz" + tag, "Prüfer", null)));
    MemberQualification q =
        inClub(
            board,
            club,
            () ->
                members.addQualification(
                    m.id(),
                    QualificationKind.FIRST_AID,
                    null,
                    today.minusYears(2),
                    today.plusDays(30)));
    inClub(board, club, tasks::syncRules);
    TaskService.TaskRow licence =
        row(
            inClub(
                board, club, () -> tasks.list(TaskService.Filter.PENDING, TaskKind.QUALIFICATION)),
            "Lizenz" + tag);
    assertEquals(today.plusDays(30), licence.dueDate());
    inClub(board, club, () -> members.removeQualification(m.id(), q.id()));
    TaskService.SyncResult afterRenewal = inClub(board, club, tasks::syncRules);
    assertTrue(afterRenewal.dropped() >= 1, "" + afterRenewal);
    ClubTask dropped = inClub(board, club, () -> tasks.find(licence.id()));
    assertEquals(TaskStatus.CANCELLED, dropped.status());
  }

  @Test
  void manualTaskWithChecklistRecurrenceAndOptimisticLocking() throws Exception {
    Principal board = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    long club = clubOf(board);
    LocalDate leapDay = LocalDate.of(2028, 2, 29);
    ClubTask t =
        inClub(
            board,
            club,
            () ->
                tasks.create(
                    new TaskDraft(
                        "Kassenprüfung " + tag,
                        "Belege prüfen",
                        TaskKind.OTHER,
                        leapDay,
                        null,
                        12,
                        null,
                        List.of("Belege sammeln", "", "Prüfbericht schreiben"))));
    assertEquals(2, t.steps().size(), "blank lines are no steps");
    long stepId = t.steps().get(0).id();
    ClubTask ticked = inClub(board, club, () -> tasks.markStep(t.id(), t.version(), stepId, true));
    assertTrue(ticked.version() > t.version());
    // a second board member still holding the old version is told, nothing is overwritten
    assertThrows(
        ConcurrentChangeException.class,
        () ->
            inClub(
                board,
                club,
                () ->
                    tasks.update(
                        t.id(),
                        t.version(),
                        new TaskDraft(
                            "Überschrieben",
                            null,
                            TaskKind.OTHER,
                            leapDay,
                            null,
                            0,
                            null,
                            List.of()))));
    assertThrows(
        RuleViolationException.class,
        () ->
            inClub(
                board,
                club,
                () ->
                    tasks.update(
                        t.id(),
                        ticked.version(),
                        new TaskDraft(
                            " ", null, TaskKind.OTHER, leapDay, null, 0, null, List.of()))));
    ClubTask reread = inClub(board, club, () -> tasks.find(t.id()));
    assertEquals("Kassenprüfung " + tag, reread.title());
    assertTrue(reread.steps().get(0).isDone());
    // completing a yearly task on 29 February opens the next one on 28 February
    ClubTask next = inClub(board, club, () -> tasks.complete(t.id(), reread.version()));
    assertNotNull(next);
    assertEquals(LocalDate.of(2029, 2, 28), next.dueDate());
    assertEquals(2, next.steps().size());
    assertFalse(next.steps().get(0).isDone(), "the next occurrence starts unticked");
    ClubTask done = inClub(board, club, () -> tasks.find(t.id()));
    assertEquals(TaskStatus.DONE, done.status());
    assertEquals(board.displayName(), done.completedBy());
    long blsv =
        row(
                inClub(
                    board,
                    club,
                    () -> tasks.list(TaskService.Filter.PENDING, TaskKind.ASSOCIATION)),
                "BLSV")
            .id();
    long blsvVersion = inClub(board, club, () -> tasks.find(blsv)).version();
    assertThrows(
        RuleViolationException.class,
        () ->
            inClub(
                board,
                club,
                () -> {
                  tasks.delete(blsv, blsvVersion);
                  return null;
                }),
        "rule tasks cannot be deleted");
  }

  @Test
  void anotherClubNeitherSeesNorChangesTheTasksAndMembersSeeNone() throws Exception {
    Principal boardA = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    Principal boardB = principal(DemoAccounts.SUBJECT_VORSTAND_TEST);
    Principal member = principal(DemoAccounts.SUBJECT_MITGLIED);
    long clubA = clubOf(boardA);
    long clubB = clubOf(boardB);
    ClubTask secret =
        inClub(
            boardA,
            clubA,
            () ->
                tasks.create(
                    new TaskDraft(
                        "Geheim " + tag,
                        null,
                        TaskKind.OTHER,
                        LocalDate.now(MemberService.ZONE).plusDays(3),
                        null,
                        0,
                        null,
                        List.of())));
    assertThrows(
        NotFoundException.class, () -> inClub(boardB, clubB, () -> tasks.find(secret.id())));
    assertThrows(
        NotFoundException.class,
        () -> inClub(boardB, clubB, () -> tasks.complete(secret.id(), secret.version())));
    assertThrows(
        NotFoundException.class,
        () ->
            inClub(
                boardB,
                clubB,
                () -> {
                  tasks.delete(secret.id(), secret.version());
                  return null;
                }));
    assertTrue(
        inClub(boardB, clubB, () -> tasks.list(TaskService.Filter.ALL, null)).stream()
            .noneMatch(r -> r.title().contains(tag)));
    assertFalse(
        inClub(boardB, clubB, tasks::dashboard).overdue().stream()
            .anyMatch(r -> r.id() == secret.id()));
    // a plain member of club A sees no board tasks
    assertThrows(AccessDeniedException.class, () -> inClub(member, clubA, tasks::dashboard));
    assertThrows(
        AccessDeniedException.class,
        () -> inClub(member, clubA, () -> tasks.list(TaskService.Filter.ALL, null)));
    assertThrows(
        AccessDeniedException.class, () -> inClub(member, clubA, () -> tasks.find(secret.id())));
    assertEquals(TaskStatus.OPEN, inClub(boardA, clubA, () -> tasks.find(secret.id())).status());
  }

  @Test
  void reminderMailReachesTheResponsibleMemberOnce() throws Exception {
    Principal board = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    long club = clubOf(board);
    String email = "erinnerung-" + tag + "@example.org";
    Member responsible =
        inClub(board, club, () -> members.create(draft("Erna" + tag, "Kassiererin", email)));
    ClubTask task =
        inClub(
            board,
            club,
            () ->
                tasks.create(
                    new TaskDraft(
                        "Kassenbericht " + tag,
                        "Für die Versammlung",
                        TaskKind.OTHER,
                        LocalDate.now(MemberService.ZONE).plusDays(3),
                        responsible.id(),
                        0,
                        null,
                        List.of())));
    PaperworkJob.ClubRun run = job.runIn(club);
    assertTrue(run.reminders() >= 1, "" + run);
    String mails = mailsTo(email);
    assertTrue(mails.contains("Erinnerung: Kassenbericht " + tag), mails);
    job.runIn(club);
    String again = mailsTo(email);
    assertEquals(1, count(again, "\"envelopeTo\""), "one mail, not two: " + again);
    assertNotNull(inClub(board, club, () -> tasks.find(task.id())).reminderSentOn());
  }

  @Test
  void calendarFeedShowsTheClubsOpenTasksOnlyAndStopsWhenRenewed() throws Exception {
    Principal boardA = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    Principal boardB = principal(DemoAccounts.SUBJECT_VORSTAND_TEST);
    long clubA = clubOf(boardA);
    long clubB = clubOf(boardB);
    LocalDate due = LocalDate.now(MemberService.ZONE).plusDays(20);
    inClub(
        boardA,
        clubA,
        () ->
            tasks.create(
                new TaskDraft(
                    "Feed A, Punkt; " + tag, null, TaskKind.OTHER, due, null, 0, null, List.of())));
    inClub(
        boardB,
        clubB,
        () ->
            tasks.create(
                new TaskDraft(
                    "Feed B " + tag, null, TaskKind.OTHER, due, null, 0, null, List.of())));
    String url = inClub(boardA, clubA, calendars::renewFeed);
    HttpResponse<String> feed = get(url);
    assertEquals(200, feed.statusCode());
    assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
    String unfolded = feed.body().replace("\r\n ", "");
    assertTrue(unfolded.contains("SUMMARY:Feed A\\, Punkt\\; " + tag), unfolded);
    assertFalse(unfolded.contains("Feed B " + tag), "club B's task is not in club A's feed");
    assertTrue(unfolded.contains("DTSTART;VALUE=DATE:" + due.toString().replace("-", "")));
    assertEquals(404, get(url.replace(".ics", "x.ics")).statusCode(), "a guessed secret");
    String renewed = inClub(boardA, clubA, calendars::renewFeed);
    assertEquals(404, get(url).statusCode(), "the old address stops working");
    assertEquals(200, get(renewed).statusCode());
    inClub(
        boardA,
        clubA,
        () -> {
          calendars.deleteFeed();
          return null;
        });
    assertEquals(404, get(renewed).statusCode());
    assertNull(inClub(boardA, clubA, () -> calendars.feedCreatedAt().orElse(null)));
  }

  // ------------------------------------------------------------------ helpers

  private static TaskService.TaskRow row(List<TaskService.TaskRow> rows, String titlePart) {
    return rows.stream()
        .filter(r -> r.title().contains(titlePart))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no task with " + titlePart + " in " + rows));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static String mailsTo(String to) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        MAIL + "/api/messages?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static MemberDraft draft(String firstName, String lastName, String email) {
    MemberDraft d = new MemberDraft();
    d.setSalutation("Frau");
    d.setFirstName(firstName);
    d.setLastName(lastName);
    d.setBirthDate(LocalDate.of(1975, 4, 2));
    d.setStreet("Semmelstraße 5");
    d.setPostalCode("97070");
    d.setCity("Würzburg");
    d.setEmail(email);
    d.setEntryDate(LocalDate.of(2005, 1, 1));
    return d;
  }

  private Principal principal(String subject) {
    return identities.principalOf(subject, List.of());
  }

  private static long clubOf(Principal p) {
    return p.clubs().get(0).clubId();
  }

  private <T> T inClub(Principal who, long clubId, Callable<T> work) throws Exception {
    try {
      return executor
          .submit(
              () -> {
                requestContext.activate();
                try {
                  actors.get().actAs(who);
                  tenants.get().enter(clubId);
                  return work.call();
                } finally {
                  requestContext.deactivate();
                }
              })
          .get();
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof Exception ex) {
        throw ex;
      }
      throw e;
    }
  }
}

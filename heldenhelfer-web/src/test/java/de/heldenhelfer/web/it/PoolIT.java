package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.platform.demo.DemoAccounts;
import de.heldenhelfer.pool.AgencyService;
import de.heldenhelfer.pool.ClubNeedService;
import de.heldenhelfer.pool.Matching;
import de.heldenhelfer.pool.Need;
import de.heldenhelfer.pool.NeedCategory;
import de.heldenhelfer.pool.NeedDraft;
import de.heldenhelfer.pool.NeedVisibility;
import de.heldenhelfer.pool.PartnerRequest;
import de.heldenhelfer.pool.PartnerService;
import de.heldenhelfer.pool.PoolCalendarService;
import de.heldenhelfer.pool.PoolQualification;
import de.heldenhelfer.pool.PoolService;
import de.heldenhelfer.pool.ShiftDraft;
import de.heldenhelfer.pool.ShiftReminders;
import de.heldenhelfer.pool.SignUpStatus;
import de.heldenhelfer.pool.VolunteerProfileService;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.shared.AccessDeniedException;
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
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shared volunteer pool in the container against the test stack's MariaDB and mail catcher: no
 * overbooking under many parallel sign-ups, the waiting list, the sign-up rules, visibility and
 * consent across clubs, agency matching and proposals, hours, partner requests, e-mails through
 * real SMTP and the volunteer's calendar feed over HTTP. Club A is TSV 1862 Würzburg-Süd
 * (vorstand-sport), club B SV Randersacker (vorstand-test).
 */
@ExtendWith(ArquillianExtension.class)
class PoolIT extends InContainerTest {
  private static final String MAIL =
      System.getenv().getOrDefault("HH_TEST_MAIL_URL", "http://127.0.0.1:28025");
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String WUERZBURG = "09663000";
  private static final String HOECHBERG = "09679147";

  @Deployment
  static WebArchive deployment() {
    return Deployments.application("hh-pool-it", PoolIT.class);
  }

  @Inject PoolService pool;
  @Inject ClubNeedService clubNeeds;
  @Inject AgencyService agency;
  @Inject PartnerService partners;
  @Inject VolunteerProfileService profiles;
  @Inject PoolCalendarService calendar;
  @Inject ShiftReminders reminders;
  @Inject de.heldenhelfer.pool.EngagementService engagement;

  private final String tag = "p" + Long.toString(System.nanoTime(), 36);
  private final LocalDate today = LocalDate.now(MemberService.ZONE);

  @Test
  void theDemoRegionHasOpenNeedsAndTheHelpersEngagement() throws Exception {
    Principal helper = principal(DemoAccounts.SUBJECT_HELFER);
    List<PoolService.NeedCard> open =
        asPerson(helper, () -> pool.openNeeds(PoolService.NeedFilter.none()));
    assertTrue(open.size() >= 5, "demo needs in the pool: " + open.size());
    assertTrue(
        open.stream()
            .allMatch(
                c ->
                    c.visibility() == NeedVisibility.POOL
                        || c.visibility() == NeedVisibility.PUBLIC),
        "a volunteer without a club sees pool and public needs only");
    assertTrue(open.stream().anyMatch(c -> c.freePlaces() > 0));
    // the helper's two demo engagements, hours confirmed by the clubs
    var record =
        asPerson(
            helper,
            () -> engagement.record(today.minusDays(60), today.minusDays(20), Locale.GERMAN));
    assertEquals(2, record.lines().size(), record.toString());
    assertEquals(7.5, record.totalHours(), 0.001);
    assertEquals(2, record.hoursByClub().size(), record.hoursByClub().toString());
  }

  @Test
  void theSharedListSeesEveryChangeAtOnce() throws Exception {
    Principal board = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    long club = clubOf(board);
    Need need = post(board, club, NeedVisibility.POOL, 0, Set.of(), 3, today.plusDays(21));
    Principal v = volunteer("Liste", null, "POOL");
    PoolService.NeedFilter mine =
        new PoolService.NeedFilter(null, null, null, null, null, null, need.title());
    // read twice: the second answer may come from the cache of lists shared by many people
    assertEquals(3, freePlaces(v, mine));
    assertEquals(3, freePlaces(v, mine));
    asPerson(v, () -> pool.signUp(need.shifts().get(0).id()));
    assertEquals(2, freePlaces(v, mine), "a committed sign-up is seen by the next list");
    inClub(
        board,
        club,
        () -> {
          clubNeeds.setOpen(need.id(), false);
          return null;
        });
    assertTrue(
        asPerson(v, () -> pool.openNeeds(mine)).isEmpty(), "a closed need leaves the list at once");
    // an anonymous visitor's list (public needs only) is a list of its own
    assertTrue(asPerson(null, () -> pool.openNeeds(mine)).isEmpty(), "a pool need is not public");
  }

  private int freePlaces(Principal who, PoolService.NeedFilter filter) throws Exception {
    List<PoolService.NeedCard> cards = asPerson(who, () -> pool.openNeeds(filter));
    assertEquals(1, cards.size(), cards.toString());
    return cards.get(0).freePlaces();
  }

  @Test
  void manyParallelSignUpsNeverOverbookAndTheWaitingListMovesUp() throws Exception {
    Principal board = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    long club = clubOf(board);
    Need need = post(board, club, NeedVisibility.POOL, 0, Set.of(), 10, today.plusDays(20));
    long shift = need.shifts().get(0).id();
    List<Principal> volunteers = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      volunteers.add(volunteer("Parallel" + i, null, "POOL"));
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Future<PoolService.SignUpResult>> results = new ArrayList<>();
    for (Principal v : volunteers) {
      results.add(
          executor.submit(
              () -> {
                start.await();
                return asPerson(v, () -> pool.signUp(shift));
              }));
    }
    start.countDown();
    int placed = 0;
    int waiting = 0;
    for (Future<PoolService.SignUpResult> f : results) {
      PoolService.SignUpResult r = f.get(60, TimeUnit.SECONDS);
      if (r.status() == SignUpStatus.PENDING) {
        placed++;
      } else if (r.status() == SignUpStatus.WAITING) {
        waiting++;
      }
    }
    assertEquals(10, placed, "exactly the capacity gets a place");
    assertEquals(40, waiting);
    assertEquals(10, number("SELECT booked FROM shift WHERE id = ?", shift));
    assertEquals(
        10,
        number(
            "SELECT COUNT(*) FROM sign_up WHERE shift_id = ? AND status IN ('PENDING','CONFIRMED')",
            shift));

    // a placed volunteer cancels: the first on the waiting list moves up, still 10 places taken
    Principal first = null;
    Long firstSignUp = null;
    for (int i = 0; i < volunteers.size() && first == null; i++) {
      PoolService.SignUpResult r = results.get(i).get();
      if (r.status() == SignUpStatus.PENDING) {
        first = volunteers.get(i);
        firstSignUp = r.signUpId();
      }
    }
    long earliestWaiting =
        number(
            "SELECT id FROM sign_up WHERE shift_id = ? AND status = 'WAITING'"
                + " ORDER BY created_at, id LIMIT 1",
            shift);
    long cancelId = firstSignUp;
    asPerson(
        first,
        () -> {
          pool.cancel(cancelId);
          return null;
        });
    assertEquals("CANCELLED", string("SELECT status FROM sign_up WHERE id = ?", cancelId));
    assertEquals("PENDING", string("SELECT status FROM sign_up WHERE id = ?", earliestWaiting));
    assertEquals(10, number("SELECT booked FROM shift WHERE id = ?", shift));
    assertEquals(
        10,
        number(
            "SELECT COUNT(*) FROM sign_up WHERE shift_id = ? AND status IN ('PENDING','CONFIRMED')",
            shift));
  }

  @Test
  void rulesRefuseWithAReason() throws Exception {
    Principal board = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    long club = clubOf(board);
    LocalDate day = today.plusDays(30);
    Need adults =
        post(board, club, NeedVisibility.POOL, 18, Set.of(PoolQualification.FIRST_AID), 5, day);
    long shift = adults.shifts().get(0).id();

    Principal young = volunteer("Jung", day.minusYears(18).plusDays(1), "POOL");
    qualification(young, "FIRST_AID", null);
    RuleViolationException tooYoung =
        assertThrows(RuleViolationException.class, () -> asPerson(young, () -> pool.signUp(shift)));
    assertTrue(
        tooYoung.localizedMessage(Locale.GERMAN).contains("Mindestalter von 18 Jahren"),
        tooYoung.localizedMessage(Locale.GERMAN));

    Principal birthday = volunteer("Geburtstag", day.minusYears(18), "POOL");
    RuleViolationException missing =
        assertThrows(
            RuleViolationException.class, () -> asPerson(birthday, () -> pool.signUp(shift)));
    assertTrue(
        missing.localizedMessage(Locale.GERMAN).contains("Erste-Hilfe-Kurs"),
        missing.localizedMessage(Locale.GERMAN));
    qualification(birthday, "FIRST_AID", day.minusDays(1));
    RuleViolationException expired =
        assertThrows(
            RuleViolationException.class, () -> asPerson(birthday, () -> pool.signUp(shift)));
    assertTrue(
        expired.localizedMessage(Locale.GERMAN).contains("nur bis"),
        expired.localizedMessage(Locale.GERMAN));
    update(
        "UPDATE volunteer_qualification SET valid_until = ? WHERE person_id = ?",
        day.plusYears(1),
        birthday.personId());
    // eighteen on the very day of the shift is old enough
    assertEquals(SignUpStatus.PENDING, asPerson(birthday, () -> pool.signUp(shift)).status());
    RuleViolationException twice =
        assertThrows(
            RuleViolationException.class, () -> asPerson(birthday, () -> pool.signUp(shift)));
    assertTrue(twice.localizedMessage(Locale.GERMAN).contains("bereits angemeldet"));

    // an overlapping shift of another need is refused, naming the first one
    Need other = post(board, club, NeedVisibility.POOL, 0, Set.of(), 5, day);
    RuleViolationException overlap =
        assertThrows(
            RuleViolationException.class,
            () -> asPerson(birthday, () -> pool.signUp(other.shifts().get(0).id())));
    assertTrue(
        overlap.localizedMessage(Locale.GERMAN).contains(adults.title()),
        overlap.localizedMessage(Locale.GERMAN));

    // cancelling: refused after the deadline (24 h before the start), allowed from the waiting list
    Need soon = post(board, club, NeedVisibility.POOL, 0, Set.of(), 1, today.plusDays(2));
    long soonShift = soon.shifts().get(0).id();
    Principal a = volunteer("Knapp", null, "POOL");
    Principal b = volunteer("Warte", null, "POOL");
    long placed = asPerson(a, () -> pool.signUp(soonShift)).signUpId();
    PoolService.SignUpResult queued = asPerson(b, () -> pool.signUp(soonShift));
    assertEquals(SignUpStatus.WAITING, queued.status());
    assertEquals(1, queued.waitingPosition());
    // the shift now starts in two hours: inside the 24-hour deadline at any time of day
    java.time.LocalDateTime inTwoHours =
        java.time.LocalDateTime.now(MemberService.ZONE).plusHours(2).withSecond(0).withNano(0);
    update(
        "UPDATE shift SET day = ?, start_time = ?, end_time = ? WHERE id = ?",
        inTwoHours.toLocalDate(),
        inTwoHours.toLocalTime(),
        inTwoHours.toLocalTime().plusMinutes(30).isAfter(inTwoHours.toLocalTime())
            ? inTwoHours.toLocalTime().plusMinutes(30)
            : LocalTime.of(23, 59),
        soonShift);
    RuleViolationException late =
        assertThrows(
            RuleViolationException.class,
            () ->
                asPerson(
                    a,
                    () -> {
                      pool.cancel(placed);
                      return null;
                    }));
    assertTrue(
        late.localizedMessage(Locale.GERMAN).contains("Absage ist nur bis"),
        late.localizedMessage(Locale.GERMAN));
    asPerson(
        b,
        () -> {
          pool.cancel(queued.signUpId());
          return null;
        });
    assertEquals("CANCELLED", string("SELECT status FROM sign_up WHERE id = ?", queued.signUpId()));
    assertEquals(1, number("SELECT booked FROM shift WHERE id = ?", soonShift));
  }

  @Test
  void visibilityAndContactDataStayWithTheRightClub() throws Exception {
    Principal boardA = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    Principal boardB = principal(DemoAccounts.SUBJECT_VORSTAND_TEST);
    long clubA = clubOf(boardA);
    long clubB = clubOf(boardB);
    Need internal = post(boardA, clubA, NeedVisibility.CLUB, 0, Set.of(), 3, today.plusDays(12));
    Need open = post(boardA, clubA, NeedVisibility.POOL, 0, Set.of(), 3, today.plusDays(13));
    Principal outsider = volunteer("Außen", null, "POOL");

    // a volunteer without a role in club A neither lists nor opens nor books its internal need
    List<PoolService.NeedCard> seen =
        asPerson(outsider, () -> pool.openNeeds(PoolService.NeedFilter.none()));
    assertTrue(seen.stream().anyMatch(c -> c.id() == open.id()));
    assertFalse(seen.stream().anyMatch(c -> c.id() == internal.id()));
    assertThrows(NotFoundException.class, () -> asPerson(outsider, () -> pool.need(internal.id())));
    assertThrows(
        NotFoundException.class,
        () -> asPerson(outsider, () -> pool.signUp(internal.shifts().get(0).id())));
    // anonymous visitors see public needs only
    assertFalse(
        asPerson(null, () -> pool.openNeeds(PoolService.NeedFilter.none())).stream()
            .anyMatch(c -> c.id() == open.id()));
    // the board of club A sees its internal need
    assertTrue(
        asPerson(boardA, () -> pool.openNeeds(PoolService.NeedFilter.none())).stream()
            .anyMatch(c -> c.id() == internal.id()));

    // the volunteer signs up at club A only: club A sees the contact data, club B nothing
    asPerson(outsider, () -> pool.signUp(open.shifts().get(0).id()));
    List<ClubNeedService.SignUpRow> atA = inClub(boardA, clubA, () -> clubNeeds.signUps(open.id()));
    assertTrue(atA.stream().anyMatch(r -> r.email().equals(outsider.email())));
    assertThrows(
        NotFoundException.class, () -> inClub(boardB, clubB, () -> clubNeeds.signUps(open.id())));
    assertThrows(
        NotFoundException.class, () -> inClub(boardB, clubB, () -> clubNeeds.need(open.id())));
    assertThrows(
        NotFoundException.class,
        () ->
            inClub(
                boardB,
                clubB,
                () -> {
                  clubNeeds.confirm(atA.get(0).id());
                  return null;
                }));
    assertFalse(
        inClub(boardB, clubB, clubNeeds::needs).stream().anyMatch(r -> r.id() == open.id()));
    // a plain member may not manage needs
    Principal member = principal(DemoAccounts.SUBJECT_MITGLIED);
    assertThrows(
        AccessDeniedException.class, () -> inClub(member, clubOf(member), clubNeeds::needs));

    // a partner need of club B becomes visible to club A's people once B's request is accepted
    Need partnerNeed = post(boardB, clubB, NeedVisibility.CLUB, 0, Set.of(), 4, today.plusDays(15));
    assertThrows(
        NotFoundException.class, () -> asPerson(boardA, () -> pool.need(partnerNeed.id())));
    PartnerRequest request =
        inClub(
            boardB,
            clubB,
            () -> partners.ask(partnerNeed.id(), clubA, 2, "Könnt ihr beim Sportfest helfen?"));
    inClub(
        boardA,
        clubA,
        () -> {
          partners.answer(request.id(), true, "Gern, zwei kommen.");
          return null;
        });
    assertEquals(
        NeedVisibility.PARTNERS, asPerson(boardA, () -> pool.need(partnerNeed.id())).visibility());
    assertThrows(
        NotFoundException.class, () -> asPerson(outsider, () -> pool.need(partnerNeed.id())));
    // both clubs see the request and its answer
    PartnerService.RequestRow fromB =
        inClub(boardB, clubB, partners::requests).stream()
            .filter(r -> r.id() == request.id())
            .findFirst()
            .orElseThrow();
    assertTrue(fromB.outgoing());
    assertEquals(PartnerRequest.Status.ACCEPTED, fromB.status());
    assertEquals("Gern, zwei kommen.", fromB.answer());
    assertTrue(
        inClub(boardA, clubA, partners::requests).stream()
            .anyMatch(r -> r.id() == request.id() && !r.outgoing()));
    // A's chair helps at B; after the shift B confirms 3 hours: both see them as given by A
    PoolService.SignUpResult help =
        asPerson(boardA, () -> pool.signUp(partnerNeed.shifts().get(0).id()));
    moveShiftToYesterday(partnerNeed.shifts().get(0).id());
    inClub(
        boardB,
        clubB,
        () ->
            clubNeeds.recordHours(partnerNeed.shifts().get(0).id(), Map.of(help.signUpId(), 3.0)));
    double receivedByB =
        inClub(boardB, clubB, partners::balances).stream()
            .filter(x -> x.partnerId() == clubA)
            .findFirst()
            .orElseThrow()
            .received();
    double givenByA =
        inClub(boardA, clubA, partners::balances).stream()
            .filter(x -> x.partnerId() == clubB)
            .findFirst()
            .orElseThrow()
            .given();
    assertTrue(receivedByB >= 3.0, "" + receivedByB);
    assertEquals(receivedByB, givenByA, 0.001);
  }

  @Test
  void agencyRanksOnlyVolunteersWhoAllowItAndTheProposalBecomesASignUp() throws Exception {
    Principal boardA = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    long clubA = clubOf(boardA);
    Principal agent = identities.principalOf(DemoAccounts.SUBJECT_AGENTUR, List.of("agency"));
    String skill = "seltenes-" + tag;
    Need need =
        inClub(
            boardA,
            clubA,
            () ->
                clubNeeds.create(
                    new NeedDraft(
                        "Vermittlung " + tag,
                        null,
                        WUERZBURG,
                        null,
                        NeedCategory.SPORTS_EVENT,
                        NeedVisibility.POOL,
                        16,
                        Set.of(),
                        Set.of(skill),
                        24),
                    List.of(
                        new ShiftDraft(
                            today.plusDays(25),
                            LocalTime.of(9, 0),
                            LocalTime.of(13, 0),
                            3,
                            null))));
    long shift = need.shifts().get(0).id();
    LocalDate adult = today.minusYears(30);
    // best: the rare skill, lives in Würzburg; second: same skill, lives in Höchberg; hidden:
    // perfect fit but visible to nobody; too young: perfect fit but 15
    Principal best = volunteer("Beste", adult, "AGENCY", WUERZBURG, skill);
    Principal second = volunteer("Zweite", adult, "POOL", HOECHBERG, skill);
    Principal hidden = volunteer("Verborgen", adult, "NOBODY", WUERZBURG, skill);
    Principal young = volunteer("Jugend", today.minusYears(15), "AGENCY", WUERZBURG, skill);

    List<Matching.Suggestion> ranked =
        asPerson(agent, () -> agency.suggestions(shift, Locale.GERMAN));
    List<Long> ids = ranked.stream().map(Matching.Suggestion::volunteerId).toList();
    assertEquals(best.personId(), ids.get(0), "" + ranked);
    assertEquals(second.personId(), ids.get(1), "" + ranked);
    assertFalse(ids.contains(hidden.personId()), "not shared with the agency");
    assertFalse(ids.contains(young.personId()), "minimum age is a hard filter");
    assertTrue(
        String.join(" ", ranked.get(0).reasons()).contains(skill),
        ranked.get(0).reasons().toString());
    // the volunteer side never gets the agency's list
    assertThrows(
        AccessDeniedException.class,
        () -> asPerson(best, () -> agency.suggestions(shift, Locale.GERMAN)));
    assertThrows(
        RuleViolationException.class,
        () -> asPerson(agent, () -> agency.propose(shift, hidden.personId(), null)));

    var proposal = asPerson(agent, () -> agency.propose(shift, best.personId(), "Passt gut!"));
    assertTrue(
        mailsTo(best.email(), "Freiwilligenagentur").contains("Freiwilligenagentur"),
        "proposal mail");
    List<AgencyService.MyProposal> mine = asPerson(best, agency::myProposals);
    assertEquals(proposal.id(), mine.get(0).id());
    PoolService.SignUpResult r = asPerson(best, () -> agency.accept(proposal.id()));
    assertEquals(SignUpStatus.PENDING, r.status());
    AgencyService.ProposalRow row =
        asPerson(agent, agency::proposals).stream()
            .filter(p -> p.id() == proposal.id())
            .findFirst()
            .orElseThrow();
    assertEquals(SignUpStatus.PENDING, row.signUpStatus());
    assertTrue(
        asPerson(agent, agency::figures).get(0).accepted() >= 1, "this month's figures count it");
    // the club sees the sign-up as coming through the agency and confirms it
    ClubNeedService.SignUpRow atClub =
        inClub(boardA, clubA, () -> clubNeeds.signUps(need.id())).get(0);
    assertTrue(atClub.viaAgency());
    inClub(
        boardA,
        clubA,
        () -> {
          clubNeeds.confirm(atClub.id());
          return null;
        });
    assertTrue(
        mailsTo(best.email(), "hat Ihre Anmeldung bestätigt")
            .contains("hat Ihre Anmeldung bestätigt"));
  }

  @Test
  void mailsRemindersHoursAndCalendarFeed() throws Exception {
    Principal board = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    long club = clubOf(board);
    Need need = post(board, club, NeedVisibility.POOL, 0, Set.of(), 2, today.plusDays(1));
    long shift = need.shifts().get(0).id();
    Principal v = volunteer("Mail", null, "POOL");
    long signUp = asPerson(v, () -> pool.signUp(shift)).signUpId();
    assertTrue(
        mailsTo(v.email(), "Ihre Anmeldung bei").contains("Ihre Anmeldung bei"),
        "receipt to the volunteer");

    // the reminder for tomorrow's shift goes out once
    reminders.remindShiftsOn(today.plusDays(1));
    reminders.remindShiftsOn(today.plusDays(1));
    mailsTo(v.email(), "Erinnerung: morgen Ihre Schicht");
    Thread.sleep(2000); // a second reminder would leave the outbox in the same round
    String mails = mailsTo(v.email(), "Erinnerung: morgen Ihre Schicht");
    assertEquals(1, count(mails, "\"subject\":\"Erinnerung: morgen Ihre Schicht"), mails);

    // the calendar feed lists the shift as a timed event; renewing kills the old URL
    String url = asPerson(v, calendar::renewFeed);
    String ics = get(url.replaceFirst("^https?://[^/]+", appBase()));
    assertTrue(ics.contains("BEGIN:VEVENT") && ics.contains(need.title()), ics);
    assertTrue(ics.contains("DTSTART:" + today.plusDays(1).toString().replace("-", "")), ics);
    String renewed = asPerson(v, calendar::renewFeed);
    assertEquals(404, status(url.replaceFirst("^https?://[^/]+", appBase())));
    assertEquals(200, status(renewed.replaceFirst("^https?://[^/]+", appBase())));

    // hours: not before the shift; afterwards in bulk for everyone holding a place
    assertThrows(
        RuleViolationException.class,
        () -> inClub(board, club, () -> clubNeeds.confirmAllAttended(shift)));
    moveShiftToYesterday(shift);
    assertEquals(1, (int) inClub(board, club, () -> clubNeeds.confirmAllAttended(shift)));
    assertEquals("ATTENDED", string("SELECT status FROM sign_up WHERE id = ?", signUp));
    assertEquals("4.00", string("SELECT hours FROM sign_up WHERE id = ?", signUp));
    PoolService.MySignUp record =
        asPerson(v, pool::mySignUps).stream()
            .filter(m -> m.id() == signUp)
            .findFirst()
            .orElseThrow();
    assertEquals(4.0, record.hours(), 0.001);
    assertEquals(board.displayName(), record.hoursConfirmedBy());
  }

  // ------------------------------------------------------------------------------ helpers

  private Need post(
      Principal board,
      long club,
      NeedVisibility visibility,
      int minAge,
      Set<PoolQualification> qualifications,
      int capacity,
      LocalDate day)
      throws Exception {
    return inClub(
        board,
        club,
        () ->
            clubNeeds.create(
                new NeedDraft(
                    "Helfer " + tag + " " + Long.toString(System.nanoTime(), 36),
                    "Beschreibung",
                    WUERZBURG,
                    "Sportplatz 1",
                    NeedCategory.FESTIVAL,
                    visibility,
                    minAge,
                    qualifications.isEmpty()
                        ? EnumSet.noneOf(PoolQualification.class)
                        : EnumSet.copyOf(qualifications),
                    Set.of("kasse"),
                    24),
                List.of(
                    new ShiftDraft(
                        day, LocalTime.of(14, 0), LocalTime.of(18, 0), capacity, "Kasse"))));
  }

  private Principal volunteer(String name, LocalDate birth, String visibility) throws Exception {
    return volunteer(name, birth, visibility, WUERZBURG, "kasse");
  }

  /** A person with a volunteer profile, created directly in the database. */
  private Principal volunteer(
      String name, LocalDate birth, String visibility, String home, String skills)
      throws Exception {
    String unique = name.toLowerCase(Locale.ROOT) + "-" + tag + "-" + System.nanoTime();
    String email = unique.replace("ä", "ae").replace("ß", "ss") + "@example.org";
    long person =
        update(
            "INSERT INTO person (subject, email, first_name, last_name, locale) VALUES (?,?,?,?,'de')",
            "test-" + unique,
            email,
            name,
            "Test");
    update(
        "INSERT INTO volunteer_profile (person_id, home_ags, birth_date, radius_km, visibility,"
            + " skills, interests, availability) VALUES (?,?,?,?,?,?,?,?)",
        person,
        home,
        birth,
        15,
        visibility,
        skills,
        "sports_event",
        "MO-MORNING,TU-MORNING,WE-MORNING,TH-MORNING,FR-MORNING,SA-MORNING,SU-MORNING");
    return new Principal(person, "test-" + unique, name + " Test", email, Set.of(), List.of());
  }

  private void qualification(Principal p, String kind, LocalDate until) throws Exception {
    update(
        "INSERT INTO volunteer_qualification (person_id, kind, valid_until) VALUES (?,?,?)",
        p.personId(),
        kind,
        until);
  }

  private void moveShiftToYesterday(long shift) throws Exception {
    update("UPDATE shift SET day = ? WHERE id = ?", today.minusDays(1), shift);
  }

  private static String appBase() {
    return System.getProperty("hh.test.appUrl", "http://localhost:28080");
  }

  private static String get(String url) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static int status(String url) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /**
   * The mails to {@code to} once one contains {@code expected}: pool mails go through the outbox,
   * which sends every 10 seconds.
   */
  private static String mailsTo(String to, String expected) throws Exception {
    String body = "";
    for (int i = 0; i < 60; i++) {
      body = get(MAIL + "/api/messages?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8));
      if (body.contains(expected)) {
        return body;
      }
      Thread.sleep(500);
    }
    return body;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}

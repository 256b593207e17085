package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.heldenhelfer.platform.demo.DemoAccounts;
import de.heldenhelfer.platform.mail.OutboxSender;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.servicedesk.AnnouncementService;
import de.heldenhelfer.servicedesk.AnnouncementTopic;
import de.heldenhelfer.servicedesk.Audience;
import de.heldenhelfer.servicedesk.RequestService;
import de.heldenhelfer.servicedesk.RequestStatus;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On demand only (not an *IT, so ./hh test skips it): the service desk's queue with 10,000 requests
 * (target: under 200 ms server time) and an announcement to 300 clubs with every board notified and
 * its mail queued (target: under 5 s). Creates its data once with JDBC batches (the requests, and
 * clubs "Desk-Benchmark …" with a chair each up to 300 clubs in all) and leaves it in the test
 * database. See benchmarks/README.md.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceDeskBenchmark extends InContainerTest {
  private static final Logger LOG = Logger.getLogger(ServiceDeskBenchmark.class.getName());
  private static final int REQUESTS = 10_000;
  private static final int CLUBS = 300;
  private static final int RUNS = 50;

  @Deployment
  static WebArchive deployment() {
    return Deployments.application("hh-desk-benchmark", ServiceDeskBenchmark.class);
  }

  @Inject RequestService requests;
  @Inject AnnouncementService announcements;
  @Inject OutboxSender sender;

  private Principal desk() {
    return identities.principalOf(DemoAccounts.SUBJECT_SERVICESTELLE, List.of("servicedesk"));
  }

  @Test
  void queueOfTenThousandRequests() throws Exception {
    ensureRequests();
    long total = number("SELECT COUNT(*) FROM desk_request");
    Principal desk = desk();
    StringBuilder report = new StringBuilder();
    report.append(String.format("desk queue over %d requests, %d calls each:%n", total, RUNS));
    measure(
        report,
        "active requests, oldest first (the default view)",
        () -> call(desk, () -> requests.queue(RequestService.QueueFilter.active()).size()));
    measure(
        report,
        "status 'waiting for the club'",
        () ->
            call(
                desk,
                () ->
                    requests
                        .queue(
                            new RequestService.QueueFilter(
                                RequestStatus.WAITING_FOR_CLUB, null, false, false))
                        .size()));
    measure(report, "counts per status", () -> call(desk, () -> requests.counts().size()));
    LOG.info(report.toString());
    System.out.println("DESK-BENCHMARK\n" + report);
    Files.writeString(
        Path.of(System.getProperty("java.io.tmpdir"), "desk-benchmark-queue.txt"), report);
    assertEquals(
        RequestService.MAX_ROWS,
        asPerson(desk, () -> requests.queue(RequestService.QueueFilter.active())).size(),
        "the queue shows its first 500 rows");
  }

  @Test
  void announcementToThreeHundredClubs() throws Exception {
    ensureClubs();
    long clubs = number("SELECT COUNT(*) FROM club");
    assertTrue(clubs >= CLUBS, "clubs: " + clubs);
    Principal desk = desk();
    sender.sendDue();
    long start = System.nanoTime();
    long id =
        asPerson(
            desk,
            () ->
                announcements.publish(
                    new AnnouncementService.Draft(
                        AnnouncementTopic.TRAINING,
                        "Benchmark: Fortbildung Vereinsrecht " + System.nanoTime(),
                        "Die Servicestelle lädt alle Vorstände zur Fortbildung ein.",
                        null),
                    Audience.everyone(),
                    List.of()));
    long publishMs = (System.nanoTime() - start) / 1_000_000;
    long addressed = number("SELECT COUNT(*) FROM announcement_club WHERE announcement_id = ?", id);
    long queued =
        number(
            "SELECT COUNT(*) FROM mail_outbox WHERE dedupe_key LIKE ?",
            "notification:announcement:" + id + ":%");
    long notified = number("SELECT COUNT(*) FROM notification WHERE link LIKE ?", "%#a" + id);
    // then the sender delivers them to the SMTP catcher
    long sendStart = System.nanoTime();
    int sent = 0;
    while (sent < queued && (System.nanoTime() - sendStart) < 120_000_000_000L) {
      sent += sender.sendDue();
    }
    long sendMs = (System.nanoTime() - sendStart) / 1_000_000;
    String report =
        String.format(
            "announcement to everyone: %d clubs addressed, %d people notified, %d mails queued in"
                + " %d ms (publish call, one transaction); time / target 5 s = %.2f%n"
                + "  then sent over SMTP to the catcher: %d mails in %d ms (%.0f mails/s)%n",
            addressed,
            notified,
            queued,
            publishMs,
            publishMs / 5000.0,
            sent,
            sendMs,
            sent * 1000.0 / Math.max(1, sendMs));
    LOG.info(report);
    System.out.println("DESK-BENCHMARK\n" + report);
    Files.writeString(
        Path.of(System.getProperty("java.io.tmpdir"), "desk-benchmark-announcement.txt"), report);
    assertEquals(clubs, addressed);
    long boards =
        number(
            "SELECT COUNT(DISTINCT person_id) FROM club_role"
                + " WHERE role IN ('CHAIR','VICE_CHAIR','TREASURER','SECRETARY')");
    assertEquals(boards, notified, "every board member of every club is notified once");
    assertEquals(notified, queued, "and gets one mail (all want mail at once)");
    assertEquals(queued, sent, "every queued mail went out once");
  }

  // ------------------------------------------------------------------------------ helpers

  private long call(Principal who, java.util.concurrent.Callable<Integer> work) {
    try {
      long t = System.nanoTime();
      asPerson(who, work);
      return System.nanoTime() - t;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void measure(StringBuilder report, String what, Supplier<Long> call) {
    for (int i = 0; i < 5; i++) {
      call.get();
    }
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      times.add(call.get());
    }
    Collections.sort(times);
    double p50 = times.get(times.size() / 2) / 1e6;
    double p95 = times.get((int) Math.ceil(times.size() * 0.95) - 1) / 1e6;
    double max = times.get(times.size() - 1) / 1e6;
    report.append(
        String.format(
            "  %s: p50 %.1f ms, p95 %.1f ms, max %.1f ms; p95 / target 200 ms = %.2f%n",
            what, p50, p95, max, p95 / 200.0));
  }

  /** 10,000 requests over the clubs, in every status, created once. */
  private void ensureRequests() throws Exception {
    long have = number("SELECT COUNT(*) FROM desk_request");
    if (have >= REQUESTS) {
      return;
    }
    List<Long> clubs = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        var rs = c.createStatement().executeQuery("SELECT id FROM club ORDER BY id")) {
      while (rs.next()) {
        clubs.add(rs.getLong(1));
      }
    }
    long opener = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT).personId();
    String[] statuses = {"OPEN", "IN_PROGRESS", "WAITING_FOR_CLUB", "DONE", "DONE", "DONE"};
    String[] categories = {
      "FUNDING", "PERMITS_EVENTS", "ROOMS_FACILITIES", "INSURANCE", "DATA_PROTECTION", "TAX_CHARITY"
    };
    Random rng = new Random(42);
    LocalDateTime now = LocalDateTime.now();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO desk_request (club_id, category, subject, status, opened_by,"
                  + " created_at, updated_at, closed_at) VALUES (?,?,?,?,?,?,?,?)")) {
        for (long i = have; i < REQUESTS; i++) {
          String status = statuses[rng.nextInt(statuses.length)];
          LocalDateTime created = now.minusMinutes(rng.nextInt(60 * 24 * 730));
          ps.setLong(1, clubs.get(rng.nextInt(clubs.size())));
          ps.setString(2, categories[rng.nextInt(categories.length)]);
          ps.setString(3, "Benchmark-Anfrage " + i);
          ps.setString(4, status);
          ps.setLong(5, opener);
          ps.setTimestamp(6, Timestamp.valueOf(created));
          ps.setTimestamp(7, Timestamp.valueOf(created.plusHours(3)));
          ps.setTimestamp(8, "DONE".equals(status) ? Timestamp.valueOf(created.plusDays(2)) : null);
          ps.addBatch();
          if (i % 1000 == 999) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
      }
      c.commit();
    }
  }

  /** Clubs "Desk-Benchmark n" with a chair each, until the region has 300 clubs. */
  private void ensureClubs() throws Exception {
    long have = number("SELECT COUNT(*) FROM club");
    if (have >= CLUBS) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      for (long i = have; i < CLUBS; i++) {
        long club =
            update(
                c,
                "INSERT INTO club (name, slug, kind, legal_form, municipality_ags)"
                    + " VALUES (?, ?, 'OTHER', 'EV', '09663000')",
                "Desk-Benchmark " + i + " e.V.",
                "desk-benchmark-" + i);
        long person =
            update(
                c,
                "INSERT INTO person (subject, email, first_name, last_name, locale)"
                    + " VALUES (NULL, ?, 'Vorstand', ?, 'de')",
                "vorstand" + i + "@desk-benchmark.example",
                "Benchmark " + i);
        update(
            c,
            "INSERT INTO club_role (club_id, person_id, role, since) VALUES (?, ?, 'CHAIR',"
                + " CURRENT_DATE)",
            club,
            person);
      }
      c.commit();
    }
  }

  private static long update(Connection c, String sql, Object... params) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.executeUpdate();
      try (var keys = ps.getGeneratedKeys()) {
        return keys.next() ? keys.getLong(1) : 0;
      }
    }
  }
}

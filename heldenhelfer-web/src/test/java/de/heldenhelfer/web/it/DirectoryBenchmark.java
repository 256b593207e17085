package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.heldenhelfer.pool.NeedCategory;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * On demand only (not an *IT, so ./hh test skips it): the speed of the public pages and the public
 * API over HTTP, against the running application as visitors see it (full response time per
 * request, HTML rendered and read to the end). See benchmarks/README.md.
 *
 * <ol>
 *   <li>the club directory ({@code /clubs.xhtml}, a GET form): 50 concurrent users without think
 *       time, each a sequence of visitors (a visitor keeps the session cookie for 10 searches) with
 *       a mix of searches – text, municipality, kind, sport, sorted by distance, page 2, nothing
 *       found; target p95 under 100 ms;
 *   <li>the public list of open needs ({@code /needs.xhtml}): the same 50 users, each visitor opens
 *       the list (GET) and filters it three times (PrimeFaces ajax postbacks: text, category,
 *       municipality with and without distance, a period); target p95 under 100 ms;
 *   <li>the API's club search ({@code GET /api/v1/clubs?q=…}) open-loop at 200 requests/s for 30 s:
 *       every request is sent at its scheduled time whether or not earlier ones have been answered,
 *       and its latency counts from that time; target: no errors. The per-address rate limit of
 *       anonymous API calls (default 3000/min, 50/s sustained) is raised through asadmin for the
 *       run ({@code hh.api.rateLimitPerMinute}, a system property the filter reads on each
 *       request), checked in the server's JVM report and restored afterwards.
 * </ol>
 *
 * The two pages are first measured with one user alone (the time of a request without queueing),
 * after a warm-up. The printed notes give the load average before each run and the CPU time the
 * Payara process used per request (from /proc, when the server runs on this machine).
 *
 * <p>Do not run it at the same time as ApiLimitsIT: that test sets and clears the same system
 * property in the server.
 *
 * <p>Every answer is checked, not only its status: the count shown matches the cards listed, known
 * demo clubs are found by their searches, filtered need cards have the filtered category,
 * municipality or distance, ajax answers update the list and do not redirect to an error page.
 * Wrong answers count as errors and fail the test; the figures are printed either way (and written
 * to {@code $TMPDIR/directory-benchmark.txt}). Figures depend on the data (how many clubs and needs
 * the test database holds, printed with them) and the load generator runs on the same machine.
 *
 * <p>Environment: {@code HH_TEST_APP_URL} (default http://localhost:28080), the test database as
 * for the browser tests; system properties {@code payara.home} and {@code arquillian.adminPort}
 * (set by the failsafe configuration) locate asadmin.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectoryBenchmark {
  static final String APP =
      System.getenv().getOrDefault("HH_TEST_APP_URL", "http://localhost:28080");

  private static final int USERS = 50;
  private static final int REQUESTS_PER_USER = 60;

  /** Mean think time of the users who read their pages (0.5–1.5 s), and their requests each. */
  private static final long THINK_MILLIS = 1000;

  private static final int THINK_REQUESTS_PER_USER = 40;
  private static final int ALONE_REQUESTS = 156;
  private static final int WARM_UP_USERS = 10;
  private static final int WARM_UP_REQUESTS_PER_USER = 40;
  private static final int SEARCHES_PER_VISITOR = 10;
  private static final int FILTERS_PER_VISIT = 3;
  private static final int API_RATE = 200;
  private static final int API_SECONDS = 30;
  private static final int API_WARM_UP_SECONDS = 5;
  private static final double TARGET_MS = 100;
  private static final String RATE_LIMIT = "hh.api.rateLimitPerMinute";
  private static final String RAISED_LIMIT = "100000";
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final DateTimeFormatter DE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private static final String WUERZBURG = "09663000";
  private static final String HOECHBERG = "09679147";
  private static final String RIMPAR = "09679180";
  private static final int FUSSBALL = 9;
  private static final int TAEKWONDO = 43;

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private static final Pattern CLUB_COUNT =
      Pattern.compile(
          "<p id=\"count\" role=\"status\">\\s*(Kein Verein gefunden|1 Verein gefunden|([\\d.]+)"
              + " Vereine gefunden)");
  private static final Pattern PAGE_OF = Pattern.compile("Seite (\\d+) von (\\d+)");
  private static final Pattern NEED_COUNT = Pattern.compile("([\\d.]+) Helfergesuche gefunden");
  private static final Pattern NEED_CARD =
      Pattern.compile("<li class=\"hh-card hh-need-card\">(.*?)</li>", Pattern.DOTALL);
  private static final Pattern NEED_CLUB =
      Pattern.compile("<p class=\"hh-need-club\">(.*?)</p>", Pattern.DOTALL);
  private static final Pattern BADGE = Pattern.compile("<span class=\"hh-badge\">(.*?)</span>");
  private static final Pattern KM = Pattern.compile("\\((\\d+) km\\)");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]+)\"");
  private static final Pattern AJAX_VIEW_STATE =
      Pattern.compile(
          "<update id=\"[^\"]*jakarta.faces.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");
  private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

  /** The rows of the summary table, in the order measured. */
  private static final Map<String, Stats> RESULTS =
      Collections.synchronizedMap(new LinkedHashMap<>());

  private static final StringBuilder NOTES = new StringBuilder();
  private static String dataSize = "";

  @BeforeAll
  static void dataSize() throws Exception {
    LocalDate today = LocalDate.now(BERLIN);
    try (Connection c = BrowserIT.testDatabase()) {
      long clubs = number(c, "SELECT COUNT(*) FROM club");
      long verified = number(c, "SELECT COUNT(*) FROM club WHERE verified");
      long departments =
          number(
              c,
              "SELECT COUNT(*) FROM department d JOIN club c ON c.id = d.club_id WHERE verified");
      long needs = number(c, "SELECT COUNT(*) FROM need");
      String open =
          text(
              c,
              "SELECT GROUP_CONCAT(v ORDER BY v SEPARATOR ', ') FROM (SELECT CONCAT(n.visibility,"
                  + " ' ', COUNT(DISTINCT n.id)) v FROM need n JOIN shift s ON s.need_id = n.id"
                  + " WHERE n.status = 'OPEN' AND s.day >= '"
                  + today
                  + "' GROUP BY n.visibility) x");
      long shifts = number(c, "SELECT COUNT(*) FROM shift WHERE day >= '" + today + "'");
      for (ClubSearch search : clubSearches()) {
        readExpectations(c, search.label(), search.where());
      }
      for (ApiSearch search : apiSearches()) {
        readExpectations(c, "api " + search.label(), search.where());
      }
      dataSize =
          String.format(
              Locale.ROOT,
              "test database: %d clubs, %d of them verified (listed) with %d departments; %d"
                  + " needs, open with a shift from today by visibility: %s; %d shifts from"
                  + " today",
              clubs,
              verified,
              departments,
              needs,
              open,
              shifts);
    }
    System.out.println("DIRECTORY-BENCHMARK " + dataSize);
  }

  // ------------------------------------------------------------------ 1. club directory

  @Test
  @Order(1)
  void clubDirectoryUnderFiftyUsers() throws Exception {
    List<ClubSearch> searches = clubSearches();
    closedLoop(
        "warm-up /clubs.xhtml",
        WARM_UP_USERS,
        WARM_UP_REQUESTS_PER_USER,
        (user, i, visitor, stats) -> clubSearch(searches, user, i, visitor, stats),
        null);
    Stats alone =
        closedLoop(
            "/clubs.xhtml, 1 user",
            1,
            ALONE_REQUESTS,
            (user, i, visitor, s) -> clubSearch(searches, user, i, visitor, s),
            "clubs-1");
    Stats stats =
        closedLoop(
            "/clubs.xhtml",
            USERS,
            REQUESTS_PER_USER,
            (user, i, visitor, s) -> clubSearch(searches, user, i, visitor, s),
            "clubs");
    Stats reading =
        closedLoop(
            "/clubs.xhtml, think time",
            USERS,
            THINK_REQUESTS_PER_USER,
            THINK_MILLIS,
            (user, i, visitor, s) -> clubSearch(searches, user, i, visitor, s),
            "clubs-think");
    assertNoErrors(alone);
    assertNoErrors(stats);
    assertNoErrors(reading);
  }

  /**
   * A search of the directory and the SQL condition (over the verified clubs {@code c}) that says
   * which clubs answer it: the expected count and names are read from the database before the run,
   * so the checks hold for any data set (test stack or the demo region).
   */
  private record ClubSearch(String label, String query, String where, boolean distance) {}

  /** What the database says a search must find: how many clubs, and which ones may be listed. */
  private record Expected(int total, Set<String> names) {}

  private static final Map<String, Expected> EXPECTED = new ConcurrentHashMap<>();

  /** Clubs whose name, purpose or description contains {@code word} (as the directory matches). */
  private static String text(String word) {
    String like = "'%" + word.toLowerCase(Locale.GERMAN) + "%'";
    return "(LOWER(c.name) LIKE BINARY "
        + like
        + " OR LOWER(COALESCE(c.purpose, '')) LIKE BINARY "
        + like
        + " OR LOWER(COALESCE(c.public_description, '')) LIKE BINARY "
        + like
        + ")";
  }

  private static String sport(int code) {
    return "EXISTS (SELECT 1 FROM department d WHERE d.club_id = c.id AND d.sport_code = "
        + code
        + ")";
  }

  private static List<ClubSearch> clubSearches() {
    return List.of(
        new ClubSearch("all, by name", "", null, false),
        new ClubSearch("text 'Musik'", "q=Musik", text("Musik"), false),
        new ClubSearch(
            "text 'feuerwehr', by distance from Würzburg",
            "q=feuerwehr&near=" + WUERZBURG,
            text("feuerwehr"),
            true),
        new ClubSearch(
            "municipality Höchberg",
            "ags=" + HOECHBERG,
            "c.municipality_ags = '" + HOECHBERG + "'",
            false),
        new ClubSearch("kind SPORT", "kind=SPORT", "c.kind = 'SPORT'", false),
        new ClubSearch(
            "kind SPORT + sport Fußball",
            "kind=SPORT&sport=" + FUSSBALL,
            "c.kind = 'SPORT' AND " + sport(FUSSBALL),
            false),
        new ClubSearch("sport Taekwondo", "sport=" + TAEKWONDO, sport(TAEKWONDO), false),
        new ClubSearch("by distance from Würzburg", "near=" + WUERZBURG, null, true),
        new ClubSearch(
            "text 'verein', by distance from Höchberg",
            "q=verein&near=" + HOECHBERG,
            text("verein"),
            true),
        new ClubSearch(
            "kind MUSIC, by distance from Rimpar",
            "kind=MUSIC&near=" + RIMPAR,
            "c.kind = 'MUSIC'",
            true),
        new ClubSearch("all, page 2", "page=2", null, false),
        new ClubSearch(
            "by distance from Würzburg, page 2", "near=" + WUERZBURG + "&page=2", null, true),
        new ClubSearch("text found nowhere", "q=Quidditch", text("Quidditch"), false));
  }

  /** Reads what each search must find, before the runs. */
  private static void readExpectations(Connection c, String key, String where) throws Exception {
    Set<String> names = new java.util.HashSet<>();
    try (var rs =
        c.createStatement()
            .executeQuery(
                "SELECT c.name FROM club c WHERE c.verified"
                    + (where == null ? "" : " AND " + where))) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    EXPECTED.put(key, new Expected(names.size(), names));
  }

  private static final Pattern CARD_NAME =
      Pattern.compile("<h2 class=\"hh-card-title\"><a href=\"[^\"]*\">(.*?)</a></h2>");

  private static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private static void clubSearch(
      List<ClubSearch> searches, int user, int i, Visitor visitor, Stats stats) {
    if (i % SEARCHES_PER_VISITOR == 0) {
      visitor.leave(); // the next visitor, without a session yet
    }
    ClubSearch s = searches.get((user * 7 + i) % searches.size());
    String url = APP + "/clubs.xhtml" + (s.query().isEmpty() ? "" : "?" + s.query());
    Answer a = visitor.send(HttpRequest.newBuilder(URI.create(url)).GET());
    stats.record(s.label(), a.nanos(), a.problem() != null ? a.problem() : checkClubs(s, a.body()));
  }

  /** Null when the page answers the search; otherwise what is wrong. */
  private static String checkClubs(ClubSearch s, String body) {
    if (!body.contains("id=\"clubList\"")) {
      return s.label() + ": no club list";
    }
    Matcher m = CLUB_COUNT.matcher(body);
    if (!m.find()) {
      return s.label() + ": no count";
    }
    int total =
        m.group(1).startsWith("Kein")
            ? 0
            : m.group(1).startsWith("1 ") ? 1 : Integer.parseInt(m.group(2).replace(".", ""));
    int page = 1;
    Matcher p = PAGE_OF.matcher(body);
    if (p.find()) {
      page = Integer.parseInt(p.group(1));
    }
    int cards = count(body, "<li class=\"hh-card\">");
    int expected = Math.max(0, Math.min(20, total - 20 * (page - 1)));
    if (cards != expected) {
      return s.label() + ": " + cards + " cards for " + total + " clubs on page " + page;
    }
    if (s.query().contains("page=2") && total > 20 && page != 2) {
      return s.label() + ": page " + page + " shown";
    }
    if (s.query().startsWith("q=Quidditch") && total != 0) {
      return s.label() + ": " + total + " clubs found";
    }
    if ((total == 0) != body.contains("id=\"noClubs\"")) {
      return s.label() + ": empty message wrong";
    }
    Expected e = EXPECTED.get(s.label());
    if (total != e.total()) {
      return s.label() + ": " + total + " clubs, the database has " + e.total();
    }
    Matcher card = CARD_NAME.matcher(body);
    while (card.find()) {
      String name = unescape(card.group(1));
      if (!e.names().contains(name)) {
        return s.label() + ": " + name + " does not answer the search";
      }
    }
    if (s.distance() && total > 0 && !body.contains(" km</p>")) {
      return s.label() + ": no distances";
    }
    return null;
  }

  // ------------------------------------------------------------------ 2. open needs

  @Test
  @Order(2)
  void openNeedsUnderFiftyUsers() throws Exception {
    List<NeedFilter> filters = needFilters();
    long publicNeeds;
    try (Connection c = BrowserIT.testDatabase()) {
      publicNeeds =
          number(
              c,
              "SELECT COUNT(DISTINCT n.id) FROM need n JOIN shift s ON s.need_id = n.id WHERE"
                  + " n.status = 'OPEN' AND n.visibility = 'PUBLIC' AND s.day >= '"
                  + LocalDate.now(BERLIN)
                  + "'");
    }
    closedLoop(
        "warm-up /needs.xhtml",
        WARM_UP_USERS,
        WARM_UP_REQUESTS_PER_USER,
        (user, i, visitor, stats) -> needs(filters, publicNeeds, user, i, visitor, stats),
        null);
    Stats alone =
        closedLoop(
            "/needs.xhtml, 1 user",
            1,
            ALONE_REQUESTS,
            (user, i, visitor, s) -> needs(filters, publicNeeds, user, i, visitor, s),
            "needs-1");
    Stats stats =
        closedLoop(
            "/needs.xhtml",
            USERS,
            REQUESTS_PER_USER,
            (user, i, visitor, s) -> needs(filters, publicNeeds, user, i, visitor, s),
            "needs");
    Stats reading =
        closedLoop(
            "/needs.xhtml, think time",
            USERS,
            THINK_REQUESTS_PER_USER,
            THINK_MILLIS,
            (user, i, visitor, s) -> needs(filters, publicNeeds, user, i, visitor, s),
            "needs-think");
    assertNoErrors(alone);
    assertNoErrors(stats);
    assertNoErrors(reading);
  }

  /** A filter of the needs list: the form's fields and a check of each card. */
  private record NeedFilter(
      String label,
      String text,
      String from,
      String to,
      String ags,
      String km,
      NeedCategory category,
      String clubLine,
      Integer maxKm) {}

  private static List<NeedFilter> needFilters() {
    LocalDate today = LocalDate.now(BERLIN);
    return List.of(
        new NeedFilter("text 'Kuchen'", "Kuchen", "", "", "", "", null, null, null),
        new NeedFilter("category FESTIVAL", "", "", "", "", "", NeedCategory.FESTIVAL, null, null),
        new NeedFilter(
            "municipality Würzburg", "", "", "", WUERZBURG, "", null, "· Würzburg", null),
        new NeedFilter("Höchberg + 20 km", "", "", "", HOECHBERG, "20", null, null, 20),
        new NeedFilter(
            "next 8 weeks",
            "",
            DE.format(today.plusDays(7)),
            DE.format(today.plusDays(63)),
            "",
            "",
            null,
            null,
            null),
        new NeedFilter(
            "Würzburg + 10 km, category SPORTS_EVENT",
            "",
            "",
            "",
            WUERZBURG,
            "10",
            NeedCategory.SPORTS_EVENT,
            null,
            10));
  }

  /**
   * Request {@code i} of a user: every fourth request opens the list (a GET; a new visitor every
   * third time), the others filter it by ajax postback in the view of that GET.
   */
  private static void needs(
      List<NeedFilter> filters, long publicNeeds, int user, int i, Visitor visitor, Stats stats) {
    int step = i % (FILTERS_PER_VISIT + 1);
    if (step == 0 || visitor.viewState == null) {
      if (i % (3 * (FILTERS_PER_VISIT + 1)) == 0) {
        visitor.leave();
      }
      Answer a = visitor.send(HttpRequest.newBuilder(URI.create(APP + "/needs.xhtml")).GET());
      String problem = a.problem();
      visitor.viewState = null;
      if (problem == null) {
        Matcher vs = VIEW_STATE.matcher(a.body());
        Matcher nonce = NONCE.matcher(a.body());
        if (!vs.find() || !nonce.find()) {
          problem = "list: no view state or nonce";
        } else {
          visitor.viewState = vs.group(1);
          visitor.nonce = nonce.group(1);
          problem = checkNeeds("list", a.body(), null);
          if (problem == null && publicNeeds > 0 && count(a.body(), "hh-need-card\"") == 0) {
            problem = "list: no need shown, " + publicNeeds + " public needs in the database";
          }
        }
      }
      stats.record("GET list", a.nanos(), problem);
      return;
    }
    NeedFilter f = filters.get((user * 5 + i) % filters.size());
    String form =
        form(
            "jakarta.faces.partial.ajax",
            "true",
            "jakarta.faces.source",
            "filter:apply",
            "jakarta.faces.partial.execute",
            "filter:apply filter",
            "jakarta.faces.partial.render",
            "filter needs",
            "filter:apply",
            "filter:apply",
            "filter",
            "filter",
            "filter:text",
            f.text(),
            "filter:from",
            f.from(),
            "filter:to",
            f.to(),
            "filter:ags",
            f.ags(),
            "filter:km",
            f.km(),
            "filter:category",
            f.category() == null ? "" : f.category().name(),
            "filter:skill",
            "",
            "primefaces.nonce",
            visitor.nonce,
            "jakarta.faces.ViewState",
            visitor.viewState);
    Answer a =
        visitor.send(
            HttpRequest.newBuilder(URI.create(APP + "/needs.xhtml"))
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    String problem = a.problem();
    if (problem == null) {
      String body = a.body();
      if (!body.startsWith("<?xml") || !body.contains("<partial-response")) {
        problem = f.label() + ": not a partial response";
      } else if (body.contains("<redirect") || body.contains("<error>")) {
        problem = f.label() + ": " + body.substring(0, Math.min(300, body.length()));
      } else if (!body.contains("<update id=\"needs\">")) {
        problem = f.label() + ": the list is not updated";
      } else {
        problem = checkNeeds(f.label(), body, f);
        Matcher vs = AJAX_VIEW_STATE.matcher(body);
        if (vs.find()) {
          visitor.viewState = vs.group(1);
        }
      }
    }
    stats.record("ajax filter", a.nanos(), problem);
  }

  /** Null when the list's count matches its cards and every card passes the filter. */
  private static String checkNeeds(String label, String body, NeedFilter f) {
    Matcher m = NEED_COUNT.matcher(body);
    if (!m.find()) {
      return label + ": no count";
    }
    int total = Integer.parseInt(m.group(1).replace(".", ""));
    List<String> cards = new ArrayList<>();
    Matcher c = NEED_CARD.matcher(body);
    while (c.find()) {
      cards.add(c.group(1));
    }
    if (cards.size() != total) {
      return label + ": " + cards.size() + " cards, count says " + total;
    }
    if (total == 0 && !body.contains("id=\"noNeeds\"")) {
      return label + ": no empty message";
    }
    if (f == null) {
      return null;
    }
    String category = f.category() == null ? null : f.category().label(Locale.GERMAN);
    for (String card : cards) {
      Matcher badge = BADGE.matcher(card);
      if (category != null && !(badge.find() && badge.group(1).equals(category))) {
        return label + ": a card of another category";
      }
      Matcher club = NEED_CLUB.matcher(card);
      String line = club.find() ? club.group(1) : "";
      if (f.clubLine() != null && !line.contains(f.clubLine())) {
        return label + ": a card elsewhere: " + line;
      }
      if (f.maxKm() != null) {
        Matcher km = KM.matcher(line);
        if (!km.find() || Integer.parseInt(km.group(1)) > f.maxKm()) {
          return label + ": a card beyond " + f.maxKm() + " km: " + line;
        }
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ 3. API club search

  @Test
  @Order(3)
  void apiClubSearchAtTwoHundredRequestsPerSecond() throws Exception {
    List<ApiSearch> searches = apiSearches();
    Asadmin asadmin = new Asadmin();
    String previous = asadmin.configured(RATE_LIMIT);
    String before = asadmin.live(RATE_LIMIT);
    asadmin.run("create-system-properties", RATE_LIMIT + "=" + RAISED_LIMIT);
    Stats stats;
    try {
      String live = asadmin.live(RATE_LIMIT);
      assertEquals(
          RAISED_LIMIT, live, "the raised limit is a system property of the server's JVM now");
      note(
          String.format(
              "rate limit %s: before %s (configured %s), raised to %s with asadmin"
                  + " create-system-properties, live in the server's JVM per"
                  + " generate-jvm-report: %s",
              RATE_LIMIT,
              before == null ? "not set (default 3000)" : before,
              previous == null ? "no" : previous,
              RAISED_LIMIT,
              live));
      openLoop("warm-up API", searches, API_RATE, API_WARM_UP_SECONDS, null);
      stats = openLoop("GET /api/v1/clubs?q=…", searches, API_RATE, API_SECONDS, "api");
    } finally {
      if (previous == null) {
        asadmin.run("delete-system-property", RATE_LIMIT);
      } else {
        asadmin.run("create-system-properties", RATE_LIMIT + "=" + previous);
      }
      String after = asadmin.live(RATE_LIMIT);
      note(
          String.format(
              "rate limit restored with asadmin %s: live value now %s",
              previous == null ? "delete-system-property" : "create-system-properties " + previous,
              after == null ? "not set (default 3000)" : after));
    }
    assertNoErrors(stats);
  }

  /** An API search and the condition (as for the pages) that says how many clubs answer it. */
  private record ApiSearch(String label, String query, String where) {}

  private static List<ApiSearch> apiSearches() {
    return List.of(
        new ApiSearch("q=Musik", "q=Musik", text("Musik")),
        new ApiSearch("q=verein", "q=verein", text("verein")),
        new ApiSearch(
            "q=Feuerwehr, near Würzburg", "q=Feuerwehr&near=" + WUERZBURG, text("Feuerwehr")),
        new ApiSearch(
            "q=Taekwondo in Höchberg",
            "q=Taekwondo&ags=" + HOECHBERG,
            text("Taekwondo") + " AND c.municipality_ags = '" + HOECHBERG + "'"),
        new ApiSearch("q=e, kind SPORT", "q=e&kind=SPORT", text("e") + " AND c.kind = 'SPORT'"),
        new ApiSearch("q=e, page 2", "q=e&page=2", text("e")),
        new ApiSearch(
            "q=Fußball",
            "q=" + URLEncoder.encode("Fußball", StandardCharsets.UTF_8),
            text("Fußball")),
        new ApiSearch("q=Quidditch", "q=Quidditch", text("Quidditch")));
  }

  /**
   * Sends {@code rate} requests a second for {@code seconds}, each at its scheduled time (open
   * loop: a slow answer does not delay the next request); latency counts from the scheduled time.
   */
  private static Stats openLoop(
      String name, List<ApiSearch> searches, int rate, int seconds, String key) throws Exception {
    int n = rate * seconds;
    long period = 1_000_000_000L / rate;
    ExecutorService callbacks = Executors.newFixedThreadPool(4);
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(callbacks)
            .build();
    Stats stats = new Stats(name);
    AtomicInteger rateLimited = new AtomicInteger();
    AtomicLong lastDone = new AtomicLong();
    CountDownLatch done = new CountDownLatch(n);
    String load = loadAverage();
    long cpu = serverCpuMillis();
    long maxLag = 0;
    long start = System.nanoTime() + 50_000_000L;
    try {
      for (int i = 0; i < n; i++) {
        long at = start + i * period;
        long wait;
        while ((wait = at - System.nanoTime()) > 0) {
          LockSupport.parkNanos(wait);
        }
        maxLag = Math.max(maxLag, System.nanoTime() - at);
        ApiSearch s = searches.get(i % searches.size());
        HttpRequest request =
            HttpRequest.newBuilder(URI.create(APP + "/api/v1/clubs?" + s.query()))
                .header("Accept-Language", "de")
                .timeout(TIMEOUT)
                .GET()
                .build();
        client
            .sendAsync(request, HttpResponse.BodyHandlers.ofString())
            .whenComplete(
                (res, ex) -> {
                  long end = System.nanoTime();
                  String problem;
                  if (ex != null) {
                    problem =
                        s.label() + ": " + ex.getClass().getSimpleName() + " " + ex.getMessage();
                  } else if (res.statusCode() / 100 != 2) {
                    if (res.statusCode() == 429) {
                      rateLimited.incrementAndGet();
                    }
                    problem = s.label() + ": status " + res.statusCode();
                  } else if (!res.body()
                      .contains("\"total\":" + EXPECTED.get("api " + s.label()).total())) {
                    problem =
                        s.label()
                            + ": not "
                            + EXPECTED.get("api " + s.label()).total()
                            + " clubs as in the database";
                  } else {
                    problem = null;
                  }
                  stats.record(s.label(), end - at, problem);
                  lastDone.accumulateAndGet(end, Math::max);
                  done.countDown();
                });
      }
      assertTrue(
          done.await(TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS), "every request is answered");
    } finally {
      callbacks.shutdown();
    }
    stats.wallNanos = lastDone.get() - start;
    stats.note =
        String.format(
            Locale.ROOT,
            "open loop, %d requests scheduled at %d/s for %d s (sent with at most %.1f ms delay);"
                + " %d answered 429; load average before %s; %s",
            n,
            rate,
            seconds,
            maxLag / 1e6,
            rateLimited.get(),
            load,
            cpuPerRequest(cpu, n));
    finish(stats, key);
    return stats;
  }

  // ------------------------------------------------------------------ closed loop and reporting

  /** One request of a virtual user: number {@code i} of user {@code user}. */
  private interface Step {
    void run(int user, int i, Visitor visitor, Stats stats) throws Exception;
  }

  /**
   * {@code users} virtual users at once without think time, {@code requests} requests each; each
   * user is a sequence of visitors with their own session cookie.
   */
  private static Stats closedLoop(String name, int users, int requests, Step step, String key)
      throws Exception {
    return closedLoop(name, users, requests, 0, step, key);
  }

  /**
   * As above, but each user pauses between two requests for a think time drawn evenly between half
   * and one and a half times {@code thinkMillis} (0: none) – visitors who read what they got.
   */
  private static Stats closedLoop(
      String name, int users, int requests, long thinkMillis, Step step, String key)
      throws Exception {
    Stats stats = new Stats(name);
    String load = loadAverage();
    long cpu = serverCpuMillis();
    ExecutorService pool = Executors.newFixedThreadPool(users);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> running = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      int user = u;
      running.add(
          pool.submit(
              () -> {
                Visitor visitor = new Visitor();
                go.await();
                java.util.Random random = new java.util.Random(user);
                for (int i = 0; i < requests; i++) {
                  if (thinkMillis > 0 && i > 0) {
                    Thread.sleep(thinkMillis / 2 + (long) (random.nextDouble() * thinkMillis));
                  }
                  step.run(user, i, visitor, stats);
                }
                return null;
              }));
    }
    long start = System.nanoTime();
    go.countDown();
    try {
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    stats.wallNanos = System.nanoTime() - start;
    stats.note =
        String.format(
            "%d %s %s × %d requests; load average before %s; %s",
            users,
            users == 1 ? "user" : "users",
            thinkMillis == 0
                ? "without think time"
                : "with " + thinkMillis / 2 + "–" + thinkMillis * 3 / 2 + " ms think time",
            requests,
            load,
            cpuPerRequest(cpu, users * requests));
    finish(stats, key);
    return stats;
  }

  private static void finish(Stats stats, String key) {
    String line = stats.line();
    System.out.println("DIRECTORY-BENCHMARK " + line);
    if (key != null) {
      RESULTS.put(key, stats);
    }
  }

  private static void assertNoErrors(Stats stats) {
    assertEquals(
        0,
        stats.errors.get(),
        stats.name + ": " + stats.errors.get() + " errors, e.g. " + stats.samples);
  }

  private static synchronized void note(String text) {
    NOTES.append(text).append('\n');
    System.out.println("DIRECTORY-BENCHMARK " + text);
  }

  @AfterAll
  static void report() throws Exception {
    StringBuilder r = new StringBuilder();
    r.append("DIRECTORY-BENCHMARK\n").append(dataSize).append('\n');
    r.append(
        String.format(
            "%-46s %9s %9s %9s %9s %9s %9s %7s %11s%n",
            "run",
            "requests",
            "req/s",
            "p50 ms",
            "p95 ms",
            "p99 ms",
            "max ms",
            "errors",
            "p95/100ms"));
    for (Stats s : RESULTS.values()) {
      r.append(s.row(s.name, s.all()));
      for (Map.Entry<String, List<Long>> kind : s.byKind().entrySet()) {
        r.append(s.row("  " + kind.getKey(), kind.getValue()));
      }
      r.append("  (").append(s.note).append(")\n");
      if (!s.samples.isEmpty()) {
        r.append("  errors, e.g.: ").append(s.samples).append('\n');
      }
    }
    r.append(NOTES);
    System.out.println(r);
    Files.writeString(
        Path.of(System.getProperty("java.io.tmpdir"), "directory-benchmark.txt"), r.toString());
  }

  /** Latencies and errors of one run, overall and per kind of request. */
  private static final class Stats {
    final String name;
    final Map<String, List<Long>> kinds = new ConcurrentHashMap<>();
    final AtomicInteger errors = new AtomicInteger();
    final Set<String> samples = ConcurrentHashMap.newKeySet();
    long wallNanos;
    String note = "";

    Stats(String name) {
      this.name = name;
    }

    void record(String kind, long nanos, String problem) {
      List<Long> list =
          kinds.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()));
      list.add(nanos);
      if (problem != null) {
        errors.incrementAndGet();
        if (samples.size() < 5) {
          samples.add(problem);
        }
      }
    }

    List<Long> all() {
      List<Long> all = new ArrayList<>();
      kinds.values().forEach(all::addAll);
      return all;
    }

    Map<String, List<Long>> byKind() {
      return kinds.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .collect(
              Collectors.toMap(
                  Map.Entry::getKey,
                  e -> new ArrayList<>(e.getValue()),
                  (a, b) -> a,
                  LinkedHashMap::new));
    }

    String line() {
      List<Long> all = sorted(all());
      return String.format(
          Locale.ROOT,
          "%s: %d requests, %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, %d"
              + " errors, p95 / %.0f ms = %.2f (%s)%s",
          name,
          all.size(),
          all.size() / (wallNanos / 1e9),
          ms(all, 0.5),
          ms(all, 0.95),
          ms(all, 0.99),
          ms(all, 1),
          errors.get(),
          TARGET_MS,
          ms(all, 0.95) / TARGET_MS,
          note,
          samples.isEmpty() ? "" : " errors, e.g. " + samples);
    }

    String row(String label, List<Long> times) {
      List<Long> t = sorted(times);
      boolean total = label.equals(name);
      return String.format(
          Locale.ROOT,
          "%-46s %9d %9s %9.1f %9.1f %9.1f %9.1f %7s %11.2f%n",
          label,
          t.size(),
          String.format(Locale.ROOT, "%.0f", t.size() / (wallNanos / 1e9)),
          ms(t, 0.5),
          ms(t, 0.95),
          ms(t, 0.99),
          ms(t, 1),
          total ? String.valueOf(errors.get()) : "",
          ms(t, 0.95) / TARGET_MS);
    }
  }

  private static List<Long> sorted(List<Long> times) {
    List<Long> t = new ArrayList<>(times);
    Collections.sort(t);
    return t;
  }

  private static double ms(List<Long> sorted, double quantile) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int i = (int) Math.ceil(quantile * sorted.size()) - 1;
    return sorted.get(Math.max(0, i)) / 1e6;
  }

  // ------------------------------------------------------------------ HTTP

  /** An answer, or a problem (status, exception); the time of the whole exchange. */
  private record Answer(String body, long nanos, String problem) {}

  /** A visitor: a session cookie once the server set one. */
  private static final class Visitor {
    String cookie;
    String viewState;
    String nonce;

    void leave() {
      cookie = null;
      viewState = null;
      nonce = null;
    }

    Answer send(HttpRequest.Builder request) {
      request.header("Accept-Language", "de-DE").timeout(TIMEOUT);
      if (cookie != null) {
        request.header("Cookie", cookie);
      }
      HttpRequest r = request.build();
      long t = System.nanoTime();
      try {
        HttpResponse<String> res = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - t;
        res.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("HHSESSION="))
            .findFirst()
            .ifPresent(
                c -> cookie = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
        return new Answer(
            res.body(),
            nanos,
            res.statusCode() == 200
                ? null
                : r.method() + " " + r.uri().getRawQuery() + ": status " + res.statusCode());
      } catch (Exception e) {
        return new Answer(
            "",
            System.nanoTime() - t,
            r.method() + " " + r.uri().getRawQuery() + ": " + e.getClass().getSimpleName());
      }
    }
  }

  private static String form(String... pairs) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      if (s.length() > 0) {
        s.append('&');
      }
      s.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return s.toString();
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }

  // ------------------------------------------------------------------ asadmin, data, machine

  /** asadmin of the test stack's Payara (payara.home, arquillian.adminPort). */
  private static final class Asadmin {
    final String command;
    final String port;

    Asadmin() {
      String home = System.getProperty("payara.home");
      assertTrue(
          home != null && !home.isBlank() && !home.startsWith("$"),
          "-Dpayara.home=… is needed to raise the API's rate limit");
      command = Path.of(home, "bin", "asadmin").toString();
      port = System.getProperty("arquillian.adminPort", "28048");
    }

    String run(String... args) throws Exception {
      List<String> cmd = new ArrayList<>(List.of(command, "--port", port));
      cmd.addAll(Arrays.asList(args));
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (InputStream in = p.getInputStream()) {
        in.transferTo(out);
      }
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "asadmin " + args[0] + " finishes");
      String text = out.toString(StandardCharsets.UTF_8);
      assertEquals(0, p.exitValue(), "asadmin " + String.join(" ", args) + ": " + text);
      return text;
    }

    /** The value configured for the server in domain.xml, null if none. */
    String configured(String property) throws Exception {
      Matcher m =
          Pattern.compile("(?m)^" + Pattern.quote(property) + "=(.*)$")
              .matcher(run("list-system-properties"));
      return m.find() ? m.group(1).strip() : null;
    }

    /** The value in the running server's JVM (System.getProperty), null if unset. */
    String live(String property) throws Exception {
      Matcher m =
          Pattern.compile("(?m)^" + Pattern.quote(property) + " = (.*)$")
              .matcher(run("generate-jvm-report", "--type", "summary"));
      return m.find() ? m.group(1).strip() : null;
    }
  }

  private static long number(Connection c, String sql) throws Exception {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String text(Connection c, String sql) throws Exception {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  /**
   * CPU time (user + system) the Payara process has used so far, from /proc and the domain's pid
   * file; -1 where that is not available (another machine, another system).
   */
  private static long serverCpuMillis() {
    try {
      String pid =
          Files.readString(
                  Path.of(
                      System.getProperty("payara.home"),
                      "glassfish",
                      "domains",
                      System.getProperty("arquillian.domain", "hh-test"),
                      "config",
                      "pid"))
              .strip();
      String stat = Files.readString(Path.of("/proc", pid, "stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields 14 and 15 of /proc/<pid>/stat (utime, stime), in clock ticks of usually 10 ms
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    } catch (Exception e) {
      return -1;
    }
  }

  private static String cpuPerRequest(long before, int requests) {
    long after = serverCpuMillis();
    return before < 0 || after < 0
        ? "server CPU not measured"
        : String.format(
            Locale.ROOT,
            "Payara CPU %.1f ms per request (anything else the server did meanwhile included)",
            (after - before) / (double) requests);
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (Exception e) {
      return "unknown";
    }
  }
}

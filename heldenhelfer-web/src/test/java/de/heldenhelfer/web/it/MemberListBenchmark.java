package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import de.heldenhelfer.membership.MemberQuery;
import de.heldenhelfer.membership.MemberStatus;
import de.heldenhelfer.security.ClubRole;
import de.heldenhelfer.security.Principal;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On demand only (not an *IT): the member list of a club with 10,000 members (in a region of
 * 60,000+) under 20 concurrent users — a filtered, sorted page of 25 plus the count, as the list
 * page asks for them. Prints p50/p95/p99 server time and throughput. See benchmarks/README.md.
 */
@ExtendWith(ArquillianExtension.class)
class MemberListBenchmark {
  private static final int USERS = 20;
  private static final int CALLS_PER_USER = 50;

  @Deployment
  static WebArchive deployment() {
    return Deployments.application(
        "hh-list-benchmark",
        MemberListBenchmark.class,
        BenchmarkCalls.class,
        ExportBenchmark.class);
  }

  @Inject BenchmarkCalls calls;

  @Resource(lookup = "java:app/jdbc/heldenhelfer")
  DataSource dataSource;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Test
  void filteredSortedPagesUnderTwentyUsers() throws Exception {
    long club = ExportBenchmark.benchmarkClub(dataSource);
    Principal board =
        new Principal(
            1,
            "benchmark",
            "Benchmark",
            null,
            Set.of(),
            List.of(
                new Principal.ClubMembership(club, "Export-Benchmark", Set.of(ClubRole.CHAIR))));
    List<MemberQuery> queries =
        List.of(
            MemberQuery.all(),
            new MemberQuery("", MemberStatus.ACTIVE, MemberQuery.Sort.NAME, false),
            new MemberQuery("Nachname1", null, MemberQuery.Sort.NUMBER, true),
            new MemberQuery("", MemberStatus.ACTIVE, MemberQuery.Sort.BIRTH, false)
                .withAge(18, 60, java.time.LocalDate.now()),
            new MemberQuery("", null, MemberQuery.Sort.ENTRY, true));
    StringBuilder single = new StringBuilder();
    for (int qi = 0; qi < queries.size(); qi++) { // one user: the cost of each kind of page
      List<Long> t = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        t.add(calls.listPage(board, club, queries.get(qi), (i % 40) * 25));
      }
      Collections.sort(t);
      single.append(
          String.format(
              "  query %d alone: p50 %.1f ms, p95 %.1f ms%n", qi, ms(t, 0.5), ms(t, 0.95)));
    }
    Random random = new Random(42);
    for (int i = 0; i < 200; i++) { // warm-up: JIT, caches, pools
      calls.listPage(board, club, queries.get(i % queries.size()), random.nextInt(200) * 25);
    }
    ExecutorService pool = Executors.newFixedThreadPool(USERS, threads);
    List<Future<List<Long>>> users = new ArrayList<>();
    long start = System.nanoTime();
    for (int u = 0; u < USERS; u++) {
      int seed = u;
      users.add(
          pool.submit(
              () -> {
                Random r = new Random(seed);
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < CALLS_PER_USER; i++) {
                  MemberQuery q = queries.get(r.nextInt(queries.size()));
                  times.add(calls.listPage(board, club, q, r.nextInt(40) * 25));
                }
                return times;
              }));
    }
    List<Long> all = new ArrayList<>();
    for (Future<List<Long>> f : users) {
      all.addAll(f.get());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    Collections.sort(all);
    String report =
        String.format(
                "member list, club of 10,000, %d users x %d pages: p50 %.1f ms, p95 %.1f ms,"
                    + " p99 %.1f ms, max %.1f ms, %.0f pages/s%n",
                USERS,
                CALLS_PER_USER,
                ms(all, 0.50),
                ms(all, 0.95),
                ms(all, 0.99),
                all.get(all.size() - 1) / 1e6,
                all.size() / seconds)
            + single;
    System.out.println("LIST-BENCHMARK " + report);
    Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "list-benchmark.txt"), report);
    assertTrue(ms(all, 0.95) < 200, "target p95 < 200 ms: " + report);
  }

  private static double ms(List<Long> sorted, double quantile) {
    int i = (int) Math.ceil(quantile * sorted.size()) - 1;
    return sorted.get(Math.max(0, i)) / 1e6;
  }
}

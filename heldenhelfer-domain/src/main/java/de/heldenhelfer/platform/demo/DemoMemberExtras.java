package de.heldenhelfer.platform.demo;

import de.heldenhelfer.platform.demo.DemoRegion.Consent;
import de.heldenhelfer.platform.demo.DemoRegion.Department;
import de.heldenhelfer.platform.demo.DemoRegion.FamilyLink;
import de.heldenhelfer.platform.demo.DemoRegion.Kind;
import de.heldenhelfer.platform.demo.DemoRegion.Member;
import de.heldenhelfer.platform.demo.DemoRegion.MemberDepartment;
import de.heldenhelfer.platform.demo.DemoRegion.MemberFunction;
import de.heldenhelfer.platform.demo.DemoRegion.Qualification;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The member administration part of the demo region, per club: membership types and fee categories,
 * guardian contacts and parent links of minors, family memberships, consents, the board and
 * department functions, qualifications of trainers (some expiring soon, some expired) and their
 * Führungszeugnis checks.
 *
 * <p>Uses a random generator of its own (derived from the seed), so the clubs, members and
 * volunteers of the region stay exactly as they were before these parts existed. Not thread-safe.
 */
final class DemoMemberExtras {
  /** The day the DSGVO took effect: consents are dated from then on. */
  private static final LocalDate DSGVO = LocalDate.of(2018, 5, 25);

  private final SplittableRandom rng;
  private final LocalDate ref;
  private final DemoReferenceData data;

  final List<MemberFunction> functions = new ArrayList<>();
  final List<Consent> consents = new ArrayList<>();
  final List<Qualification> qualifications = new ArrayList<>();
  final List<FamilyLink> links = new ArrayList<>();

  private long nextFunctionId = 1;
  private long nextConsentId = 1;
  private long nextQualificationId = 1;
  private long nextLinkId = 1;

  /**
   * One club's members before the extras.
   *
   * @param members the club's member rows, in id order
   * @param parentOf member id of a minor → member id of a parent in the same club
   * @param fixedFunctions member id → function kind of a demo account (CHAIR, TREASURER), with the
   *     day the role started
   */
  record ClubInput(
      long clubId,
      Kind kind,
      String templateKey,
      List<Member> members,
      Map<Long, Long> parentOf,
      List<Department> departments,
      List<MemberDepartment> memberDepartments,
      Map<Long, Map.Entry<String, LocalDate>> fixedFunctions) {}

  /** Mutable extras of one member while a club is built. */
  private static final class Extra {
    String type;
    String fee;
    String guardianName;
    String guardianPhone;
    String guardianEmail;
    boolean rcInspected;
    LocalDate rcDate;
    LocalDate youthWorkEnd;
  }

  DemoMemberExtras(long seed, LocalDate ref, DemoReferenceData data) {
    this.rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 0x4D454D42L);
    this.ref = ref;
    this.data = data;
  }

  /** The club's members with their extras; functions, consents … are collected in the lists. */
  List<Member> club(ClubInput in) {
    Map<Long, Member> byId = new LinkedHashMap<>();
    Map<Long, Extra> extras = new HashMap<>();
    for (Member m : in.members()) {
      byId.put(m.id(), m);
      extras.put(m.id(), new Extra());
    }

    // membership types
    for (Member m : in.members()) {
      extras.get(m.id()).type = typeOf(m);
    }
    // parents, guardians and family memberships
    for (Member m : in.members()) {
      if (!isCurrent(m) || age(m) >= 18) {
        continue;
      }
      Extra x = extras.get(m.id());
      Long parentId = in.parentOf().get(m.id());
      Member parent = parentId == null ? null : byId.get(parentId);
      if (parent != null && isCurrent(parent)) {
        links.add(new FamilyLink(nextLinkId++, m.id(), parent.id(), in.clubId(), "PARENT"));
        if (rng.nextDouble() < 0.5) {
          x.type = "FAMILY";
          extras.get(parent.id()).type = "FAMILY";
          links.add(
              new FamilyLink(nextLinkId++, m.id(), parent.id(), in.clubId(), "FAMILY_MEMBER"));
        }
        if (rng.nextDouble() < 0.6) {
          x.guardianName = parent.firstName() + " " + parent.lastName();
          x.guardianPhone = parent.phone() != null ? parent.phone() : mobile();
          x.guardianEmail = parent.email();
        }
      } else {
        boolean mother = rng.nextDouble() < 0.6;
        int birthYear = m.birthDate().getYear() - 24 - rng.nextInt(16);
        String first = oneOf(data.firstNames(mother ? 'W' : 'M', birthYear));
        x.guardianName = first + " " + m.lastName();
        if (rng.nextDouble() < 0.9) {
          x.guardianPhone = mobile();
        }
        if (x.guardianPhone == null || rng.nextDouble() < 0.45) {
          x.guardianEmail = email(first, m.lastName());
        }
      }
    }
    for (Member m : in.members()) {
      Extra x = extras.get(m.id());
      x.fee = feeOf(x.type);
    }

    // consents of current members
    for (Member m : in.members()) {
      if (isCurrent(m)) {
        consents(m, extras.get(m.id()), in.clubId());
      }
    }

    // functions, qualifications, record checks
    functions(in, byId, extras);

    // a few other members with a first aid course
    for (Member m : in.members()) {
      if (isCurrent(m) && age(m) >= 16 && rng.nextDouble() < 0.015) {
        LocalDate issued = ref.minusDays(rng.nextInt(3 * 365));
        qualification(m, in.clubId(), "FIRST_AID", null, issued, issued.plusYears(2));
      }
    }

    List<Member> out = new ArrayList<>(in.members().size());
    for (Member m : in.members()) {
      Extra x = extras.get(m.id());
      out.add(
          m.with(
              x.type,
              x.fee,
              x.guardianName,
              x.guardianPhone,
              x.guardianEmail,
              x.rcInspected,
              x.rcDate,
              false,
              x.youthWorkEnd));
    }
    return out;
  }

  // ------------------------------------------------------------------ types and fees

  private String typeOf(Member m) {
    int age = age(m);
    switch (m.status()) {
      case "HONORARY":
        return "HONORARY";
      case "PASSIVE":
        if (age >= 18 && rng.nextDouble() < 0.7) {
          return "SUPPORTING";
        }
        break;
      default:
        break;
    }
    if (age < 18) {
      return "YOUTH";
    }
    if (age <= 26 && rng.nextDouble() < 0.35) {
      return "REDUCED";
    }
    return "ADULT";
  }

  private static String feeOf(String type) {
    return switch (type) {
      case "YOUTH" -> "Kinder/Jugendliche";
      case "REDUCED" -> "Ermäßigt";
      case "FAMILY" -> "Familienbeitrag";
      case "SUPPORTING" -> "Förderbeitrag";
      case "HONORARY" -> "beitragsfrei";
      default -> "Erwachsene";
    };
  }

  // ------------------------------------------------------------------ consents

  private void consents(Member m, Extra x, long clubId) {
    LocalDate earliest = m.entryDate().isAfter(DSGVO) ? m.entryDate() : DSGVO;
    if (earliest.isAfter(ref)) {
      earliest = ref;
    }
    if (rng.nextDouble() < 0.8) {
      consent(m, clubId, "PHOTO_PUBLICATION", rng.nextDouble() < 0.85, earliest);
    }
    if ((m.email() != null || x.guardianEmail != null) && rng.nextDouble() < 0.7) {
      consent(m, clubId, "NEWSLETTER", rng.nextDouble() < 0.65, earliest);
    }
    if (rng.nextDouble() < 0.6) {
      consent(m, clubId, "DIRECTORY_NAME", rng.nextDouble() < 0.8, earliest);
    }
  }

  private void consent(Member m, long clubId, String kind, boolean granted, LocalDate earliest) {
    LocalDate date = between(earliest, ref);
    LocalDate withdrawn = granted && rng.nextDouble() < 0.04 ? between(date, ref) : null;
    consents.add(new Consent(nextConsentId++, m.id(), clubId, kind, granted, date, withdrawn));
  }

  // ------------------------------------------------------------------ functions

  private void functions(ClubInput in, Map<Long, Member> byId, Map<Long, Extra> extras) {
    Set<Long> taken = new HashSet<>();
    Set<String> fixedKinds = new HashSet<>();
    in.fixedFunctions()
        .forEach(
            (memberId, kindAndStart) -> {
              Member m = byId.get(memberId);
              LocalDate start =
                  kindAndStart.getValue().isBefore(m.entryDate())
                      ? m.entryDate()
                      : kindAndStart.getValue();
              function(m, in.clubId(), kindAndStart.getKey(), null, null, start, null);
              fixedKinds.add(kindAndStart.getKey());
              taken.add(memberId);
            });

    List<Member> current = in.members().stream().filter(DemoMemberExtras::isCurrent).toList();
    int minors = (int) current.stream().filter(m -> age(m) < 18).count();
    List<Member> boardPool =
        shuffled(
            current.stream()
                .filter(m -> !m.status().equals("PASSIVE"))
                .filter(m -> age(m) >= 25 && age(m) <= 78)
                .toList());
    int n = current.size();
    List<String> board = new ArrayList<>(List.of("CHAIR", "TREASURER"));
    if (n >= 15) {
      board.add("SECRETARY");
    }
    if (n >= 25) {
      board.add("VICE_CHAIR");
    }
    if (n >= 80) {
      for (int i = 1 + rng.nextInt(3); i > 0; i--) {
        board.add("ASSESSOR");
      }
    }
    if (n >= 30) {
      board.add("AUDITOR");
      board.add("AUDITOR");
    }
    for (String kind : board) {
      if (fixedKinds.contains(kind)) {
        continue;
      }
      Member m = next(boardPool, taken);
      if (m == null) {
        break;
      }
      LocalDate start = termStart(notBefore(m.entryDate().plusYears(1), adult(m)), 9);
      function(m, in.clubId(), kind, null, null, start, null);
      if (kind.equals("CHAIR") && rng.nextDouble() < 0.5) {
        Member former = next(boardPool, taken);
        if (former != null) {
          LocalDate end = start.minusDays(1);
          LocalDate from = end.minusYears(2 + rng.nextInt(7));
          if (!from.isBefore(former.entryDate()) && !from.isBefore(adult(former))) {
            function(former, in.clubId(), "CHAIR", null, null, from, end);
          }
        }
      }
    }

    // youth work: youth lead, trainers, conductors
    List<Member> staffPool =
        shuffled(current.stream().filter(m -> age(m) >= 18 && age(m) <= 65).toList());
    if (minors >= 10 || in.kind() == Kind.YOUTH) {
      Member m = next(staffPool, taken);
      if (m != null) {
        String title = in.kind() == Kind.FIRE_BRIGADE ? "Jugendwart" : null;
        youthWorker(in, m, extras.get(m.id()), "YOUTH_LEAD", title, null, null);
      }
    }
    if (!in.departments().isEmpty()) {
      Map<Long, List<Member>> byDept = new LinkedHashMap<>();
      Map<String, LocalDate> deptEntry = new HashMap<>();
      for (MemberDepartment md : in.memberDepartments()) {
        Member m = byId.get(md.memberId());
        if (isCurrent(m) && age(m) >= 18 && age(m) <= 70) {
          byDept.computeIfAbsent(md.departmentId(), k -> new ArrayList<>()).add(m);
          deptEntry.put(md.memberId() + "/" + md.departmentId(), md.entryDate());
        }
      }
      for (Department d : in.departments()) {
        List<Member> pool = shuffled(byDept.getOrDefault(d.id(), List.of()));
        long size =
            in.memberDepartments().stream().filter(md -> md.departmentId() == d.id()).count();
        if (size >= 15) {
          Member lead = next(pool, taken);
          if (lead != null) {
            LocalDate start =
                termStart(notBefore(deptEntry.get(lead.id() + "/" + d.id()), adult(lead)), 10);
            function(lead, in.clubId(), "DEPARTMENT_LEAD", null, d.id(), start, null);
          }
        }
        int trainers = size < 5 ? 0 : (int) Math.max(1, Math.min(8, Math.round(size / 30.0)));
        for (int i = 0; i < trainers; i++) {
          Member t = next(pool, taken);
          if (t == null) {
            break;
          }
          youthWorker(in, t, extras.get(t.id()), "TRAINER", null, d, deptEntry);
        }
        if (trainers > 0 && rng.nextDouble() < 0.25) {
          Member former = next(pool, taken);
          if (former != null) {
            formerTrainer(in, former, extras.get(former.id()), d, deptEntry);
          }
        }
      }
    } else if (in.kind() == Kind.MUSIC) {
      Member conductor = next(staffPool, taken);
      if (conductor != null) {
        youthWorker(in, conductor, extras.get(conductor.id()), "TRAINER", "Dirigent", null, null);
      }
      if (minors >= 5) {
        Member teacher = next(staffPool, taken);
        if (teacher != null) {
          youthWorker(
              in, teacher, extras.get(teacher.id()), "TRAINER", "Jugendausbildung", null, null);
        }
      }
    } else if (in.kind() == Kind.YOUTH) {
      for (int i = 0; i < 2; i++) {
        Member leader = next(staffPool, taken);
        if (leader != null) {
          youthWorker(in, leader, extras.get(leader.id()), "TRAINER", "Gruppenleitung", null, null);
        }
      }
    }
  }

  /** A trainer or youth lead: function, qualifications and (mostly) a Führungszeugnis check. */
  private void youthWorker(
      ClubInput in,
      Member m,
      Extra x,
      String kind,
      String title,
      Department d,
      Map<String, LocalDate> deptEntry) {
    LocalDate from =
        d == null || deptEntry == null ? m.entryDate() : deptEntry.get(m.id() + "/" + d.id());
    LocalDate start = termStart(notBefore(from, adult(m)), 10);
    function(m, in.clubId(), kind, title, d == null ? null : d.id(), start, null);
    LocalDate adult = adult(m);
    if (kind.equals("TRAINER")) {
      double u = rng.nextDouble();
      if (u < 0.75) {
        LocalDate issued = notBefore(ref.minusDays(rng.nextInt(5 * 365)), adult);
        String name = d == null ? "Übungsleiter C Breitensport" : "Trainer C " + d.name();
        qualification(m, in.clubId(), "TRAINER_LICENSE_C", name, issued, issued.plusYears(4));
      } else if (u < 0.85) {
        LocalDate issued = notBefore(ref.minusDays(rng.nextInt(5 * 365)), adult);
        String name = d == null ? "Trainer B" : "Trainer B " + d.name();
        qualification(m, in.clubId(), "TRAINER_LICENSE_B", name, issued, issued.plusYears(4));
      }
    } else {
      LocalDate issued = notBefore(ref.minusDays(rng.nextInt(4 * 365)), adult);
      qualification(m, in.clubId(), "JULEICA", null, issued, issued.plusYears(3));
    }
    if (rng.nextDouble() < (kind.equals("TRAINER") ? 0.55 : 0.7)) {
      LocalDate issued = notBefore(ref.minusDays(rng.nextInt(3 * 365)), adult);
      qualification(m, in.clubId(), "FIRST_AID", null, issued, issued.plusYears(2));
    }
    if (rng.nextDouble() < 0.92) {
      x.rcInspected = true;
      // certificates from 5 years and 2 months ago until 3 weeks ago: some due, some overdue
      x.rcDate = notBefore(ref.minusDays(21 + rng.nextInt(5 * 365 + 40)), adult);
    }
  }

  /** A former trainer whose youth work ended in the last two years (check facts still stored). */
  private void formerTrainer(
      ClubInput in, Member m, Extra x, Department d, Map<String, LocalDate> deptEntry) {
    LocalDate from = notBefore(deptEntry.get(m.id() + "/" + d.id()), adult(m));
    LocalDate end = ref.minusDays(10 + rng.nextInt(2 * 365));
    if (end.isBefore(from.plusYears(1))) {
      return;
    }
    LocalDate start = between(from, end.minusYears(1));
    function(m, in.clubId(), "TRAINER", null, d.id(), start, end);
    x.rcInspected = true;
    x.rcDate = notBefore(start.minusDays(rng.nextInt(60)), adult(m));
    if (x.rcDate.isAfter(end)) {
      x.rcDate = start;
    }
    x.youthWorkEnd = end;
  }

  private void function(
      Member m,
      long clubId,
      String kind,
      String title,
      Long departmentId,
      LocalDate start,
      LocalDate end) {
    functions.add(
        new MemberFunction(
            nextFunctionId++, m.id(), clubId, kind, title, departmentId, start, end));
  }

  private void qualification(
      Member m, long clubId, String kind, String name, LocalDate issued, LocalDate expires) {
    qualifications.add(
        new Qualification(nextQualificationId++, m.id(), clubId, kind, name, issued, expires));
  }

  // ------------------------------------------------------------------ helpers

  private int age(Member m) {
    return Period.between(m.birthDate(), ref).getYears();
  }

  private static LocalDate adult(Member m) {
    return m.birthDate().plusYears(18);
  }

  private static boolean isCurrent(Member m) {
    return m.exitDate() == null;
  }

  /** A term start within the last {@code years} years, not before {@code earliest}. */
  private LocalDate termStart(LocalDate earliest, int years) {
    LocalDate from = ref.minusYears(years);
    if (earliest != null && earliest.isAfter(from)) {
      from = earliest;
    }
    LocalDate to = ref.minusDays(14);
    if (from.isAfter(to)) {
      return from.isAfter(ref) ? ref : from;
    }
    return between(from, to);
  }

  private static LocalDate notBefore(LocalDate d, LocalDate earliest) {
    return d.isBefore(earliest) ? earliest : d;
  }

  private Member next(List<Member> pool, Set<Long> taken) {
    for (Member m : pool) {
      if (taken.add(m.id())) {
        return m;
      }
    }
    return null;
  }

  private List<Member> shuffled(List<Member> list) {
    List<Member> out = new ArrayList<>(list);
    for (int i = out.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      Member tmp = out.get(i);
      out.set(i, out.get(j));
      out.set(j, tmp);
    }
    return out;
  }

  private LocalDate between(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    return days <= 0 ? from : from.plusDays(rng.nextLong(days + 1));
  }

  private <T> T oneOf(T[] array) {
    return array[rng.nextInt(array.length)];
  }

  private String mobile() {
    StringBuilder sb = new StringBuilder(oneOf(DemoCatalog.MOBILE_PREFIXES)).append(' ');
    int n = 7 + rng.nextInt(2);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + (i == 0 ? 1 + rng.nextInt(9) : rng.nextInt(10))));
    }
    return sb.toString();
  }

  private String email(String first, String last) {
    String local =
        DemoRegion.asciiFold(first.toLowerCase(java.util.Locale.ROOT)).replaceAll("[^a-z0-9-]", "")
            + "."
            + DemoRegion.asciiFold(last.toLowerCase(java.util.Locale.ROOT))
                .replaceAll("[^a-z0-9-]", "");
    return local + rng.nextInt(100) + "@" + oneOf(DemoCatalog.EMAIL_DOMAINS);
  }
}

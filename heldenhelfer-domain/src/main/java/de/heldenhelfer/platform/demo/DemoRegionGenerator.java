package de.heldenhelfer.platform.demo;

import de.heldenhelfer.platform.demo.DemoCatalog.Template;
import de.heldenhelfer.platform.demo.DemoRegion.Club;
import de.heldenhelfer.platform.demo.DemoRegion.ClubRole;
import de.heldenhelfer.platform.demo.DemoRegion.Department;
import de.heldenhelfer.platform.demo.DemoRegion.Kind;
import de.heldenhelfer.platform.demo.DemoRegion.Member;
import de.heldenhelfer.platform.demo.DemoRegion.MemberDepartment;
import de.heldenhelfer.platform.demo.DemoRegion.Municipality;
import de.heldenhelfer.platform.demo.DemoRegion.Person;
import de.heldenhelfer.platform.demo.DemoRegion.VolunteerProfile;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** One run of the demo region generator. Not thread-safe; use {@link DemoRegion#generate}. */
final class DemoRegionGenerator {

  private static final int MAX_CLUB_SIZE = 2_500;
  private static final String EV = "EV";
  private static final String NICHT_EINGETRAGEN = "NICHT_EINGETRAGEN";
  private static final Set<String> ORTSTEIL_PLACES = new HashSet<>();

  static {
    DemoCatalog.ORTSTEILE.values().forEach(ORTSTEIL_PLACES::addAll);
  }

  private final long seed;
  private final SplittableRandom rng;
  private final Scale scale;
  private final LocalDate ref;
  private final DemoReferenceData data;
  private final List<Municipality> munis;
  private final Map<String, Integer> muniIndex = new HashMap<>();

  /** Per municipality: cumulative weights over the other municipalities (neighbourhood). */
  private final double[][] neighbourCumulative;

  private final List<Club> clubs = new ArrayList<>();
  private final List<Department> departments = new ArrayList<>();
  private final List<Person> persons = new ArrayList<>();
  private final List<ClubRole> clubRoles = new ArrayList<>();
  private final List<Member> members = new ArrayList<>();
  private final List<MemberDepartment> memberDepartments = new ArrayList<>();
  private final List<VolunteerProfile> volunteers = new ArrayList<>();

  private final Set<String> usedNames = new HashSet<>();
  private final Set<String> usedSlugs = new HashSet<>();
  private final Set<Integer> usedRegisterNumbers = new HashSet<>();
  private final Map<String, Long> personIdBySubject = new HashMap<>();
  private final Map<String, Long> clubIdBySlug = new HashMap<>();

  private long nextMemberId = 1;
  private long nextDepartmentId = 1;

  /** Member administration data (types, guardians, functions …) with a random source of its own. */
  private final DemoMemberExtras extras;

  /** When the fixed demo accounts took on their club roles. */
  private static final Map<String, LocalDate> FIXED_ROLE_SINCE =
      Map.of(
          DemoAccounts.SUBJECT_VORSTAND_SPORT, LocalDate.of(2021, 4, 16),
          DemoAccounts.SUBJECT_VORSTAND_MUSIK, LocalDate.of(2018, 5, 4),
          DemoAccounts.SUBJECT_MITGLIED, LocalDate.of(2008, 3, 1),
          DemoAccounts.SUBJECT_DOPPELROLLE, LocalDate.of(2019, 3, 22),
          DemoAccounts.SUBJECT_VORSTAND_TEST, LocalDate.of(2022, 3, 11),
          DemoAccounts.SUBJECT_TRAINER_SPORT, LocalDate.of(2023, 9, 1));

  /** Club roles of demo accounts that are also functions (Ämter) of the member. */
  private static final Set<String> ROLES_AS_FUNCTIONS =
      Set.of("CHAIR", "VICE_CHAIR", "TREASURER", "SECRETARY");

  DemoRegionGenerator(long seed, Scale scale, LocalDate ref, DemoReferenceData data) {
    this.seed = seed;
    this.rng = new SplittableRandom(seed);
    this.scale = scale;
    this.ref = ref;
    this.data = data;
    this.munis = data.municipalities;
    this.extras = new DemoMemberExtras(seed, ref, data);
    for (int i = 0; i < munis.size(); i++) {
      muniIndex.put(munis.get(i).ags(), i);
    }
    neighbourCumulative = new double[munis.size()][];
    for (int i = 0; i < munis.size(); i++) {
      double[] cum = new double[munis.size()];
      double sum = 0;
      for (int j = 0; j < munis.size(); j++) {
        if (j != i) {
          double d = distanceKm(munis.get(i), munis.get(j));
          sum += Math.sqrt(munis.get(j).population()) * Math.exp(-d / 6.0);
        }
        cum[j] = sum;
      }
      neighbourCumulative[i] = cum;
    }
  }

  // ================================================================== plan

  /** A club being built. */
  private static final class ClubPlan {
    long id;
    Template template;
    int muni;
    String place;
    String name;
    String slug;
    String legalForm;
    String registerNumber;
    int founded;
    int size;
    int minSize;
    int maxSize = MAX_CLUB_SIZE;
    boolean fixed;
    boolean verified;
    String street;
    String postalCode;
    String phone;
    String website;
    LocalDate exemptionNoticeDate;
    String purpose;
    String description;
    final List<DeptPlan> depts = new ArrayList<>();
    final List<MemberDraft> fixedMembers = new ArrayList<>();
  }

  private record DeptPlan(String name, int code, int memberWeight) {}

  /** A member before id and member number are assigned. */
  private static final class MemberDraft {
    String salutation;
    String firstName;
    String lastName;
    LocalDate birth;
    String gender;
    int muni;
    String street;
    String postalCode;
    String phone;
    String email;
    String status;
    LocalDate entry;
    LocalDate exit;
    Long personId;
    int[] depts = {};
    LocalDate[] deptEntries = {};

    /** A member of the same club chosen as parent of a minor, or null. */
    MemberDraft parent;
  }

  DemoRegion generate() {
    createFixedPersons();
    List<ClubPlan> plans = new ArrayList<>(fixedClubPlans());
    plans.addAll(generatedClubPlans(plans));
    fitSizes(plans);
    long clubId = 1;
    for (ClubPlan p : plans) {
      p.id = clubId++;
      clubIdBySlug.put(p.slug, p.id);
    }
    for (ClubPlan p : plans) {
      buildClub(p);
    }
    createFixedRoles();
    createVolunteers();
    return new DemoRegion(
        seed,
        scale,
        ref,
        munis,
        clubs,
        departments,
        persons,
        clubRoles,
        members,
        memberDepartments,
        volunteers,
        extras.functions,
        extras.consents,
        extras.qualifications,
        extras.links);
  }

  // ================================================================== fixed demo data

  private void createFixedPersons() {
    long id = 1;
    for (DemoAccounts.Account a : DemoAccounts.ALL) {
      persons.add(new Person(id, a.subject(), a.email(), a.firstName(), a.lastName(), "de"));
      personIdBySubject.put(a.subject(), id);
      id++;
    }
  }

  private List<ClubPlan> fixedClubPlans() {
    double f = scale.fixedClubFactor();
    List<ClubPlan> out = new ArrayList<>();

    ClubPlan tsv =
        fixedPlan(
            DemoCatalog.MULTI_SPORT,
            "TSV 1862 Würzburg-Süd e.V.",
            DemoAccounts.CLUB_TSV_WUERZBURG_SUED,
            DemoCatalog.WUERZBURG_AGS,
            "Würzburg-Süd",
            1862,
            "VR 212",
            (int) Math.round(1800 * f),
            "Am Sportpark 4",
            "97084",
            "0931 6180620",
            monthsAgo(20));
    tsv.description =
        "Der TSV 1862 ist einer der größten Sportvereine im Würzburger"
            + " Süden. In sieben Abteilungen von Fußball bis Schwimmen trainieren Kinder,"
            + " Jugendliche und Erwachsene. Für unser Sommerfest und den Stadtlauf suchen wir"
            + " jedes Jahr helfende Hände.";
    for (int code : new int[] {9, 34, 17, 32, 3, 36, 27}) {
      tsv.depts.add(dept(code));
    }
    tsv.fixedMembers.add(
        fixedMember(
            DemoAccounts.SUBJECT_VORSTAND_SPORT,
            "W",
            LocalDate.of(1974, 5, 12),
            DemoCatalog.WUERZBURG_AGS,
            "Lindenstraße 14",
            "97084",
            "0171 2345601",
            LocalDate.of(1984, 9, 1),
            new int[] {2}));
    tsv.fixedMembers.add(
        fixedMember(
            DemoAccounts.SUBJECT_MITGLIED,
            "W",
            LocalDate.of(1999, 8, 23),
            DemoCatalog.WUERZBURG_AGS,
            "Sanderstraße 27",
            "97070",
            null,
            LocalDate.of(2008, 3, 1),
            new int[] {5}));
    tsv.fixedMembers.add(
        fixedMember(
            DemoAccounts.SUBJECT_DOPPELROLLE,
            "W",
            LocalDate.of(1968, 2, 3),
            "09679202",
            "Kirchstraße 8",
            "97209",
            "0931 9912345",
            LocalDate.of(2015, 1, 1),
            new int[] {1}));
    // the trainer of the first department (DemoAccounts.TRAINER_SPORT) is a member of it
    tsv.fixedMembers.add(
        fixedMember(
            DemoAccounts.SUBJECT_TRAINER_SPORT,
            "M",
            LocalDate.of(1990, 6, 14),
            DemoCatalog.WUERZBURG_AGS,
            "Ottostraße 5",
            "97070",
            "0171 2345611",
            LocalDate.of(2005, 4, 1),
            new int[] {0}));
    out.add(tsv);

    ClubPlan mv =
        fixedPlan(
            DemoCatalog.template(Kind.MUSIC, "musikverein"),
            "Musikverein Höchberg e.V.",
            DemoAccounts.CLUB_MUSIKVEREIN_HOECHBERG,
            "09679147",
            "Höchberg",
            1950,
            "VR 1187",
            (int) Math.round(140 * f),
            "Hauptstraße 58",
            "97204",
            "0931 4060815",
            monthsAgo(40));
    mv.description =
        "Seit 1950 spielt der Musikverein Höchberg bei Kirchweih, Festen und Konzerten im Markt"
            + " Höchberg. In unserer Bläserklasse lernen schon Grundschulkinder ein Instrument."
            + " Neue Musikerinnen und Musiker sind herzlich willkommen.";
    mv.fixedMembers.add(
        fixedMember(
            DemoAccounts.SUBJECT_VORSTAND_MUSIK,
            "M",
            LocalDate.of(1965, 11, 7),
            "09679147",
            "Mozartstraße 3",
            "97204",
            "0931 4081234",
            LocalDate.of(1976, 9, 1),
            new int[] {}));
    out.add(mv);

    ClubPlan hv =
        fixedPlan(
            DemoCatalog.template(Kind.CULTURE, "heimatverein"),
            "Heimatverein Veitshöchheim e.V.",
            DemoAccounts.CLUB_HEIMATVEREIN_VEITSHOECHHEIM,
            "09679202",
            "Veitshöchheim",
            1979,
            "VR 1530",
            (int) Math.round(120 * f),
            "Kirchstraße 2",
            "97209",
            "0931 9800215",
            monthsAgo(64));
    hv.description =
        "Der Heimatverein Veitshöchheim erforscht und bewahrt die Geschichte des Ortes und"
            + " betreut das Heimatmuseum. Mit Vorträgen, Führungen und dem Museumsfest halten wir"
            + " die Geschichte lebendig.";
    hv.fixedMembers.add(
        fixedMember(
            DemoAccounts.SUBJECT_DOPPELROLLE,
            "W",
            LocalDate.of(1968, 2, 3),
            "09679202",
            "Kirchstraße 8",
            "97209",
            "0931 9912345",
            LocalDate.of(2002, 5, 1),
            new int[] {}));
    out.add(hv);

    ClubPlan sv =
        fixedPlan(
            DemoCatalog.MULTI_SPORT,
            "SV Randersacker 1921 e.V.",
            DemoAccounts.CLUB_SV_RANDERSACKER,
            "09679175",
            "Randersacker",
            1921,
            "VR 489",
            (int) Math.round(400 * f),
            "Am Sportplatz 1",
            "97236",
            "0931 7095530",
            monthsAgo(14));
    sv.description =
        "Der SV Randersacker 1921 ist der Sportverein im Weinort Randersacker am Main. Fußball,"
            + " Turnen, Tennis und Tischtennis bieten Sport für alle Generationen. Bei unserem"
            + " Weinfest-Stand freuen wir uns über jede helfende Hand.";
    for (int code : new int[] {9, 34, 32, 33}) {
      sv.depts.add(dept(code));
    }
    sv.fixedMembers.add(
        fixedMember(
            DemoAccounts.SUBJECT_VORSTAND_TEST,
            "W",
            LocalDate.of(1981, 6, 30),
            "09679175",
            "Maingasse 11",
            "97236",
            "0160 5550123",
            LocalDate.of(1990, 4, 1),
            new int[] {1}));
    out.add(sv);
    return out;
  }

  private ClubPlan fixedPlan(
      Template t,
      String name,
      String slug,
      String ags,
      String place,
      int founded,
      String registerNumber,
      int size,
      String street,
      String postalCode,
      String phone,
      LocalDate exemptionNoticeDate) {
    ClubPlan p = new ClubPlan();
    p.template = t;
    p.fixed = true;
    p.name = name;
    p.slug = slug;
    p.muni = muniIndex.get(ags);
    p.place = place;
    p.founded = founded;
    p.legalForm = EV;
    p.registerNumber = registerNumber;
    usedRegisterNumbers.add(Integer.parseInt(registerNumber.substring(3)));
    p.size = Math.max(10, size);
    p.minSize = p.size;
    p.street = street;
    p.postalCode = postalCode;
    p.phone = phone;
    p.website = "https://www." + slug + ".example";
    p.exemptionNoticeDate = exemptionNoticeDate;
    p.verified = true;
    usedNames.add(name);
    usedSlugs.add(slug);
    return p;
  }

  private MemberDraft fixedMember(
      String subject,
      String gender,
      LocalDate birth,
      String ags,
      String street,
      String postalCode,
      String phone,
      LocalDate entry,
      int[] deptIndexes) {
    DemoAccounts.Account a = DemoAccounts.bySubject(subject).orElseThrow();
    MemberDraft m = new MemberDraft();
    m.salutation = salutation(gender);
    m.firstName = a.firstName();
    m.lastName = a.lastName();
    m.gender = gender;
    m.birth = notAfterRef(birth);
    m.muni = muniIndex.get(ags);
    m.street = street;
    m.postalCode = postalCode;
    m.phone = phone;
    m.email = a.email();
    m.status = "ACTIVE";
    m.entry = notAfterRef(entry.isBefore(m.birth) ? m.birth : entry);
    m.personId = personIdBySubject.get(subject);
    m.depts = deptIndexes;
    m.deptEntries = new LocalDate[deptIndexes.length];
    Arrays.fill(m.deptEntries, m.entry);
    return m;
  }

  private void createFixedRoles() {
    Map<String, LocalDate> since = FIXED_ROLE_SINCE;
    long id = 1;
    for (DemoAccounts.Account a : DemoAccounts.ALL) {
      for (DemoAccounts.ClubRoleGrant g : a.clubRoles()) {
        long clubId = clubIdBySlug.get(g.clubSlug());
        long personId = personIdBySubject.get(a.subject());
        LocalDate s = since.get(a.subject());
        if (g.role().equals("MEMBER")) {
          // a plain membership role starts with the membership
          s =
              members.stream()
                  .filter(m -> m.clubId() == clubId && Long.valueOf(personId).equals(m.personId()))
                  .map(Member::entryDate)
                  .findFirst()
                  .orElse(s);
        }
        Long departmentId =
            g.departmentIndex() == null
                ? null
                : departments.stream()
                    .filter(d -> d.clubId() == clubId)
                    .skip(g.departmentIndex())
                    .findFirst()
                    .orElseThrow()
                    .id();
        clubRoles.add(new ClubRole(id++, clubId, personId, g.role(), notAfterRef(s), departmentId));
      }
    }
  }

  // ================================================================== generated clubs

  private List<ClubPlan> generatedClubPlans(List<ClubPlan> fixed) {
    int n = munis.size();
    int[] count = new int[n];
    for (ClubPlan p : fixed) {
      count[p.muni]++;
    }
    int total = fixed.size();
    int target = scale.clubs();
    double[] weight = new double[n];
    double wsum = 0;
    for (int i = 0; i < n; i++) {
      weight[i] = Math.pow(munis.get(i).population(), 0.75) * (0.85 + 0.3 * rng.nextDouble());
      wsum += weight[i];
    }
    boolean coverAll = target >= 2 * n;
    if (coverAll) {
      for (int i = 0; i < n; i++) {
        if (count[i] == 0) {
          count[i] = 1;
          total++;
        }
      }
      while (total < target) {
        int best = 0;
        double bestGap = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
          double gap = target * weight[i] / wsum - count[i];
          if (gap > bestGap) {
            bestGap = gap;
            best = i;
          }
        }
        count[best]++;
        total++;
      }
    } else {
      double[] cum = cumulative(weight);
      while (total < target) {
        count[pick(cum)]++;
        total++;
      }
    }
    int[] generated = new int[n];
    int slots = 0;
    for (int i = 0; i < n; i++) {
      int fixedHere = 0;
      for (ClubPlan p : fixed) {
        if (p.muni == i) {
          fixedHere++;
        }
      }
      generated[i] = count[i] - fixedHere;
      slots += generated[i];
    }

    // kinds: global shares minus the fixed clubs' kinds
    Map<Kind, Integer> kindCount = apportion(target);
    for (ClubPlan p : fixed) {
      kindCount.merge(p.template.kind, -1, Integer::sum);
    }
    List<Kind> pool = new ArrayList<>();
    for (Map.Entry<Kind, Integer> e : kindCount.entrySet()) {
      for (int i = 0; i < e.getValue(); i++) {
        pool.add(e.getKey());
      }
    }
    while (pool.size() < slots) {
      pool.add(Kind.SPORT);
    }
    shuffle(pool);
    // every place with generated clubs gets a sports club first, places with two a fire brigade
    Kind[][] assigned = new Kind[n][];
    for (int i = 0; i < n; i++) {
      assigned[i] = new Kind[generated[i]];
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    shuffle(order);
    for (int i : order) {
      boolean hasSport = false;
      for (ClubPlan p : fixed) {
        hasSport |= p.muni == i && p.template.kind == Kind.SPORT;
      }
      if (generated[i] > 0 && !hasSport && pool.remove(Kind.SPORT)) {
        assigned[i][0] = Kind.SPORT;
      }
      int slot = assigned[i].length > 0 && assigned[i][0] != null ? 1 : 0;
      if (generated[i] > slot && pool.remove(Kind.FIRE_BRIGADE)) {
        assigned[i][slot] = Kind.FIRE_BRIGADE;
      }
    }
    int next = 0;
    for (int i = 0; i < n; i++) {
      for (int s = 0; s < assigned[i].length; s++) {
        if (assigned[i][s] == null) {
          assigned[i][s] = pool.get(next++);
        }
      }
    }

    List<ClubPlan> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (Kind k : assigned[i]) {
        out.add(newClubPlan(k, i));
      }
    }
    return out;
  }

  private Map<Kind, Integer> apportion(int total) {
    Map<Kind, Integer> out = new EnumMap<>(Kind.class);
    Map<Kind, Double> rest = new EnumMap<>(Kind.class);
    int sum = 0;
    for (Map.Entry<Kind, Double> e : DemoCatalog.KIND_SHARES.entrySet()) {
      double exact = total * e.getValue();
      int floor = (int) Math.floor(exact);
      out.put(e.getKey(), floor);
      rest.put(e.getKey(), exact - floor);
      sum += floor;
    }
    List<Kind> byRest = new ArrayList<>(rest.keySet());
    byRest.sort(Comparator.comparing((Kind k) -> -rest.get(k)).thenComparing(Enum::ordinal));
    for (int i = 0; sum < total; i++, sum++) {
      out.merge(byRest.get(i % byRest.size()), 1, Integer::sum);
    }
    return out;
  }

  private ClubPlan newClubPlan(Kind kind, int muni) {
    Municipality m = munis.get(muni);
    List<Template> candidates =
        DemoCatalog.TEMPLATES.get(kind).stream()
            .filter(t -> t.minPopulation <= m.population())
            .toList();
    double[] cum = cumulative(candidates.stream().mapToDouble(t -> t.weight).toArray());
    for (int attempt = 0; attempt < 300; attempt++) {
      Template t = candidates.get(pick(cum));
      String place = placeLabel(muni);
      int founded = t.foundedFrom + rng.nextInt(t.foundedTo - t.foundedFrom + 1);
      founded = Math.min(founded, ref.getYear() - 1);
      String base = oneOf(t.patterns).replace("{place}", place).replace("{year}", "" + founded);
      String legalForm = rng.nextDouble() < t.evShare ? EV : NICHT_EINGETRAGEN;
      String name = legalForm.equals(EV) ? base + " e.V." : base;
      String slug = DemoRegion.slugify(name);
      if (usedNames.contains(name) || usedSlugs.contains(slug) || usedNames.contains(base)) {
        continue;
      }
      usedNames.add(name);
      usedNames.add(base);
      usedSlugs.add(slug);
      ClubPlan p = new ClubPlan();
      p.template = t;
      p.muni = muni;
      p.place = place;
      p.name = name;
      p.slug = slug;
      p.legalForm = legalForm;
      p.founded = founded;
      p.minSize = legalForm.equals(EV) ? 7 : 5;
      // a club rarely has more members than a third of its place's inhabitants
      boolean ortsteil = ORTSTEIL_PLACES.contains(place);
      p.maxSize =
          (int) Math.min(MAX_CLUB_SIZE, Math.max(120, m.population() * (ortsteil ? 0.08 : 0.33)));
      double median = t.medianSize * Math.pow(Math.max(m.population(), 700) / 3000.0, 0.12);
      p.size = (int) Math.round(median * Math.exp(t.sizeSigma * rng.nextGaussian()));
      if (legalForm.equals(EV)) {
        int vr;
        do {
          vr = 100 + rng.nextInt(3100);
        } while (!usedRegisterNumbers.add(vr));
        p.registerNumber = "VR " + vr;
        if (rng.nextDouble() < 0.88) {
          p.exemptionNoticeDate = ref.minusDays(365 + rng.nextInt(5 * 365));
        }
      } else if (rng.nextDouble() < 0.2) {
        p.exemptionNoticeDate = ref.minusDays(365 + rng.nextInt(5 * 365));
      }
      p.street = randomStreet();
      p.postalCode = oneOf(m.postalCodes());
      p.phone = rng.nextDouble() < 0.9 ? landline(muni) : null;
      p.website = rng.nextDouble() < 0.45 ? "https://www." + slug + ".example" : null;
      p.verified = rng.nextDouble() < 0.9;
      if (kind == Kind.SPORT) {
        planDepartments(p);
      }
      return p;
    }
    throw new IllegalStateException("No unique club name for " + kind + " in " + m.name());
  }

  private String placeLabel(int muni) {
    Municipality m = munis.get(muni);
    if (m.ags().equals(DemoCatalog.WUERZBURG_AGS)) {
      return rng.nextDouble() < 0.35
          ? "Würzburg"
          : "Würzburg-" + oneOf(DemoCatalog.WUERZBURG_DISTRICTS);
    }
    List<String> ortsteile = DemoCatalog.ORTSTEILE.get(m.ags());
    if (ortsteile != null && rng.nextDouble() < 0.25) {
      return oneOf(ortsteile);
    }
    return DemoCatalog.shortPlace(m.name());
  }

  private void planDepartments(ClubPlan p) {
    Template t = p.template;
    if (!t.multiSport) {
      for (int code : t.sports) {
        p.depts.add(dept(code));
      }
      return;
    }
    int k = (int) Math.round(1.5 + p.size / 300.0 + rng.nextGaussian());
    k = Math.max(2, Math.min(8, k));
    if (rng.nextDouble() < 0.85) {
      p.depts.add(dept(9));
    }
    int[][] options = DemoCatalog.MULTI_SPORT_DEPARTMENTS;
    boolean[] taken = new boolean[options.length];
    while (p.depts.size() < k) {
      double sum = 0;
      for (int i = 0; i < options.length; i++) {
        sum += taken[i] ? 0 : options[i][1];
      }
      double u = rng.nextDouble() * sum;
      for (int i = 0; i < options.length; i++) {
        if (taken[i]) {
          continue;
        }
        u -= options[i][1];
        if (u < 0) {
          taken[i] = true;
          p.depts.add(dept(options[i][0]));
          break;
        }
      }
    }
  }

  private DeptPlan dept(int code) {
    return new DeptPlan(
        DemoCatalog.departmentName(code, data.sports),
        code,
        DemoCatalog.departmentMemberWeight(code));
  }

  /** Scales the generated clubs' sizes so that all clubs together have exactly the target. */
  private void fitSizes(List<ClubPlan> plans) {
    int fixedTotal = 0;
    List<ClubPlan> free = new ArrayList<>();
    for (ClubPlan p : plans) {
      if (p.fixed) {
        fixedTotal += p.size;
      } else {
        free.add(p);
      }
    }
    int target = scale.members() - fixedTotal;
    double[] raw = free.stream().mapToDouble(p -> Math.max(1, p.size)).toArray();
    double factor = 1;
    for (int iter = 0; iter < 30; iter++) {
      long sum = 0;
      for (int i = 0; i < raw.length; i++) {
        ClubPlan p = free.get(i);
        p.size = (int) Math.max(p.minSize, Math.min(p.maxSize, Math.round(raw[i] * factor)));
        sum += p.size;
      }
      if (sum == target || sum == 0) {
        break;
      }
      factor *= (double) target / sum;
    }
    long sum = free.stream().mapToLong(p -> p.size).sum();
    // distribute the rounding remainder over the larger clubs
    List<ClubPlan> bySize = new ArrayList<>(free);
    bySize.sort(Comparator.comparingInt((ClubPlan p) -> -p.size));
    int i = 0;
    while (sum != target && !bySize.isEmpty() && i < 100_000) {
      ClubPlan p = bySize.get(i++ % bySize.size());
      if (sum < target && p.size < p.maxSize) {
        p.size++;
        sum++;
      } else if (sum > target && p.size > p.minSize) {
        p.size--;
        sum--;
      }
    }
  }

  // ================================================================== build a club

  private void buildClub(ClubPlan p) {
    Template t = p.template;
    Municipality m = munis.get(p.muni);
    List<String> deptNames = p.depts.stream().map(DeptPlan::name).toList();
    String sportsText = joinGerman(deptNames);
    String sportsPhrase =
        (deptNames.size() == 1 ? "in der Sportart " : "in den Sportarten ") + sportsText;
    String purpose =
        t.purpose
            .replace("{sportsPhrase}", sportsPhrase)
            .replace("{sports}", sportsText)
            .replace("{place}", p.place);
    clubs.add(
        new Club(
            p.id,
            p.name,
            p.slug,
            t.kind,
            p.legalForm,
            p.registerNumber,
            m.ags(),
            p.street,
            p.postalCode,
            m.name(),
            "info@" + p.slug + ".example",
            p.phone,
            p.website,
            purpose,
            p.description != null ? p.description : description(p, sportsText),
            p.exemptionNoticeDate,
            p.founded,
            p.verified));

    long[] deptIds = new long[p.depts.size()];
    double[] deptCum = new double[p.depts.size()];
    double s = 0;
    for (int i = 0; i < p.depts.size(); i++) {
      DeptPlan d = p.depts.get(i);
      deptIds[i] = nextDepartmentId++;
      departments.add(new Department(deptIds[i], p.id, d.name(), d.code()));
      s += d.memberWeight();
      deptCum[i] = s;
    }

    List<MemberDraft> drafts = new ArrayList<>(p.size);
    drafts.addAll(p.fixedMembers);
    List<MemberDraft> adults = new ArrayList<>();
    LocalDate foundedDate = LocalDate.of(p.founded, 1, 1);
    while (drafts.size() < p.size) {
      MemberDraft d = randomMember(t, p.muni, foundedDate, adults);
      if (deptIds.length > 0) {
        int first = pick(deptCum);
        if (deptIds.length > 1 && rng.nextDouble() < 0.25) {
          int second;
          do {
            second = pick(deptCum);
          } while (second == first);
          d.depts = new int[] {first, second};
          d.deptEntries =
              new LocalDate[] {d.entry, between(d.entry, d.exit != null ? d.exit : ref)};
        } else {
          d.depts = new int[] {first};
          d.deptEntries = new LocalDate[] {d.entry};
        }
      }
      drafts.add(d);
    }
    drafts.sort(
        Comparator.comparing((MemberDraft d) -> d.entry)
            .thenComparing(d -> d.lastName)
            .thenComparing(d -> d.firstName));
    int number = 1;
    List<Member> clubMembers = new ArrayList<>(drafts.size());
    List<MemberDepartment> clubMemberDepartments = new ArrayList<>();
    Map<MemberDraft, Long> idOf = new IdentityHashMap<>();
    for (MemberDraft d : drafts) {
      long id = nextMemberId++;
      idOf.put(d, id);
      Municipality home = munis.get(d.muni);
      clubMembers.add(
          new Member(
              id,
              p.id,
              memberNumber(number++),
              d.salutation,
              d.firstName,
              d.lastName,
              d.birth,
              d.gender,
              d.street,
              d.postalCode,
              home.name(),
              home.ags(),
              d.phone,
              d.email,
              d.status,
              d.entry,
              d.exit,
              d.personId,
              "ADULT",
              null,
              null,
              null,
              null,
              false,
              null,
              false,
              null,
              d.exit == null ? null : d.exit.plusYears(3)));
      for (int i = 0; i < d.depts.length; i++) {
        clubMemberDepartments.add(
            new MemberDepartment(id, deptIds[d.depts[i]], p.id, d.deptEntries[i]));
      }
    }
    Map<Long, Long> parentOf = new HashMap<>();
    Map<Long, Map.Entry<String, LocalDate>> fixedFunctions = new HashMap<>();
    for (MemberDraft d : drafts) {
      if (d.parent != null && idOf.containsKey(d.parent)) {
        parentOf.put(idOf.get(d), idOf.get(d.parent));
      }
      if (d.personId != null) {
        for (DemoAccounts.Account a : DemoAccounts.ALL) {
          if (!d.personId.equals(personIdBySubject.get(a.subject()))) {
            continue;
          }
          for (DemoAccounts.ClubRoleGrant g : a.clubRoles()) {
            if (g.clubSlug().equals(p.slug) && ROLES_AS_FUNCTIONS.contains(g.role())) {
              fixedFunctions.put(
                  idOf.get(d), Map.entry(g.role(), notAfterRef(FIXED_ROLE_SINCE.get(a.subject()))));
            }
          }
        }
      }
    }
    members.addAll(
        extras.club(
            new DemoMemberExtras.ClubInput(
                p.id,
                t.kind,
                t.key,
                clubMembers,
                parentOf,
                departments.subList(departments.size() - deptIds.length, departments.size()),
                clubMemberDepartments,
                fixedFunctions)));
    memberDepartments.addAll(clubMemberDepartments);
  }

  private static String memberNumber(int n) {
    String digits = Integer.toString(n);
    return "M-" + "000000".substring(Math.min(6, digits.length())) + digits;
  }

  private String description(ClubPlan p, String sportsText) {
    Template t = p.template;
    String opener =
        oneOf(DemoCatalog.DESCRIPTION_OPENERS)
            .replace("{year}", "" + p.founded)
            .replace("{members}", roundedCount(p.size))
            .replace("{place}", p.place);
    StringBuilder sb = new StringBuilder(opener);
    if (!t.descriptions.isEmpty()) {
      sb.append(' ')
          .append(
              oneOf(t.descriptions).replace("{sports}", sportsText).replace("{place}", p.place));
    }
    if (t.descriptions.isEmpty() || rng.nextDouble() < 0.6) {
      sb.append(' ').append(oneOf(DemoCatalog.DESCRIPTION_CLOSERS));
    }
    return sb.toString();
  }

  private static String roundedCount(int n) {
    int step = n < 100 ? 5 : n < 1000 ? 10 : 50;
    long r = Math.max(step, Math.round((double) n / step) * step);
    return String.format(Locale.GERMANY, "%,d", r);
  }

  private static String joinGerman(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " und "
        + items.get(items.size() - 1);
  }

  // ================================================================== members

  private MemberDraft randomMember(
      Template t, int clubMuni, LocalDate foundedDate, List<MemberDraft> adults) {
    MemberDraft d = new MemberDraft();
    d.gender = gender(t.maleShare);
    d.salutation = salutation(d.gender);
    int age = t.ages.sample(rng);
    d.birth = birthDate(age);
    d.firstName = firstName(d.gender, d.birth.getYear());

    MemberDraft parent = null;
    if (age < 18 && !adults.isEmpty() && rng.nextDouble() < 0.45) {
      for (int tries = 0; tries < 4 && parent == null; tries++) {
        MemberDraft a = adults.get(rng.nextInt(adults.size()));
        int diff = d.birth.getYear() - a.birth.getYear();
        if (diff >= 20 && diff <= 45) {
          parent = a;
        }
      }
    }
    if (parent != null) {
      d.parent = parent;
      d.lastName = parent.lastName;
      d.muni = parent.muni;
      d.street = parent.street;
      d.postalCode = parent.postalCode;
    } else {
      d.lastName = lastName();
      d.muni = rng.nextDouble() < 0.7 ? clubMuni : pick(neighbourCumulative[clubMuni]);
      d.street = randomStreet();
      d.postalCode = oneOf(munis.get(d.muni).postalCodes());
    }
    if (age >= 18) {
      if (rng.nextDouble() < 0.5) {
        d.phone = rng.nextDouble() < 0.6 ? mobile() : landline(d.muni);
      }
      if (rng.nextDouble() < 0.6) {
        d.email = email(d.firstName, d.lastName);
      }
      adults.add(d);
    }

    // entry date: not before the club was founded, not before the minimum entry age
    LocalDate earliest = d.birth.plusYears(age >= t.minEntryAge ? t.minEntryAge : 0).plusDays(30);
    if (earliest.isBefore(foundedDate)) {
      earliest = foundedDate;
    }
    if (earliest.isAfter(ref)) {
      earliest = d.birth.isAfter(foundedDate) ? d.birth : foundedDate;
    }
    if (earliest.isAfter(ref)) {
      earliest = ref;
    }
    long available = ChronoUnit.DAYS.between(earliest, ref);
    long duration =
        (long) Math.min(available, -Math.log(1 - rng.nextDouble()) * t.meanMembershipYears * 365);
    d.entry = ref.minusDays(duration);

    double u = rng.nextDouble();
    long years = ChronoUnit.YEARS.between(d.entry, ref);
    if (u < 0.05) {
      d.status = "LEFT";
      long span = Math.min(3 * 365, ChronoUnit.DAYS.between(d.entry, ref));
      d.exit = ref.minusDays(span > 0 ? rng.nextLong(span + 1) : 0);
    } else if (age >= 60 && years >= 25 && rng.nextDouble() < 0.2) {
      d.status = "HONORARY";
    } else if (rng.nextDouble() < (age < 18 ? t.passiveShare * 0.15 : t.passiveShare)) {
      d.status = "PASSIVE";
    } else {
      d.status = "ACTIVE";
    }
    return d;
  }

  private String gender(double maleShare) {
    double u = rng.nextDouble();
    if (u < 0.002) {
      return "D";
    }
    if (u < 0.012) {
      return "X";
    }
    return rng.nextDouble() < maleShare ? "M" : "W";
  }

  private static String salutation(String gender) {
    switch (gender) {
      case "M":
        return "Herr";
      case "W":
        return "Frau";
      default:
        return null;
    }
  }

  private LocalDate birthDate(int age) {
    LocalDate d = ref.minusYears(age).minusDays(rng.nextInt(365));
    return d.isAfter(ref) ? ref : d;
  }

  private String firstName(String gender, int birthYear) {
    char sex = gender.equals("M") ? 'M' : gender.equals("W") ? 'W' : rng.nextBoolean() ? 'M' : 'W';
    return oneOf(data.firstNames(sex, birthYear));
  }

  private String lastName() {
    return data.lastNames[pick(data.lastNameCumulative)];
  }

  private String randomStreet() {
    int no = 1 + (int) Math.min(140, -Math.log(1 - rng.nextDouble()) * 18);
    String suffix = rng.nextDouble() < 0.08 ? (rng.nextBoolean() ? "a" : "b") : "";
    return oneOf(data.streets) + " " + no + suffix;
  }

  private String landline(int muni) {
    String area = DemoCatalog.areaCode(munis.get(muni).ags());
    int digits = area.length() == 4 ? 6 + rng.nextInt(2) : 4 + rng.nextInt(2);
    return area + " " + digits(digits, true);
  }

  private String mobile() {
    return oneOf(DemoCatalog.MOBILE_PREFIXES) + " " + digits(7 + rng.nextInt(2), true);
  }

  private String digits(int n, boolean noLeadingZero) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + (i == 0 && noLeadingZero ? 1 + rng.nextInt(9) : rng.nextInt(10))));
    }
    return sb.toString();
  }

  private String email(String first, String last) {
    String local = emailPart(first) + "." + emailPart(last);
    if (rng.nextDouble() < 0.4) {
      local += rng.nextInt(100);
    }
    return local + "@" + oneOf(DemoCatalog.EMAIL_DOMAINS);
  }

  private final Map<String, String> emailParts = new HashMap<>();

  private String emailPart(String name) {
    return emailParts.computeIfAbsent(
        name, n -> DemoRegion.asciiFold(n.toLowerCase(Locale.ROOT)).replaceAll("[^a-z0-9-]", ""));
  }

  // ================================================================== volunteers

  private void createVolunteers() {
    long personId = persons.size() + 1;
    long profileId = 1;
    // the fixed helper account
    long helper = personIdBySubject.get(DemoAccounts.SUBJECT_HELFER);
    volunteers.add(
        new VolunteerProfile(
            profileId++,
            helper,
            DemoCatalog.WUERZBURG_AGS,
            notAfterRef(LocalDate.of(1998, 4, 17)),
            15,
            "POOL",
            "aufbau, fahrdienst, erste_hilfe"));
    double[] homeCum =
        cumulative(munis.stream().mapToDouble(m -> Math.pow(m.population(), 0.9)).toArray());
    Set<String> emails = new HashSet<>();
    for (Person p : persons) {
      emails.add(p.email());
    }
    for (int i = 1; volunteers.size() < scale.volunteers(); i++) {
      String gender = rng.nextDouble() < 0.55 ? "W" : "M";
      LocalDate birth = birthDate(DemoCatalog.VOLUNTEER_AGES.sample(rng));
      String first = firstName(gender, birth.getYear());
      String last = lastName();
      String email = emailPart(first) + "." + emailPart(last) + "." + i + "@example.org";
      if (!emails.add(email)) {
        continue;
      }
      persons.add(new Person(personId, null, email, first, last, "de"));
      double v = rng.nextDouble();
      String visibility = v < 0.15 ? "NOBODY" : v < 0.5 ? "AGENCY" : "POOL";
      volunteers.add(
          new VolunteerProfile(
              profileId++,
              personId,
              munis.get(pick(homeCum)).ags(),
              birth,
              5 + rng.nextInt(26),
              visibility,
              skills()));
      personId++;
    }
  }

  private String skills() {
    int k = 1 + rng.nextInt(4);
    Set<String> chosen = new LinkedHashSet<>();
    while (chosen.size() < k) {
      chosen.add(oneOf(data.skills));
    }
    return String.join(", ", chosen);
  }

  // ================================================================== helpers

  private LocalDate monthsAgo(int months) {
    return ref.minusMonths(months);
  }

  private LocalDate notAfterRef(LocalDate d) {
    return d.isAfter(ref) ? ref : d;
  }

  private LocalDate between(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    return days <= 0 ? from : from.plusDays(rng.nextLong(days + 1));
  }

  private <T> T oneOf(List<T> list) {
    return list.get(rng.nextInt(list.size()));
  }

  private <T> T oneOf(T[] array) {
    return array[rng.nextInt(array.length)];
  }

  private <T> void shuffle(List<T> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      T tmp = list.get(i);
      list.set(i, list.get(j));
      list.set(j, tmp);
    }
  }

  private static double[] cumulative(double[] weights) {
    double[] cum = new double[weights.length];
    double s = 0;
    for (int i = 0; i < weights.length; i++) {
      s += weights[i];
      cum[i] = s;
    }
    return cum;
  }

  /** Index drawn with probability proportional to the increments of a cumulative array. */
  private int pick(double[] cumulative) {
    double u = rng.nextDouble() * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, u);
    i = i >= 0 ? i + 1 : -i - 1;
    // skip zero-weight entries (equal cumulative values)
    while (i < cumulative.length - 1
        && (i > 0 ? cumulative[i] == cumulative[i - 1] : cumulative[i] == 0)) {
      i++;
    }
    return Math.min(i, cumulative.length - 1);
  }

  static double distanceKm(Municipality a, Municipality b) {
    double lat = Math.toRadians((a.lat() + b.lat()) / 2);
    double dx = (a.lon() - b.lon()) * 111.32 * Math.cos(lat);
    double dy = (a.lat() - b.lat()) * 110.57;
    return Math.sqrt(dx * dx + dy * dy);
  }
}

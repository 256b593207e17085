package de.heldenhelfer.platform.demo;

import de.heldenhelfer.platform.demo.DemoRegion.Kind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Hand-written knowledge for the demo generator: club templates per kind (name patterns, sizes, age
 * structure, purpose and description texts), place names (Ortsteile), area codes and sports.
 */
final class DemoCatalog {

  private DemoCatalog() {}

  // ------------------------------------------------------------------ age profiles

  /** Age structure of a club's members: buckets {fromAge, toAge, weight}. */
  record AgeProfile(int[][] buckets) {
    int sample(SplittableRandom rng) {
      int total = 0;
      for (int[] b : buckets) {
        total += b[2];
      }
      int u = rng.nextInt(total);
      for (int[] b : buckets) {
        if (u < b[2]) {
          return b[0] + rng.nextInt(b[1] - b[0] + 1);
        }
        u -= b[2];
      }
      throw new AssertionError();
    }
  }

  static final AgeProfile SPORT_AGES =
      new AgeProfile(
          new int[][] {
            {2, 6, 7},
            {7, 14, 21},
            {15, 18, 9},
            {19, 26, 10},
            {27, 40, 14},
            {41, 60, 22},
            {61, 75, 13},
            {76, 90, 4}
          });
  static final AgeProfile SPORT_ADULT_AGES =
      new AgeProfile(
          new int[][] {{10, 18, 7}, {19, 40, 20}, {41, 60, 34}, {61, 75, 27}, {76, 90, 12}});
  static final AgeProfile MUSIC_AGES =
      new AgeProfile(
          new int[][] {
            {6, 14, 10},
            {15, 18, 8},
            {19, 30, 14},
            {31, 50, 22},
            {51, 65, 24},
            {66, 85, 18},
            {86, 95, 4}
          });
  static final AgeProfile CHOIR_AGES =
      new AgeProfile(
          new int[][] {{8, 18, 5}, {19, 40, 12}, {41, 60, 28}, {61, 80, 42}, {81, 95, 13}});
  static final AgeProfile FIRE_AGES =
      new AgeProfile(
          new int[][] {{12, 17, 5}, {18, 30, 18}, {31, 50, 30}, {51, 65, 25}, {66, 90, 22}});
  static final AgeProfile SOCIAL_AGES =
      new AgeProfile(
          new int[][] {{18, 30, 6}, {31, 50, 20}, {51, 65, 30}, {66, 80, 30}, {81, 95, 14}});
  static final AgeProfile HERITAGE_AGES =
      new AgeProfile(new int[][] {{18, 40, 10}, {41, 60, 30}, {61, 80, 45}, {81, 95, 15}});
  static final AgeProfile CARNIVAL_AGES =
      new AgeProfile(
          new int[][] {{4, 14, 15}, {15, 25, 15}, {26, 45, 25}, {46, 65, 30}, {66, 85, 15}});
  static final AgeProfile YOUTH_AGES =
      new AgeProfile(new int[][] {{6, 12, 25}, {13, 17, 35}, {18, 27, 30}, {28, 60, 10}});
  static final AgeProfile OLDER_ADULT_AGES =
      new AgeProfile(new int[][] {{25, 40, 10}, {41, 60, 30}, {61, 80, 45}, {81, 95, 15}});
  static final AgeProfile PARENT_AGES =
      new AgeProfile(new int[][] {{25, 35, 30}, {36, 45, 50}, {46, 70, 20}});
  static final AgeProfile SHOOTING_AGES =
      new AgeProfile(new int[][] {{12, 18, 10}, {19, 40, 25}, {41, 60, 35}, {61, 85, 30}});
  static final AgeProfile VOLUNTEER_AGES =
      new AgeProfile(new int[][] {{16, 25, 20}, {26, 40, 25}, {41, 60, 30}, {61, 80, 25}});

  // ------------------------------------------------------------------ templates

  /** A way a club of some kind looks: name patterns use {place} and {year}. */
  static final class Template {
    final String key;
    final Kind kind;
    double weight = 1;
    int minPopulation;
    List<String> patterns = List.of();
    double evShare = 0.95;
    int foundedFrom = 1950;
    int foundedTo = 2015;
    int medianSize = 80;
    double sizeSigma = 0.7;
    AgeProfile ages = OLDER_ADULT_AGES;
    double maleShare = 0.5;
    double passiveShare = 0.3;
    int minEntryAge = 16;
    double meanMembershipYears = 12;

    /** Sport codes of a single-sport club; empty for non-sport clubs and multi-sport clubs. */
    int[] sports = {};

    boolean multiSport;
    String purpose = "";
    List<String> descriptions = List.of();

    Template(String key, Kind kind) {
      this.key = key;
      this.kind = kind;
    }

    Template w(double v) {
      weight = v;
      return this;
    }

    Template names(String... p) {
      patterns = List.of(p);
      return this;
    }

    Template minPop(int v) {
      minPopulation = v;
      return this;
    }

    Template ev(double v) {
      evShare = v;
      return this;
    }

    Template founded(int from, int to) {
      foundedFrom = from;
      foundedTo = to;
      return this;
    }

    Template size(int median, double sigma) {
      medianSize = median;
      sizeSigma = sigma;
      return this;
    }

    Template ages(AgeProfile p) {
      ages = p;
      return this;
    }

    Template male(double v) {
      maleShare = v;
      return this;
    }

    Template passive(double v) {
      passiveShare = v;
      return this;
    }

    Template entryAge(int v) {
      minEntryAge = v;
      return this;
    }

    Template membershipYears(double v) {
      meanMembershipYears = v;
      return this;
    }

    Template sport(int... codes) {
      sports = codes;
      return this;
    }

    Template multi() {
      multiSport = true;
      return this;
    }

    Template purpose(String v) {
      purpose = v;
      return this;
    }

    Template describe(String... v) {
      descriptions = List.of(v);
      return this;
    }
  }

  static final Map<Kind, List<Template>> TEMPLATES = new EnumMap<>(Kind.class);

  /** Shares of the kinds among all clubs of the region. */
  static final Map<Kind, Double> KIND_SHARES = new EnumMap<>(Kind.class);

  static {
    KIND_SHARES.put(Kind.SPORT, 0.45);
    KIND_SHARES.put(Kind.MUSIC, 0.13);
    KIND_SHARES.put(Kind.FIRE_BRIGADE, 0.10);
    KIND_SHARES.put(Kind.CULTURE, 0.11);
    KIND_SHARES.put(Kind.SOCIAL, 0.08);
    KIND_SHARES.put(Kind.OTHER, 0.09);
    KIND_SHARES.put(Kind.YOUTH, 0.04);
  }

  static final String SPORT_PURPOSE =
      "Zweck des Vereins ist die Förderung des Sports, insbesondere {sportsPhrase}.";
  static final String SPORT_DESCRIPTION_MULTI =
      "In unseren Abteilungen {sports} bieten wir Sport für alle Altersgruppen an.";

  static final Template MULTI_SPORT =
      sport("multi")
          .w(55)
          .multi()
          .names(
              "TSV {place} {year}",
              "TSV {year} {place}",
              "SV {place} {year}",
              "SV {year} {place}",
              "TSG {place}",
              "SpVgg {place} {year}",
              "DJK {place}",
              "DJK-SV {place}",
              "SC {place} {year}",
              "TuS {place}",
              "TV {year} {place}",
              "TV {place}",
              "SG {place}",
              "ASV {place}",
              "VfL {place}",
              "TSV Eintracht {place}",
              "SV Germania {place}",
              "SV Viktoria {place}",
              "Sportfreunde {place}",
              "SpVgg Concordia {place}")
          .founded(1860, 1990)
          .ev(1.0)
          .size(330, 0.75)
          .describe(
              SPORT_DESCRIPTION_MULTI,
              "Von den Bambini bis zu den Senioren treiben bei uns Jung und Alt gemeinsam Sport in"
                  + " den Abteilungen {sports}.",
              "Unser Sportgelände mit Vereinsheim ist Treffpunkt für Sportlerinnen und Sportler in"
                  + " den Abteilungen {sports}.");

  static final Template FOOTBALL =
      sport("football")
          .w(10)
          .sport(9)
          .names(
              "FC {place} {year}",
              "1. FC {place}",
              "FV {place}",
              "Fußballclub {place}",
              "FC Eintracht {place}",
              "SC {place}",
              "FC Viktoria {place}")
          .founded(1905, 2000)
          .ev(1.0)
          .size(190, 0.6)
          .male(0.85)
          .describe(
              "Wir spielen mit mehreren Herren- und Jugendmannschaften im Spielbetrieb des BFV.",
              "Vom Bambini-Training bis zur Alten Herren wird bei uns leidenschaftlich Fußball"
                  + " gespielt.");

  static {
    List<Template> s = new ArrayList<>();
    s.add(MULTI_SPORT);
    s.add(FOOTBALL);
    s.add(
        single(
            "tennis",
            16,
            32,
            "Tennisclub {place}",
            "TC {place}",
            "Tennisclub Grün-Weiß {place}",
            "TC Rot-Weiß {place}",
            "Tennisverein {place}"));
    s.add(single("tabletennis", 6, 33, "Tischtennisclub {place}", "TTC {place}", "TTV {place}"));
    s.add(single("riding", 6, 22, "Reit- und Fahrverein {place}", "Reitverein {place}").male(0.15));
    s.add(
        single("chess", 4, 39, "Schachclub {place}", "Schachfreunde {place}", "SK {place}")
            .ages(SPORT_ADULT_AGES)
            .male(0.85));
    s.add(
        single("bowling", 5, 16, "Kegelclub {place}", "Sportkegelclub {place}", "KSV {place}")
            .ages(SPORT_ADULT_AGES));
    s.add(single("ski", 4, 30, "Skiclub {place}", "Ski-Club {place}"));
    s.add(single("cycling", 3, 20, "Radsportverein {place}", "RV Concordia {place}"));
    s.add(single("swimming", 2, 27, "Schwimmverein {place}", "SV Delphin {place}").minPop(5000));
    s.add(single("judo", 3, 14, "Judo-Club {place}", "Judo-Sportverein {place}"));
    s.add(single("karate", 2, 26, "Karate-Dojo {place}", "Karateverein {place}"));
    s.add(single("dance", 3, 31, "Tanzsportclub {place}", "TSC {place}").male(0.4));
    s.add(
        single("golf", 1, 11, "Golfclub {place}", "Golf-Club {place}")
            .minPop(4000)
            .ages(SPORT_ADULT_AGES)
            .size(300, 0.4));
    s.add(single("handball", 2, 12, "Handballclub {place}", "HSC {place}").minPop(3000));
    s.add(single("canoe", 1, 15, "Kanu-Club {place}", "Kanusportverein {place}"));
    s.add(single("rowing", 1, 25, "Ruderverein {place}", "Ruderclub {place}").minPop(9000));
    s.add(single("badminton", 2, 1, "Badminton-Club {place}", "BC {place}"));
    s.add(single("basketball", 1, 3, "Basketballclub {place}").minPop(5000));
    s.add(single("volleyball", 1, 36, "Volleyballclub {place}", "VC {place}"));
    s.add(
        single("triathlon", 1, 46, "Triathlon-Team {place}", "Tri-Team {place}")
            .ages(SPORT_ADULT_AGES));
    s.add(single("airsports", 1, 40, "Luftsportverein {place}").ages(SPORT_ADULT_AGES));
    s.add(single("diving", 1, 41, "Tauchclub {place}", "Tauchsportclub {place}"));
    s.add(
        single("motorsport", 2, 19, "Motorsportclub {place}", "MSC {place}")
            .ages(SPORT_ADULT_AGES)
            .male(0.85));
    s.add(single("minigolf", 1, 2, "Minigolfclub {place}").ages(SPORT_ADULT_AGES));
    s.add(single("billiards", 1, 4, "Billardclub {place}", "BC Queue {place}").male(0.85));
    s.add(single("darts", 1, 52, "Dartclub {place}", "DC {place}").male(0.8));
    s.add(single("boxing", 1, 6, "Boxclub {place}").minPop(5000).male(0.8));
    s.add(single("taekwondo", 1, 43, "Taekwondo-Verein {place}"));
    s.add(single("jujutsu", 1, 48, "Ju-Jutsu-Verein {place}"));
    s.add(
        single("rehab", 2, 37, "Versehrtensportgruppe {place}", "Reha-Sportverein {place}")
            .ages(SPORT_ADULT_AGES)
            .membershipYears(8));
    s.add(single("aikido", 1, 51, "Aikido-Dojo {place}").ages(SPORT_ADULT_AGES));
    TEMPLATES.put(Kind.SPORT, s);

    TEMPLATES.put(
        Kind.MUSIC,
        List.of(
            music("musikverein", 6, "Musikverein {place}", "Musikkapelle {place}"),
            music("blaskapelle", 4, "Blaskapelle {place}", "Blasmusik {place}"),
            choir(
                "gesangverein",
                6,
                "Gesangverein {place}",
                "Gesangverein Liederkranz {place}",
                "Gesangverein Frohsinn {place}",
                "Sängerbund {place}",
                "Chorgemeinschaft {place}"),
            choir("maennerchor", 2, "Männergesangverein {place}", "MGV Harmonie {place}")
                .male(1.0)
                .founded(1860, 1930),
            choir("kirchenchor", 2, "Kirchenchor {place}", "Kirchenchor St. Kilian {place}")
                .ev(0.3),
            music("spielmannszug", 1, "Spielmannszug {place}"),
            music("akkordeon", 1, "Akkordeonorchester {place}", "Harmonika-Club {place}"),
            choir("gospel", 1, "Gospelchor {place}", "Pop- und Jazzchor {place}")
                .founded(1985, 2018)
                .ages(MUSIC_AGES),
            music("bigband", 1, "Big Band {place}", "Jugendblasorchester {place}")
                .founded(1975, 2015)
                .minPop(4000),
            music("posaunenchor", 1, "Posaunenchor {place}").ev(0.3)));

    TEMPLATES.put(
        Kind.FIRE_BRIGADE,
        List.of(
            fire("ff", 6, "Freiwillige Feuerwehr {place}"),
            fire("feuerwehrverein", 3, "Feuerwehrverein {place}"),
            fire("foerderverein-ff", 1, "Förderverein der Freiwilligen Feuerwehr {place}")
                .founded(1970, 2015)));

    TEMPLATES.put(
        Kind.SOCIAL,
        List.of(
            social("nachbarschaftshilfe", 4, "Nachbarschaftshilfe {place}")
                .purpose(
                    "Zweck des Vereins ist die Förderung der Altenhilfe und des bürgerschaftlichen"
                        + " Engagements durch organisierte Nachbarschaftshilfe in {place}.")
                .describe(
                    "Wir helfen älteren und kranken Menschen im Alltag – beim Einkaufen, mit"
                        + " Fahrdiensten oder einfach mit einem Besuch.",
                    "Unsere Helferinnen und Helfer unterstützen Nachbarn, die vorübergehend oder"
                        + " dauerhaft Hilfe brauchen."),
            social("tafel", 1, "Tafel {place}")
                .minPop(4000)
                .founded(1995, 2015)
                .purpose(
                    "Zweck des Vereins ist die Unterstützung bedürftiger Menschen durch die"
                        + " Weitergabe gespendeter Lebensmittel.")
                .describe(
                    "Jede Woche sammeln wir überschüssige Lebensmittel bei Händlern und geben sie"
                        + " an Menschen mit wenig Geld weiter.",
                    "Ohne unsere ehrenamtlichen Fahrerinnen und Fahrer und das Team an der Ausgabe"
                        + " wäre die Tafel nicht möglich."),
            social("seniorenhilfe", 2, "Seniorenhilfe {place}", "Seniorenkreis {place}")
                .ev(0.6)
                .purpose("Zweck des Vereins ist die Förderung der Altenhilfe in {place}.")
                .describe(
                    "Wir organisieren Seniorennachmittage, Ausflüge und Besuchsdienste.",
                    "Bei Kaffee und Kuchen treffen sich bei uns regelmäßig die Seniorinnen und"
                        + " Senioren des Ortes."),
            social("krankenpflege", 2, "Krankenpflegeverein {place}")
                .founded(1950, 1995)
                .passive(0.9)
                .purpose(
                    "Zweck des Vereins ist die Förderung des öffentlichen Gesundheitswesens durch"
                        + " die Unterstützung der ambulanten Kranken- und Altenpflege in {place}.")
                .describe(
                    "Mit den Beiträgen unserer Mitglieder unterstützen wir die ambulante Pflege im"
                        + " Ort."),
            social("hospiz", 1, "Hospizverein {place}")
                .minPop(5000)
                .founded(1990, 2015)
                .purpose(
                    "Zweck des Vereins ist die Förderung der Hospizarbeit und die Begleitung"
                        + " schwerstkranker und sterbender Menschen und ihrer Angehörigen.")
                .describe(
                    "Unsere ausgebildeten Hospizbegleiterinnen und -begleiter schenken Zeit und"
                        + " Zuwendung."),
            social("asyl", 1, "Helferkreis Asyl {place}", "Integrationshilfe {place}")
                .ev(0.4)
                .founded(2014, 2023)
                .purpose(
                    "Zweck ist die Förderung der Hilfe für Geflüchtete und ihrer Integration in"
                        + " {place}.")
                .describe(
                    "Wir begleiten geflüchtete Familien bei Behördengängen, beim Deutschlernen und"
                        + " bei der Suche nach Arbeit."),
            social("familie", 1, "Familienzentrum {place}", "Mehrgenerationenhaus {place}")
                .minPop(3000)
                .founded(1995, 2020)
                .ages(PARENT_AGES)
                .purpose(
                    "Zweck des Vereins ist die Förderung der Jugend- und Familienhilfe in"
                        + " {place}.")
                .describe(
                    "Bei uns gibt es Krabbelgruppen, Elterncafé, Beratung und Angebote für alle"
                        + " Generationen.")));

    TEMPLATES.put(
        Kind.CULTURE,
        List.of(
            culture(
                    "heimatverein",
                    4,
                    "Heimatverein {place}",
                    "Heimat- und Geschichtsverein {place}")
                .founded(1950, 2010)
                .purpose(
                    "Zweck des Vereins ist die Förderung der Heimatpflege und Heimatkunde sowie"
                        + " der Denkmalpflege in {place}.")
                .describe(
                    "Wir erforschen die Geschichte unseres Ortes, betreuen das Heimatmuseum und"
                        + " bieten Führungen an.",
                    "Mit Vorträgen, Ausstellungen und Exkursionen halten wir die Geschichte von"
                        + " {place} lebendig."),
            culture(
                    "theater",
                    2,
                    "Theaterverein {place}",
                    "Theatergruppe {place}",
                    "Laienspielgruppe {place}")
                .ev(0.7)
                .ages(CARNIVAL_AGES)
                .founded(1920, 2010)
                .purpose(
                    "Zweck des Vereins ist die Förderung von Kunst und Kultur durch die Pflege"
                        + " des Laienspiels.")
                .describe(
                    "Jedes Jahr bringen wir ein neues Stück auf die Bühne – meist eine Komödie in"
                        + " fränkischer Mundart.",
                    "Vor und hinter der Bühne ist bei uns jede Hand willkommen."),
            culture(
                    "karneval",
                    3,
                    "Karnevalsverein {place}",
                    "Faschingsgesellschaft {place}",
                    "Karnevalsgesellschaft Narrhalla {place}",
                    "Faschingsgilde {place}")
                .ages(CARNIVAL_AGES)
                .passive(0.35)
                .founded(1950, 2000)
                .purpose(
                    "Zweck des Vereins ist die Pflege des traditionellen Brauchtums, insbesondere"
                        + " der fränkischen Fastnacht.")
                .describe(
                    "Unsere Garden und Tanzmariechen trainieren das ganze Jahr für die Sitzungen"
                        + " in der Faschingszeit.",
                    "Höhepunkte unseres Vereinsjahres sind die Prunksitzungen und der"
                        + " Faschingsumzug."),
            culture("kulturverein", 2, "Kulturverein {place}", "Kunstverein {place}")
                .founded(1970, 2015)
                .purpose("Zweck des Vereins ist die Förderung von Kunst und Kultur in {place}.")
                .describe("Wir veranstalten Konzerte, Lesungen und Ausstellungen in unserem Ort."),
            culture("tracht", 1, "Trachtenverein {place}", "Volkstanzgruppe {place}")
                .ages(CARNIVAL_AGES)
                .founded(1920, 1990)
                .purpose(
                    "Zweck des Vereins ist die Pflege des Brauchtums, der fränkischen Tracht und"
                        + " des Volkstanzes.")
                .describe("Bei Festen und Umzügen zeigen wir unsere Tänze in fränkischer Tracht."),
            culture("foto", 1, "Fotoclub {place}", "Fotofreunde {place}")
                .minPop(3000)
                .purpose("Zweck des Vereins ist die Förderung der künstlerischen Fotografie.")
                .describe("Wir treffen uns zu Bildbesprechungen, Fotowanderungen und Workshops.")));

    TEMPLATES.put(
        Kind.YOUTH,
        List.of(
            youth("jugendverein", 3, "Jugendverein {place}", "Jugendclub {place}")
                .purpose(
                    "Zweck des Vereins ist die Förderung der Jugendhilfe durch offene Jugendarbeit"
                        + " in {place}.")
                .describe(
                    "Unser Jugendraum ist an mehreren Abenden in der Woche geöffnet.",
                    "Wir organisieren Ausflüge, Zeltlager und Partys für Jugendliche aus dem Ort."),
            youth("pfadfinder", 2, "Pfadfinderstamm {place}", "DPSG Stamm {place}")
                .founded(1950, 2000)
                .purpose(
                    "Zweck des Vereins ist die Förderung der Jugendhilfe und der Erziehung im"
                        + " Sinne der Pfadfinderbewegung.")
                .describe(
                    "In unseren Gruppenstunden, auf Hajks und im Sommerlager erleben Kinder und"
                        + " Jugendliche Abenteuer und Gemeinschaft."),
            youth("landjugend", 2, "Landjugend {place}", "KLJB {place}")
                .ev(0.5)
                .purpose("Zweck des Vereins ist die Förderung der Jugendarbeit im ländlichen Raum.")
                .describe("Wir gestalten das Dorfleben mit – vom Maibaumaufstellen bis zur Kerwa."),
            youth("kirchweih", 1, "Kirchweihburschen {place}", "Kerwasburschen {place}")
                .ev(0.3)
                .male(0.7)
                .purpose(
                    "Zweck ist die Pflege des Kirchweihbrauchtums und die Jugendarbeit in {place}.")
                .describe(
                    "Jedes Jahr richten wir die Kirchweih mit Baumaufstellen und Umzug aus.")));

    TEMPLATES.put(
        Kind.OTHER,
        List.of(
            other("gartenbau", 6, "Obst- und Gartenbauverein {place}", "Gartenbauverein {place}")
                .founded(1890, 1990)
                .purpose(
                    "Zweck des Vereins ist die Förderung des Obst- und Gartenbaus, der"
                        + " Landschaftspflege und des Umweltschutzes.")
                .describe(
                    "Wir pflegen Streuobstwiesen, bieten Schnittkurse an und beraten rund um"
                        + " Garten und Balkon.",
                    "Mit Blumenschmuck und Pflanzaktionen verschönern wir unseren Ort."),
            other("kleingarten", 2, "Kleingartenverein {place}", "Kleingartenanlage {place}")
                .minPop(5000)
                .founded(1920, 1990)
                .purpose("Zweck des Vereins ist die Förderung des Kleingartenwesens.")
                .describe(
                    "Unsere Anlage umfasst zahlreiche Parzellen mit Vereinsheim und Spielplatz."),
            other(
                    "schule",
                    3,
                    "Förderverein der Grundschule {place}",
                    "Förderverein Kindergarten {place}")
                .ages(PARENT_AGES)
                .male(0.3)
                .passive(0.8)
                .membershipYears(4)
                .founded(1985, 2020)
                .purpose(
                    "Zweck des Vereins ist die Förderung der Bildung und Erziehung an der"
                        + " Grundschule und im Kindergarten {place}.")
                .describe(
                    "Wir finanzieren Ausflüge, Lernmaterial und Projekte, die der Etat nicht"
                        + " hergibt."),
            other("schuetzen", 3, "Schützenverein {place}", "Schützengesellschaft {place}")
                .ages(SHOOTING_AGES)
                .male(0.7)
                .entryAge(12)
                .founded(1860, 1980)
                .purpose(
                    "Zweck des Vereins ist die Förderung des Schießsports und die Pflege des"
                        + " Schützenbrauchtums.")
                .describe(
                    "Im Schützenhaus trainieren wir mit Luftgewehr und Luftpistole;"
                        + " Höhepunkt ist das jährliche Schützenfest."),
            other("imker", 1, "Imkerverein {place}", "Bienenzuchtverein {place}")
                .male(0.6)
                .purpose(
                    "Zweck des Vereins ist die Förderung der Bienenzucht und des Naturschutzes.")
                .describe("Wir beraten Neuimker und setzen uns für blühende Landschaften ein."),
            other("kleintier", 1, "Kleintierzuchtverein {place}", "Geflügelzuchtverein {place}")
                .male(0.7)
                .purpose("Zweck des Vereins ist die Förderung der Tierzucht und des Tierschutzes.")
                .describe("Höhepunkt unseres Jahres ist die Lokalschau im Herbst."),
            other("verschoenerung", 1, "Verschönerungsverein {place}", "Weinbauverein {place}")
                .purpose(
                    "Zweck des Vereins ist die Verschönerung des Ortsbildes und die Pflege der"
                        + " Kulturlandschaft in {place}.")
                .describe("Wir pflegen Wanderwege, Ruhebänke und Bildstöcke rund um den Ort.")));
  }

  /** Generic opening sentences; placeholders {year}, {members}, {place}. */
  static final List<String> DESCRIPTION_OPENERS =
      List.of(
          "Unser Verein wurde {year} gegründet und zählt heute rund {members} Mitglieder aus"
              + " {place} und Umgebung.",
          "Seit {year} ist unser Verein mit heute rund {members} Mitgliedern ein fester"
              + " Bestandteil des Lebens in {place}.",
          "Gegründet {year}, gehören unserem Verein heute rund {members} Mitglieder an.");

  /** Generic closing sentences. */
  static final List<String> DESCRIPTION_CLOSERS =
      List.of(
          "Neue Mitglieder sind jederzeit herzlich willkommen.",
          "Wir freuen uns über jede helfende Hand bei unseren Festen und Veranstaltungen.",
          "Schauen Sie doch einfach einmal unverbindlich bei uns vorbei!",
          "Für unsere Veranstaltungen suchen wir immer wieder Helferinnen und Helfer.",
          "Ehrenamtliches Engagement ist das Fundament unserer Arbeit.");

  private static Template sport(String key) {
    return new Template(key, Kind.SPORT)
        .ages(SPORT_AGES)
        .male(0.6)
        .passive(0.12)
        .entryAge(3)
        .membershipYears(9)
        .purpose(SPORT_PURPOSE);
  }

  private static Template single(String key, double weight, int code, String... patterns) {
    return sport(key)
        .w(weight)
        .sport(code)
        .names(patterns)
        .founded(1920, 2015)
        .size(110, 0.7)
        .describe(
            "Wir bieten {sports} für Kinder, Jugendliche und Erwachsene – vom Einstieg bis zum"
                + " Wettkampf.",
            "Bei uns steht {sports} im Mittelpunkt: Training, Wettkämpfe und ein geselliges"
                + " Vereinsleben.",
            "Unsere Trainerinnen und Trainer begleiten Anfänger wie Fortgeschrittene im {sports}.");
  }

  private static Template music(String key, double weight, String... patterns) {
    return new Template(key, Kind.MUSIC)
        .w(weight)
        .names(patterns)
        .founded(1850, 2000)
        .size(90, 0.6)
        .ages(MUSIC_AGES)
        .male(0.5)
        .passive(0.45)
        .entryAge(6)
        .purpose(
            "Zweck des Vereins ist die Förderung von Kunst und Kultur, insbesondere die Pflege der"
                + " Blasmusik und die musikalische Ausbildung junger Menschen.")
        .describe(
            "Unsere Kapelle spielt bei Festen, Kirchweih und Konzerten in {place} und der Region.",
            "In unserer Bläserklasse lernen Kinder und Jugendliche ein Instrument und spielen"
                + " bald in der Jugendkapelle mit.");
  }

  private static Template choir(String key, double weight, String... patterns) {
    return music(key, weight, patterns)
        .ages(CHOIR_AGES)
        .male(0.4)
        .size(60, 0.5)
        .purpose("Zweck des Vereins ist die Pflege des Chorgesangs und des deutschen Liedguts.")
        .describe(
            "Wir proben wöchentlich und gestalten Konzerte, Gottesdienste und Feste in {place}.",
            "Ob Volkslied, Klassik oder Pop – bei uns kommt jede Stimme zur Geltung.");
  }

  private static Template fire(String key, double weight, String... patterns) {
    return new Template(key, Kind.FIRE_BRIGADE)
        .w(weight)
        .names(patterns)
        .founded(1865, 1990)
        .size(120, 0.5)
        .ages(FIRE_AGES)
        .male(0.78)
        .passive(0.6)
        .entryAge(12)
        .membershipYears(16)
        .purpose(
            "Zweck des Vereins ist die Förderung des Feuer- und Katastrophenschutzes sowie die"
                + " Unterstützung der Freiwilligen Feuerwehr {place}.")
        .describe(
            "Wir unterstützen die aktive Wehr bei Ausrüstung, Ausbildung und Jugendfeuerwehr.",
            "Mit unserem Feuerwehrfest und dem Maibaumaufstellen finanzieren wir Ausrüstung, die"
                + " über die Pflichtausstattung hinausgeht.");
  }

  private static Template social(String key, double weight, String... patterns) {
    return new Template(key, Kind.SOCIAL)
        .w(weight)
        .names(patterns)
        .founded(1980, 2020)
        .size(60, 0.6)
        .ages(SOCIAL_AGES)
        .male(0.3)
        .passive(0.5)
        .entryAge(18)
        .membershipYears(9);
  }

  private static Template culture(String key, double weight, String... patterns) {
    return new Template(key, Kind.CULTURE)
        .w(weight)
        .names(patterns)
        .size(70, 0.6)
        .ages(HERITAGE_AGES)
        .male(0.5)
        .passive(0.45)
        .entryAge(5);
  }

  private static Template youth(String key, double weight, String... patterns) {
    return new Template(key, Kind.YOUTH)
        .w(weight)
        .names(patterns)
        .founded(1960, 2015)
        .size(50, 0.5)
        .ages(YOUTH_AGES)
        .male(0.55)
        .passive(0.1)
        .entryAge(6)
        .membershipYears(5);
  }

  private static Template other(String key, double weight, String... patterns) {
    return new Template(key, Kind.OTHER)
        .w(weight)
        .names(patterns)
        .size(80, 0.6)
        .ages(OLDER_ADULT_AGES)
        .male(0.5)
        .passive(0.5)
        .entryAge(18)
        .membershipYears(14);
  }

  static Template template(Kind kind, String key) {
    for (Template t : TEMPLATES.get(kind)) {
      if (t.key.equals(key)) {
        return t;
      }
    }
    throw new IllegalArgumentException(kind + "/" + key);
  }

  // ------------------------------------------------------------------ multi-sport departments

  /** A department a multi-sport club may have: {code, inclusion weight x100, member weight x10}. */
  static final int[][] MULTI_SPORT_DEPARTMENTS = {
    {34, 70, 50},
    {32, 30, 20},
    {33, 30, 12},
    {17, 20, 15},
    {36, 15, 12},
    {12, 12, 20},
    {1, 12, 10},
    {30, 15, 10},
    {16, 10, 8},
    {14, 8, 10},
    {26, 8, 8},
    {31, 10, 10},
    {3, 6, 10},
    {27, 4, 15},
    {20, 6, 8},
    {37, 10, 12},
    {39, 5, 5},
    {43, 3, 6},
    {48, 4, 6},
    {46, 3, 6},
    {54, 2, 4},
    {10, 3, 5},
    {6, 2, 5},
    {56, 2, 8}
  };

  /** Member weight (x10) of a department by sport code, for the fixed clubs too. */
  static int departmentMemberWeight(int code) {
    if (code == 9) {
      return 50;
    }
    for (int[] d : MULTI_SPORT_DEPARTMENTS) {
      if (d[0] == code) {
        return d[2];
      }
    }
    return 10;
  }

  /** The department name for a BLSV sport code (the sport's name, spelled as clubs write it). */
  static String departmentName(int code, Map<Integer, String> sports) {
    switch (code) {
      case 9:
        return "Fußball";
      case 10:
        return "Kraftsport";
      case 15:
        return "Kanusport";
      case 30:
        return "Skisport";
      case 21:
        return "Rasenkraftsport";
      case 37:
        return "Reha- und Gesundheitssport";
      default:
        String name = sports.get(code);
        if (name == null) {
          throw new IllegalStateException("Unknown BLSV sport code " + code);
        }
        return name;
    }
  }

  // ------------------------------------------------------------------ places

  /** Short place name of a municipality as used in club names. */
  static String shortPlace(String municipalityName) {
    return municipalityName
        .replace(" a.Main", "")
        .replace(" b.Würzburg", "")
        .replace(" (Unterfranken)", "");
  }

  static final String WUERZBURG_AGS = "09663000";

  /** Stadtbezirke of Würzburg, used as "Würzburg-X" in club names. */
  static final List<String> WUERZBURG_DISTRICTS =
      List.of(
          "Heidingsfeld",
          "Lengfeld",
          "Versbach",
          "Rottenbauer",
          "Oberdürrbach",
          "Unterdürrbach",
          "Zellerau",
          "Grombühl",
          "Sanderau",
          "Heuchelhof",
          "Frauenland",
          "Lindleinsmühle",
          "Dürrbachau",
          "Steinbachtal",
          "Sieboldshöhe",
          "Mainviertel",
          "Altstadt",
          "Keesburg");

  /** Ortsteile of some Landkreis municipalities (by AGS), used as alternative club places. */
  static final Map<String, List<String>> ORTSTEILE =
      Map.ofEntries(
          Map.entry(
              "09679170",
              List.of(
                  "Hohestadt",
                  "Goßmannsdorf",
                  "Kleinochsenfurt",
                  "Tückelhausen",
                  "Zeubelried",
                  "Hopferstadt",
                  "Darstadt",
                  "Erlach")),
          Map.entry("09679138", List.of("Allersheim", "Eßfeld", "Euerhausen", "Sulzdorf")),
          Map.entry("09679180", List.of("Gramschatz", "Maidbronn")),
          Map.entry("09679202", List.of("Gadheim")),
          Map.entry(
              "09679176", List.of("Albertshausen", "Fuchsstadt", "Lindflur", "Uengershausen")),
          Map.entry("09679153", List.of("Gaubüttelbrunn")),
          Map.entry("09679114", List.of("Baldersheim", "Burgerroth")),
          Map.entry("09679134", List.of("Acholshausen", "Eichelsee", "Wolkshausen")),
          Map.entry("09679182", List.of("Aufstetten", "Strüth")),
          Map.entry("09679167", List.of("Obereisenheim", "Untereisenheim")),
          Map.entry("09679165", List.of("Oberaltertheim", "Unteraltertheim", "Steinbach")),
          Map.entry("09679122", List.of("Gaurettersheim", "Höttingen", "Oesfeld")),
          Map.entry("09679200", List.of("Oberleinach", "Unterleinach")),
          Map.entry("09679143", List.of("Erbshausen", "Fährbrück", "Rieden")),
          Map.entry("09679117", List.of("Dipbach", "Opferbaum")),
          Map.entry("09679137", List.of("Moos")),
          Map.entry("09679164", List.of("Böttigheim")),
          Map.entry("09679188", List.of("Bolzhausen", "Sächsenheim")),
          Map.entry("09679135", List.of("Oellingen", "Osthausen")),
          Map.entry("09679175", List.of("Lindelbach")),
          Map.entry("09679201", List.of("Burggrumbach", "Hilpertshausen")),
          Map.entry("09679174", List.of("Püssensheim", "Seligenstadt")),
          Map.entry("09679179", List.of("Stalldorf", "Lenzenbrunn")),
          Map.entry("09679130", List.of("Mühlhausen")),
          Map.entry("09679144", List.of("Holzkirchhausen")),
          Map.entry("09679205", List.of("Roßbrunn")));

  /** Telephone area codes; municipalities not listed use 0931. */
  static final Map<String, String> AREA_CODES =
      Map.ofEntries(
          Map.entry("09679170", "09331"),
          Map.entry("09679114", "09335"),
          Map.entry("09679135", "09335"),
          Map.entry("09679188", "09335"),
          Map.entry("09679182", "09338"),
          Map.entry("09679118", "09338"),
          Map.entry("09679192", "09338"),
          Map.entry("09679179", "09338"),
          Map.entry("09679138", "09334"),
          Map.entry("09679122", "09336"),
          Map.entry("09679180", "09365"),
          Map.entry("09679124", "09303"),
          Map.entry("09679131", "09331"),
          Map.entry("09679185", "09302"),
          Map.entry("09679130", "09305"),
          Map.entry("09679154", "09306"),
          Map.entry("09679204", "09306"),
          Map.entry("09679117", "09367"),
          Map.entry("09679169", "09367"),
          Map.entry("09679201", "09367"),
          Map.entry("09679144", "09369"),
          Map.entry("09679149", "09369"),
          Map.entry("09679177", "09369"),
          Map.entry("09679196", "09369"),
          Map.entry("09679194", "09364"),
          Map.entry("09679153", "09366"),
          Map.entry("09679137", "09366"),
          Map.entry("09679167", "09386"),
          Map.entry("09679174", "09386"),
          Map.entry("09679134", "09337"),
          Map.entry("09679187", "09333"),
          Map.entry("09679206", "09333"),
          Map.entry("09679143", "09363"),
          Map.entry("09679142", "09365"),
          Map.entry("09679164", "09307"),
          Map.entry("09679165", "09307"),
          Map.entry("09679141", "09369"),
          Map.entry("09679200", "09364"),
          Map.entry("09679128", "09364"));

  static String areaCode(String ags) {
    return AREA_CODES.getOrDefault(ags, "0931");
  }

  static final String[] MOBILE_PREFIXES = {
    "0151", "0152", "0157", "0160", "0162", "0170", "0171", "0172", "0173", "0175", "0176", "0177",
    "0178", "0179"
  };

  static final String[] EMAIL_DOMAINS = {"example.com", "example.net", "example.org"};
}

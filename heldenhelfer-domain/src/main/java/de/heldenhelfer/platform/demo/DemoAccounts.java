package de.heldenhelfer.platform.demo;

import java.util.List;
import java.util.Optional;

/**
 * The fixed demo login accounts and demo clubs. The accounts live in Keycloak with these fixed
 * subjects; the application links them to {@code person} rows by {@code person.subject}. {@link
 * DemoRegion} creates the persons, clubs, club roles and linked member rows described here in every
 * {@link Scale}.
 */
public final class DemoAccounts {

  // --- club slugs of the fixed demo clubs ---

  /** "TSV 1862 Würzburg-Süd e.V." (SPORT, Würzburg, about 1,800 members, 7 departments). */
  public static final String CLUB_TSV_WUERZBURG_SUED = "tsv-1862-wuerzburg-sued";

  /** "Musikverein Höchberg e.V." (MUSIC, Höchberg). */
  public static final String CLUB_MUSIKVEREIN_HOECHBERG = "musikverein-hoechberg";

  /** "Heimatverein Veitshöchheim e.V." (CULTURE, Veitshöchheim). */
  public static final String CLUB_HEIMATVEREIN_VEITSHOECHHEIM = "heimatverein-veitshoechheim";

  /** "SV Randersacker 1921 e.V." (SPORT, Randersacker, about 400 members). */
  public static final String CLUB_SV_RANDERSACKER = "sv-randersacker";

  /** Slugs of all fixed demo clubs. */
  public static final List<String> CLUB_SLUGS =
      List.of(
          CLUB_TSV_WUERZBURG_SUED,
          CLUB_MUSIKVEREIN_HOECHBERG,
          CLUB_HEIMATVEREIN_VEITSHOECHHEIM,
          CLUB_SV_RANDERSACKER);

  // --- account keys (Keycloak user names) ---

  public static final String KEY_VORSTAND_SPORT = "vorstand-sport";
  public static final String KEY_VORSTAND_MUSIK = "vorstand-musik";
  public static final String KEY_MITGLIED = "mitglied";
  public static final String KEY_HELFER = "helfer";
  public static final String KEY_DOPPELROLLE = "doppelrolle";
  public static final String KEY_AGENTUR = "agentur";
  public static final String KEY_SERVICESTELLE = "servicestelle";
  public static final String KEY_PLANUNG = "planung";
  public static final String KEY_BETRIEB = "betrieb";
  public static final String KEY_VORSTAND_TEST = "vorstand-test";
  public static final String KEY_TRAINER_SPORT = "trainer-sport";

  // --- Keycloak subjects (person.subject) ---

  public static final String SUBJECT_VORSTAND_SPORT = "7a1c0c6e-0001-4000-8000-000000000001";
  public static final String SUBJECT_VORSTAND_MUSIK = "7a1c0c6e-0002-4000-8000-000000000002";
  public static final String SUBJECT_MITGLIED = "7a1c0c6e-0003-4000-8000-000000000003";
  public static final String SUBJECT_HELFER = "7a1c0c6e-0004-4000-8000-000000000004";
  public static final String SUBJECT_DOPPELROLLE = "7a1c0c6e-0005-4000-8000-000000000005";
  public static final String SUBJECT_AGENTUR = "7a1c0c6e-0006-4000-8000-000000000006";
  public static final String SUBJECT_SERVICESTELLE = "7a1c0c6e-0007-4000-8000-000000000007";
  public static final String SUBJECT_PLANUNG = "7a1c0c6e-0008-4000-8000-000000000008";
  public static final String SUBJECT_BETRIEB = "7a1c0c6e-0009-4000-8000-000000000009";
  public static final String SUBJECT_VORSTAND_TEST = "7a1c0c6e-0010-4000-8000-000000000010";
  public static final String SUBJECT_TRAINER_SPORT = "7a1c0c6e-0011-4000-8000-000000000011";

  /**
   * A role of a demo account in a fixed demo club ({@code club_role.role}); department-scoped roles
   * (trainer) name the club's department by its position in the club's plan (0 = the first one).
   */
  public record ClubRoleGrant(String clubSlug, String role, Integer departmentIndex) {
    public ClubRoleGrant(String clubSlug, String role) {
      this(clubSlug, role, null);
    }
  }

  /**
   * A fixed demo account.
   *
   * @param key the Keycloak user name
   * @param subject the Keycloak subject, stored in {@code person.subject}
   * @param realmRole the Keycloak realm role of a region-wide account ("agency", "servicedesk",
   *     "planner", "operator"), or {@code null}
   * @param clubRoles roles in the fixed demo clubs
   * @param volunteer whether the account has a volunteer profile
   */
  public record Account(
      String key,
      String subject,
      String firstName,
      String lastName,
      String email,
      String realmRole,
      List<ClubRoleGrant> clubRoles,
      boolean volunteer) {}

  public static final Account VORSTAND_SPORT =
      new Account(
          KEY_VORSTAND_SPORT,
          SUBJECT_VORSTAND_SPORT,
          "Sabine",
          "Kraus",
          "sabine.kraus@demo.heldenhelfer.de",
          null,
          List.of(new ClubRoleGrant(CLUB_TSV_WUERZBURG_SUED, "CHAIR")),
          false);

  public static final Account VORSTAND_MUSIK =
      new Account(
          KEY_VORSTAND_MUSIK,
          SUBJECT_VORSTAND_MUSIK,
          "Thomas",
          "Weigand",
          "thomas.weigand@demo.heldenhelfer.de",
          null,
          List.of(new ClubRoleGrant(CLUB_MUSIKVEREIN_HOECHBERG, "CHAIR")),
          false);

  public static final Account MITGLIED =
      new Account(
          KEY_MITGLIED,
          SUBJECT_MITGLIED,
          "Lena",
          "Hofmann",
          "lena.hofmann@demo.heldenhelfer.de",
          null,
          List.of(new ClubRoleGrant(CLUB_TSV_WUERZBURG_SUED, "MEMBER")),
          false);

  public static final Account HELFER =
      new Account(
          KEY_HELFER,
          SUBJECT_HELFER,
          "Jonas",
          "Scheuring",
          "jonas.scheuring@demo.heldenhelfer.de",
          null,
          List.of(),
          true);

  public static final Account DOPPELROLLE =
      new Account(
          KEY_DOPPELROLLE,
          SUBJECT_DOPPELROLLE,
          "Martina",
          "Endres",
          "martina.endres@demo.heldenhelfer.de",
          null,
          List.of(
              new ClubRoleGrant(CLUB_HEIMATVEREIN_VEITSHOECHHEIM, "TREASURER"),
              new ClubRoleGrant(CLUB_TSV_WUERZBURG_SUED, "MEMBER")),
          false);

  public static final Account AGENTUR =
      new Account(
          KEY_AGENTUR,
          SUBJECT_AGENTUR,
          "Claudia",
          "Rösch",
          "claudia.roesch@demo.heldenhelfer.de",
          "agency",
          List.of(),
          false);

  public static final Account SERVICESTELLE =
      new Account(
          KEY_SERVICESTELLE,
          SUBJECT_SERVICESTELLE,
          "Peter",
          "Göbel",
          "peter.goebel@demo.heldenhelfer.de",
          "servicedesk",
          List.of(),
          false);

  public static final Account PLANUNG =
      new Account(
          KEY_PLANUNG,
          SUBJECT_PLANUNG,
          "Andrea",
          "Schäfer",
          "andrea.schaefer@demo.heldenhelfer.de",
          "planner",
          List.of(),
          false);

  public static final Account BETRIEB =
      new Account(
          KEY_BETRIEB,
          SUBJECT_BETRIEB,
          "Markus",
          "Ziegler",
          "markus.ziegler@demo.heldenhelfer.de",
          "operator",
          List.of(),
          false);

  public static final Account VORSTAND_TEST =
      new Account(
          KEY_VORSTAND_TEST,
          SUBJECT_VORSTAND_TEST,
          "Eva",
          "Lindner",
          "eva.lindner@demo.heldenhelfer.de",
          null,
          List.of(new ClubRoleGrant(CLUB_SV_RANDERSACKER, "CHAIR")),
          false);

  /** Trainer of the first department of the TSV: sees only that department's members. */
  public static final Account TRAINER_SPORT =
      new Account(
          KEY_TRAINER_SPORT,
          SUBJECT_TRAINER_SPORT,
          "Felix",
          "Amrhein",
          "felix.amrhein@demo.heldenhelfer.de",
          null,
          List.of(new ClubRoleGrant(CLUB_TSV_WUERZBURG_SUED, "TRAINER", 0)),
          false);

  /** All fixed demo accounts, in subject order. */
  public static final List<Account> ALL =
      List.of(
          VORSTAND_SPORT,
          VORSTAND_MUSIK,
          MITGLIED,
          HELFER,
          DOPPELROLLE,
          AGENTUR,
          SERVICESTELLE,
          PLANUNG,
          BETRIEB,
          VORSTAND_TEST,
          TRAINER_SPORT);

  private DemoAccounts() {}

  /** The account with the given Keycloak user name. */
  public static Optional<Account> byKey(String key) {
    return ALL.stream().filter(a -> a.key().equals(key)).findFirst();
  }

  /** The account with the given Keycloak subject. */
  public static Optional<Account> bySubject(String subject) {
    return ALL.stream().filter(a -> a.subject().equals(subject)).findFirst();
  }
}

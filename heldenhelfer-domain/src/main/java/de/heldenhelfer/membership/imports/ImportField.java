package de.heldenhelfer.membership.imports;

import de.heldenhelfer.shared.Messages;
import java.util.List;
import java.util.Locale;

/**
 * The member data a column of an imported list can fill, with the column names clubs use for it
 * (German and English, compared after {@link #normalize}: lower case, umlauts spelled out, only
 * letters and digits).
 */
public enum ImportField {
  MEMBER_NUMBER(
      "mitgliedsnr",
      "mitgliedsnummer",
      "mitgliednr",
      "mitgliednummer",
      "mitglnr",
      "nr",
      "nummer",
      "mgnr",
      "membernumber",
      "memberno",
      "memberid",
      "number",
      "id"),
  SALUTATION("anrede", "salutation", "title"),
  LAST_NAME("name", "nachname", "familienname", "zuname", "lastname", "surname", "familyname"),
  FIRST_NAME("vorname", "rufname", "firstname", "givenname", "forename"),
  BIRTH_DATE(
      "gebdatum",
      "geburtsdatum",
      "geburtstag",
      "geboren",
      "gebam",
      "geb",
      "birthdate",
      "dateofbirth",
      "dob",
      "birthday"),
  GENDER("geschlecht", "gender", "sex", "mwd"),
  STREET("strasse", "str", "strassehausnummer", "strassenr", "anschrift", "street", "address"),
  POSTAL_CODE("plz", "postleitzahl", "postalcode", "zip", "zipcode", "postcode"),
  CITY("ort", "wohnort", "stadt", "city", "town"),
  PHONE("telefon", "tel", "telefonnummer", "telefonprivat", "festnetz", "phone", "telephone"),
  MOBILE("mobil", "handy", "mobilnummer", "mobiltelefon", "mobile", "cell", "cellphone"),
  EMAIL("email", "mail", "emailadresse", "mailadresse", "e_mail", "emailaddress"),
  ENTRY_DATE(
      "eintritt",
      "eintrittsdatum",
      "mitgliedseit",
      "beitritt",
      "beitrittsdatum",
      "eintrittam",
      "entrydate",
      "memberssince",
      "membersince",
      "joined",
      "joindate"),
  EXIT_DATE("austritt", "austrittsdatum", "austrittam", "exitdate", "leftdate", "left"),
  STATUS("status", "mitgliedsstatus", "state"),
  MEMBERSHIP_TYPE(
      "mitgliedsart", "mitgliedschaftsart", "art", "beitragsart", "membershiptype", "type"),
  FEE_CATEGORY(
      "beitrag",
      "beitragsgruppe",
      "beitragsklasse",
      "beitragskategorie",
      "tarif",
      "fee",
      "feecategory",
      "feegroup"),
  GUARDIAN_NAME("erziehungsberechtigter", "erziehungsberechtigte", "guardian", "guardianname"),
  GUARDIAN_PHONE("telefonerziehungsberechtigte", "guardianphone"),
  GUARDIAN_EMAIL("emailerziehungsberechtigte", "guardianemail"),
  /** Names of existing departments of the club, several separated by comma or semicolon. */
  DEPARTMENTS(
      "abteilung",
      "abteilungen",
      "sparte",
      "sparten",
      "gruppe",
      "department",
      "departments",
      "section",
      "sections");

  private final List<String> synonyms;

  ImportField(String... synonyms) {
    this.synonyms = List.of(synonyms);
  }

  /** The normalised column names that suggest this field. */
  public List<String> synonyms() {
    return synonyms;
  }

  /** The name of the field for people ("Geburtsdatum"). */
  public String label(Locale locale) {
    return Messages.get(locale, "import.field." + name());
  }

  /**
   * A column name reduced for comparison: lower case, ä→ae, ö→oe, ü→ue, ß→ss, everything but
   * letters and digits removed ("Geb.-Datum" → "gebdatum", "E-Mail" → "email").
   */
  public static String normalize(String header) {
    if (header == null) {
      return "";
    }
    String s =
        header
            .strip()
            .toLowerCase(Locale.GERMAN)
            .replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("ß", "ss");
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The field a column name suggests, or {@code null}. */
  public static ImportField suggest(String header) {
    String n = normalize(header);
    if (n.isEmpty()) {
      return null;
    }
    for (ImportField f : values()) {
      if (f.synonyms.contains(n)) {
        return f;
      }
    }
    // "Telefon (privat)", "E-Mail-Adresse privat", "Geburtsdatum (TT.MM.JJJJ)": a known name at
    // the start of a longer one
    ImportField best = null;
    int bestLength = 3;
    for (ImportField f : values()) {
      for (String s : f.synonyms) {
        if (s.length() > bestLength && n.startsWith(s)) {
          best = f;
          bestLength = s.length();
        }
      }
    }
    return best;
  }
}

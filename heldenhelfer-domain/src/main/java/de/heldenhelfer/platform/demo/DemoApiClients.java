package de.heldenhelfer.platform.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The demo's API client: the Keycloak client {@value #TSV_CLIENT} (client credentials, defined in
 * the demo realm) is authorised for the club of the demo board member Sabine Kraus to read and
 * import members – on her authority, as a board would do on the club page. The realm's second
 * client, {@value #UNAUTHORISED_CLIENT}, stays unauthorised until a board authorises it.
 */
final class DemoApiClients {
  static final String TSV_CLIENT = "tsv-mitgliederverwaltung";
  static final String UNAUTHORISED_CLIENT = "musik-vereinsapp";

  private DemoApiClients() {}

  static int insert(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      return s.executeUpdate(
          "INSERT INTO club_api_client (club_id, client_id, label, access, authorised_by,"
              + " created_at) SELECT r.club_id, '"
              + TSV_CLIENT
              + "', 'Mitgliederverwaltung (Demo)', 'IMPORT', p.id, NOW(3) FROM person p JOIN"
              + " club_role r ON r.person_id = p.id WHERE p.email ="
              + " 'sabine.kraus@demo.heldenhelfer.de' AND r.role IN ('CHAIR', 'VICE_CHAIR')"
              + " ORDER BY r.id LIMIT 1");
    }
  }
}

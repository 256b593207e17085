package de.heldenhelfer.documents;

import de.heldenhelfer.platform.DemoData;
import de.heldenhelfer.platform.demo.DemoAccounts;
import de.heldenhelfer.reports.Column;
import de.heldenhelfer.reports.PdfTable;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * With the demo region: gives the clubs of the demo accounts a small filled archive (their statutes
 * as a short generated PDF and a note on the Freistellungsbescheid) once at start-up, when no club
 * has documents yet. Plain JDBC with the club id bound explicitly, in one transaction; a few rows
 * per club, so the demo load stays fast.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoDocuments {
  private static final Logger LOG = Logger.getLogger(DemoDocuments.class.getName());
  private static final String BY = "Heldenhelfer (Demo)";

  @Inject DemoData demo;

  @Resource(lookup = "java:app/jdbc/heldenhelfer")
  DataSource dataSource;

  @Resource TransactionSynchronizationRegistry transactions;

  private record Paragraph(String number, String text) {}

  /**
   * Runs in one container transaction (the pooled data source is XA: its connections are enlisted,
   * so this code never commits itself); a failure marks it for rollback, so nothing is half-stored
   * and the application still starts.
   */
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void loadOnce() {
    if (!demo.isEnabled()) {
      return;
    }
    long start = System.nanoTime();
    try (Connection c = dataSource.getConnection()) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM document")) {
        rs.next();
        if (rs.getLong(1) > 0) {
          return;
        }
      }
      int stored = 0;
      for (String slug : DemoAccounts.CLUB_SLUGS) {
        stored += club(c, slug);
      }
      LOG.info(
          "demo documents stored: "
              + stored
              + " in "
              + (System.nanoTime() - start) / 1_000_000
              + " ms");
    } catch (SQLException | IOException | RuntimeException e) {
      transactions.setRollbackOnly();
      LOG.log(Level.WARNING, "demo documents not stored", e);
    }
  }

  private int club(Connection c, String slug) throws SQLException, IOException {
    long clubId;
    String name;
    try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM club WHERE slug = ?")) {
      ps.setString(1, slug);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return 0;
        }
        clubId = rs.getLong(1);
        name = rs.getString(2);
      }
    }
    LocalDateTime archived = LocalDateTime.of(2025, 3, 14, 19, 30);
    insert(
        c,
        clubId,
        "Satzung " + name,
        DocumentCategory.SATZUNG,
        "In der Mitgliederversammlung vom 14.03.2025 beschlossene Fassung (Auszug).",
        "Satzung.pdf",
        statutes(name),
        archived);
    String note =
        "Freistellungsbescheid – Notiz für den Vorstand\n\n"
            + "Verein: "
            + name
            + "\nFinanzamt Würzburg, Bescheid über Körperschaft- und Gewerbesteuer 2021–2023"
            + " vom 12.05.2025.\nDer Verein ist nach § 5 Abs. 1 Nr. 9 KStG steuerbefreit;"
            + " Zuwendungsbestätigungen dürfen bis 12.05.2030 ausgestellt werden.\n"
            + "Original im Vereinsordner, Fach „Finanzamt“.\n";
    insert(
        c,
        clubId,
        "Freistellungsbescheid 2021–2023",
        DocumentCategory.FREISTELLUNGSBESCHEID,
        null,
        "Freistellungsbescheid-Notiz.txt",
        note.getBytes(StandardCharsets.UTF_8),
        LocalDateTime.of(2025, 5, 20, 18, 0));
    return 2;
  }

  private static byte[] statutes(String club) throws IOException {
    List<Paragraph> paragraphs =
        List.of(
            new Paragraph(
                "§ 1", "Der Verein führt den Namen „" + club + "“ und hat seinen Sitz in Bayern."),
            new Paragraph(
                "§ 2",
                "Der Verein verfolgt ausschließlich und unmittelbar gemeinnützige Zwecke im Sinne"
                    + " des Abschnitts „Steuerbegünstigte Zwecke“ der Abgabenordnung."),
            new Paragraph("§ 3", "Mitglied kann jede natürliche und juristische Person werden."),
            new Paragraph(
                "§ 10",
                "Die Mitgliederversammlung tritt jährlich zusammen; sie wird vom Vorstand mit einer"
                    + " Frist von zwei Wochen schriftlich oder per E-Mail einberufen."));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfTable.of("Satzung (Auszug)", club, LocalDate.of(2025, 3, 14))
        .write(
            List.of(
                Column.<Paragraph>of("number", "§", Paragraph::number),
                Column.<Paragraph>of("text", "Inhalt", Paragraph::text)),
            paragraphs.iterator(),
            out);
    return out.toByteArray();
  }

  private static void insert(
      Connection c,
      long clubId,
      String title,
      DocumentCategory category,
      String description,
      String fileName,
      byte[] content,
      LocalDateTime at)
      throws SQLException {
    FileKind kind = ContentInspector.inspect(fileName, content);
    long documentId;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO document (club_id, version, title, category, description,"
                + " current_number, created_at, created_by, updated_at)"
                + " VALUES (?, 0, ?, ?, ?, 1, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, clubId);
      ps.setString(2, title);
      ps.setString(3, category.name());
      ps.setString(4, description);
      ps.setTimestamp(5, Timestamp.valueOf(at));
      ps.setString(6, BY);
      ps.setTimestamp(7, Timestamp.valueOf(at));
      ps.executeUpdate();
      documentId = key(ps);
    }
    long versionId;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO document_version (club_id, document_id, number, file_name, media_type,"
                + " size_bytes, sha256, chunk_count, uploaded_by, uploaded_at)"
                + " VALUES (?, ?, 1, ?, ?, ?, ?, 1, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, clubId);
      ps.setLong(2, documentId);
      ps.setString(3, fileName);
      ps.setString(4, kind.mediaType(fileName));
      ps.setLong(5, content.length);
      ps.setString(6, DocumentService.sha256(content));
      ps.setString(7, BY);
      ps.setTimestamp(8, Timestamp.valueOf(at));
      ps.executeUpdate();
      versionId = key(ps);
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO document_chunk (club_id, version_id, seq, data) VALUES (?, ?, 0, ?)")) {
      ps.setLong(1, clubId);
      ps.setLong(2, versionId);
      ps.setBytes(3, content);
      ps.executeUpdate();
    }
  }

  private static long key(PreparedStatement ps) throws SQLException {
    try (ResultSet keys = ps.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }
}

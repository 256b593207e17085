package de.heldenhelfer.mailcatcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Talks raw SMTP to the catcher to check replies that a mail library would hide. */
class SmtpProtocolTest {

  private MailCatcher catcher;

  @BeforeEach
  void start() throws IOException {
    catcher = MailCatcher.start(new MailCatcher.Options("127.0.0.1", 0, 0, null), line -> {});
  }

  @AfterEach
  void stop() {
    catcher.close();
  }

  /** Minimal line-based SMTP client. */
  private static final class Client implements Closeable {
    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;

    Client(int port) throws IOException {
      socket = new Socket("127.0.0.1", port);
      socket.setSoTimeout(5000);
      in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      out = socket.getOutputStream();
    }

    /** Reads one (possibly multi-line) reply; returns its lines joined by "\n". */
    String reply() throws IOException {
      List<String> lines = new ArrayList<>();
      while (true) {
        String line = in.readLine();
        if (line == null) {
          return lines.isEmpty() ? null : String.join("\n", lines);
        }
        lines.add(line);
        if (line.length() < 4 || line.charAt(3) == ' ') {
          return String.join("\n", lines);
        }
      }
    }

    void write(String data) throws IOException {
      out.write(data.getBytes(StandardCharsets.UTF_8));
      out.flush();
    }

    String command(String line) throws IOException {
      write(line + "\r\n");
      return reply();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  private static void assertCode(String code, String reply) {
    assertTrue(reply != null && reply.startsWith(code), "expected " + code + " but got " + reply);
  }

  @Test
  void commandSequenceIsEnforced() throws IOException {
    try (Client c = new Client(catcher.smtpPort())) {
      assertCode("220 ", c.reply());
      assertCode("503 ", c.command("MAIL FROM:<a@example.org>"));
      String ehlo = c.command("EHLO client.example");
      assertCode("250-", ehlo);
      List<String> lines = List.of(ehlo.split("\n"));
      assertTrue(lines.contains("250-8BITMIME"), ehlo);
      assertTrue(lines.contains("250-SMTPUTF8"), ehlo);
      assertTrue(lines.contains("250-SIZE 26214400"), ehlo);
      assertTrue(lines.contains("250-PIPELINING"), ehlo);
      assertTrue(lines.get(lines.size() - 1).startsWith("250 "), ehlo);

      assertCode("503 ", c.command("RCPT TO:<b@example.org>"));
      assertCode("250 ", c.command("MAIL FROM:<a@example.org>"));
      assertCode("503 ", c.command("MAIL FROM:<a@example.org>"));
      // DATA before RCPT
      assertCode("503 ", c.command("DATA"));
      assertCode("501 ", c.command("RCPT TO:<kein-at-zeichen>"));
      assertCode("555 ", c.command("RCPT TO:<b@example.org> NOTIFY=NEVER"));
      assertCode("250 ", c.command("RCPT TO:<b@example.org>"));
      assertCode("250 ", c.command("NOOP"));
      assertCode("252 ", c.command("VRFY b@example.org"));
      assertCode("500 ", c.command("FOO bar"));
      assertCode("500 ", c.command(""));
      assertCode("502 ", c.command("STARTTLS"));
      assertCode("250 ", c.command("RSET"));
      // RSET dropped the transaction
      assertCode("503 ", c.command("DATA"));
      assertCode("250 ", c.command("HELO old.client.example"));
      assertCode("501 ", c.command("HELO"));
      assertCode("500 ", c.command("X".repeat(3000)));
      assertCode("221 ", c.command("QUIT"));
      assertNull(c.reply(), "connection closed after QUIT");
    }
    assertEquals(0, catcher.messageCount());
  }

  @Test
  void pipelinedTransactionWithDotStuffingAndNullSender() throws IOException {
    try (Client c = new Client(catcher.smtpPort())) {
      assertCode("220 ", c.reply());
      c.write(
          "EHLO client.example\r\n"
              + "MAIL FROM:<> BODY=8BITMIME SIZE=200\r\n"
              + "RCPT TO:<Erste@Example.org>\r\n"
              + "RCPT TO:<zweite@example.org>\r\n"
              + "RCPT TO:<erste@example.org>\r\n"
              + "DATA\r\n");
      assertCode("250-", c.reply());
      assertCode("250 ", c.reply());
      assertCode("250 ", c.reply());
      assertCode("250 ", c.reply());
      assertCode("250 ", c.reply());
      assertCode("354 ", c.reply());
      c.write(
          "Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\r\n"
              + "Content-Type: text/plain; charset=UTF-8\r\n"
              + "\r\n"
              + "..eins\r\n"
              + "...\r\n"
              + "ohne CR\n"
              + "Stra\u00dfe\r\n"
              + ".\r\n");
      String queued = c.reply();
      assertCode("250 ", queued);
      assertCode("221 ", c.command("QUIT"));

      List<CaughtMail> all = catcher.store().list();
      assertEquals(1, all.size());
      CaughtMail mail = all.get(0);
      assertTrue(queued.endsWith(mail.id()), queued);
      assertEquals("", mail.envelopeFrom());
      assertEquals(List.of("Erste@Example.org", "zweite@example.org"), mail.envelopeTo());
      assertEquals("Grüße", mail.mail().subject());
      assertEquals(".eins\r\n..\r\nohne CR\r\nStraße\r\n", mail.mail().text());
      assertEquals(
          "Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\r\n"
              + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
              + ".eins\r\n..\r\nohne CR\r\nStraße\r\n",
          new String(mail.raw(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void declaredSizeOverTheLimitIsRejected() throws IOException {
    try (Client c = new Client(catcher.smtpPort())) {
      c.reply();
      c.command("EHLO client.example");
      assertCode("552 ", c.command("MAIL FROM:<a@example.org> SIZE=26214401"));
      assertCode("555 ", c.command("MAIL FROM:<a@example.org> RET=HDRS"));
      assertCode("250 ", c.command("MAIL FROM:<a@example.org> SIZE=26214400"));
    }
  }

  @Test
  void authPlainAndLoginAcceptAnyCredentials() throws IOException {
    try (Client c = new Client(catcher.smtpPort())) {
      c.reply();
      assertCode("503 ", c.command("AUTH PLAIN AHVzZXIAcGFzcw=="));
      assertTrue(c.command("EHLO client.example").contains("250-AUTH PLAIN LOGIN"));
      assertCode("504 ", c.command("AUTH CRAM-MD5"));
      assertCode("334 VXNlcm5hbWU6", c.command("AUTH LOGIN"));
      assertCode("334 UGFzc3dvcmQ6", c.command("dXNlcg=="));
      assertCode("235 ", c.command("cGFzcw=="));
      assertCode("503 ", c.command("AUTH PLAIN AHVzZXIAcGFzcw=="));
    }
    try (Client c = new Client(catcher.smtpPort())) {
      c.reply();
      c.command("EHLO client.example");
      assertCode("334", c.command("AUTH PLAIN"));
      assertCode("501 ", c.command("*"));
      assertCode("235 ", c.command("AUTH PLAIN AHVzZXIAcGFzcw=="));
    }
  }

  @Test
  void oversizedDataIsConsumedAndRejectedWith552() throws IOException {
    MessageStore store = new MessageStore(null, line -> {});
    String big = "X".repeat(60) + "\r\n";
    String input =
        "EHLO client.example\r\n"
            + "MAIL FROM:<a@example.org>\r\n"
            + "RCPT TO:<b@example.org>\r\n"
            + "DATA\r\n"
            + "Subject: zu gross\r\n\r\n"
            + big
            + big
            + ".\r\n"
            + "MAIL FROM:<a@example.org>\r\n"
            + "RCPT TO:<b@example.org>\r\n"
            + "DATA\r\n"
            + "Subject: passt\r\n\r\nkurz\r\n.\r\n"
            + "QUIT\r\n";
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    new SmtpSession(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.US_ASCII)),
            output,
            store,
            line -> {},
            100)
        .run();

    List<String> replies =
        output.toString(StandardCharsets.UTF_8).lines().filter(l -> l.charAt(3) == ' ').toList();
    assertTrue(output.toString(StandardCharsets.UTF_8).contains("250-SIZE 100\r\n"));
    assertEquals(
        List.of("220", "250", "250", "250", "354", "552", "250", "250", "354", "250", "221"),
        replies.stream().map(r -> r.substring(0, 3)).toList(),
        replies.toString());
    assertEquals(1, store.size());
    assertEquals("passt", store.list().get(0).mail().subject());
  }

  @Test
  void tooManyErrorsCloseTheConnection() throws IOException {
    try (Client c = new Client(catcher.smtpPort())) {
      c.reply();
      for (int i = 1; i < SmtpSession.MAX_ERRORS; i++) {
        assertCode("500 ", c.command("GET / HTTP/1.1"));
      }
      assertEquals(
          "500 Command not recognized\n421 Too many errors, closing connection",
          c.command("GET / HTTP/1.1") + "\n" + c.reply());
      assertNull(c.reply());
    }
  }
}

package de.heldenhelfer.platform;

import de.heldenhelfer.platform.mail.Mailer;
import de.heldenhelfer.platform.mail.OutgoingMail;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.shared.EmailAddresses;
import de.heldenhelfer.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The operator's tools for running the platform. */
@ApplicationScoped
public class PlatformService {
  @Inject Mailer mailer;
  @Inject Actor actor;

  /** Sends a test mail through the platform's mail session, so operators can check SMTP. */
  @RequiresPermission(Permission.OPERATE)
  public void sendTestMail(String to) {
    if (!EmailAddresses.isValid(to)) {
      throw new RuleViolationException("testMail", "mail.to.invalid");
    }
    String when = LocalDateTime.now().format(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"));
    mailer.send(
        OutgoingMail.plain(
            to.strip(),
            "Heldenhelfer: Test-E-Mail",
            "Diese Test-E-Mail hat "
                + actor.require().displayName()
                + " am "
                + when
                + " über den Mailversand von Heldenhelfer verschickt.\n"
                + "Wenn sie angekommen ist, funktioniert der Versand."));
  }
}

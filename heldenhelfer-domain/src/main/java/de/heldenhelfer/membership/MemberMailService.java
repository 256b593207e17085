package de.heldenhelfer.membership;

import de.heldenhelfer.club.Club;
import de.heldenhelfer.platform.mail.Mailer;
import de.heldenhelfer.platform.mail.OutgoingMail;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.PublicOperation;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.shared.Config;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * E-mail from the board to selected members, through the platform's SMTP session. A newsletter goes
 * only to members whose newsletter consent is in force and carries a personal unsubscribe link
 * (signed, so nobody can unsubscribe somebody else); other mail (invitations, notices) goes to
 * every selected member with an address.
 */
@ApplicationScoped
public class MemberMailService {
  static final int MAX_SUBJECT = 200;
  static final int MAX_TEXT = 20_000;

  @Inject EntityManager em;
  @Inject Mailer mailer;
  @Inject TenantContext tenant;

  /** What a bulk mail did. */
  public record MailResult(int sent, int withoutAddress, int withoutConsent) {}

  /** Sends one mail per selected member of the current club. */
  @RequiresPermission(Permission.MEMBER_WRITE)
  @Transactional
  public MailResult send(
      Collection<Long> memberIds, String subject, String text, boolean newsletter) {
    String s = subject == null ? "" : subject.strip();
    String body = text == null ? "" : text.strip();
    if (s.isEmpty()) {
      throw new RuleViolationException("subject", "mail.subject.required");
    }
    if (body.isEmpty()) {
      throw new RuleViolationException("text", "mail.text.required");
    }
    if (s.length() > MAX_SUBJECT || body.length() > MAX_TEXT) {
      throw new RuleViolationException("text", "mail.tooLong");
    }
    if (memberIds == null || memberIds.isEmpty()) {
      throw new RuleViolationException("selection", "mail.noRecipients");
    }
    Club club = em.find(Club.class, tenant.requireClubId());
    List<Long> ids = new ArrayList<>(new LinkedHashSet<>(memberIds));
    List<Member> members =
        em.createQuery("SELECT m FROM Member m WHERE m.id IN :ids", Member.class)
            .setParameter("ids", ids)
            .getResultList(); // tenant-filtered: foreign ids simply find nothing
    int sent = 0;
    int noAddress = 0;
    int noConsent = 0;
    for (Member m : members) {
      if (m.email() == null || m.isAnonymised()) {
        noAddress++;
        continue;
      }
      boolean consent =
          m.consents().stream().anyMatch(c -> c.kind() == ConsentKind.NEWSLETTER && c.isGiven());
      if (newsletter && !consent) {
        noConsent++;
        continue;
      }
      String unsubscribe =
          newsletter ? Config.appUrl() + "/unsubscribe?token=" + token(club.id(), m.id()) : null;
      mailer.send(
          new OutgoingMail(
              List.of(m.email()),
              club.email(),
              s,
              "Hallo " + m.firstName() + ",\n\n" + body + "\n\n" + club.name(),
              unsubscribe));
      sent++;
    }
    return new MailResult(sent, noAddress + (ids.size() - members.size()), noConsent);
  }

  /**
   * Withdraws the newsletter consent named by a signed unsubscribe token. Public: the token is the
   * proof; a forged or damaged token is "not found".
   */
  @PublicOperation("an unsubscribe link in a newsletter; the signed token is the proof")
  @Transactional
  public String unsubscribe(String token) {
    long[] ids = verify(token);
    tenant.enter(ids[0]);
    Member m = em.find(Member.class, ids[1]);
    if (m == null || m.isAnonymised()) {
      throw new NotFoundException();
    }
    LocalDateTime now = LocalDateTime.now(MemberService.ZONE);
    LocalDate today = now.toLocalDate();
    FieldChange change = m.setConsent(ConsentKind.NEWSLETTER, false, today, today, now);
    if (change != null) {
      em.persist(
          new MemberChange(
              m.id(),
              m.memberNumber(),
              now,
              null,
              "Abmeldelink im Newsletter",
              MemberChange.Action.CHANGED,
              change));
    }
    return em.find(Club.class, ids[0]).name();
  }

  static String token(long clubId, long memberId) {
    String payload = clubId + "." + memberId;
    return payload + "." + sign(payload);
  }

  static long[] verify(String token) {
    if (token == null) {
      throw new NotFoundException();
    }
    int last = token.lastIndexOf('.');
    int first = token.indexOf('.');
    if (first <= 0 || last <= first) {
      throw new NotFoundException();
    }
    String payload = token.substring(0, last);
    byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
    byte[] given = token.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, given)) {
      throw new NotFoundException();
    }
    try {
      return new long[] {
        Long.parseLong(payload.substring(0, first)), Long.parseLong(payload.substring(first + 1))
      };
    } catch (NumberFormatException e) {
      throw new NotFoundException();
    }
  }

  private static String sign(String payload) {
    return de.heldenhelfer.platform.mail.MailTokens.sign(payload);
  }
}

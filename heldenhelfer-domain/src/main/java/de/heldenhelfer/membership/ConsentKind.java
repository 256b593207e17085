package de.heldenhelfer.membership;

import de.heldenhelfer.shared.Messages;
import java.util.Locale;

/** What a member can consent to (Art. 6 (1) a, Art. 7 DSGVO). */
public enum ConsentKind {
  /** Photos of the member may be published (website, newspaper, social media). */
  PHOTO_PUBLICATION,
  /** The member receives the club's newsletter by e-mail. */
  NEWSLETTER,
  /** The member's name may be published in the member directory and reports. */
  DIRECTORY_NAME;

  public String label(Locale locale) {
    return Messages.get(locale, "consentKind." + name());
  }
}

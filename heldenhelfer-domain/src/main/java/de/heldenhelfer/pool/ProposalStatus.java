package de.heldenhelfer.pool;

import de.heldenhelfer.shared.Messages;
import java.util.Locale;

/** The state of the agency's proposal of a volunteer for a shift. */
public enum ProposalStatus {
  PROPOSED,
  ACCEPTED,
  DECLINED,
  /** The shift filled up or started before the volunteer answered. */
  EXPIRED;

  public String label(Locale locale) {
    return Messages.get(locale, "proposalStatus." + name());
  }
}

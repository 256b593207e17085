package de.heldenhelfer.servicedesk;

import de.heldenhelfer.shared.Labelled;
import de.heldenhelfer.shared.Messages;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a request stands: open → in progress → waiting for the club → done, and reopened. The
 * service desk moves it along {@link #deskMayMoveTo()}; the club moves it by answering (waiting →
 * in progress) or by reopening a finished request (done → open).
 */
public enum RequestStatus implements Labelled {
  OPEN,
  IN_PROGRESS,
  WAITING_FOR_CLUB,
  DONE;

  @Override
  public String label(Locale locale) {
    return Messages.get(locale, "requestStatus." + name());
  }

  /** The states the service desk may set from this one. */
  public Set<RequestStatus> deskMayMoveTo() {
    return switch (this) {
      case OPEN -> EnumSet.of(IN_PROGRESS, WAITING_FOR_CLUB, DONE);
      case IN_PROGRESS -> EnumSet.of(WAITING_FOR_CLUB, DONE);
      case WAITING_FOR_CLUB -> EnumSet.of(IN_PROGRESS, DONE);
      case DONE -> EnumSet.of(IN_PROGRESS);
    };
  }

  /** Still to be worked on (not done). */
  public boolean active() {
    return this != DONE;
  }
}

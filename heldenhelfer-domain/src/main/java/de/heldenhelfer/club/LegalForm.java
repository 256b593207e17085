package de.heldenhelfer.club;

/** Registered association (e.V.) or not registered. */
public enum LegalForm {
  EV,
  NICHT_EINGETRAGEN
}

package de.heldenhelfer.membership;

import de.heldenhelfer.shared.Messages;
import java.util.Locale;

/** Kinds of qualifications a club keeps track of; the name can be more specific. */
public enum QualificationKind {
  /** Übungsleiter-/Trainerlizenz C (DOSB), usually valid for 4 years. */
  TRAINER_LICENSE_C(4),
  /** Trainerlizenz B (DOSB), usually valid for 4 years. */
  TRAINER_LICENSE_B(4),
  /** Trainerlizenz A (DOSB), usually valid for 4 years. */
  TRAINER_LICENSE_A(4),
  /** Erste-Hilfe-Kurs, usually renewed every 2 years. */
  FIRST_AID(2),
  /** Jugendleiter-Card (Juleica), valid for 3 years. */
  JULEICA(3),
  /** Schiedsrichter/in. */
  REFEREE(1),
  /** Rettungsschwimmer/in, usually renewed every 2 years. */
  LIFEGUARD(2),
  /** Any other qualification; its name says which. */
  OTHER(0);

  private final int usualValidityYears;

  QualificationKind(int usualValidityYears) {
    this.usualValidityYears = usualValidityYears;
  }

  /** The usual validity in years (0 = no usual expiry), a suggestion for forms. */
  public int usualValidityYears() {
    return usualValidityYears;
  }

  public String label(Locale locale) {
    return Messages.get(locale, "qualificationKind." + name());
  }
}

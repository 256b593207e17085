package de.heldenhelfer.club;

/** What kind of club it is; used for audiences, statistics and the directory. */
public enum ClubKind {
  SPORT,
  MUSIC,
  FIRE_BRIGADE,
  SOCIAL,
  CULTURE,
  YOUTH,
  OTHER
}

/** Member administration of a club (Mitgliederverwaltung): club-private. */
package de.heldenhelfer.membership;

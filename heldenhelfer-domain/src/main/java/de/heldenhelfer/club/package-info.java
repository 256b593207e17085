/** Clubs (the tenants), their departments, and the region's reference data. */
package de.heldenhelfer.club;

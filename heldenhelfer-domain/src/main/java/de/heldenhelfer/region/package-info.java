/** The region roles' view across clubs: only the public club register and counts. */
package de.heldenhelfer.region;

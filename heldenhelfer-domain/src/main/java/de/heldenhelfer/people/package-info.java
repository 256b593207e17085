/** People: persons who sign in, their roles in clubs, and volunteer profiles. */
package de.heldenhelfer.people;

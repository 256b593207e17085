/**
 * The permission model: a closed vocabulary ({@link de.heldenhelfer.security.Permission}), fixed
 * permission sets per club role and region role, the request's {@link
 * de.heldenhelfer.security.Actor}, and the interceptors that check every service call.
 */
package de.heldenhelfer.security;

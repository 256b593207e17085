/**
 * Tenancy: each club is a tenant. The request's club lives in {@link
 * de.heldenhelfer.tenancy.TenantContext}; {@link de.heldenhelfer.tenancy.ClubPersistence} turns it
 * into EclipseLink's tenant property for the transaction's entity manager.
 */
package de.heldenhelfer.tenancy;

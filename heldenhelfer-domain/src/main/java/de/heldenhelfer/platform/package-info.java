/** Start-up of the platform: schema migration and the demo region. */
package de.heldenhelfer.platform;

/** Building blocks shared by all contexts: the failures users see as messages, and the bundle. */
package de.heldenhelfer.shared;

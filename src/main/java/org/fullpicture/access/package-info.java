/**
 * Sign-in, need-to-know (who may see a child's full record and on what grounds),
 * break-glass access with a written reason, and the append-only audit trail of every
 * view.
 */
package org.fullpicture.access;

/**
 * The matching engine behind {@link org.fullpicture.linkage.LinkageEngine}: per-record
 * features in primitive arrays, blocking, comparison levels and the Fellegi-Sunter model.
 */
package org.fullpicture.linkage.internal;

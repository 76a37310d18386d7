/**
 * Finding the same person across agencies' records: blocking, comparison, probabilistic
 * (Fellegi-Sunter) scoring, and merges that never destroy a source record.
 */
package org.fullpicture.linkage;

/**
 * The shared chronology: what every agency recorded about a child, in the recorder's own
 * words, with when it happened and when it was shared. Append-only: amendments supersede,
 * never overwrite.
 */
package org.fullpicture.chronology;
